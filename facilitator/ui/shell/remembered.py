"""Splitters and fold-away panels that stay as the facilitator left them.

On a 1366×768 laptop the facilitator drags the program list narrower or folds the
guidance away once, and expects it so at the next step, the next table and the next
start: the positions are a user's preference, kept in QSettings under ``layout/…``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from typing import TypeVar
from typing import cast

from PySide6.QtCore import QSettings

if TYPE_CHECKING:  # PySide builds a class (and its enums) when a module first names it
    from PySide6.QtWidgets import QSplitter

T = TypeVar("T", bool, int, float, str, list)


def setting(key: str, default: T) -> T:
    """A saved setting, or ``default``; of the default's type (QSettings is untyped)."""
    return cast(T, QSettings().value(key, default, type=type(default)))


def remember(key: str, value: bool | int | float | str | list) -> None:
    """Save a setting, unless it holds ``value`` already: QSettings rewrites its whole
    file for a change (~1 ms), and every camp opened saves the recent files and folder."""
    settings = QSettings()
    if settings.value(key, None, type=type(value)) != value:
        settings.setValue(key, value)


def remember_splitter(splitter: QSplitter, name: str) -> None:
    """Restore ``splitter``'s sizes saved under ``name``, and save them when dragged."""
    key = f"layout/{name}"
    state = QSettings().value(key)
    if state is not None:
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda *_: QSettings().setValue(key, splitter.saveState()))


def remembered_flag(name: str, default: bool = True) -> tuple[bool, Callable[[bool], None]]:
    """A shown/hidden choice saved under ``name``: its value now, and how to save a new one."""
    key = f"layout/{name}"
    return setting(key, default), lambda on: QSettings().setValue(key, on)
