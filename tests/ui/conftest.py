"""The main window as the GUI tests meet it, written once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from facilitator.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, monkeypatch) -> Iterator[MainWindow]:
    """A fresh main window, shown and active. Warnings are kept in ``window.warnings``
    instead of a box that would wait for a click; a test module may define its own."""
    QSettings().clear()
    warnings: list[str] = []
    monkeypatch.setattr(MainWindow, "_warn", lambda self, text: warnings.append(text))
    w = MainWindow()
    w.warnings = warnings
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close_camp()


@pytest.fixture
def at_table(window: MainWindow, camp_path: Path) -> MainWindow:
    """The window with the test camp open at table H1-B1."""
    assert window.open_camp(camp_path)
    window.go_to_table("H1-B1")
    return window
