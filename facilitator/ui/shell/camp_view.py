"""An open camp: its preparation and the table session, side by side as tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSignalBlocker
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from facilitator.ui.shell.session import CampSession
from facilitator.ui.table.table_session import TableSession

if TYPE_CHECKING:
    from facilitator.ui.dialogue_box.gathering_view import GatheringView
    from facilitator.ui.organiser.analysis import AnalysisView
    from facilitator.ui.organiser.collect_screen import CollectScreen
    from facilitator.ui.organiser.consolidation.workspace import ConsolidationWorkspace
    from facilitator.ui.setup.camp_setup import CampSetup


def is_dialogue_file(session: CampSession) -> bool:
    """A file of the dialogue box (or of any program with its tools)."""
    from facilitator.domain.model import StepKind

    kinds = {StepKind.THERMOMETER, StepKind.TRIANGLE, StepKind.DILEMMA_CARDS}
    return any(s.kind in kinds for s in session.store.frame.steps())


def watches_a_folder(session: CampSession) -> bool:
    """Whether the organiser left a bundle folder watched for this camp (collect_screen)."""
    from facilitator.ui.organiser.folder_watch import watch_key

    return bool(QSettings().value(watch_key(session.store.frame.camp().id), "", type=str))


class CampView(QWidget):
    """The open camp's tabs. Only the table session and the tab in front are built at
    once; the others are built the first time they are shown or asked for, so opening a
    camp costs what the facilitator sees (about 100 ms less at start-up)."""

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        if session.store.held_elsewhere:
            why = self.tr(
                "Campen er allerede åben i Facilitator et andet sted (et andet vindue eller en "
                "kommando), så her kan du kun læse den. Luk den dér, og åbn den igen her for "
                "at ændre den.")
        else:
            why = self.tr(
                "Filen er skrivebeskyttet. Du kan se campen, men ikke ændre den. "
                "Gem en kopi et sted, hvor du må skrive, for at arbejde videre.")
        self.read_only_banner = QLabel(why)
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background: #fff3cd; color: #5c4400; padding: 8px; border: 1px solid #e0c36c;")
        self.read_only_banner.setVisible(session.read_only)
        from facilitator.ui.organiser.place_banner import SharedPlaceBanner

        self.place_banner = SharedPlaceBanner(session.store.path)

        self.tabs = QTabWidget()
        self._pages: dict[str, QWidget] = {}
        self._waiting: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        self._add_later("setup", self.tr("Forberedelse"), self._make_setup)
        self.table_session = TableSession(session)
        self.tabs.addTab(self.table_session, self.tr("Ved bordet"))
        self._add_later("collect", self.tr("Indsamling"), self._make_collect)
        self._add_later("consolidation", self.tr("Konsolidering"), self._make_consolidation)
        self._add_later("analysis", self.tr("Analyse"), self._make_analysis)
        if is_dialogue_file(session):
            # The dialogue box: the coordinator's overview of every gathered dialogue, and
            # the dialogue's PDFs (documentation, kit to print, overview).
            self._add_later("gathering", self.tr("Overblik"), self._make_gathering)
        self.tabs.currentChanged.connect(self._build_shown)
        if session.store.frame.tables():
            self.tabs.setCurrentWidget(self.table_session)
        else:
            self._build_shown(self.tabs.currentIndex())
        if watches_a_folder(session):
            self._page("collect")  # it collects from the folder even while not shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.place_banner)
        layout.addWidget(self.tabs, 1)

    # -- the tabs, built when first needed --------------------------------------------
    @property
    def setup(self) -> CampSetup:
        return self._page("setup")  # type: ignore[return-value]

    @property
    def collect(self) -> CollectScreen:
        return self._page("collect")  # type: ignore[return-value]

    @property
    def consolidation(self) -> ConsolidationWorkspace:
        return self._page("consolidation")  # type: ignore[return-value]

    @property
    def analysis(self) -> AnalysisView:
        return self._page("analysis")  # type: ignore[return-value]

    @property
    def gathering(self) -> GatheringView | None:
        if "gathering" not in self._pages and "gathering" not in self._waiting:
            return None
        return self._page("gathering")  # type: ignore[return-value]

    def is_built(self, name: str) -> bool:
        return name in self._pages

    def _add_later(self, name: str, title: str, make: Callable[[], QWidget]) -> None:
        placeholder = QWidget()
        self._waiting[name] = (placeholder, make)
        self.tabs.addTab(placeholder, title)

    def _page(self, name: str) -> QWidget:
        page = self._pages.get(name)
        if page is None:
            placeholder, make = self._waiting.pop(name)
            page = self._pages[name] = make()
            index = self.tabs.indexOf(placeholder)
            was_current = self.tabs.currentIndex() == index
            # Insert beside the placeholder before removing it, so no neighbouring
            # tab is ever shown (and made to reload) in between.
            with QSignalBlocker(self.tabs):
                self.tabs.insertTab(index + 1, page, self.tabs.tabText(index))
                if was_current:
                    self.tabs.setCurrentIndex(index + 1)
                self.tabs.removeTab(index)
            placeholder.deleteLater()
        return page

    def _build_shown(self, index: int) -> None:
        shown = self.tabs.widget(index)
        for name, (placeholder, _make) in list(self._waiting.items()):
            if placeholder is shown:
                self._page(name)

    def _make_setup(self) -> QWidget:
        from facilitator.ui.setup.camp_setup import CampSetup

        return CampSetup(self.session)

    def _make_collect(self) -> QWidget:
        from facilitator.ui.organiser.collect_screen import CollectScreen

        return CollectScreen(self.session)

    def _make_consolidation(self) -> QWidget:
        from facilitator.ui.organiser.consolidation.workspace import ConsolidationWorkspace

        return ConsolidationWorkspace(self.session)

    def _make_analysis(self) -> QWidget:
        from facilitator.ui.organiser.analysis import AnalysisView

        return AnalysisView(self.session)

    def _make_gathering(self) -> QWidget:
        from facilitator.ui.dialogue_box.gathering_view import GatheringView

        view = GatheringView(self.session)
        view.consolidate_requested.connect(self._consolidate_step)
        return view

    def show_table(self, code: str) -> bool:
        self.tabs.setCurrentWidget(self.table_session)
        return self.table_session.choose_table(code)

    def _consolidate_step(self, step_id: str) -> None:
        self.tabs.setCurrentWidget(self.consolidation)
        self.consolidation.show_step(step_id)

    def closing(self) -> None:
        """The camp is about to close: finish background work, write the table's bundle."""
        if self.is_built("collect"):
            self.collect.shutdown()
        from facilitator.ui.dialogue_box.gathering_export import shutdown_exports

        shutdown_exports(self.session)
        self.table_session.bundles.camp_closing()
