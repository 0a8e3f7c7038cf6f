"""Main groups and tables: who sits where and who facilitates, set up before the day.

Removing asks no confirmation: it is undoable, and the status line says how.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTreeView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.ui.common.layouts import form_box
from facilitator.ui.common.layouts import vbox
from facilitator.ui.common.ordered_list import OrderedList
from facilitator.ui.common.participants_box import ParticipantsBox
from facilitator.ui.common.sizes import SIZE_SAMPLE_ROWS
from facilitator.ui.edits import tables
from facilitator.ui.edits.change import Change
from facilitator.ui.setup.setup_part import SetupPart
from facilitator.ui.setup.tables_model import MAX_TABLE_PARTICIPANTS
from facilitator.ui.setup.tables_model import TablesModel
from facilitator.ui.setup.tables_model import suggest_group_code
from facilitator.ui.setup.tables_model import suggest_table_code
from facilitator.ui.shell.session import CampSession


class TablesEditor(SetupPart):
    """A tree of main groups → tables, edited in place, with forms to add either."""

    watches = Change.MAIN_GROUP | Change.TABLE

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = TablesModel(session, self)
        #: True while a code field shows our suggestion rather than a typed code.
        self._group_code_suggested = True
        self._code_suggested = True
        side = QVBoxLayout()
        side.addWidget(self._new_group_box())
        side.addWidget(self._new_table_box())
        side.addWidget(self._participants_box())
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(self._tree(), 3)
        layout.addLayout(side, 2)
        self.reload()

    def _tree(self) -> QVBoxLayout:
        self.tree = QTreeView()
        self.list = OrderedList(self.tree, self.model, self.tr("Hovedgrupper og borde"), self)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        self.tree.header().setStretchLastSection(True)
        self.model.modelReset.connect(self.tree.expandAll)
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_participants())
        self.model.modelReset.connect(self._show_participants)
        hint = QLabel(self.tr("Dobbeltklik på et felt, eller tryk F2, for at rette det."))
        hint.setWordWrap(True)
        self.remove_button = self.list.remove_button(
            self.tr("&Fjern valgte"), self.remove_selected, self.tr(
                "Fjern den valgte hovedgruppe (med dens borde) eller det valgte bord (Delete)"))
        return vbox((self.tree, 1), hint, self.list.end_buttons())

    def _new_group_box(self) -> QGroupBox:
        self.group_code_edit = QLineEdit()
        self.group_code_edit.setPlaceholderText(self.tr("fx H1"))
        self.group_code_edit.textEdited.connect(self._group_code_typed)
        self.group_name_edit = QLineEdit()
        self.group_name_edit.setPlaceholderText(self.tr("valgfrit"))
        self.add_group_button = QPushButton(self.tr("Tilføj &hovedgruppe"))
        self.add_group_button.clicked.connect(self.add_group)
        for edit in (self.group_code_edit, self.group_name_edit):
            edit.returnPressed.connect(self.add_group)
        return form_box(self.tr("Ny hovedgruppe"),
                        (self.tr("Kode"), self.group_code_edit),
                        (self.tr("Navn"), self.group_name_edit),
                        self.add_group_button)

    def _new_table_box(self) -> QGroupBox:
        self.table_group_combo = QComboBox()
        self.table_group_combo.currentIndexChanged.connect(lambda _i: self._suggest_codes())
        self.table_code_edit = QLineEdit()
        self.table_code_edit.setPlaceholderText(self.tr("fx H1-B2"))
        self.table_code_edit.textEdited.connect(self._code_typed)
        self.facilitator_edit = QLineEdit()
        self.chair_edit = QLineEdit()
        self.table_participants_spin = QSpinBox()
        self.table_participants_spin.setRange(0, MAX_TABLE_PARTICIPANTS)
        self.add_table_button = QPushButton(self.tr("Tilføj &bord"))
        self.add_table_button.clicked.connect(self.add_table)
        for edit in (self.table_code_edit, self.facilitator_edit, self.chair_edit):
            edit.returnPressed.connect(self.add_table)
        return form_box(self.tr("Nyt bord"),
                        (self.tr("Hovedgruppe"), self.table_group_combo),
                        (self.tr("Bordkode"), self.table_code_edit),
                        (self.tr("Facilitator"), self.facilitator_edit),
                        (self.tr("Bordformand"), self.chair_edit),
                        (self.tr("Antal deltagere"), self.table_participants_spin),
                        self.add_table_button)

    def _participants_box(self) -> QGroupBox:
        """How many came to the table chosen in the list, by group."""
        self.participants = ParticipantsBox(self.session, columns=2)
        self.participants_hint = QLabel(
            self.tr("Vælg et bord i listen for at skrive, hvor mange der kom."))
        self.participants_hint.setWordWrap(True)
        self.participants_group = QGroupBox(self.tr("Deltagere ved bordet"))
        vbox(self.participants_hint, self.participants, parent=self.participants_group)
        return self.participants_group

    def _show_participants(self) -> None:
        table = self.model.table_at(self.tree.currentIndex())
        self.participants.show_table(table.id if table is not None else None)
        self.participants_group.setTitle(
            self.tr("Deltagere ved {code}").format(code=table.code) if table is not None
            else self.tr("Deltagere ved bordet"))
        self.participants_hint.setVisible(table is None)
        self.participants_group.setToolTip(self.tr(
            "Hvor mange kom, i hver gruppe. Bordet kan også skrive det selv på dagen."))

    # -- showing ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.reload()
        chosen = self.table_group_combo.currentData()
        self.table_group_combo.blockSignals(True)
        self.table_group_combo.clear()
        for group in self.session.store.frame.main_groups():
            label = f"{group.code} – {group.name}" if group.name else group.code
            self.table_group_combo.addItem(label, group.id)
        # "" rather than None, so that a first load (nothing chosen) picks the first group.
        self.table_group_combo.addItem(self.tr("(ingen hovedgruppe)"), "")
        index = self.table_group_combo.findData(chosen)
        self.table_group_combo.setCurrentIndex(max(index, 0))
        self.table_group_combo.blockSignals(False)
        self._suggest_codes()

    def _suggest_codes(self) -> None:
        """Offer the next codes, so adding the usual H1, H2 / H1-B1, H1-B2 … is one key."""
        store = self.session.store
        groups = store.frame.main_groups()
        if self._group_code_suggested or not self.group_code_edit.text():
            self.group_code_edit.setText(suggest_group_code(g.code for g in groups))
            self._group_code_suggested = True
        if self._code_suggested or not self.table_code_edit.text():
            group_id = self.table_group_combo.currentData()
            group_code = next((g.code for g in groups if g.id == group_id), None)
            self.table_code_edit.setText(
                suggest_table_code(group_code, (t.code for t in store.frame.tables())))
            self._code_suggested = True

    def _code_typed(self, _text: str) -> None:
        self._code_suggested = False

    def _group_code_typed(self, _text: str) -> None:
        self._group_code_suggested = False

    def select(self, row_id: str) -> None:
        self.list.select(self.model.index_of(row_id))

    # -- adding ----------------------------------------------------------------------------
    def add_group(self) -> None:
        code = self.group_code_edit.text().strip()
        if not self.model.group_code_acceptable(code):
            return
        group = tables.add_main_group(self.session, code=code,
                                      name=self.group_name_edit.text().strip())
        if group is None:
            return
        self._group_code_suggested = True
        self._suggest_codes()
        self.table_group_combo.setCurrentIndex(max(self.table_group_combo.findData(group.id), 0))
        self.added(group.id, self.tr("Hovedgruppen »{code}« er tilføjet.").format(code=code),
                   self.group_name_edit)

    def add_table(self) -> None:
        code = self.table_code_edit.text().strip()
        if not self.model.table_code_acceptable(code):
            self.table_code_edit.setFocus()
            self.table_code_edit.selectAll()
            return
        table = tables.add_table(
            self.session, code=code, main_group_id=self.table_group_combo.currentData() or None,
            facilitator=self.facilitator_edit.text().strip(),
            chair=self.chair_edit.text().strip(),
            participants=self.table_participants_spin.value())
        if table is None:
            return
        self._code_suggested = True
        self._suggest_codes()
        self.added(table.id, self.tr("Bordet »{code}« er tilføjet.").format(code=code),
                   self.facilitator_edit, self.chair_edit)

    # -- removing --------------------------------------------------------------------------
    def remove_selected(self) -> None:
        """Remove the current table, or the current main group together with its tables."""
        current = self.tree.currentIndex()
        table = self.model.table_at(current)
        if table is not None:
            if tables.delete_table(self.session, table):
                self.told.emit(self.tr(
                    "Bordet »{code}« er fjernet. Fortryd med Ctrl+Z, hvis det var en fejl."
                ).format(code=table.code))
            return
        group = self.model.group_at(current)
        if group is None:
            self.told.emit(self.tr("Vælg først en hovedgruppe eller et bord i listen."))
            return
        its_tables = self.model.tables_in(group.id)
        if tables.delete_main_group(self.session, group, [t.id for t in its_tables]) is None:
            return
        if its_tables:
            note = self.tr("Hovedgruppen »{code}« og dens borde ({tables}) er fjernet. "
                           "Fortryd med Ctrl+Z, hvis det var en fejl.")
        else:
            note = self.tr("Hovedgruppen »{code}« er fjernet. "
                           "Fortryd med Ctrl+Z, hvis det var en fejl.")
        self.told.emit(note.format(code=group.code,
                                   tables=", ".join(t.code for t in its_tables)))
