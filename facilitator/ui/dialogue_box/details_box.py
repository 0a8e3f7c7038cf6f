"""»Om dialogen«: who hosts, which group, where and when. Shown on a dialogue's first page.

The coordinator who later gathers many dialogues needs these four facts for each one,
and the host knows them best at the start, so they sit above the thermometer instead of
in a form somewhere else. Typing is saved a moment after the last key (one undo step
per field). A table of a coordinator's kit has no details yet: the box is shown empty and
the first edit makes them.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from facilitator.domain.dialogue import Dialogue
from facilitator.ui.common.controls import NO_DATE
from facilitator.ui.common.controls import date_field
from facilitator.ui.common.controls import line_field
from facilitator.ui.dialogue_box.typed_box import TypedBox
from facilitator.ui.edits import dialogue_box as edits
from facilitator.ui.shell.session import CampSession

TEXT_FIELDS = ("host", "group_name", "place")


class DialogueDetailsBox(TypedBox):
    """The dialogue's details; a table without them yet shows them empty."""

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Om dialogen"))
        self.dialogue: Dialogue | None = None
        self.host = line_field(self.tr("Dit navn og din rolle, fx »Lone, skoleleder«"))
        self.group_name = line_field(self.tr("fx »Forældrebestyrelsen, Stenerup Børnehus«"))
        self.place = line_field(self.tr("fx »Personalestuen, Stenerup Skole«"))
        self.date = date_field(self.tr("ingen dato"))
        self.participants = QSpinBox()
        self.participants.setRange(0, 500)
        self.participants.setSpecialValueText(self.tr("ikke talt"))
        self.participants.setAccessibleName(self.tr("Deltagere"))
        self.fields: dict[str, QLineEdit] = {
            "host": self.host, "group_name": self.group_name, "place": self.place}
        self._lay_out()
        for name, edit in self.fields.items():
            edit.textEdited.connect(lambda text, n=name: self._typed(n, text))
        self.pending.watch(*self.fields.values())
        self.date.dateChanged.connect(self._date_changed)
        self.participants.valueChanged.connect(self._participants_changed)

    def _lay_out(self) -> None:
        """Two rows of labelled fields; the number of participants at the end."""
        grid = QGridLayout(self)
        rows = (
            (self.tr("&Vært:"), self.host, self.tr("G&ruppe:"), self.group_name),
            (self.tr("S&ted:"), self.place, self.tr("&Dato:"), self.date),
        )
        for r, (label_a, widget_a, label_b, widget_b) in enumerate(rows):
            for c, (text, widget) in enumerate(((label_a, widget_a), (label_b, widget_b))):
                label = QLabel(text)
                label.setBuddy(widget)
                widget.setAccessibleName(text.replace("&", "").rstrip(":"))
                grid.addWidget(label, r, 2 * c)
                grid.addWidget(widget, r, 2 * c + 1)
        count_label = QLabel(self.tr("Del&tagere:"))
        count_label.setBuddy(self.participants)
        grid.addWidget(count_label, 1, 4)
        grid.addWidget(self.participants, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    # -- showing -----------------------------------------------------------------------
    def show_for_table(self, table_id: str | None, dialogue: Dialogue | None, *,
                       empty_allowed: bool = False) -> None:
        """Show the table's dialogue; with ``empty_allowed`` a table without one yet (a
        coordinator's kit) shows empty fields, and the first edit makes its details."""
        if table_id != self.table_id:
            self.pending.flush()
        self.table_id = table_id
        if dialogue is None and empty_allowed and table_id is not None:
            dialogue = Dialogue(id="", table_id=table_id)
        self.show_dialogue(dialogue)

    def show_dialogue(self, dialogue: Dialogue | None) -> None:
        if self.dialogue is not None and (dialogue is None or dialogue.id != self.dialogue.id):
            self.pending.flush()
        self.dialogue = dialogue
        self.setVisible(dialogue is not None)
        if dialogue is None:
            return
        self.table_id = dialogue.table_id
        with self.pending.filling():
            for name, edit in self.fields.items():
                value = getattr(dialogue, name)
                if edit.text() != value and not self.pending.has_pending(name):
                    edit.setText(value)
            date = QDate.fromString(dialogue.date, Qt.DateFormat.ISODate)
            self.date.setDate(date if date.isValid() else NO_DATE)
            self.participants.setValue(dialogue.participants)
        writable = not self.session.read_only
        for widget in (*self.fields.values(), self.date, self.participants):
            widget.setEnabled(writable)

    # -- saving ------------------------------------------------------------------------
    def _owner(self) -> tuple[str, str | None]:
        """(dialogue id, table id) of the details shown; the id is '' until they exist."""
        assert self.dialogue is not None
        return self.dialogue.id, self.dialogue.table_id

    def _typed(self, name: str, text: str) -> None:
        if not self.pending.is_filling and self.dialogue is not None:
            owner = self._owner()
            self.pending.edit(name, lambda: self._save(owner, name, text))

    def _date_changed(self, date: QDate) -> None:
        if not self.pending.is_filling and self.dialogue is not None:
            value = "" if date == NO_DATE else date.toString(Qt.DateFormat.ISODate)
            self._save(self._owner(), "date", value)

    def _participants_changed(self, value: int) -> None:
        if not self.pending.is_filling and self.dialogue is not None:
            owner = self._owner()
            self.pending.edit("participants",
                              lambda: self._save(owner, "participants", value))

    def _save(self, owner: tuple[str, str | None], name: str, value: object) -> None:
        dialogue_id, table_id = owner
        edits.set_dialogue_detail(self.session, dialogue_id=dialogue_id, table_id=table_id,
                                  name=name, value=value)
