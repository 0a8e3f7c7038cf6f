"""»Om dialogen«: who hosts, which group, where and when. Shown on a dialogue's first page.

The coordinator who later gathers many dialogues needs these four facts for each one,
and the host knows them best at the start, so they sit above the thermometer instead of
in a form somewhere else. Typing is saved a moment after the last key (one undo step
per field). A table of a coordinator's kit has no details yet: the box is shown empty and
the first edit makes them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from facilitator.domain import dates
from facilitator.domain.dialogue import Dialogue
from facilitator.ui.common.text_limit import limit_text
from facilitator.ui.dialogue_box.pending_text import PendingText
from facilitator.ui.shell.session import CampSession

#: The lowest date stands for "no date yet".
NO_DATE = QDate(2000, 1, 1)
TEXT_FIELDS = ("host", "group_name", "place")


class DialogueDetailsBox(QGroupBox):
    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Om dialogen"))
        self.session = session
        self.dialogue: Dialogue | None = None
        #: The table whose dialogue is shown (or would be, once the host types).
        self.table_id: str | None = None
        self._filling = False
        self.pending = PendingText(self)

        self.host = QLineEdit()
        limit_text(self.host)
        self.host.setPlaceholderText(self.tr("Dit navn og din rolle, fx »Lone, skoleleder«"))
        self.group_name = QLineEdit()
        limit_text(self.group_name)
        self.group_name.setPlaceholderText(
            self.tr("fx »Forældrebestyrelsen, Stenerup Børnehus«"))
        self.place = QLineEdit()
        limit_text(self.place)
        self.place.setPlaceholderText(self.tr("fx »Personalestuen, Stenerup Skole«"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(dates.DATE_EDIT_FORMAT[dates.language()])
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("ingen dato"))
        self.participants = QSpinBox()
        self.participants.setRange(0, 500)
        self.participants.setSpecialValueText(self.tr("ikke talt"))
        self.fields: dict[str, QLineEdit] = {
            "host": self.host, "group_name": self.group_name, "place": self.place}

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
        self.participants.setAccessibleName(self.tr("Deltagere"))
        grid.addWidget(count_label, 1, 4)
        grid.addWidget(self.participants, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        for name, edit in self.fields.items():
            edit.textEdited.connect(lambda text, n=name: self._typed(n, text))
            edit.installEventFilter(self)
        self.date.dateChanged.connect(self._date_changed)
        self.participants.valueChanged.connect(self._participants_changed)

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
        self._filling = True
        try:
            for name, edit in self.fields.items():
                value = getattr(dialogue, name)
                if edit.text() != value and not self.pending.has_pending(name):
                    edit.setText(value)
            date = QDate.fromString(dialogue.date, Qt.DateFormat.ISODate)
            self.date.setDate(date if date.isValid() else NO_DATE)
            self.participants.setValue(dialogue.participants)
        finally:
            self._filling = False
        writable = not self.session.read_only
        for widget in (*self.fields.values(), self.date, self.participants):
            widget.setEnabled(writable)

    # -- saving ------------------------------------------------------------------------
    def _owner(self) -> tuple[str, str | None]:
        """(dialogue id, table id) of the details shown; the id is '' until they exist."""
        assert self.dialogue is not None
        return self.dialogue.id, self.dialogue.table_id

    def _typed(self, name: str, text: str) -> None:
        if not self._filling and self.dialogue is not None:
            owner = self._owner()
            self.pending.edit(name, lambda: self._save(owner, name, text))

    def _date_changed(self, date: QDate) -> None:
        if not self._filling and self.dialogue is not None:
            value = "" if date == NO_DATE else date.toString(Qt.DateFormat.ISODate)
            self._save(self._owner(), "date", value)

    def _participants_changed(self, value: int) -> None:
        if not self._filling and self.dialogue is not None:
            owner = self._owner()
            self.pending.edit("participants",
                              lambda: self._save(owner, "participants", value))

    def _save(self, owner: tuple[str, str | None], name: str, value: object) -> None:
        store = self.session.store
        dialogue_id, table_id = owner
        if not dialogue_id:
            found = store.dialogue_box.dialogue(table_id)
            dialogue_id = found.id if found is not None else ""
        current = store.dialogue_box.dialogue_by_id(dialogue_id) if dialogue_id else Dialogue(id="")
        before = getattr(current, name)
        if before == value:
            return
        if not dialogue_id and table_id is not None:
            # The first detail typed at a kit's table makes the table's dialogue row.
            def target() -> str:
                return store.dialogue_box.ensure_dialogue(table_id=table_id).id
        else:
            def target() -> str:
                return dialogue_id
        labels = {
            "host": self.tr("Ret vært"), "group_name": self.tr("Ret gruppe"),
            "place": self.tr("Ret sted"), "date": self.tr("Ret dato"),
            "participants": self.tr("Ret antal deltagere"),
        }
        # One detail of several types: the store's keywords are typed, this one is not.
        change: dict[str, Any] = {name: value}
        undo: dict[str, Any] = {name: before}
        self.session.run(labels[name],
                         lambda: store.dialogue_box.update_dialogue(dialogue_id=target(),
                                                                    **change),
                         lambda: store.dialogue_box.update_dialogue(dialogue_id=target(),
                                                                    **undo),
                         "dialogue", merge_key=f"dialogue:{dialogue_id or table_id}:{name}")

    def commit_pending(self) -> None:
        self.pending.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.pending.flush()
        return super().eventFilter(watched, event)
