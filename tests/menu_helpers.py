"""The menu bar as a user meets it, for GUI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMenu


def opened_menu(window: QMainWindow, title: str) -> QMenu:
    """The menu bar's menu ``title`` as a user finds it: about to be shown (the File and
    Export menus fill themselves then), its entries there to read. Qt's own signal,
    not a popup: the offscreen platform warns that it cannot grab the keyboard."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    menu.aboutToShow.emit()
    return menu
