"""The camp's actors: the columns of the contributions step (Kommunen, Borgerne, …).

Camps differ here (some add Politikerne or Medarbejderne), so the list is the
organiser's to add to, rename and shorten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.model import Actor
from facilitator.ui.shell.session import CampSession

Index = QModelIndex | QPersistentModelIndex


class ActorsModel(QAbstractListModel):
    """The live actors in their order; a name edit is an undoable rename."""

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._actors: list[Actor] = []
        self.reload()

    def reload(self) -> None:
        actors = self.session.store.frame.actors()
        if [a.id for a in actors] != [a.id for a in self._actors]:
            self.beginResetModel()
            self._actors = actors
            self.endResetModel()
        else:
            self._actors = actors
            if actors:
                self.dataChanged.emit(self.index(0), self.index(len(actors) - 1))

    def actor_at(self, index: Index) -> Actor | None:
        row = index.row() if index.isValid() else -1
        return self._actors[row] if 0 <= row < len(self._actors) else None

    def row_of(self, actor_id: str) -> int:
        return next((i for i, a in enumerate(self._actors) if a.id == actor_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._actors)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        actor = self.actor_at(index)
        if actor is not None and role in (Qt.ItemDataRole.DisplayRole,
                                          Qt.ItemDataRole.EditRole):
            return actor.name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        actor = self.actor_at(index)
        if actor is None or role != Qt.ItemDataRole.EditRole:
            return False
        name = str(value).strip()
        if name == actor.name:
            return True
        if not self.name_acceptable(name, actor.id):
            return False
        store = self.session.store
        old = actor.name
        return self.session.run(
            self.tr("Omdøb aktør"),
            lambda: store.frame.rename_actor(actor_id=actor.id, name=name),
            lambda: store.frame.rename_actor(actor_id=actor.id, name=old),
            "actor",
        ) is not None

    def name_acceptable(self, name: str, actor_id: str | None = None) -> bool:
        """False (and the user told why) for an empty name or one another actor has."""
        if not name:
            self.session.failed.emit(self.tr("En aktør skal have et navn."))
            return False
        if any(a.name.casefold() == name.casefold() and a.id != actor_id
               for a in self._actors):
            self.session.failed.emit(
                self.tr("Aktøren »{name}« findes allerede.").format(name=name))
            return False
        return True


class ActorsEditor(QWidget):
    """The actor list with add, rename (in place) and remove."""

    watches = ("actor",)
    #: A note for the status line (already translated).
    told = Signal(str)

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ActorsModel(session, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Aktører"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("fx Politikerne"))
        self.name_edit.returnPressed.connect(self.add_actor)
        self.add_button = QPushButton(self.tr("Tilføj &aktør"))
        self.add_button.clicked.connect(self.add_actor)
        self.rename_button = QPushButton(self.tr("&Omdøb"))
        self.rename_button.setToolTip(self.tr("Omdøb den valgte aktør (F2)"))
        self.rename_button.clicked.connect(self.rename_current)
        self.remove_button = QPushButton(self.tr("Fjern aktør"))
        self.remove_button.setToolTip(self.tr("Fjern den valgte aktør (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_current)

        lead = QLabel(self.tr("Aktørerne er kolonnerne i trinnet »Hvordan kan vi bidrage?«."))
        lead.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addLayout(add_row)
        session.changed.connect(self._on_changed)

    def _on_changed(self, what: str) -> None:
        if what in self.watches:
            self.reload()

    def reload(self) -> None:
        self.model.reload()

    def select(self, actor_id: str) -> None:
        row = self.model.row_of(actor_id)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def add_actor(self) -> None:
        name = self.name_edit.text().strip()
        if not self.model.name_acceptable(name):
            return
        store = self.session.store
        made: dict[str, str] = {}

        def do() -> str:
            if "id" in made:
                store.frame.restore_actor(actor_id=made["id"])
            else:
                made["id"] = store.frame.add_actor(name=name).id
            return made["id"]

        actor_id = self.session.run(self.tr("Tilføj aktør"), do,
                                    lambda: store.frame.delete_actor(actor_id=made["id"]), "actor")
        if actor_id is None:
            return
        self.name_edit.clear()
        self.select(actor_id)
        self.told.emit(self.tr("Aktøren »{name}« er tilføjet.").format(name=name))

    def rename_current(self) -> None:
        if self.view.currentIndex().isValid():
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())

    def remove_current(self) -> None:
        actor = self.model.actor_at(self.view.currentIndex())
        if actor is None:
            self.told.emit(self.tr("Vælg først en aktør i listen."))
            return
        store = self.session.store

        def do() -> bool:
            store.frame.delete_actor(actor_id=actor.id)
            return True

        if self.session.run(self.tr("Fjern aktør"), do,
                            lambda: store.frame.restore_actor(actor_id=actor.id), "actor"):
            self.told.emit(self.tr(
                "Aktøren »{name}« er fjernet. Fortryd med Ctrl+Z, hvis det var en fejl."
            ).format(name=actor.name))
