"""The list of a step's notes: its keys, its menu, and repainting only what changed."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence

from PySide6 import QtGui
from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QWidget

from facilitator.ui.common.list_model import Index
from facilitator.ui.table.note_card import NoteCardDelegate

_CTRL = Qt.KeyboardModifier.ControlModifier


class NotesView(QListView):
    """The list of notes; its keys are bound by the page (``bindings``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Made here, as Qt makes its own (the card delegate asks for it: see FittingPane).
        viewport = QWidget()
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        #: (key, with Ctrl) → action. Shift and the keypad are ignored, so ``+`` works on
        #: every keyboard layout and on the number pad.
        self.bindings: dict[tuple[int, bool], Callable[[], None]] = {}
        #: Printable text typed in the list goes here (to the entry field).
        self.on_text: Callable[[str], None] | None = None
        self.context_menu: Callable[[QMenu], None] | None = None

    def dataChanged(self, top_left: Index, bottom_right: Index,
                    roles: Sequence[int] = ()) -> None:
        """Repaint just the note when a vote or a selection leaves its height alone.

        QListView lays out and repaints every visible row on any change when rows differ
        in height, 6–10 ms on each key press at the table.
        """
        if top_left == bottom_right and top_left.isValid() and not QtGui.QAccessible.isActive() \
                and self.state() != QAbstractItemView.State.EditingState \
                and self.sizeHintForIndex(top_left).height() == self.visualRect(top_left).height():
            self.update(top_left)
            return
        super().dataChanged(top_left, bottom_right, list(roles))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            delegate = self.itemDelegate()
            if isinstance(delegate, NoteCardDelegate):
                delegate.forget_sizes()  # measured in the old font
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            ctrl = bool(event.modifiers() & _CTRL)
            action = self.bindings.get((event.key(), ctrl))
            if action is not None:
                action()
                event.accept()
                return
            text = event.text()
            other = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier | _CTRL
            if self.on_text and text and text.isprintable() and not text.isspace() \
                    and not event.modifiers() & other:
                self.on_text(text)
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
        if self.context_menu is not None:
            menu = QMenu(self)
            self.context_menu(menu)
            menu.exec(event.globalPos())
