"""The follow-up of one contribution or agreement, beside the list: its owner, person,
deadline and status, its dated comments, and a new comment.

Every field saves as one undoable edit: the owner and status when chosen, the person and
the deadline when the field is left or Enter is pressed. A deadline that is no date is
refused with the reason under the field (the text stays, to be corrected); a deadline in
the past is kept and shown as overdue. In the comments list Delete removes a comment.
Ctrl+Return in the comment's text adds it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain import dates
from facilitator.domain import followup as fu
from facilitator.domain.followup import FollowupItem
from facilitator.ui.common.controls import button
from facilitator.ui.common.controls import line_field
from facilitator.ui.common.controls import show_text
from facilitator.ui.common.controls import text_field
from facilitator.ui.edits import followup as edits
from facilitator.ui.organiser.followup.model import LATE
from facilitator.ui.organiser.followup.model import status_label
from facilitator.ui.shell.session import CampSession

T = TypeVar("T")


class FollowupPanel(QWidget):
    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item: FollowupItem | None = None
        self._filling = False
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.what.setStyleSheet("font-weight: bold;")
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Ejer"))
        self.owner.activated.connect(self._owner_chosen)
        self.person = line_field(self.tr("fx Karen Holm"), name=self.tr("Person"))
        self.person.editingFinished.connect(self._person_typed)
        self.deadline = line_field(self.tr("dd.mm.åååå"), name=self.tr("Frist"))
        self.deadline.editingFinished.connect(self._deadline_typed)
        self.deadline_note = QLabel()
        self.deadline_note.setWordWrap(True)
        self.deadline_note.setStyleSheet(f"color: {LATE.name()};")
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for key in fu.STATUSES:
            self.status.addItem(status_label(key), key)
        self.status.activated.connect(self._status_chosen)
        self.comments = QListWidget()
        self.comments.setAccessibleName(self.tr("Kommentarer"))
        self.comments.setWordWrap(True)
        remove = QShortcut(QKeySequence("Delete"), self.comments, self._delete_comment)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.comment_date = line_field(self.tr("dd.mm.åååå"), name=self.tr("Kommentarens dato"))
        self.comment_text = text_field(self.tr("Hvad er der sket? (Ctrl+Enter tilføjer)"),
                                       name=self.tr("Ny kommentar"))
        self.comment_text.setMaximumHeight(70)
        add = QShortcut(QKeySequence("Ctrl+Return"), self.comment_text, self.add_comment)
        add.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_button: QPushButton = button(
            self.tr("&Tilføj kommentar"), self.tr("Tilføj kommentaren med datoen (Ctrl+Enter)"),
            self.add_comment)
        self.comment_note = QLabel()
        self.comment_note.setStyleSheet(f"color: {LATE.name()};")
        self._lay_out()
        self.show_item(None)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        deadline = QWidget()
        below = QVBoxLayout(deadline)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.deadline)
        below.addWidget(self.deadline_note)  # hidden while it has nothing to say
        for text, field, shown in ((self.tr("&Ejer:"), self.owner, self.owner),
                                   (self.tr("&Person:"), self.person, self.person),
                                   (self.tr("&Frist:"), self.deadline, deadline),
                                   (self.tr("&Status:"), self.status, self.status)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, shown)
        comments = QLabel(self.tr("&Kommentarer (Delete sletter):"))
        comments.setBuddy(self.comments)
        new = QFormLayout()
        dated = QLabel(self.tr("&Dato:"))
        dated.setBuddy(self.comment_date)
        new.addRow(dated, self.comment_date)
        new.addRow(self.comment_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.source)
        layout.addLayout(form)
        layout.addWidget(comments)
        layout.addWidget(self.comments, 1)
        layout.addLayout(new)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.comment_note)

    # -- showing ----------------------------------------------------------------------
    def show_item(self, item: FollowupItem | None) -> None:
        """Show ``item`` (None: nothing chosen); fields being typed in keep their text
        when the item is the same one."""
        same = item is not None and self.item is not None and item.id == self.item.id
        self.item = item
        self._filling = True
        try:
            self._fill(item, same)
        finally:
            self._filling = False

    def _fill(self, item: FollowupItem | None, same: bool) -> None:
        for widget in (self.owner, self.person, self.deadline, self.status, self.comments,
                       self.comment_date, self.comment_text, self.add_button):
            widget.setEnabled(item is not None and not self.session.read_only)
        if item is None:
            self.what.setText(self.tr("Vælg et bidrag eller en aftale i listen."))
            self.source.clear()
            self.comments.clear()
            self._note("")
            return
        kind = self.tr("Bidrag") if item.kind == fu.CONTRIBUTION else self.tr("Aftale")
        self.what.setText(" ".join(item.text.split()))
        where = " · ".join(p for p in (kind, item.step_title, item.table_code) if p)
        if item.said_when:
            where += " · " + self.tr("Hvornår: %1").replace("%1", item.said_when)
        self.source.setText(where)
        self._fill_owner(item)
        show_text(self.person, item.person)
        if not same or not self.deadline.hasFocus():
            show_text(self.deadline, dates.short_date(item.deadline) if item.deadline else "")
        self._note(self.tr("Fristen er overskredet.") if item.overdue() else "")
        self.status.setCurrentIndex(max(0, self.status.findData(item.status)))
        self.comments.clear()
        for comment in sorted(item.comments, key=lambda c: (c.date, c.created_at),
                              reverse=True):
            row = QListWidgetItem(f"{dates.short_date(comment.date)}: {comment.text}")
            row.setData(Qt.ItemDataRole.UserRole, comment)
            self.comments.addItem(row)
        if not same:
            self.comment_date.setText(dates.short_date(date.today()))
            self.comment_text.clear()
            self.comment_note.clear()

    def _note(self, text: str) -> None:
        """What is to be said of the deadline (overdue, or why it was refused)."""
        self.deadline_note.setText(text)
        self.deadline_note.setVisible(bool(text))

    def _fill_owner(self, item: FollowupItem) -> None:
        self.owner.clear()
        self.owner.addItem(self.tr("(ingen aktør)"), None)
        for actor in self.session.store.frame.actors():
            self.owner.addItem(actor.name, actor.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(item.actor_id))
                                   if item.actor_id else 0)

    # -- editing ----------------------------------------------------------------------
    def _save_choice(self, value: T, field: Callable[[FollowupItem], T],
                     edit: Callable[[CampSession, FollowupItem, T], object]) -> None:
        """Save a combo box's ``value`` through ``edit`` where the item's ``field``
        differs (not while the panel fills the fields itself)."""
        if self.item is not None and not self._filling and value != field(self.item):
            edit(self.session, self.item, value)

    def _owner_chosen(self, index: int) -> None:
        self._save_choice(self.owner.itemData(index), lambda item: item.actor_id,
                          edits.set_owner)

    def _person_typed(self) -> None:
        if self.item is not None and not self._filling \
                and " ".join(self.person.text().split()) != self.item.person:
            edits.set_person(self.session, self.item, self.person.text())

    def _deadline_typed(self) -> None:
        if self.item is None or self._filling:
            return
        shown = dates.short_date(self.item.deadline) if self.item.deadline else ""
        if self.deadline.text().strip() == shown:
            return
        messages: list[str] = []
        self.session.failed.connect(messages.append)
        try:
            done = edits.set_deadline(self.session, self.item, self.deadline.text())
        finally:
            self.session.failed.disconnect(messages.append)
        if done is None and messages:
            self._note(messages[-1])

    def _status_chosen(self, index: int) -> None:
        self._save_choice(self.status.itemData(index), lambda item: item.status,
                          edits.set_status)

    def add_comment(self) -> None:
        if self.item is None:
            return
        messages: list[str] = []
        self.session.failed.connect(messages.append)
        try:
            done = edits.add_comment(self.session, self.item, self.comment_date.text(),
                                     self.comment_text.toPlainText())
        finally:
            self.session.failed.disconnect(messages.append)
        if done is None:
            self.comment_note.setText(messages[-1] if messages else "")
            return
        self.comment_text.clear()
        self.comment_note.clear()

    def _delete_comment(self) -> None:
        current = self.comments.currentItem()
        if current is not None:
            edits.delete_comment(self.session, current.data(Qt.ItemDataRole.UserRole))

    def flush(self) -> None:
        """Save what is typed in the person and deadline fields (before undo, close)."""
        self._person_typed()
        self._deadline_typed()
