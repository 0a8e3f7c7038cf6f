"""The step's written summary ("OPSUMMERET"), saved as the organiser writes it.

There is no Save button anywhere in the app, so the text is saved when typing pauses,
when the field loses focus and before another step is shown. Each save is one undoable
edit; an undo or a change from elsewhere replaces the text unless the organiser is in
the middle of typing, in which case their text wins and is saved moments later.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from facilitator.ui.common.text_limit import limit_text
from facilitator.ui.organiser.consolidation.edits import ConsolidationEdits

#: How long typing rests before the summary is saved.
SUMMARY_DELAY_MS = 800


class SummaryEditor(QPlainTextEdit):
    def __init__(self, edits: ConsolidationEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        limit_text(self)
        self.edits = edits
        self.step_id: str | None = None
        self.setPlaceholderText(self.tr("Opsummér trinnets noter med egne ord …"))
        self.setAccessibleName(self.tr("Opsummering"))
        self.setReadOnly(edits.session.read_only)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SUMMARY_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self._loading = False
        self._dirty = False
        self.textChanged.connect(self._edited)

    def show_step(self, step_id: str | None) -> None:
        """Save what was typed for the step shown so far, then show ``step_id``'s."""
        self.save()
        self.step_id = step_id
        self._load(force=True)

    def reload(self) -> None:
        self._load(force=False)

    def save(self) -> None:
        """Save pending text now; nothing happens when nothing was typed."""
        self._timer.stop()
        if not self._dirty or self.step_id is None or self.isReadOnly():
            return
        self._dirty = False
        text = self.toPlainText()
        if text != self.edits.store.consolidation.step_summary(self.step_id):
            self.edits.set_summary(step_id=self.step_id, text=text)

    def _edited(self) -> None:
        if not self._loading:
            self._dirty = True
            self._timer.start()

    def _load(self, *, force: bool) -> None:
        if self._dirty and not force:
            return  # the organiser is typing: their text wins and is saved shortly
        self._dirty = False
        text = self.edits.store.consolidation.step_summary(self.step_id) if self.step_id else ""
        if text == self.toPlainText():
            return
        self._loading = True
        try:
            at = self.textCursor().position()
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(min(at, len(text)))
            self.setTextCursor(cursor)
        finally:
            self._loading = False

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.save()
        super().focusOutEvent(event)
