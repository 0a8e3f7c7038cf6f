"""Shortcuts that stay where they belong.

PySide6 accepts a ``context=`` keyword in QShortcut's constructor and silently ignores
it, leaving a window-wide shortcut that fights the other pages' keys. This sets the
context after construction, where it takes effect.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QWidget


def shortcut(keys: QKeySequence | str, parent: QWidget, slot: Callable[[], object],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut
             ) -> QShortcut:
    made = QShortcut(QKeySequence(keys), parent, slot)
    made.setContext(context)
    return made
