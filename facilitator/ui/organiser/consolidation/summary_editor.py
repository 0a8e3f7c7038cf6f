"""The step's written summary ("OPSUMMERET"), saved as the organiser writes it.

There is no Save button anywhere in the app, so the text is saved when typing pauses,
when the field loses focus and before another step is shown. Each save is one undoable
edit; an undo or a change from elsewhere replaces the text unless the organiser is in
the middle of typing, in which case their text wins and is saved moments later.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QWidget

from facilitator.ui.common.autosave import AutoSave
from facilitator.ui.common.text_limit import limit_text
from facilitator.ui.edits import consolidation as edits
from facilitator.ui.shell.session import CampSession

#: How long typing rests before the summary is saved.
SUMMARY_DELAY_MS = 800


class SummaryEditor(QPlainTextEdit):
    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        limit_text(self)
        self.session = session
        self.step_id: str | None = None
        self.setPlaceholderText(self.tr("Opsummér trinnets noter med egne ord …"))
        self.setAccessibleName(self.tr("Opsummering"))
        self.setReadOnly(session.read_only)
        self.saver = AutoSave(self, self._save, self, delay_ms=SUMMARY_DELAY_MS)

    def show_step(self, step_id: str | None) -> None:
        """Save what was typed for the step shown so far, then show ``step_id``'s."""
        self.save()
        self.step_id = step_id
        self.saver.load(self._stored(), force=True)

    def reload(self) -> None:
        """The stored text, unless the organiser is typing: theirs wins, saved shortly."""
        if not self.saver.dirty:
            self.saver.load(self._stored())

    def save(self) -> None:
        """Save pending text now; nothing happens when nothing was typed."""
        self.saver.flush()

    def _stored(self) -> str:
        return self.session.store.consolidation.step_summary(self.step_id) if self.step_id else ""

    def _save(self, text: str) -> None:
        if self.step_id is not None and text != self._stored():
            edits.set_summary(self.session, step_id=self.step_id, text=text)
