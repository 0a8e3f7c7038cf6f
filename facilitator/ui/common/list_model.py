"""One Qt model over a list of the store's rows, for every list and table view.

Each view used to carry its own ``QAbstractListModel``: row count, id lookup, the
reset-or-refresh decision and the index aliases, written again for notes, actors,
agreements, cards… A model now says only where its rows come from (:meth:`fetch`) and
what a cell shows (:meth:`cell`); the bookkeeping is here once. Rows that are not the
store's and have no id (a sheet's rows before they are imported) are shown by
:class:`RowsTable`, the part of it that needs no id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from typing import Any
from typing import Generic
from typing import Protocol
from typing import TypeVar

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt

if TYPE_CHECKING:  # the session's module is above this one's
    from facilitator.ui.shell.session import CampSession

#: What Qt hands a model's methods: either kind of index.
Index = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> str: ...


Row = TypeVar("Row", bound=HasId)
#: A row of a :class:`RowsTable`: anything.
Item = TypeVar("Item")


class RowsTable(QAbstractTableModel, Generic[Item]):
    """Rows, one per line, ``columns`` wide (1 for a plain list), given by the caller."""

    #: The row object itself.
    RowRole = Qt.ItemDataRole.UserRole + 2
    #: Column names, for subclasses that show fields by name.
    columns: tuple[str, ...] = ("",)
    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Item] = []

    # -- what a subclass says ----------------------------------------------------------
    def cell(self, row: Item, column: int, role: int) -> Any:
        """What one cell shows for ``role``; None for nothing."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and \
                self.columns[column]:
            return getattr(row, self.columns[column])
        return None

    def can_edit(self, row: Item, column: int) -> bool:
        """Whether a cell is edited in place; :meth:`write` then stores what is typed."""
        return False

    def write(self, row: Item, column: int, value: Any) -> bool:
        """Store a value typed into a cell (through an edit of :mod:`facilitator.ui.edits`);
        False when it was refused."""
        return False

    def header(self, section: int) -> str:
        """A column's title; the subclass's translated ``headers`` by default."""
        return self.headers[section] if section < len(self.headers) else ""

    # -- rows --------------------------------------------------------------------------
    def set_rows(self, rows: list[Item]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Item]:
        return list(self._rows)

    def row(self, row: int) -> Item:
        return self._rows[row]

    def row_at(self, row: int) -> Item | None:
        """The row on line ``row``; None when there is no such line."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt's model interface ----------------------------------------------------------
    # No ``index`` of our own (one with the column optional, ``model.index(2)``, was
    # called from C++ some thirty times a vote at the table, each through Python): write
    # ``model.index(row, 0)``.
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == self.RowRole:
            return item
        return self.cell(item, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self.header(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemNeverHasChildren)
        if 0 <= index.row() < len(self._rows) and \
                self.can_edit(self._rows[index.row()], index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or \
                not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        return self.write(self._rows[index.row()], index.column(), value)


class RowsModel(RowsTable[Row]):
    """The store's rows, each with an ``id``, fetched again when the camp changes."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    #: Reload with the smallest change that describes it (one row in or out, a move)
    #: instead of a reset: the view keeps its current row and scroll position through
    #: undo and redo. For lists the user works in while they change (a table's notes).
    minimal_updates = False

    def fetch(self) -> list[Row]:
        """The rows as the store has them now."""
        return []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == self.IdRole:
            item = self.row_at(index.row()) if index.isValid() else None
            return item.id if item is not None else None
        return super().data(index, role)

    def reload(self) -> None:
        """Fetch again: a reset when rows came or went, else only the changed cells
        (so a view keeps its selection and scroll position while a field is edited)."""
        fresh = self.fetch()
        if self.minimal_updates:
            self.catch_up(fresh)
        elif [r.id for r in fresh] != [r.id for r in self._rows]:
            self.set_rows(fresh)
        elif fresh != self._rows:
            self._rows = fresh
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(fresh) - 1, self.columnCount() - 1))

    def catch_up(self, fresh: list[Row]) -> None:
        """Show ``fresh`` with the smallest change: undo of an add is one removed row, of
        a vote one changed row, of a move one layout change."""
        old_ids = [r.id for r in self._rows]
        new_ids = [r.id for r in fresh]
        if old_ids == new_ids:
            old, self._rows = self._rows, fresh
            self._emit_changed(old)
        elif len(new_ids) == len(old_ids) + 1 \
                and (row := _without_one(new_ids, old_ids)) is not None:
            self.beginInsertRows(QModelIndex(), row, row)
            old, self._rows = [*self._rows[:row], fresh[row], *self._rows[row:]], fresh
            self.endInsertRows()
            self._emit_changed(old)
        elif len(old_ids) == len(new_ids) + 1 \
                and (row := _without_one(old_ids, new_ids)) is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            old = [*self._rows[:row], *self._rows[row + 1:]]
            self._rows = fresh
            self.endRemoveRows()
            self._emit_changed(old)
        elif set(old_ids) == set(new_ids):
            self._relayout(fresh)
        else:
            self.set_rows(fresh)

    def _emit_changed(self, old: Sequence[Row]) -> None:
        """One dataChanged over the rows that differ from ``old`` (same ids, same order)."""
        changed = [row for row, (a, b) in enumerate(zip(old, self._rows, strict=True))
                   if a != b]
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0),
                                  self.index(changed[-1], self.columnCount() - 1))

    def _relayout(self, fresh: list[Row]) -> None:
        """The same rows in another order: persistent indexes (the current row) follow."""
        old = {r.id: r for r in self._rows}
        self.layoutAboutToBeChanged.emit()
        new_rows = {r.id: row for row, r in enumerate(fresh)}
        persistent = self.persistentIndexList()
        ids = [self._rows[p.row()].id for p in persistent]
        self._rows = fresh
        self.changePersistentIndexList(
            persistent, [self.index(new_rows[i], p.column()) for i, p in zip(ids, persistent,
                                                                            strict=True)])
        self.layoutChanged.emit()
        self._emit_changed([old[r.id] for r in fresh])

    def row_of(self, row_id: str | None) -> int:
        """The line of the row with this id; -1 when it is not shown."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def replace(self, row: int, item: Row) -> None:
        """Show an edited row (what the store returned) without fetching again."""
        self._rows[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def insert(self, row: int, item: Row) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, item)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def move(self, row: int, to: int) -> None:
        """Move the row at ``row`` so that it ends up at ``to``."""
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to if to < row else to + 1)
        self._rows.insert(to, self._rows.pop(row))
        self.endMoveRows()


class CampRows(RowsModel[Row]):
    """Rows the open camp has as a whole (its actors, messages…): filled at once.

    A model whose rows wait for a choice (a step, a table) starts empty instead: it is
    a plain :class:`RowsModel`.
    """

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reload()


def _without_one(longer: list[str], shorter: list[str]) -> int | None:
    """The row whose removal from ``longer`` gives ``shorter``, if there is one."""
    for row, (a, b) in enumerate(zip(longer, shorter, strict=False)):
        if a != b:
            return row if longer[row + 1:] == shorter[row:] else None
    return len(shorter)
