"""Every table of the camp and whether its bundle has arrived: the collect screen's table.

The organiser's question after the camp is "who is still missing?", so the status is a
word *and* a colour, and the newest bundle's time and counts say whether the data is
the end of the day or a lunchtime copy. A bundle with nothing of its table in it (a
laptop that was never written on) is "Leveret, ingen noter", in amber: delivered, but
the notes may still be on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont

from facilitator.domain import dates
from facilitator.domain.model import Table
from facilitator.domain.words import counted
from facilitator.store.bundles import TableDelivery
from facilitator.store.bundles import deliveries
from facilitator.ui.common.list_model import CampRows
from facilitator.ui.shell.session import CampSession

TABLE, GROUP, FACILITATOR, STATUS, LAST_BUNDLE, NEW, CHANGED, DELETED = range(8)
COLUMNS = 8

#: (background, text) of the status cell: green for delivered, red for missing.
DELIVERED_COLOURS = (QColor("#d4edda"), QColor("#155724"))
MISSING_COLOURS = (QColor("#f8d7da"), QColor("#721c24"))
EMPTY_COLOURS = (QColor("#fff3cd"), QColor("#856404"))
#: No bundle, but the table's notes are in the file (the demo's, typed here): no alarm.
IN_FILE_COLOURS = (QColor("#e2ecf7"), QColor("#1c3d5a"))

#: The roles the status cell answers with its look.
STATUS_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.FontRole)


local_time = dates.stamp_as_local  # the organiser's local »09.05.2026 kl. 14.03«


@dataclass(frozen=True)
class DeliveryRow:
    table: Table
    group_code: str
    delivery: TableDelivery

    @property
    def id(self) -> str:
        return self.table.id


class DeliveriesModel(CampRows[DeliveryRow]):
    columns = ("",) * COLUMNS

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.headers = (
            self.tr("Bord"), self.tr("Hovedgruppe"), self.tr("Facilitator"), self.tr("Status"),
            self.tr("Seneste bordpakke"), self.tr("Nye"), self.tr("Ændrede"), self.tr("Slettede"))

    def fetch(self) -> list[DeliveryRow]:
        store = self.session.store
        groups = {g.id: g.code for g in store.frame.main_groups()}
        tables = {t.id: t for t in store.frame.tables()}
        return [DeliveryRow(tables[d.table_id], groups.get(
            tables[d.table_id].main_group_id or "", ""), d)
            for d in deliveries(store) if d.table_id in tables]

    @property
    def delivered(self) -> int:
        return sum(1 for r in self._rows if r.delivery.delivered)

    @property
    def written_here(self) -> int:
        """Tables with no bundle whose notes are in the camp file all the same."""
        return sum(1 for r in self._rows
                   if not r.delivery.delivered and r.delivery.notes_in_file)

    @property
    def empty(self) -> int:
        """Tables whose latest bundle had nothing of theirs in it."""
        return sum(1 for r in self._rows if r.delivery.empty)

    def cell(self, row: DeliveryRow, column: int, role: int) -> Any:
        d = row.delivery
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if column == STATUS and role in STATUS_ROLES:
            return self._status_look(d, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NEW, CHANGED, DELETED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and d.delivered and column in (STATUS, LAST_BUNDLE):
            tip = counted(d.bundles, self.tr("%1 – hentet %2; %n bordpakke i alt"),
                          self.tr("%1 – hentet %2; %n bordpakker i alt")).replace(
                "%1", d.bundle).replace("%2", local_time(d.received_at))
            if d.empty:
                tip += "\n" + self.tr(
                    "Bordpakken havde ingen noter fra bordet: computeren er måske ikke blevet "
                    "brugt, eller noterne er skrevet på papir.")
            return tip
        return None

    @staticmethod
    def _status_look(d: TableDelivery, role: int) -> QBrush | QFont:
        """The status cell's colours (green delivered, red missing …) and bold type."""
        colours = (EMPTY_COLOURS if d.empty else DELIVERED_COLOURS if d.delivered
                   else IN_FILE_COLOURS if d.notes_in_file else MISSING_COLOURS)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(colours[0])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(colours[1])
        font = QFont()
        font.setBold(True)
        return font

    def _text(self, row: DeliveryRow, column: int) -> str:
        d = row.delivery
        if column == TABLE:
            return row.table.code
        if column == GROUP:
            return row.group_code
        if column == FACILITATOR:
            return row.table.facilitator
        if column == STATUS:
            if d.empty:
                return self.tr("Leveret, ingen noter")
            if d.delivered:
                return self.tr("Leveret")
            if d.notes_in_file:
                return counted(d.notes_in_file, self.tr("Ingen bordpakke; %n note i filen"),
                               self.tr("Ingen bordpakke; %n noter i filen"))
            return self.tr("Mangler")
        if not d.delivered:
            return ""
        if column == LAST_BUNDLE:
            return local_time(d.bundle_created_at)
        return str({NEW: d.new_rows, CHANGED: d.changed_rows, DELETED: d.deleted_rows}[column])
