"""Answering a modal question box the way a user does, while the code under test waits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox


def answer(asked: list[str], press: Callable[[QMessageBox], None]) -> None:
    """When the next question box is up, note its text in ``asked`` and answer it with
    ``press`` (a key or a click on one of its buttons)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, look)
            return
        asked.append(box.text())
        press(box)

    QTimer.singleShot(0, look)
