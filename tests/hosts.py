"""A screen shown as it is in the app: inside a host window, active, for GUI tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def in_active_host(qtbot, make: Callable[[QWidget], W], width: int, height: int) -> W:
    """``make(host)``'s widget filling a host without a layout, shown and active (its
    keys need focus). Never a window of its own: a top-level screen makes the offscreen
    platform warn each time its size hints change. The host stays alive with it."""
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(width, height)
    widget = make(host)
    widget.setGeometry(0, 0, width, height)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host)
    widget.test_host = host  # type: ignore[attr-defined]  # keeps the window alive
    return widget
