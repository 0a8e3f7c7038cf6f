"""The creative template (kreativ skabelon): a few open prompts with free text under each.

The prompts are the numbered lines of the step's prompt (so a program words its own), or
three of ours. Text is saved a moment after the last key, one undo step per field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.dialogue import numbered_lines
from facilitator.ui.common.controls import text_field
from facilitator.ui.common.delayed_save import DelayedSave
from facilitator.ui.common.layouts import vbox
from facilitator.ui.edits import dialogue_box as edits
from facilitator.ui.edits.change import Change
from facilitator.ui.shell import zoom
from facilitator.ui.shell.session import CampSession
from facilitator.ui.table.step_page import StepPage


class FreeTemplatePage(StepPage):
    watches = Change.TEMPLATE_ANSWER

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.pending = DelayedSave(self)
        self.pending.watch(self)
        self.prompts: list[str] = []
        self.fields: list[QPlainTextEdit] = []
        self._shown_for: tuple[str | None, str | None, tuple[str, ...]] | None = None
        self.sheet = QWidget()
        self.sheet_layout = QVBoxLayout(self.sheet)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sheet)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        vbox(scroll, parent=self, flush=True)

    def default_prompts(self) -> list[str]:
        return [
            self.tr("Det bedste ved fællesskabet her er …"),
            self.tr("Vi kunne gøre mere af …"),
            self.tr("Vi drømmer om …"),
        ]

    # -- StepPage ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.step is None:
            return
        prompts = numbered_lines(self.step.prompt) or self.default_prompts()
        shown_for = (self.step.id, self.table_id, tuple(prompts))
        if shown_for != self._shown_for:
            self.pending.flush()
            self._build(prompts)
            self._shown_for = shown_for
        answers = {a.prompt_key: a.text for a in
                   self.session.store.dialogue_box.template_answers(self.step.id, self.table_id)}
        with self.pending.filling():
            for index, field in enumerate(self.fields):
                value = answers.get(self.key(index), "")
                if field.toPlainText() != value and not self.pending.has_pending(self.key(index)):
                    field.setPlainText(value)
                field.setReadOnly(self.session.read_only)

    def _build(self, prompts: list[str]) -> None:
        while (item := self.sheet_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.prompts, self.fields = prompts, []
        for index, prompt in enumerate(prompts):
            label = QLabel(prompt)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            zoom.scale_font(label, 1.1, bold=True)
            field = text_field(self.tr("Skriv med gruppens egne ord …"), name=prompt)
            # Three lines at least, so that all the questions fit a laptop's height
            # (110 px each put the third below the fold at 1366×768); they grow with room.
            field.setMinimumHeight(field.fontMetrics().lineSpacing() * 3 + 14)
            field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            field.textChanged.connect(lambda i=index: self._typed(i))
            self.pending.watch(field)
            label.setBuddy(field)
            self.sheet_layout.addWidget(label)
            self.sheet_layout.addWidget(field, 1)
            self.fields.append(field)

    def focus_entry(self) -> None:
        if self.fields:
            self.fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def commit_pending(self) -> None:
        self.pending.flush()

    @staticmethod
    def key(index: int) -> str:
        """A prompt's key: its number on the sheet (1, 2, 3 …)."""
        return str(index + 1)

    # -- saving ------------------------------------------------------------------------
    def _typed(self, index: int) -> None:
        if self.pending.is_filling or self.step is None or self.session.read_only:
            return
        step_id, table_id = self.step.id, self.table_id
        text, prompt = self.fields[index].toPlainText(), self.prompts[index]
        self.pending.edit(self.key(index),
                          lambda: self._save(step_id, table_id, self.key(index), prompt, text))

    def _save(self, step_id: str, table_id: str | None, key: str, prompt: str,
              text: str) -> None:
        edits.answer_prompt(self.session, step_id=step_id, table_id=table_id, key=key,
                            prompt=prompt, text=text)
