"""Choosing what consolidated prerequisites to make from the prerequisites step: its
categories (with their note counts) and the notes the tables selected, not yet used."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.analysis import PrerequisiteSource


class PrerequisiteSourcesDialog(QDialog):
    def __init__(self, sources: Sequence[PrerequisiteSource],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tilføj fra trinnet Forudsætninger"))
        self.sources = list(sources)
        self.model = QStandardItemModel(self)
        for source in self.sources:
            if source.is_category:
                label = self.tr("Kategori: {name} ({n})").format(name=source.text,
                                                                 n=source.count)
            elif source.table_code:
                label = self.tr("{text} – bord {table}").format(text=source.text,
                                                               table=source.table_code)
            else:
                label = source.text
            item = QStandardItem(label)
            item.setCheckable(True)
            item.setEditable(False)
            # Categories are the consolidation's own words: offered ticked.
            item.setCheckState(Qt.CheckState.Checked if source.is_category
                               else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Kategorier og udvalgte forudsætninger"))
        hint = QLabel(self.tr(
            "Sæt hak ved det, der skal med i sammenfatningen. Du kan rette teksterne "
            "bagefter.") if self.sources else self.tr(
            "Der er intet nyt at tilføje: trinnet Forudsætninger har ingen kategorier "
            "eller udvalgte noter, der ikke allerede er med."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tilføj"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def set_checked(self, row: int, checked: bool) -> None:
        self.model.item(row).setCheckState(Qt.CheckState.Checked if checked
                                           else Qt.CheckState.Unchecked)

    def chosen(self) -> list[PrerequisiteSource]:
        return [source for row, source in enumerate(self.sources)
                if self.model.item(row).checkState() == Qt.CheckState.Checked]
