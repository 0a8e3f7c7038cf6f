"""The rows a dialogue step keeps per table (agreements, the deck of cards) as a model
whose cells are edited in place: F2, type, Enter is one undoable edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt

from facilitator.ui.common.list_model import Index
from facilitator.ui.common.list_model import Row
from facilitator.ui.common.list_model import RowsModel
from facilitator.ui.shell.session import CampSession


class StepRowsModel(RowsModel[Row]):
    """Rows of one step at one table; a subclass says how to fetch and save them."""

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step_id: str | None = None
        self.table_id: str | None = None

    def show_for(self, step_id: str | None, table_id: str | None) -> None:
        """Show another (step, table); only refresh when it is the one shown."""
        if (step_id, table_id) == (self.step_id, self.table_id):
            self.reload()
            return
        self.step_id, self.table_id = step_id, table_id
        self.set_rows(self.fetch())

    def fetch(self) -> list[Row]:
        return [] if self.step_id is None else self.fetch_for(self.step_id, self.table_id)

    def fetch_for(self, step_id: str, table_id: str | None) -> list[Row]:
        """The rows of this step at this table, as the store has them."""
        raise NotImplementedError

    def text(self, row: Row, column: int) -> str:
        """What the editor of a cell starts from."""
        return str(self.cell(row, column, Qt.ItemDataRole.EditRole))

    def save(self, row: Row, column: int, text: str) -> Row | None:
        """Make the edit; the row as the store has it now, or None if it was refused."""
        raise NotImplementedError

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.row(index.row())
        text = str(value).strip()
        if text == self.text(row, index.column()):
            return True
        updated = self.save(row, index.column(), text)
        if updated is None:
            return False
        self.replace(index.row(), updated)
        return True
