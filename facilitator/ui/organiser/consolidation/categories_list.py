"""The step's categories with live counts, as a list model that takes dropped notes.

The last row is "Ikke kategoriseret (n)": dropping notes there takes them out of their
category, and its count tells the organiser how much is left to sort. Renaming in the
view (F2) and dropping notes are edits (:mod:`facilitator.ui.edits.consolidation`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from facilitator.domain.consolidation import Category
from facilitator.ui.edits import consolidation as edits
from facilitator.ui.organiser.consolidation.notes_table import (
    NOTE_IDS_MIME_TYPE,
    note_ids_from_mime,
)
from facilitator.ui.shell.session import CampSession

AnyIndex = QModelIndex | QPersistentModelIndex

#: Number keys 1–9 put the selected notes in the first nine categories.
KEYED_CATEGORIES = 9


class CategoriesModel(QAbstractListModel):
    #: The category id, or "" for the "Ikke kategoriseret" row.
    CategoryIdRole = Qt.ItemDataRole.UserRole + 1
    CountRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step_id: str | None = None
        self._categories: list[Category] = []
        self._uncategorised = 0

    # -- reading the store -------------------------------------------------------------
    def show_step(self, step_id: str | None) -> None:
        self.beginResetModel()
        self.step_id = step_id
        self._categories, self._uncategorised = self._fetch()
        self.endResetModel()

    def reload(self) -> None:
        """Refill; counts and names change in place so the selection stays put."""
        categories, uncategorised = self._fetch()
        if [c.id for c in categories] != [c.id for c in self._categories]:
            self.beginResetModel()
            self._categories, self._uncategorised = categories, uncategorised
            self.endResetModel()
        elif (categories, uncategorised) != (self._categories, self._uncategorised):
            self._categories, self._uncategorised = categories, uncategorised
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def _fetch(self) -> tuple[list[Category], int]:
        if self.step_id is None:
            return [], 0
        store = self.session.store
        counts = store.consolidation.category_counts(self.step_id)
        return store.consolidation.categories(self.step_id), counts.uncategorised

    def categories(self) -> list[Category]:
        return list(self._categories)

    def category_at(self, row: int) -> Category | None:
        """The category of a row; None for "Ikke kategoriseret" and rows out of range."""
        return self._categories[row] if 0 <= row < len(self._categories) else None

    def row_of(self, category_id: str | None) -> int:
        if category_id is None:
            return len(self._categories)
        return next((r for r, c in enumerate(self._categories) if c.id == category_id), -1)

    @property
    def uncategorised(self) -> int:
        return self._uncategorised

    # -- the list ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if parent.isValid() or self.step_id is None:
            return 0
        return len(self._categories) + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = index.row()
        category = self.category_at(row)
        count = category.count if category else self._uncategorised
        if role == Qt.ItemDataRole.DisplayRole:
            name = category.name if category else self.tr("Ikke kategoriseret")
            return self.tr("{name} ({n})").format(name=name, n=count)
        if role == Qt.ItemDataRole.EditRole:
            return category.name if category else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if category is None:
                return self.tr("Noter uden kategori. Tast 0 for at tage de valgte noter "
                               "ud af deres kategori.")
            if row < KEYED_CATEGORIES:
                return self.tr("Tast {key} for at placere de valgte noter her.").format(
                    key=row + 1)
            return None
        if role == Qt.ItemDataRole.FontRole and category is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == self.CategoryIdRole:
            return category.id if category else ""
        if role == self.CountRole:
            return count
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDropEnabled)
        if self.category_at(index.row()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        category = self.category_at(index.row()) if index.isValid() else None
        if category is None or role != Qt.ItemDataRole.EditRole:
            return False
        return edits.rename_category(self.session, category, str(value)) is not None

    # -- dropping notes ----------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [NOTE_IDS_MIME_TYPE]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction,
                        row: int, column: int, parent: AnyIndex) -> bool:
        # Only onto a row: between two rows would mean "a new place", which categories
        # do not have.
        return parent.isValid() and bool(note_ids_from_mime(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction,
                     row: int, column: int, parent: AnyIndex) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        return edits.assign(self.session, note_ids_from_mime(data), self.category_at(parent.row()))
