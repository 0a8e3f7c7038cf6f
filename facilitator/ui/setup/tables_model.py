"""Main groups and their tables as a two-level tree model over the store.

Edits made in a view (code, name, facilitator, table chair, participants) become
undoable session edits; refusals (an empty or duplicate code) reach the user through
``CampSession.failed`` like the store's own refusals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from facilitator.domain.model import MainGroup
from facilitator.domain.model import Table
from facilitator.ui.common.list_model import Index
from facilitator.ui.edits import tables as table_edits
from facilitator.ui.shell.session import CampSession

CODE, NAME, FACILITATOR, CHAIR, PARTICIPANTS = range(5)
MAX_TABLE_PARTICIPANTS = 99

_TABLE_NUMBER = re.compile(r"(?:B|\.)(\d+)\s*$", re.IGNORECASE)
_GROUP_NUMBER = re.compile(r"(\d+)\s*$")


def _compose_table_code(group_code: str | None, number: int) -> str:
    if not group_code:
        return f"B{number}"
    if group_code.isdigit():
        return f"{group_code}.{number}"
    return f"{group_code}-B{number}"


def suggest_table_code(group_code: str | None, existing: Iterable[str]) -> str:
    """The code the next table most likely gets.

    Camps number tables across the whole day, not per main group (Lejre: H1-B1 … H1-B3,
    then H2-B4), so the number continues after the highest in the camp; the prefix
    follows the group's style: ``H2`` gives ``H2-B6``, ``2`` gives ``2.6``.
    """
    codes = set(existing)
    numbers = [int(m.group(1)) for c in codes if (m := _TABLE_NUMBER.search(c))]
    number = max(numbers, default=0) + 1
    while _compose_table_code(group_code, number) in codes:
        number += 1
    return _compose_table_code(group_code, number)


def suggest_group_code(existing: Iterable[str]) -> str:
    """``H1``, ``H2``, …, or ``1``, ``2``, … when the camp already numbers its groups bare."""
    codes = list(existing)
    numbers = [int(m.group(1)) for c in codes if (m := _GROUP_NUMBER.search(c))]
    number = max(numbers, default=0) + 1
    bare = bool(codes) and all(c.isdigit() for c in codes)
    return str(number) if bare else f"H{number}"


class TablesModel(QAbstractItemModel):
    """Top level: the main groups (plus "Uden hovedgruppe" for loose tables); below: tables.

    A child index carries its group's row + 1 as internal id; a group index carries 0.
    """

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._groups: list[MainGroup | None] = []
        self._tables: list[list[Table]] = []
        self.reload()

    # -- reading the store -------------------------------------------------------------
    def reload(self) -> None:
        """Refill from the store; keeps the views' selection when only texts changed."""
        store = self.session.store
        groups = store.frame.main_groups()
        by_group: dict[str, list[Table]] = {g.id: [] for g in groups}
        loose: list[Table] = []
        for table in store.frame.tables():
            by_group.get(table.main_group_id or "", loose).append(table)
        new_groups: list[MainGroup | None] = [*groups, *([None] if loose else [])]
        new_tables = [by_group[g.id] for g in groups] + ([loose] if loose else [])
        if self._shape(new_groups, new_tables) != self._shape(self._groups, self._tables):
            self.beginResetModel()
            self._groups, self._tables = new_groups, new_tables
            self.endResetModel()
            return
        self._groups, self._tables = new_groups, new_tables
        last = self.columnCount() - 1
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, last))
        for row, tables in enumerate(self._tables):
            if tables:
                parent = self.index(row, 0)
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(len(tables) - 1, last, parent))

    @staticmethod
    def _shape(groups: list[MainGroup | None], tables: list[list[Table]]) -> list:
        return [(g.id if g else None, [t.id for t in ts]) for g, ts in zip(groups, tables,
                                                                              strict=True)]

    def group_at(self, index: Index) -> MainGroup | None:
        if index.isValid() and index.internalId() == 0:
            return self._groups[index.row()]
        return None

    def table_at(self, index: Index) -> Table | None:
        if index.isValid() and index.internalId() > 0:
            return self._tables[index.internalId() - 1][index.row()]
        return None

    def index_of(self, row_id: str) -> QModelIndex:
        """The index of the group or table with this id, or an invalid one."""
        for g_row, group in enumerate(self._groups):
            if group is not None and group.id == row_id:
                return self.index(g_row, 0)
            for t_row, table in enumerate(self._tables[g_row]):
                if table.id == row_id:
                    return self.index(t_row, 0, self.index(g_row, 0))
        return QModelIndex()

    def tables_in(self, group_id: str) -> list[Table]:
        for group, tables in zip(self._groups, self._tables, strict=True):
            if group is not None and group.id == group_id:
                return list(tables)
        return []

    # -- the tree ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._tables[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Kode"), self.tr("Navn"), self.tr("Facilitator"),
                    self.tr("Bordformand"), self.tr("Deltagere"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        table = self.table_at(index)
        if table is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return {CODE: table.code, FACILITATOR: table.facilitator, CHAIR: table.chair,
                        PARTICIPANTS: table.participants}.get(col)
            return None
        group = self.group_at(index)
        if role == Qt.ItemDataRole.FontRole and col == CODE:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if group is None:
            return self.tr("Uden hovedgruppe") if col == CODE else None
        return {CODE: group.code, NAME: group.name}.get(col)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = index.column()
        if self.table_at(index) is not None:
            editable = col != NAME
        else:
            editable = self.group_at(index) is not None and col in (CODE, NAME)
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    # -- editing -------------------------------------------------------------------------
    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        table = self.table_at(index)
        if table is not None:
            return self._set_table_field(table, index.column(), value)
        group = self.group_at(index)
        if group is not None:
            return self._set_group_field(group, index.column(), value)
        return False

    def _set_table_field(self, table: Table, column: int, value: Any) -> bool:
        field = {CODE: "code", FACILITATOR: "facilitator", CHAIR: "chair",
                 PARTICIPANTS: "participants"}[column]
        if field == "participants":
            new: Any = max(0, min(MAX_TABLE_PARTICIPANTS, int(value or 0)))
        else:
            new = str(value).strip()
        if field == "code" and not self.table_code_acceptable(new, table.id):
            return False
        if new == getattr(table, field):
            return True
        labels = {"code": self.tr("Ret bordkode"), "facilitator": self.tr("Ret facilitator"),
                  "chair": self.tr("Ret bordformand"),
                  "participants": self.tr("Ret antal deltagere ved bordet")}
        return table_edits.update_table(self.session, table, field, new, labels[field]) is not None

    def _set_group_field(self, group: MainGroup, column: int, value: Any) -> bool:
        new = str(value).strip()
        if column == CODE and not self.group_code_acceptable(new, group.id):
            return False
        field = "code" if column == CODE else "name"
        if new == getattr(group, field):
            return True
        label = (self.tr("Ret hovedgruppens kode") if column == CODE
                 else self.tr("Ret hovedgruppens navn"))
        return table_edits.update_main_group(self.session, group, field, new, label) is not None

    # -- rules the editor shares -----------------------------------------------------------
    def table_code_acceptable(self, code: str, table_id: str | None = None) -> bool:
        """False (and the user told why) for an empty code or one another table has."""
        if not code:
            self.session.failed.emit(self.tr("Et bord skal have en kode, fx H1-B2."))
            return False
        taken = any(t.code.casefold() == code.casefold() and t.id != table_id
                    for t in self.session.store.frame.tables())
        if taken:
            self.session.failed.emit(self.tr(
                "Der er allerede et bord med koden »{code}«. Vælg en anden kode."
            ).format(code=code))
            return False
        return True

    def group_code_acceptable(self, code: str, group_id: str | None = None) -> bool:
        """False (and the user told why) for an empty code or one another group has."""
        if not code:
            self.session.failed.emit(self.tr("En hovedgruppe skal have en kode, fx H1."))
            return False
        for group in self.session.store.frame.main_groups():
            if group.code.casefold() == code.casefold() and group.id != group_id:
                self.session.failed.emit(self.tr(
                    "Der er allerede en hovedgruppe med koden »{code}«. Vælg en anden kode."
                ).format(code=code))
                return False
        return True
