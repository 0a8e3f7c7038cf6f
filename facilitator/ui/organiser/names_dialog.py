""""Navne i rapporter …": the names a camp's texts mention and what exports print instead.

The organiser lists names (the cases' persona names, names written in notes, the
facilitators') with a replacement: initials, suggested as they type, or a label such as
"Forælder A". Reports, workbooks and sheets can then replace them ("Erstat navne" when
exporting); the camp's own texts stay as written. Every change is one undoable edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.pseudonyms import Pseudonym, initials, suggested_names
from facilitator.store import CampStore
from facilitator.ui.shell.session import CampSession

#: What CampSession.changed says after an edit of the list.
WHAT = "pseudonym"
NAME, REPLACEMENT = range(2)

Index = QModelIndex | QPersistentModelIndex


class NameEdits(QObject):
    """The list's undoable edits; each returns None when refused (the reason is shown)."""

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    @property
    def store(self) -> Any:
        return self.session.store

    def add(self, name: str, replacement: str = "") -> Pseudonym | None:
        made: list[str] = []

        def do() -> Pseudonym:
            if made:  # redo revives the same row, so later edits of it stay valid
                return self.store.names.restore_pseudonym(pseudonym_id=made[0])
            row = self.store.names.add_pseudonym(name=name, replacement=replacement)
            made.append(row.id)
            return row

        def undo() -> None:
            self.store.names.delete_pseudonym(pseudonym_id=made[0])

        text = self.tr("Tilføj navnet »%1«").replace("%1", " ".join(name.split()))
        return self.session.run(text, do, undo, WHAT)

    def add_many(self, names: Sequence[str]) -> list[Pseudonym] | None:
        made: list[str] = []

        def do() -> list[Pseudonym]:
            if made:
                return [self.store.names.restore_pseudonym(pseudonym_id=i) for i in made]
            rows = self.store.names.add_pseudonyms(names=names)
            made.extend(r.id for r in rows)
            return rows

        def undo() -> None:
            for pseudonym_id in made:
                self.store.names.delete_pseudonym(pseudonym_id=pseudonym_id)

        return self.session.run(self.tr("Tilføj navne fra campen"), do, undo, WHAT)

    def update(self, row: Pseudonym, *, name: str | None = None,
               replacement: str | None = None) -> Pseudonym | None:
        text = self.tr("Ret navnet »%1«").replace("%1", row.name)
        return self.session.run(
            text,
            lambda: self.store.names.update_pseudonym(pseudonym_id=row.id, name=name,
                                                replacement=replacement),
            lambda: self.store.names.update_pseudonym(pseudonym_id=row.id, name=row.name,
                                                replacement=row.replacement),
            WHAT)

    def delete(self, row: Pseudonym) -> Pseudonym | None:
        text = self.tr("Fjern navnet »%1«").replace("%1", row.name)
        return self.session.run(
            text,
            lambda: self.store.names.delete_pseudonym(pseudonym_id=row.id),
            lambda: self.store.names.restore_pseudonym(pseudonym_id=row.id),
            WHAT)


class NamesModel(QAbstractTableModel):
    """The list as a table: the name, and what is printed instead; both editable."""

    def __init__(self, session: CampSession, edits: NameEdits,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.edits = edits
        self._rows: list[Pseudonym] = []
        self.reload()
        session.changed.connect(self._on_changed)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.session.store.names.pseudonym_list()
        self.endResetModel()

    def _on_changed(self, what: str) -> None:
        if what == WHAT:
            self.reload()

    def row_at(self, row: int) -> Pseudonym | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, pseudonym_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == pseudonym_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Navn"), self.tr("Erstattes med"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.name if index.column() == NAME else row.replacement
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == REPLACEMENT:
            return self.tr("Tomt felt giver navnets initialer.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.session.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        if index.column() == NAME:
            if " ".join(text.split()) == row.name:
                return False
            return self.edits.update(row, name=text) is not None
        if " ".join(text.split()) == row.replacement:
            return False
        return self.edits.update(row, replacement=text) is not None


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
        self.edits = NameEdits(session, self)
        self.model = NamesModel(session, self.edits, self)

        intro = QLabel(self.tr(
            "Navne på listen kan erstattes, når du eksporterer en rapport eller et regneark "
            "(»Erstat navne«): hele ord, store og små bogstaver ens. Campens egne tekster "
            "ændres ikke."), self)
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Navn, fx Karen Hansen"))
        self.name_edit.setAccessibleName(self.tr("Navn"))
        self.replacement_edit = QLineEdit(self)
        self.replacement_edit.setAccessibleName(self.tr("Erstattes med"))
        self.replacement_edit.setPlaceholderText(self.tr("Initialer eller fx »Forælder A«"))
        self.add_button = QPushButton(self.tr("&Tilføj"), self)
        self.add_button.setDefault(True)
        entry = QHBoxLayout()
        entry.addWidget(self.name_edit, 2)
        entry.addWidget(QLabel("→", self))
        entry.addWidget(self.replacement_edit, 1)
        entry.addWidget(self.add_button)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Navne i rapporter"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REPLACEMENT, QHeaderView.ResizeMode.Stretch)

        self.from_camp_button = QPushButton(self.tr("Tilføj navne fra &campen"), self)
        self.from_camp_button.setToolTip(self.tr(
            "Casenes personer og bordenes facilitatorer og bordformænd, med initialer."))
        self.in_notes_button = QPushButton(self.tr("Find navne i &noterne …"), self)
        self.in_notes_button.setToolTip(self.tr(
            "Ord i bordenes tekster, der kan være navne på personer, til at vælge imellem."))
        self.delete_button = QPushButton(self.tr("&Fjern"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.from_camp_button)
        row.addWidget(self.in_notes_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(entry)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(560, 420)

        self.name_edit.textChanged.connect(self._suggest)
        self.name_edit.returnPressed.connect(self.add_name)
        self.replacement_edit.returnPressed.connect(self.add_name)
        self.add_button.clicked.connect(self.add_name)
        self.from_camp_button.clicked.connect(self.add_from_camp)
        self.in_notes_button.clicked.connect(self.choose_from_notes)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

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
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        return [r for i in sorted(rows) if (r := self.model.row_at(i)) is not None]

    def add_name(self) -> None:
        name = self.name_edit.text()
        if not name.strip():
            return
        made = self.edits.add(name, self.replacement_edit.text())
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
        return self.edits.add_many(names) or []

    def choose_from_notes(self) -> None:
        from facilitator.ui.organiser.name_candidates import NameCandidatesDialog

        self.candidates_dialog = NameCandidatesDialog(self.session.store, self)
        self.candidates_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.candidates_dialog.accepted.connect(self._add_chosen)
        self.candidates_dialog.open()

    def _add_chosen(self) -> None:
        chosen = self.candidates_dialog.chosen()
        if chosen:
            self.edits.add_many(chosen)

    def delete_selected(self) -> None:
        for row in self.selected():
            self.edits.delete(row)
