"""The step's categories with live counts, as a list model that takes dropped notes.

The last row is "Ikke kategoriseret (n)": dropping notes there takes them out of their
category, and its count tells the organiser how much is left to sort. Renaming in the
view (F2) and dropping notes are edits (:mod:`facilitator.ui.edits.consolidation`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from facilitator.domain.consolidation import Category
from facilitator.ui.common.list_model import Index
from facilitator.ui.common.list_model import RowsModel
from facilitator.ui.edits import consolidation as edits
from facilitator.ui.organiser.consolidation.notes_table import NOTE_IDS_MIME_TYPE
from facilitator.ui.organiser.consolidation.notes_table import note_ids_from_mime
from facilitator.ui.shell.session import CampSession

#: Number keys 1–9 put the selected notes in the first nine categories.
KEYED_CATEGORIES = 9


class CategoriesModel(RowsModel[Category]):
    """The step's categories, and one more row beneath them for the notes in none."""

    #: The category id, or "" for the "Ikke kategoriseret" row.
    CategoryIdRole = RowsModel.IdRole
    CountRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step_id: str | None = None
        self._uncategorised = 0

    # -- reading the store -------------------------------------------------------------
    def show_step(self, step_id: str | None) -> None:
        self.step_id = step_id
        self.set_rows(self.fetch())

    def fetch(self) -> list[Category]:
        """The categories; the count of notes in none is kept on the side."""
        if self.step_id is None:
            self._uncategorised = 0
            return []
        store = self.session.store
        self._uncategorised = store.consolidation.category_counts(self.step_id).uncategorised
        return store.consolidation.categories(self.step_id)

    def reload(self) -> None:
        """Refill; counts and names change in place so the selection stays put."""
        uncategorised = self._uncategorised
        super().reload()
        if self._uncategorised != uncategorised:
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(last, 0), self.index(last, 0))

    def categories(self) -> list[Category]:
        return self.rows()

    def category_at(self, row: int) -> Category | None:
        """The category of a row; None for "Ikke kategoriseret" and rows out of range."""
        return self.row_at(row)

    def row_of(self, category_id: str | None) -> int:
        return len(self._rows) if category_id is None else super().row_of(category_id)

    @property
    def uncategorised(self) -> int:
        return self._uncategorised

    # -- the list ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if parent.isValid() or self.step_id is None:
            return 0
        return len(self._rows) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As every list's, and the row beneath the categories, which has no row object."""
        if index.isValid() and index.row() == len(self._rows) < self.rowCount():
            return self.uncategorised_cell(role)
        if role == self.CountRole:
            category = self.row_at(index.row()) if index.isValid() else None
            return category.count if category else None
        return super().data(index, role)

    def cell(self, row: Category, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{name} ({n})").format(name=row.name, n=row.count)
        if role == Qt.ItemDataRole.EditRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole and self.row_of(row.id) < KEYED_CATEGORIES:
            return self.tr("Tast {key} for at placere de valgte noter her.").format(
                key=self.row_of(row.id) + 1)
        return None

    def uncategorised_cell(self, role: int) -> Any:
        """What the "Ikke kategoriseret" row shows."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{name} ({n})").format(name=self.tr("Ikke kategoriseret"),
                                                   n=self._uncategorised)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Noter uden kategori. Tast 0 for at tage de valgte noter "
                           "ud af deres kategori.")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == self.CategoryIdRole:
            return ""
        if role == self.CountRole:
            return self._uncategorised
        return None

    def can_edit(self, row: Category, column: int) -> bool:
        return True

    def write(self, row: Category, column: int, value: Any) -> bool:
        return edits.rename_category(self.session, row, str(value)) is not None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else flags

    # -- dropping notes ----------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [NOTE_IDS_MIME_TYPE]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction,
                        row: int, column: int, parent: Index) -> bool:
        # Only onto a row: between two rows would mean "a new place", which categories
        # do not have.
        return parent.isValid() and bool(note_ids_from_mime(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction,
                     row: int, column: int, parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        return edits.assign(self.session, note_ids_from_mime(data), self.category_at(parent.row()))
