"""The organiser's camp setup: details, main groups and tables, program, actors, personas.

One screen with a tab per part of the preparation. Every change is saved at once and
is undoable; the line at the bottom says what just happened and how to take it back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from facilitator.ui.setup.actors_editor import ActorsEditor
from facilitator.ui.setup.camp_details_form import CampDetailsForm
from facilitator.ui.setup.personas_editor import PersonasEditor
from facilitator.ui.setup.program_editor import ProgramEditor
from facilitator.ui.setup.tables_editor import TablesEditor
from facilitator.ui.shell.session import CampSession


class CampSetup(QWidget):
    """Everything the organiser prepares before the day, on four tabs.

    Each part reloads itself when the session reports a change of what it shows
    (``CampSession.changed``), including changes made by undo and redo.
    """

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.details = CampDetailsForm(session)
        self.tables = TablesEditor(session)
        self.program = ProgramEditor(session)
        self.actors = ActorsEditor(session)
        self.personas = PersonasEditor(session)

        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        people = QWidget()
        people_layout = QHBoxLayout(people)
        for title, editor in ((self.tr("Aktører"), self.actors),
                              (self.tr("Personaer i dilemma-trinnet"), self.personas)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(editor)
            people_layout.addWidget(box)

        self.tabs = QTabWidget()
        self.tabs.addTab(details_scroll, self.tr("Campen"))
        self.tabs.addTab(self.tables, self.tr("Hovedgrupper og borde"))
        self.tabs.addTab(self.program, self.tr("Program"))
        self.tabs.addTab(people, self.tr("Aktører og personaer"))

        self.status = QLabel(self.tr("Alt gemmes med det samme. Fortryd med Ctrl+Z."))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        for part in (self.tables, self.program, self.actors, self.personas):
            part.told.connect(self.status.setText)
        session.failed.connect(self.status.setText)
        # A note like "… er fjernet" is stale once the organiser undoes or edits again.
        session.undo_stack.indexChanged.connect(self._clear_status)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    def _clear_status(self, _index: int) -> None:
        if isValid(self.status):  # not while a process that never closed its window ends
            self.status.clear()

    def reload(self) -> None:
        """Show the store's state everywhere, e.g. after the camp file changed outside."""
        for part in (self.details, self.tables, self.program, self.actors, self.personas):
            part.reload()
