"""The personas of the dilemma step: the cases ("Nina", "Jens", "Viggo") tables discuss.

They belong to a step, not to the camp: a program may have no dilemma step (then there
is nothing to edit) or, rarely, more than one (then the organiser picks which).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import Persona
from facilitator.domain.model import StepKind
from facilitator.ui.common.list_model import RowsModel
from facilitator.ui.common.ordered_list import OrderedList
from facilitator.ui.edits import personas
from facilitator.ui.edits.change import Change
from facilitator.ui.setup.setup_part import SetupPart
from facilitator.ui.shell.session import CampSession

NAME, DESCRIPTION = range(2)


class PersonasModel(RowsModel[Persona]):
    """Name and short description of each persona of one step, edited in place."""

    columns = ("name", "description")

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step_id: str | None = None
        self.headers = (self.tr("Navn"), self.tr("Kort beskrivelse"))

    def set_step(self, step_id: str | None) -> None:
        self.step_id = step_id
        self.reload()

    def fetch(self) -> list[Persona]:
        return self.session.store.frame.personas(self.step_id) if self.step_id else []

    def cell(self, row: Persona, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().cell(row, column, role)

    def can_edit(self, row: Persona, column: int) -> bool:
        return True

    def write(self, row: Persona, column: int, value: Any) -> bool:
        field = self.columns[column]
        new = str(value).strip()
        if field == "name" and not new:
            self.session.failed.emit(self.tr("En persona skal have et navn."))
            return False
        if new == getattr(row, field):
            return True
        return personas.update_persona(self.session, row, field, new) is not None


class PersonasEditor(SetupPart):
    """Choose the dilemma step (if there are several), then add, edit and remove personas."""

    watches = Change.PERSONA | Change.STEP

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = PersonasModel(session, self)
        self.view = QTableView()
        self.list = OrderedList(self.view, self.model, self.tr("Personaer"), self)
        self.view.horizontalHeader().setSectionResizeMode(
            DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        # A description is a few sentences: rows as high as their wrapped text, not cut.
        self.view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = self.list.button(self.tr("Tilføj &persona"), self.add_persona)
        self.remove_button = self.list.button(self.tr("Fjern persona"), self.remove_current)
        layout = QVBoxLayout(self)
        layout.addLayout(self._step_row())
        layout.addWidget(self.none_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._new_persona_form())
        layout.addLayout(self.list.end_buttons())
        self.reload()

    def _step_row(self) -> QHBoxLayout:
        """The choice of dilemma step, shown only when there is a choice."""
        self.step_combo = QComboBox()
        self.step_combo.currentIndexChanged.connect(
            lambda _i: self.model.set_step(self.step_combo.currentData()))
        self.step_label = QLabel(self.tr("Dilemma-trin"))
        self.none_label = QLabel(self.tr(
            "Programmet har intet trin med dilemmaer, så der er ingen personaer at redigere."))
        self.none_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.step_label)
        row.addWidget(self.step_combo, 1)
        return row

    def _new_persona_form(self) -> QFormLayout:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("fx Nina"))
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr(
            "fx 34 år, alenemor til to, arbejder på skift"))
        for edit in (self.name_edit, self.description_edit):
            edit.returnPressed.connect(self.add_persona)
        form = QFormLayout()
        form.addRow(self.tr("Navn"), self.name_edit)
        form.addRow(self.tr("Beskrivelse"), self.description_edit)
        return form

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
        for part in (self.view, self.name_edit, self.description_edit, self.add_button,
                     self.remove_button):
            part.setEnabled(bool(steps))
        self.model.set_step(self.step_combo.currentData())

    def add_persona(self) -> None:
        step_id = self.model.step_id
        name = self.name_edit.text().strip()
        if step_id is None:
            return
        if not name:
            self.session.failed.emit(self.tr("En persona skal have et navn."))
            return
        persona = personas.add_persona(self.session, step_id=step_id, name=name,
                                       description=self.description_edit.text().strip())
        if persona is None:
            return
        self.added(persona.id, self.tr("Personaen »{name}« er tilføjet.").format(name=name),
                   self.name_edit, self.description_edit)

    def select(self, persona_id: str) -> None:
        self.list.select_id(persona_id, NAME)

    def remove_current(self) -> None:
        self.remove(self.list.current(),
                    lambda persona: personas.delete_persona(self.session, persona),
                    lambda persona: self.tr("Personaen »{name}« er fjernet. Fortryd med Ctrl+Z, "
                                            "hvis det var en fejl.").format(name=persona.name),
                    self.tr("Vælg først en persona i listen."))
