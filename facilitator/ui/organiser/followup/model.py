"""The follow-up view's rows: every contribution and agreement passing the filter,
by actor and then by status, with owner, person, deadline, status and latest comment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor

from facilitator.domain import dates
from facilitator.domain import followup as fu
from facilitator.domain.followup import FollowupItem
from facilitator.ui.common.list_model import RowsModel
from facilitator.ui.edits import followup as edits
from facilitator.ui.shell.session import CampSession

WHAT, SOURCE, ACTOR, PERSON, DEADLINE, STATUS, COMMENT = range(7)
#: The red of an overdue deadline.
LATE = QColor("#a4262c")


def status_label(status: str) -> str:
    return QCoreApplication.translate("Followup", fu.STATUS_LABELS[status]) \
        if status in fu.STATUS_LABELS else status


def deadline_text(item: FollowupItem) -> str:
    """The deadline as the reader writes dates; an agreement's own "by when" if none."""
    return dates.short_date(item.deadline) if item.deadline else item.said_when


@dataclass
class Filter:
    """What the view shows: an actor id ('' for none, None for all), a status (None for
    all) and words to find."""

    actor: str | None = None
    status: str | None = None
    text: str = ""


class FollowupModel(RowsModel[FollowupItem]):
    columns = ("text", "table_code", "actor_name", "person", "deadline", "status", "comment")

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = Filter()
        self.total = 0
        self._items: list[FollowupItem] = []
        self._order: list[str] = []
        self._stale = True
        self.reload()

    def store_changed(self) -> None:
        """The next reload reads the store; a new filter only sorts what was read."""
        self._stale = True

    def fetch(self) -> list[FollowupItem]:
        if self._stale:
            self._items = self.session.store.followup.items()
            self._order = [a.name for a in self.session.store.frame.actors()]
            self._stale = False
        self.total = len(self._items)
        f = self.filter
        shown = [i for i in self._items
                 if fu.matches(i, actor=f.actor, status=f.status, text=f.text)]
        return [item for _, group in fu.by_actor(shown, self._order) for item in group]

    def header(self, section: int) -> str:
        return (self.tr("Hvad"), self.tr("Fra"), self.tr("Aktør"), self.tr("Person"),
                self.tr("Frist"), self.tr("Status"), self.tr("Seneste kommentar"))[section]

    def cell(self, row: FollowupItem, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DEADLINE and row.overdue():
                return self.tr("Fristen er overskredet.")
            return self._text(row, column, False) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == DEADLINE and row.overdue():
            return QBrush(LATE)
        return None

    def _text(self, row: FollowupItem, column: int, editing: bool) -> str:
        if column == WHAT:
            return " ".join(row.text.split())
        if column == SOURCE:
            return row.table_code
        if column == ACTOR:
            return row.actor_name or self.tr("Uden aktør")
        if column == PERSON:
            return row.person
        if column == DEADLINE:
            text = deadline_text(row)
            if editing:
                return dates.short_date(row.deadline) if row.deadline else ""
            return self.tr("%1 (overskredet)").replace("%1", text) if row.overdue() else text
        if column == STATUS:
            return status_label(row.status)
        latest = row.latest_comment
        return f"{dates.short_date(latest.date)}: {' '.join(latest.text.split())}" \
            if latest else ""

    def can_edit(self, row: FollowupItem, column: int) -> bool:
        return column in (PERSON, DEADLINE) and not self.session.read_only

    def write(self, row: FollowupItem, column: int, value: Any) -> bool:
        text = str(value or "")
        if column == PERSON:
            return edits.set_person(self.session, row, text) is not None
        return edits.set_deadline(self.session, row, text) is not None
