"""Helpers for the GUI child processes (imported only there: it imports Qt)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.startup_probe import wait_idle


def make_app() -> QApplication:
    """A QApplication set up as ``facilitator.app.run_gui`` sets it up."""
    from facilitator.ui.shell import i18n

    QApplication.setOrganizationName("Facilitator")
    QApplication.setApplicationName("Facilitator")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install(None)
    return app


def main_window():
    from facilitator.ui.shell.main_window import MainWindow

    window = MainWindow()
    window.show()
    wait_idle()
    return window


def open_camp_timed(window, path: Path) -> float:
    """Seconds for MainWindow.open_camp(path) until the event loop is idle again."""
    start = time.perf_counter()
    if not window.open_camp(path):
        raise RuntimeError(f"could not open {path}")
    wait_idle()
    return time.perf_counter() - start


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks asserts on letters such as æ, ø, å)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent

    none = Qt.KeyboardModifier.NoModifier
    for char in text:
        code = ord(char.upper()) if ord(char) < 0x100 else 0
        key = Qt.Key(code) if code else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, none, char))
