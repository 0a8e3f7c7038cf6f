"""The agreements of a step at one table as a Qt table model: what, who, by when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from facilitator.domain.dialogue import Agreement
from facilitator.ui.dialogue_box.step_rows import StepRowsModel
from facilitator.ui.edits import dialogue_box as edits

WHAT, WHO, BY_WHEN = range(3)


class AgreementsModel(StepRowsModel[Agreement]):
    columns = ("what", "who", "by_when")

    def fetch_for(self, step_id: str, table_id: str | None) -> list[Agreement]:
        return self.session.store.dialogue_box.agreements(step_id, table_id)

    def header(self, section: int) -> str:
        return (self.tr("Hvad gør vi?"), self.tr("Hvem?"), self.tr("Hvornår?"))[section]

    def cell(self, row: Agreement, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().cell(row, column, role)

    def save(self, row: Agreement, column: int, text: str) -> Agreement | None:
        return edits.edit_agreement(self.session, row, self.columns[column], text)
