"""The camp's actors: the columns of the contributions step (Kommunen, Borgerne, …).

Camps differ here (some add Politikerne or Medarbejderne), so the list is the
organiser's to add to, rename and shorten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import Actor
from facilitator.ui.common.list_model import CampRows
from facilitator.ui.common.ordered_list import OrderedList
from facilitator.ui.edits import actors
from facilitator.ui.edits.change import Change
from facilitator.ui.setup.setup_part import SetupPart
from facilitator.ui.shell.session import CampSession


class ActorsModel(CampRows[Actor]):
    """The live actors in their order; a name edit is an undoable rename."""

    columns = ("name",)

    def fetch(self) -> list[Actor]:
        return self.session.store.frame.actors()

    def can_edit(self, row: Actor, column: int) -> bool:
        return True

    def write(self, row: Actor, column: int, value: Any) -> bool:
        name = str(value).strip()
        if name == row.name:
            return True
        if not self.name_acceptable(name, row.id):
            return False
        return actors.rename_actor(self.session, row, name) is not None

    def name_acceptable(self, name: str, actor_id: str | None = None) -> bool:
        """False (and the user told why) for an empty name or one another actor has."""
        if not name:
            self.session.failed.emit(self.tr("En aktør skal have et navn."))
            return False
        if any(a.name.casefold() == name.casefold() and a.id != actor_id
               for a in self.rows()):
            self.session.failed.emit(
                self.tr("Aktøren »{name}« findes allerede.").format(name=name))
            return False
        return True


class ActorsEditor(SetupPart):
    """The actor list with add, rename (in place) and remove."""

    watches = Change.ACTOR

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = ActorsModel(session, self)
        self.view = QListView()
        self.list = OrderedList(self.view, self.model, self.tr("Aktører"), self)
        self.rename_button = self.list.rename_button(
            self.tr("&Omdøb"), self.tr("Omdøb den valgte aktør (F2)"))
        self.remove_button = self.list.remove_button(
            self.tr("Fjern aktør"), self.remove_current,
            self.tr("Fjern den valgte aktør (Delete)"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("fx Politikerne"))
        self.name_edit.returnPressed.connect(self.add_actor)
        self.add_button = QPushButton(self.tr("Tilføj &aktør"))
        self.add_button.clicked.connect(self.add_actor)

        lead = QLabel(self.tr("Aktørerne er kolonnerne i trinnet »Hvordan kan vi bidrage?«."))
        lead.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.list.end_buttons())
        layout.addLayout(add_row)

    def reload(self) -> None:
        self.model.reload()

    def select(self, actor_id: str) -> None:
        self.list.select_id(actor_id)

    def add_actor(self) -> None:
        name = self.name_edit.text().strip()
        if not self.model.name_acceptable(name):
            return
        actor = actors.add_actor(self.session, name)
        if actor is None:
            return
        self.added(actor.id, self.tr("Aktøren »{name}« er tilføjet.").format(name=name),
                   self.name_edit)

    def rename_current(self) -> None:
        self.list.edit_current()

    def remove_current(self) -> None:
        self.remove(self.list.current(), lambda actor: actors.delete_actor(self.session, actor),
                    lambda actor: self.tr("Aktøren »{name}« er fjernet. Fortryd med Ctrl+Z, "
                                          "hvis det var en fejl.").format(name=actor.name),
                    self.tr("Vælg først en aktør i listen."))
