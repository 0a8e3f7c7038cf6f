"""The personas of the dilemma step: the cases ("Nina", "Jens", "Viggo") tables discuss.

They belong to a step, not to the camp: a program may have no dilemma step (then there
is nothing to edit) or, rarely, more than one (then the organiser picks which).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.model import Persona, StepKind
from facilitator.ui.shell.session import CampSession

NAME, DESCRIPTION = range(2)

Index = QModelIndex | QPersistentModelIndex


class PersonasModel(QAbstractTableModel):
    """Name and short description of each persona of one step, edited in place."""

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step_id: str | None = None
        self._personas: list[Persona] = []

    def set_step(self, step_id: str | None) -> None:
        self.step_id = step_id
        self.reload()

    def reload(self) -> None:
        personas = self.session.store.frame.personas(self.step_id) if self.step_id else []
        if [p.id for p in personas] != [p.id for p in self._personas]:
            self.beginResetModel()
            self._personas = personas
            self.endResetModel()
        else:
            self._personas = personas
            if personas:
                self.dataChanged.emit(self.index(0, 0), self.index(len(personas) - 1, 1))

    def persona_at(self, row: int) -> Persona | None:
        return self._personas[row] if 0 <= row < len(self._personas) else None

    def row_of(self, persona_id: str) -> int:
        return next((i for i, p in enumerate(self._personas) if p.id == persona_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._personas)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Navn"), self.tr("Kort beskrivelse"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        persona = self.persona_at(index.row()) if index.isValid() else None
        if persona is None or role not in (Qt.ItemDataRole.DisplayRole,
                                           Qt.ItemDataRole.EditRole,
                                           Qt.ItemDataRole.ToolTipRole):
            return None
        return persona.name if index.column() == NAME else persona.description

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        persona = self.persona_at(index.row()) if index.isValid() else None
        if persona is None or role != Qt.ItemDataRole.EditRole:
            return False
        field = "name" if index.column() == NAME else "description"
        new = str(value).strip()
        if field == "name" and not new:
            self.session.failed.emit(self.tr("En persona skal have et navn."))
            return False
        old = getattr(persona, field)
        if new == old:
            return True
        store = self.session.store
        return self.session.run(
            self.tr("Ret persona"),
            lambda: store.frame.update_persona(persona_id=persona.id, **{field: new}),
            lambda: store.frame.update_persona(persona_id=persona.id, **{field: old}),
            "persona",
        ) is not None


class PersonasEditor(QWidget):
    """Choose the dilemma step (if there are several), then add, edit and remove personas."""

    watches = ("persona", "step")
    #: A note for the status line (already translated).
    told = Signal(str)

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = PersonasModel(session, self)
        self.step_combo = QComboBox()
        self.step_combo.currentIndexChanged.connect(
            lambda _i: self.model.set_step(self.step_combo.currentData()))
        self.step_label = QLabel(self.tr("Dilemma-trin"))
        self.none_label = QLabel(self.tr(
            "Programmet har intet trin med dilemmaer, så der er ingen personaer at redigere."))
        self.none_label.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Personaer"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.horizontalHeader().setSectionResizeMode(
            DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        # A description is a few sentences: rows as high as their wrapped text, not cut.
        self.view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("fx Nina"))
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr(
            "fx 34 år, alenemor til to, arbejder på skift"))
        for edit in (self.name_edit, self.description_edit):
            edit.returnPressed.connect(self.add_persona)
        self.add_button = QPushButton(self.tr("Tilføj &persona"))
        self.add_button.clicked.connect(self.add_persona)
        self.remove_button = QPushButton(self.tr("Fjern persona"))
        self.remove_button.clicked.connect(self.remove_current)

        step_row = QHBoxLayout()
        step_row.addWidget(self.step_label)
        step_row.addWidget(self.step_combo, 1)
        form = QFormLayout()
        form.addRow(self.tr("Navn"), self.name_edit)
        form.addRow(self.tr("Beskrivelse"), self.description_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(step_row)
        layout.addWidget(self.none_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, what: str) -> None:
        if what in self.watches:
            self.reload()

    def reload(self) -> None:
        """Refill the dilemma steps (they may have been added, removed or renamed)."""
        chosen = self.step_combo.currentData()
        steps = [s for s in self.session.store.frame.steps() if s.kind == StepKind.DILEMMAS]
        self.step_combo.blockSignals(True)
        self.step_combo.clear()
        for step in steps:
            self.step_combo.addItem(step.title, step.id)
        self.step_combo.setCurrentIndex(max(self.step_combo.findData(chosen), 0))
        self.step_combo.blockSignals(False)
        for widget in (self.step_label, self.step_combo):
            widget.setVisible(len(steps) > 1)
        self.none_label.setVisible(not steps)
        for widget in (self.view, self.name_edit, self.description_edit, self.add_button,
                       self.remove_button):
            widget.setEnabled(bool(steps))
        self.model.set_step(self.step_combo.currentData())

    def add_persona(self) -> None:
        step_id = self.model.step_id
        name = self.name_edit.text().strip()
        if step_id is None:
            return
        if not name:
            self.session.failed.emit(self.tr("En persona skal have et navn."))
            return
        description = self.description_edit.text().strip()
        store = self.session.store
        made: dict[str, str] = {}

        def do() -> str:
            if "id" in made:
                store.frame.restore_persona(persona_id=made["id"])
            else:
                made["id"] = store.frame.add_persona(step_id=step_id, name=name,
                                               description=description).id
            return made["id"]

        persona_id = self.session.run(
            self.tr("Tilføj persona"), do,
            lambda: store.frame.delete_persona(persona_id=made["id"]), "persona")
        if persona_id is None:
            return
        self.name_edit.clear()
        self.description_edit.clear()
        row = self.model.row_of(persona_id)
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.told.emit(self.tr("Personaen »{name}« er tilføjet.").format(name=name))

    def remove_current(self) -> None:
        persona = self.model.persona_at(self.view.currentIndex().row())
        if persona is None:
            self.told.emit(self.tr("Vælg først en persona i listen."))
            return
        store = self.session.store

        def do() -> bool:
            store.frame.delete_persona(persona_id=persona.id)
            return True

        if self.session.run(self.tr("Fjern persona"), do,
                            lambda: store.frame.restore_persona(persona_id=persona.id), "persona"):
            self.told.emit(self.tr(
                "Personaen »{name}« er fjernet. Fortryd med Ctrl+Z, hvis det var en fejl."
            ).format(name=persona.name))
