"""A text field saved as the user writes it (the organiser's purpose, messages, summaries).

There is no Save button anywhere in the app: a field is saved when typing pauses, when it
loses focus and when the session asks for pending text (before undo, redo and close).
Each save is one edit through the session with a merge key, so a paragraph typed in one
go is one undo step. A reload from the store (after an undo, or a change made elsewhere)
replaces the text unless the organiser is typing: then their text wins and is saved
moments later.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit

from facilitator.ui.common.delayed_save import DelayedSave

#: How long typing rests before the text is saved.
SAVE_DELAY_MS = 800

TextField = QLineEdit | QPlainTextEdit


class AutoSave(QObject):
    """Watches one field; calls ``save(text)`` with what was typed, never with a reload."""

    def __init__(self, field: TextField, save: Callable[[str], object],
                 parent: QObject | None = None, delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self.field = field
        self._save = save
        self._loading = False
        self._pending = DelayedSave(self, delay_ms)
        field.textChanged.connect(self._edited)
        field.installEventFilter(self)

    @property
    def dirty(self) -> bool:
        """True while typed text waits to be saved."""
        return self._pending.has_pending()

    def text(self) -> str:
        field = self.field
        return field.text() if isinstance(field, QLineEdit) else field.toPlainText()

    def load(self, text: str, *, force: bool = False) -> None:
        """Show stored text; left alone while the organiser types, unless ``force``."""
        if self.dirty and not force:
            return
        self._pending.discard()
        if text == self.text():
            return
        self._loading = True
        try:
            field = self.field
            if isinstance(field, QLineEdit):
                at = field.cursorPosition()
                field.setText(text)
                field.setCursorPosition(min(at, len(text)))
            else:
                at = field.textCursor().position()
                field.setPlainText(text)
                cursor = field.textCursor()
                cursor.setPosition(min(at, len(text)))
                field.setTextCursor(cursor)
        finally:
            self._loading = False

    def flush(self) -> None:
        """Save typed text now; nothing happens when nothing was typed."""
        self._pending.flush()

    def discard(self) -> None:
        """Forget typed text (the row it belonged to is gone)."""
        self._pending.discard()

    def _edited(self, *_: object) -> None:
        if not self._loading and not self.field.isReadOnly():
            self._pending.edit("text", self._save_typed)

    def _save_typed(self) -> None:
        self._save(self.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)
