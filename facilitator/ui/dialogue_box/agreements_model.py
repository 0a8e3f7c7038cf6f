"""The agreements of a step at one table as a Qt table model: what, who, by when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from facilitator.domain.dialogue import Agreement
from facilitator.ui.shell.session import CampSession

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("what", "who", "by_when")
WHAT, WHO, BY_WHEN = range(3)


class AgreementsModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: CampSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.step_id: str | None = None
        self.table_id: str | None = None
        self._rows: list[Agreement] = []

    def show_agreements(self, step_id: str | None, table_id: str | None) -> None:
        self.beginResetModel()
        self.step_id, self.table_id = step_id, table_id
        self._rows = self._fetch()
        self.endResetModel()

    def reload(self) -> None:
        fresh = self._fetch()
        if [a.id for a in fresh] != [a.id for a in self._rows]:
            self.beginResetModel()
            self._rows = fresh
            self.endResetModel()
        elif fresh != self._rows:
            self._rows = fresh
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, len(COLUMNS) - 1))

    def _fetch(self) -> list[Agreement]:
        if self.step_id is None:
            return []
        return self.session.store.dialogue_box.agreements(self.step_id, self.table_id)

    def agreements(self) -> list[Agreement]:
        return list(self._rows)

    def agreement(self, row: int) -> Agreement:
        return self._rows[row]

    def row_of(self, agreement_id: str | None) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == agreement_id), -1)

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Hvad gør vi?"), self.tr("Hvem?"), self.tr("Hvornår?"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):
            return getattr(row, COLUMNS[index.column()])
        if role == self.IdRole:
            return row.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemNeverHasChildren)

    def setData(self, index: AnyIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        field = COLUMNS[index.column()]
        text, before = str(value).strip(), getattr(row, field)
        if text == before:
            return True
        store = self.session.store
        labels = {"what": self.tr("Ret aftale"), "who": self.tr("Ret hvem"),
                  "by_when": self.tr("Ret hvornår")}
        updated = self.session.run(
            labels[field], lambda: store.dialogue_box.update_agreement(agreement_id=row.id,
                                                                       **{field: text}),
            lambda: store.dialogue_box.update_agreement(agreement_id=row.id, **{field: before}),
            "agreement")
        if updated is None:
            return False
        self._rows[index.row()] = updated
        self.dataChanged.emit(index, index)
        return True
