"""Main groups and tables: who sits where and who facilitates, set up before the day.

Removing asks no confirmation: it is undoable, and the status line says how.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.common.sizes import SIZE_SAMPLE_ROWS
from facilitator.ui.setup.tables_model import (
    MAX_TABLE_PARTICIPANTS,
    TablesModel,
    suggest_group_code,
    suggest_table_code,
)
from facilitator.ui.shell.session import CampSession


class TablesEditor(QWidget):
    """A tree of main groups → tables, edited in place, with forms to add either."""

    watches = ("main_group", "table")
    #: A note for the status line (already translated).
    told = Signal(str)

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = TablesModel(session, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Hovedgrupper og borde"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        self.tree.header().setStretchLastSection(True)
        self.model.modelReset.connect(self.tree.expandAll)
        self.tree.expandAll()
        hint = QLabel(self.tr("Dobbeltklik på et felt, eller tryk F2, for at rette det."))
        hint.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("&Fjern valgte"))
        self.remove_button.setToolTip(self.tr(
            "Fjern den valgte hovedgruppe (med dens borde) eller det valgte bord (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)

        # -- a new main group
        self.group_code_edit = QLineEdit()
        self.group_code_edit.setPlaceholderText(self.tr("fx H1"))
        self.group_name_edit = QLineEdit()
        self.group_name_edit.setPlaceholderText(self.tr("valgfrit"))
        self.add_group_button = QPushButton(self.tr("Tilføj &hovedgruppe"))
        self.add_group_button.clicked.connect(self.add_group)
        #: True while the group code field shows our suggestion rather than a typed code.
        self._group_code_suggested = True
        self.group_code_edit.textEdited.connect(self._group_code_typed)
        for edit in (self.group_code_edit, self.group_name_edit):
            edit.returnPressed.connect(self.add_group)
        group_box = QGroupBox(self.tr("Ny hovedgruppe"))
        group_form = QFormLayout(group_box)
        group_form.addRow(self.tr("Kode"), self.group_code_edit)
        group_form.addRow(self.tr("Navn"), self.group_name_edit)
        group_form.addRow(self.add_group_button)

        # -- a new table
        self.table_group_combo = QComboBox()
        self.table_code_edit = QLineEdit()
        self.table_code_edit.setPlaceholderText(self.tr("fx H1-B2"))
        self.facilitator_edit = QLineEdit()
        self.chair_edit = QLineEdit()
        self.table_participants_spin = QSpinBox()
        self.table_participants_spin.setRange(0, MAX_TABLE_PARTICIPANTS)
        self.add_table_button = QPushButton(self.tr("Tilføj &bord"))
        self.add_table_button.clicked.connect(self.add_table)
        for edit in (self.table_code_edit, self.facilitator_edit, self.chair_edit):
            edit.returnPressed.connect(self.add_table)
        #: True while the code field shows our suggestion rather than the organiser's own.
        self._code_suggested = True
        self.table_code_edit.textEdited.connect(self._code_typed)
        self.table_group_combo.currentIndexChanged.connect(lambda _i: self._suggest_codes())
        table_box = QGroupBox(self.tr("Nyt bord"))
        table_form = QFormLayout(table_box)
        table_form.addRow(self.tr("Hovedgruppe"), self.table_group_combo)
        table_form.addRow(self.tr("Bordkode"), self.table_code_edit)
        table_form.addRow(self.tr("Facilitator"), self.facilitator_edit)
        table_form.addRow(self.tr("Bordformand"), self.chair_edit)
        table_form.addRow(self.tr("Antal deltagere"), self.table_participants_spin)
        table_form.addRow(self.add_table_button)

        side = QVBoxLayout()
        side.addWidget(group_box)
        side.addWidget(table_box)
        side.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        left.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(side, 2)
        session.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, what: str) -> None:
        if what in self.watches:
            self.reload()

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
        index = self.model.index_of(row_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # -- adding ----------------------------------------------------------------------------
    def add_group(self) -> None:
        store = self.session.store
        code = self.group_code_edit.text().strip()
        name = self.group_name_edit.text().strip()
        if not self.model.group_code_acceptable(code):
            return
        made: dict[str, str] = {}

        def do() -> str:
            if "id" in made:
                store.frame.restore_main_group(group_id=made["id"])
            else:
                made["id"] = store.frame.add_main_group(code=code, name=name).id
            return made["id"]

        group_id = self.session.run(
            self.tr("Tilføj hovedgruppe"), do,
            lambda: store.frame.delete_main_group(group_id=made["id"]), "main_group")
        if group_id is None:
            return
        self.group_name_edit.clear()
        self._group_code_suggested = True
        self._suggest_codes()
        index = self.table_group_combo.findData(group_id)
        self.table_group_combo.setCurrentIndex(max(index, 0))
        self.select(group_id)
        self.told.emit(self.tr("Hovedgruppen »{code}« er tilføjet.").format(code=code))

    def add_table(self) -> None:
        store = self.session.store
        code = self.table_code_edit.text().strip()
        if not self.model.table_code_acceptable(code):
            self.table_code_edit.setFocus()
            self.table_code_edit.selectAll()
            return
        fields = {
            "code": code, "main_group_id": self.table_group_combo.currentData() or None,
            "facilitator": self.facilitator_edit.text().strip(),
            "chair": self.chair_edit.text().strip(),
            "participants": self.table_participants_spin.value(),
        }
        made: dict[str, str] = {}

        def do() -> str:
            if "id" in made:
                store.frame.restore_table(table_id=made["id"])
            else:
                made["id"] = store.frame.add_table(**fields).id
            return made["id"]

        table_id = self.session.run(
            self.tr("Tilføj bord"), do,
            lambda: store.frame.delete_table(table_id=made["id"]), "table")
        if table_id is None:
            return
        for edit in (self.facilitator_edit, self.chair_edit):
            edit.clear()
        self._code_suggested = True
        self._suggest_codes()
        self.select(table_id)
        self.told.emit(self.tr("Bordet »{code}« er tilføjet.").format(code=code))

    # -- removing --------------------------------------------------------------------------
    def remove_selected(self) -> None:
        """Remove the current table, or the current main group together with its tables."""
        store = self.session.store
        current = self.tree.currentIndex()
        table = self.model.table_at(current)
        if table is not None:
            def remove_table() -> bool:
                store.frame.delete_table(table_id=table.id)
                return True

            if self.session.run(self.tr("Fjern bord"), remove_table,
                                lambda: store.frame.restore_table(table_id=table.id), "table"):
                self.told.emit(self.tr(
                    "Bordet »{code}« er fjernet. Fortryd med Ctrl+Z, hvis det var en fejl."
                ).format(code=table.code))
            return
        group = self.model.group_at(current)
        if group is None:
            self.told.emit(self.tr("Vælg først en hovedgruppe eller et bord i listen."))
            return
        tables = self.model.tables_in(group.id)
        table_ids = [t.id for t in tables]

        def do() -> bool:
            store.frame.delete_main_group(group_id=group.id)
            return True

        def undo() -> None:
            store.frame.restore_main_group(group_id=group.id, table_ids=table_ids)

        if not self.session.run(self.tr("Fjern hovedgruppe"), do, undo, "main_group"):
            return
        if table_ids:
            note = self.tr("Hovedgruppen »{code}« og dens borde ({tables}) er fjernet. "
                           "Fortryd med Ctrl+Z, hvis det var en fejl.")
        else:
            note = self.tr("Hovedgruppen »{code}« er fjernet. "
                           "Fortryd med Ctrl+Z, hvis det var en fejl.")
        self.told.emit(note.format(code=group.code, tables=", ".join(t.code for t in tables)))
