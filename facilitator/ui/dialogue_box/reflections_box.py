"""What the group says about the card on the table, under three questions.

Hvad ville du gøre? · Hvem kunne hjælpe? · Hvad hjælper her? Each answer is saved a
moment after the last key (one undo step per burst of typing), and at once when the
card changes, the focus leaves or the step is left.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QWidget

from facilitator.domain.dialogue import QUESTIONS
from facilitator.domain.dialogue import Reflection
from facilitator.ui.common.controls import text_field
from facilitator.ui.dialogue_box.typed_box import TypedBox
from facilitator.ui.edits import dialogue_box as edits
from facilitator.ui.shell.session import CampSession


class ReflectionsBox(TypedBox):
    """The answers of one table about one card, a field per question."""

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Gruppens svar"))
        self.card_id: str | None = None
        self.labels = {
            "what_would_you_do": self.tr("Hvad ville du gøre?"),
            "who_could_help": self.tr("Hvem kunne hjælpe?"),
            "what_helps": self.tr("Hvad hjælper her?"),
        }
        self.fields: dict[str, QPlainTextEdit] = {}
        grid = QGridLayout(self)
        for column, question in enumerate(QUESTIONS):
            label = QLabel(self.labels[question])
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            field = text_field(self.tr("Skriv gruppens svar …"), name=self.labels[question])
            field.textChanged.connect(lambda q=question: self._typed(q))
            label.setBuddy(field)
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
            self.fields[question] = field
        self.pending.watch(*self.fields.values())

    def show_card(self, card_id: str | None, table_id: str | None,
                  reflections: list[Reflection]) -> None:
        """Show the answers of a card; typing in progress on the same card is kept."""
        same = (card_id, table_id) == (self.card_id, self.table_id)
        if not same:
            self.pending.flush()
        self.card_id, self.table_id = card_id, table_id
        texts = {r.question: r.text for r in reflections}
        with self.pending.filling():
            for question, field in self.fields.items():
                value = texts.get(question, "")
                if same and self.pending.has_pending(question):
                    continue  # typed but not saved yet: newer than the store
                if field.toPlainText() != value:
                    field.setPlainText(value)
        writable = card_id is not None and not self.session.read_only
        for field in self.fields.values():
            field.setReadOnly(not writable)
        self.setEnabled(card_id is not None)

    def _typed(self, question: str) -> None:
        if self.pending.is_filling or self.card_id is None or self.session.read_only:
            return
        card_id, table_id = self.card_id, self.table_id
        text = self.fields[question].toPlainText()
        self.pending.edit(question, lambda: self._save(card_id, table_id, question, text))

    def _save(self, card_id: str, table_id: str | None, question: str, text: str) -> None:
        edits.answer_card(self.session, card_id=card_id, table_id=table_id, question=question,
                          question_label=self.labels[question], text=text)
