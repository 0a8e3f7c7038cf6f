"""The organiser's analysis of the camp (DESIGN.md §2, third level), one tab.

Left: the recurring messages and the editor for the chosen one. Middle: what the camp
means for the purpose statement, and the consolidated prerequisites. Right: the tables'
selected contributions per actor, read-only. Every change is an undoable edit through
the session; text is saved as it is typed; the panels reload on the session's signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.ui.common.deferred import ReloadWhenShown
from facilitator.ui.edits.change import Change
from facilitator.ui.organiser.analysis.contributions_panel import ContributionsPanel
from facilitator.ui.organiser.analysis.messages_panel import MessagesPanel
from facilitator.ui.organiser.analysis.prerequisites_panel import PrerequisitesPanel
from facilitator.ui.organiser.analysis.purpose_panel import PurposePanel
from facilitator.ui.shell.remembered import remember_splitter
from facilitator.ui.shell.session import CampSession


class AnalysisView(QWidget):
    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.messages = MessagesPanel(session, self)
        self.purpose = PurposePanel(session, self)
        self.prerequisites = PrerequisitesPanel(session, self)
        self.contributions = ContributionsPanel(session, self)

        middle = QSplitter(Qt.Orientation.Vertical, self)
        middle.addWidget(self.purpose)
        middle.addWidget(self.prerequisites)
        middle.setChildrenCollapsible(False)
        splitter = QSplitter(self)
        splitter.addWidget(self.messages)
        splitter.addWidget(middle)
        splitter.addWidget(self.contributions)
        # The contributions tree gets a third: at 1366 px a quarter left one word a line.
        for column, stretch in enumerate((3, 3, 3)):
            splitter.setStretchFactor(column, stretch)
        splitter.setSizes([400, 400, 400])
        splitter.setChildrenCollapsible(False)
        remember_splitter(splitter, "analysis")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        self._reloader = ReloadWhenShown(self, self._apply_changes)
        session.changed.connect(self._reloader.changed)
        session.flush_requested.connect(self.flush)

    def _apply_changes(self, whats: Change) -> None:
        self.messages.reload()
        self.purpose.reload()
        self.prerequisites.reload()
        if whats & ~Change.ANALYSIS:
            self.contributions.reload()

    def flush(self) -> None:
        """Save every field's typed text now (before undo, redo, close)."""
        self.messages.flush()
        self.purpose.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
