"""An open camp: its preparation and the table session, side by side as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from facilitator.ui.session import CampSession
from facilitator.ui.table_session import TableSession


def is_dialogue_file(session: CampSession) -> bool:
    """A file of the dialogue box (or of any program with its tools)."""
    from facilitator.domain.model import StepKind

    kinds = {StepKind.THERMOMETER, StepKind.TRIANGLE, StepKind.DILEMMA_CARDS}
    return any(s.kind in kinds for s in session.store.steps())


class CampView(QWidget):
    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.read_only_banner = QLabel(self.tr(
            "Filen er skrivebeskyttet. Du kan se campen, men ikke ændre den. "
            "Gem en kopi et sted, hvor du må skrive, for at arbejde videre."))
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background: #fff3cd; color: #5c4400; padding: 8px; border: 1px solid #e0c36c;")
        self.read_only_banner.setVisible(session.read_only)
        from facilitator.ui.organiser.place_banner import SharedPlaceBanner

        self.place_banner = SharedPlaceBanner(session.store.path)

        from facilitator.ui.camp_setup import CampSetup

        self.tabs = QTabWidget()
        self.setup = CampSetup(session)
        self.table_session = TableSession(session)
        self.tabs.addTab(self.setup, self.tr("Forberedelse"))
        self.tabs.addTab(self.table_session, self.tr("Ved bordet"))
        from facilitator.ui.organiser.collect_screen import CollectScreen

        self.collect = CollectScreen(session)
        self.tabs.addTab(self.collect, self.tr("Indsamling"))
        from facilitator.ui.consolidation.workspace import ConsolidationWorkspace

        self.consolidation = ConsolidationWorkspace(session)
        self.tabs.addTab(self.consolidation, self.tr("Konsolidering"))
        from facilitator.ui.analysis import AnalysisView

        self.analysis = AnalysisView(session)
        self.tabs.addTab(self.analysis, self.tr("Analyse"))
        self.gathering = None
        if is_dialogue_file(session):
            # The dialogue box: the coordinator's overview of every gathered dialogue, and
            # the dialogue's PDFs (documentation, kit to print, overview).
            from facilitator.ui.dialogue.gathering_view import GatheringView

            self.gathering = GatheringView(session)
            self.gathering.consolidate_requested.connect(self._consolidate_step)
            self.tabs.addTab(self.gathering, self.tr("Overblik"))
        if session.store.tables():
            self.tabs.setCurrentWidget(self.table_session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.place_banner)
        layout.addWidget(self.tabs, 1)

    def show_table(self, code: str) -> bool:
        self.tabs.setCurrentWidget(self.table_session)
        return self.table_session.choose_table(code)

    def _consolidate_step(self, step_id: str) -> None:
        self.tabs.setCurrentWidget(self.consolidation)
        self.consolidation.show_step(step_id)

    def closing(self) -> None:
        """The camp is about to close: finish background work, write the table's bundle."""
        self.collect.shutdown()
        from facilitator.ui.dialogue.gathering_export import shutdown_exports

        shutdown_exports(self.session)
        self.table_session.bundles.camp_closing()
