"""The consolidated prerequisites ("Sammenfatning af forudsætninger"): a short list the
organiser writes, or makes from the prerequisites step's categories and selected notes.

Keys in the list: F2 or a double click edits, Delete deletes, Ctrl+Up/Ctrl+Down move.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.analysis import ConsolidatedPrerequisite
from facilitator.ui.common.list_model import CampRows
from facilitator.ui.common.ordered_list import OrderedList
from facilitator.ui.edits import analysis as edits
from facilitator.ui.organiser.analysis.prerequisite_sources import PrerequisiteSourcesDialog
from facilitator.ui.shell.session import CampSession


class PrerequisitesModel(CampRows[ConsolidatedPrerequisite]):
    def fetch(self) -> list[ConsolidatedPrerequisite]:
        return self.session.store.analysis.consolidated_prerequisites()

    def cell(self, row: ConsolidatedPrerequisite, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.category_id:
                return self.tr("Lavet af en kategori i trinnet Forudsætninger")
            if row.note_id:
                return self.tr("Lavet af en udvalgt forudsætning fra et bord")
        return None

    def can_edit(self, row: ConsolidatedPrerequisite, column: int) -> bool:
        return not self.session.read_only

    def write(self, row: ConsolidatedPrerequisite, column: int, value: Any) -> bool:
        return edits.rename_prerequisite(self.session, row, str(value)) is not None


class PrerequisitesPanel(QWidget):
    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = PrerequisitesModel(session, self)
        self.view = QListView(self)
        self.list = OrderedList(self.view, self.model, self.tr("Konsoliderede forudsætninger"),
                                self)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(True)
        self.new_field = QLineEdit(self)
        self.new_field.setPlaceholderText(self.tr("Ny forudsætning – tryk Enter …"))
        self.from_step_button = QPushButton(self.tr("Tilføj fra trinnet &Forudsætninger …"),
                                            self)
        self.from_step_button.setToolTip(self.tr(
            "Vælg blandt trinnets kategorier og bordenes udvalgte forudsætninger."))
        self.up_button, self.down_button = self.list.move_buttons(
            (self.tr("Op"), ""), (self.tr("Ned"), ""), self.move_current)
        self.delete_button = self.list.remove_button(self.tr("Slet"), self.delete_selected)

        title = QLabel(self.tr("<b>Konsoliderede forudsætninger</b>"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.new_field)
        layout.addLayout(self.list.end_buttons())
        layout.addWidget(self.from_step_button)

        self.new_field.returnPressed.connect(self._add_from_field)
        self.from_step_button.clicked.connect(self.choose_from_step)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_enabled())
        self._update_enabled()

    def reload(self) -> None:
        current = self.model.row_at(self.view.currentIndex().row())
        self.model.reload()
        row = self.model.row_of(current.id) if current else -1
        if row >= 0 and self.view.currentIndex().row() != row:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_enabled()

    def _update_enabled(self) -> None:
        writable = not self.session.read_only
        row = self.view.currentIndex().row()
        has = self.model.row_at(row) is not None
        for widget in (self.new_field, self.from_step_button):
            widget.setEnabled(writable)
        self.delete_button.setEnabled(writable and has)
        self.up_button.setEnabled(writable and has and row > 0)
        self.down_button.setEnabled(writable and has and row < self.model.rowCount() - 1)

    def _add_from_field(self) -> None:
        text = self.new_field.text()
        if text.strip() and edits.add_prerequisite(self.session, text) is not None:
            self.new_field.clear()

    def choose_from_step(self) -> PrerequisiteSourcesDialog:
        """Ask which of the step's categories and selected notes to add (window-modal);
        the chosen ones are added in one edit when the organiser clicks "Tilføj"."""
        dialog = PrerequisiteSourcesDialog(self.session.store.analysis.prerequisite_sources(), self)
        dialog.accepted.connect(lambda: edits.add_prerequisites(self.session, dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def selected(self) -> list[ConsolidatedPrerequisite]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        found = [self.model.row_at(r) for r in rows]
        return [p for p in found if p is not None]

    def delete_selected(self) -> None:
        if not self.session.read_only:
            edits.delete_prerequisites(self.session, self.selected())

    def move_current(self, delta: int) -> None:
        item = self.model.row_at(self.view.currentIndex().row())
        if item is None or self.session.read_only:
            return
        target = self.model.row_of(item.id) + delta
        if 0 <= target < self.model.rowCount() and \
                edits.move_prerequisite(self.session, item.id, target):
            self.view.setCurrentIndex(self.model.index(self.model.row_of(item.id), 0))
