""""Navne i rapporter …": the names a camp's texts mention and what exports print instead.

The organiser lists names (the cases' persona names, names written in notes, the
facilitators') with a replacement: initials, suggested as they type, or a label such as
"Forælder A". Reports, workbooks and sheets can then replace them ("Erstat navne" when
exporting); the camp's own texts stay as written. Every change is one undoable edit
(:mod:`facilitator.ui.edits.pseudonyms`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.pseudonyms import Pseudonym
from facilitator.domain.pseudonyms import initials
from facilitator.domain.pseudonyms import suggested_names
from facilitator.ui.common.list_model import CampRows
from facilitator.ui.common.ordered_list import OrderedList
from facilitator.ui.edits import pseudonyms
from facilitator.ui.edits.change import Change
from facilitator.ui.organiser.name_candidates import NameCandidatesDialog
from facilitator.ui.shell.session import CampSession

if TYPE_CHECKING:
    from facilitator.store import CampStore

NAME, REPLACEMENT = range(2)


class NamesModel(CampRows[Pseudonym]):
    """The list as a table: the name, and what is printed instead; both editable."""

    columns = ("name", "replacement")

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.headers = (self.tr("Navn"), self.tr("Erstattes med"))
        session.changed.connect(self._on_changed)

    def fetch(self) -> list[Pseudonym]:
        return self.session.store.names.pseudonym_list()

    def _on_changed(self, what: Change) -> None:
        if what & Change.PSEUDONYM:
            self.reload()

    def cell(self, row: Pseudonym, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == REPLACEMENT:
            return self.tr("Tomt felt giver navnets initialer.")
        return super().cell(row, column, role)

    def can_edit(self, row: Pseudonym, column: int) -> bool:
        return not self.session.read_only

    def write(self, row: Pseudonym, column: int, value: Any) -> bool:
        text = str(value)
        field = self.columns[column]
        if " ".join(text.split()) == getattr(row, field):
            return False
        return pseudonyms.update_pseudonym(self.session, row, **{field: text}) is not None


def names_in_camp(store: CampStore) -> list[str]:
    """Names the camp itself knows: its cases' persona names, facilitators and chairs."""
    found: list[str] = []
    for step in store.frame.steps():
        found += [p.name for p in store.frame.personas(step.id)]
    for table in store.frame.tables():
        found += [table.facilitator, table.chair]
    return found


class NamesDialog(QDialog):
    """Edit the camp's list of names in reports."""

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Navne i rapporter"))
        self.model = NamesModel(session, self)
        intro = QLabel(self.tr(
            "Navne på listen kan erstattes, når du eksporterer en rapport eller et regneark "
            "(»Erstat navne«): hele ord, store og små bogstaver ens. Campens egne tekster "
            "ændres ikke."), self)
        intro.setWordWrap(True)
        self.view = QTableView(self)
        self.list = OrderedList(self.view, self.model, self.tr("Navne i rapporter"), self,
                                edit_keys=False, one_row=False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REPLACEMENT, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._entry_row())
        layout.addWidget(self.view, 1)
        layout.addLayout(self._button_row())
        self.resize(560, 420)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _entry_row(self) -> QHBoxLayout:
        """A new name and its replacement, with the replacement's suggestion shown."""
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Navn, fx Karen Hansen"))
        self.name_edit.setAccessibleName(self.tr("Navn"))
        self.name_edit.textChanged.connect(self._suggest)
        self.replacement_edit = QLineEdit(self)
        self.replacement_edit.setAccessibleName(self.tr("Erstattes med"))
        self.replacement_edit.setPlaceholderText(self.tr("Initialer eller fx »Forælder A«"))
        for edit in (self.name_edit, self.replacement_edit):
            edit.returnPressed.connect(self.add_name)
        self.add_button = QPushButton(self.tr("&Tilføj"), self)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_name)
        entry = QHBoxLayout()
        entry.addWidget(self.name_edit, 2)
        entry.addWidget(QLabel("→", self))
        entry.addWidget(self.replacement_edit, 1)
        entry.addWidget(self.add_button)
        return entry

    def _button_row(self) -> QHBoxLayout:
        self.from_camp_button = self.list.button(
            self.tr("Tilføj navne fra &campen"), self.add_from_camp, self.tr(
                "Casenes personer og bordenes facilitatorer og bordformænd, med initialer."))
        self.in_notes_button = self.list.button(
            self.tr("Find navne i &noterne …"), self.choose_from_notes, self.tr(
                "Ord i bordenes tekster, der kan være navne på personer, til at vælge imellem."))
        self.delete_button = self.list.button(self.tr("&Fjern"), self.delete_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = self.list.end_buttons()
        row.addWidget(buttons)
        return row

    def _suggest(self, name: str) -> None:
        self.replacement_edit.setPlaceholderText(
            initials(name) if name.strip() else self.tr("Initialer eller fx »Forælder A«"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.session.read_only
        for widget in (self.name_edit, self.replacement_edit, self.from_camp_button,
                       self.in_notes_button):
            widget.setEnabled(writable)
        self.add_button.setEnabled(writable and bool(self.name_edit.text().strip()))
        self.delete_button.setEnabled(writable and bool(self.selected()))

    def selected(self) -> list[Pseudonym]:
        return self.list.selected()

    def add_name(self) -> None:
        name = self.name_edit.text()
        if not name.strip():
            return
        made = pseudonyms.add_pseudonym(self.session, name, self.replacement_edit.text())
        if made is None:
            return  # refused: the session showed why; the text stays to be corrected
        self.name_edit.clear()
        self.replacement_edit.clear()
        self.view.selectRow(self.model.row_of(made.id))
        self.name_edit.setFocus()

    def add_from_camp(self) -> list[Pseudonym]:
        store = self.session.store
        names = suggested_names(names_in_camp(store), store.names.pseudonyms())
        if not names:
            self.session.status.emit(self.tr("Alle campens navne står allerede på listen."))
            return []
        return pseudonyms.add_pseudonyms(self.session, names) or []

    def choose_from_notes(self) -> None:
        self.candidates_dialog = NameCandidatesDialog(self.session.store, self)
        self.candidates_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.candidates_dialog.accepted.connect(self._add_chosen)
        self.candidates_dialog.open()

    def _add_chosen(self) -> None:
        chosen = self.candidates_dialog.chosen()
        if chosen:
            pseudonyms.add_pseudonyms(self.session, chosen)

    def delete_selected(self) -> None:
        for row in self.selected():
            pseudonyms.delete_pseudonym(self.session, row)
