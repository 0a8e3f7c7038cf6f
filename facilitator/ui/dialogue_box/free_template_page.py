"""The creative template (kreativ skabelon): a few open prompts with free text under each.

The prompts are the numbered lines of the step's prompt (so a program words its own), or
three of ours. Text is saved a moment after the last key, one undo step per field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.dialogue import numbered_lines
from facilitator.ui.common.text_limit import limit_text
from facilitator.ui.dialogue_box.pending_text import PendingText
from facilitator.ui.shell import zoom
from facilitator.ui.shell.session import CampSession
from facilitator.ui.table.step_page import StepPage


class FreeTemplatePage(StepPage):
    watches = ("template_answer",)

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.pending = PendingText(self)
        self.prompts: list[str] = []
        self.fields: list[QPlainTextEdit] = []
        self._filling = False
        self._shown_for: tuple[str | None, str | None, tuple[str, ...]] | None = None
        self.sheet = QWidget()
        self.sheet_layout = QVBoxLayout(self.sheet)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sheet)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

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
        self._filling = True
        try:
            for index, field in enumerate(self.fields):
                value = answers.get(self.key(index), "")
                if field.toPlainText() != value and not self.pending.has_pending(self.key(index)):
                    field.setPlainText(value)
                field.setReadOnly(self.session.read_only)
        finally:
            self._filling = False

    def _build(self, prompts: list[str]) -> None:
        while self.sheet_layout.count():
            item = self.sheet_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.prompts, self.fields = prompts, []
        for index, prompt in enumerate(prompts):
            label = QLabel(prompt)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            zoom.scale_font(label, 1.1, bold=True)
            field = QPlainTextEdit()
            limit_text(field)
            field.setTabChangesFocus(True)
            field.setAccessibleName(prompt)
            field.setPlaceholderText(self.tr("Skriv med gruppens egne ord …"))
            # Three lines at least, so that all the questions fit a laptop's height
            # (110 px each put the third below the fold at 1366×768); they grow with room.
            field.setMinimumHeight(field.fontMetrics().lineSpacing() * 3 + 14)
            field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            field.textChanged.connect(lambda i=index: self._typed(i))
            field.installEventFilter(self)
            label.setBuddy(field)
            self.sheet_layout.addWidget(label)
            self.sheet_layout.addWidget(field, 1)
            self.fields.append(field)

    def focus_entry(self) -> None:
        if self.fields:
            self.fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def commit_pending(self) -> None:
        self.pending.flush()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.pending.flush()
        super().hideEvent(event)

    @staticmethod
    def key(index: int) -> str:
        """A prompt's key: its number on the sheet (1, 2, 3 …)."""
        return str(index + 1)

    # -- saving ------------------------------------------------------------------------
    def _typed(self, index: int) -> None:
        if self._filling or self.step is None or self.session.read_only:
            return
        step_id, table_id = self.step.id, self.table_id
        text, prompt = self.fields[index].toPlainText(), self.prompts[index]
        self.pending.edit(self.key(index),
                          lambda: self._save(step_id, table_id, self.key(index), prompt, text))

    def _save(self, step_id: str, table_id: str | None, key: str, prompt: str,
              text: str) -> None:
        store = self.session.store
        before = next((a.text for a in store.dialogue_box.template_answers(step_id, table_id)
                       if a.prompt_key == key), "")
        if before == text:
            return
        self.session.run(
            self.tr("Ret skabelon"),
            lambda: store.dialogue_box.set_template_answer(step_id=step_id, table_id=table_id,
                                              prompt_key=key, prompt=prompt, text=text),
            lambda: store.dialogue_box.set_template_answer(step_id=step_id, table_id=table_id,
                                              prompt_key=key, prompt=prompt, text=before),
            "template_answer", merge_key=f"template:{step_id}:{table_id}:{key}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.pending.flush()
        return super().eventFilter(watched, event)
