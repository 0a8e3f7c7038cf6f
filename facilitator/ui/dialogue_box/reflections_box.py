"""What the group says about the card on the table, under three questions.

Hvad ville du gøre? · Hvem kunne hjælpe? · Hvad hjælper her? Each answer is saved a
moment after the last key (one undo step per burst of typing), and at once when the
card changes, the focus leaves or the step is left.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QWidget

from facilitator.domain.dialogue import QUESTIONS, Reflection
from facilitator.ui.common.text_limit import limit_text
from facilitator.ui.dialogue_box.pending_text import PendingText
from facilitator.ui.shell.session import CampSession


class ReflectionsBox(QGroupBox):
    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Gruppens svar"))
        self.session = session
        self.card_id: str | None = None
        self.table_id: str | None = None
        self._filling = False
        self.pending = PendingText(self)
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
            field = QPlainTextEdit()
            limit_text(field)
            field.setTabChangesFocus(True)
            field.setAccessibleName(self.labels[question])
            field.setPlaceholderText(self.tr("Skriv gruppens svar …"))
            field.textChanged.connect(lambda q=question: self._typed(q))
            field.installEventFilter(self)
            label.setBuddy(field)
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
            self.fields[question] = field

    def show_card(self, card_id: str | None, table_id: str | None,
                  reflections: list[Reflection]) -> None:
        """Show the answers of a card; typing in progress on the same card is kept."""
        same = (card_id, table_id) == (self.card_id, self.table_id)
        if not same:
            self.pending.flush()
        self.card_id, self.table_id = card_id, table_id
        texts = {r.question: r.text for r in reflections}
        self._filling = True
        try:
            for question, field in self.fields.items():
                value = texts.get(question, "")
                if same and self.pending.has_pending(question):
                    continue  # typed but not saved yet: newer than the store
                if field.toPlainText() != value:
                    field.setPlainText(value)
        finally:
            self._filling = False
        writable = card_id is not None and not self.session.read_only
        for field in self.fields.values():
            field.setReadOnly(not writable)
        self.setEnabled(card_id is not None)

    def _typed(self, question: str) -> None:
        if self._filling or self.card_id is None or self.session.read_only:
            return
        card_id, table_id = self.card_id, self.table_id
        text = self.fields[question].toPlainText()
        self.pending.edit(question, lambda: self._save(card_id, table_id, question, text))

    def _save(self, card_id: str, table_id: str | None, question: str, text: str) -> None:
        store = self.session.store
        step_id = store.dialogue_box.card(card_id).step_id
        before = next((r.text for r in store.dialogue_box.reflections(step_id, table_id,
                                                                      card_id=card_id)
                       if r.question == question), "")
        if before == text:
            return
        self.session.run(
            self.tr("Ret svar: %1").replace("%1", self.labels[question]),
            lambda: store.dialogue_box.set_reflection(card_id=card_id, table_id=table_id,
                                         question=question, text=text),
            lambda: store.dialogue_box.set_reflection(card_id=card_id, table_id=table_id,
                                         question=question, text=before),
            "reflection", merge_key=f"reflection:{card_id}:{table_id}:{question}")

    def commit_pending(self) -> None:
        self.pending.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.pending.flush()
        return super().eventFilter(watched, event)
