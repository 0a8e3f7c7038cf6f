"""The field a table's note is typed in, and edited in place in the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QWidget

from facilitator.ui.common.text_limit import limit_text

#: The note list's type against the ordinary type, and its least size at normal zoom.
NOTE_SCALE, NOTE_MINIMUM_PT = 1.3, 13.0


class NoteEntry(QPlainTextEdit):
    """A few lines to type a note in: Enter submits, Shift+Enter starts a new line.

    Also the in-place editor of a note, so editing behaves exactly like typing.
    """

    submitted = Signal()
    #: Down on the last line: the facilitator wants to go to the list.
    left_downwards = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 2) -> None:
        super().__init__(parent)
        #: Keys that act on the current note instead of typing, while the field is empty.
        self.when_empty: dict[int, Callable[[], bool]] = {}
        limit_text(self)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._lines = lines
        self._fit_height()

    def _fit_height(self) -> None:
        """``lines`` lines high in the present type, which the zoom changes."""
        height = self.fontMetrics().lineSpacing() * self._lines
        margins = self.contentsMargins()
        self.setFixedHeight(height + 2 * int(self.document().documentMargin())
                            + margins.top() + margins.bottom() + 2)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def text(self) -> str:
        """The typed text exactly: no-break spaces and lone line separators kept."""
        return self.document().toRawText().replace("\u2029", "\n")

    def event(self, event: QEvent) -> bool:
        """Let Ctrl+Z reach the camp's undo when there is no typing here to undo.

        A text field claims Ctrl+Z and Ctrl+Y even when empty; right after Enter the
        facilitator means "take back that note", not "undo nothing in the field".
        """
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            document = self.document()
            if (event.matches(QKeySequence.StandardKey.Undo)
                    and not document.isUndoAvailable()) or \
                    (event.matches(QKeySequence.StandardKey.Redo)
                     and not document.isRedoAvailable()):
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        action = self.when_empty.get(event.key())
        if action is not None and self.document().isEmpty() and not self.isReadOnly() \
                and not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                              | Qt.KeyboardModifier.KeypadModifier) \
                and action():
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            cursor = self.textCursor()
            if not cursor.movePosition(QtGui.QTextCursor.MoveOperation.Down):
                self.left_downwards.emit()
                return
        super().keyPressEvent(event)
