"""An open camp: its preparation and the table session, side by side as tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic
from typing import TypeVar

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import StepKind
from facilitator.ui.dialogue_box.gathering_export import shutdown_exports
from facilitator.ui.organiser.folder_watch import watch_key
from facilitator.ui.organiser.place_banner import SharedPlaceBanner
from facilitator.ui.shell import screens
from facilitator.ui.shell.remembered import setting
from facilitator.ui.shell.session import CampSession
from facilitator.ui.table.table_session import TableSession

Page = TypeVar("Page")


def is_dialogue_file(session: CampSession) -> bool:
    """A file of the dialogue box (or of any program with its tools)."""
    return any(s.kind in StepKind.DIALOGUE_KINDS for s in session.store.frame.steps())


def watches_a_folder(session: CampSession) -> bool:
    """Whether the organiser left a bundle folder watched for this camp (collect_screen)."""
    return bool(setting(watch_key(session.store.frame.camp().id), ""))


class Tab(Generic[Page]):
    """``view.setup``: the tab of that name, built now if it was not yet (None for a tab
    this camp does not have)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, view: CampView, owner: type) -> Page:
        return view._page(self.name) if view.has_tab(self.name) else None  # type: ignore[return-value]


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
        self.place_banner = SharedPlaceBanner(session.store.path)

        self.tabs = QTabWidget()
        self._pages: dict[str, QWidget] = {}
        self._waiting: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        self._add_later("setup", self.tr("Forberedelse"), lambda: screens.CampSetup(session))
        self.table_session = TableSession(session)
        self.tabs.addTab(self.table_session, self.tr("Ved bordet"))
        self._add_later("collect", self.tr("Indsamling"),
                        lambda: screens.CollectScreen(session))
        self._add_later("consolidation", self.tr("Konsolidering"),
                        lambda: screens.ConsolidationWorkspace(session))
        self._add_later("analysis", self.tr("Analyse"), lambda: screens.AnalysisView(session))
        self._add_later("followup", self.tr("Opfølgning"), lambda: screens.FollowupView(session))
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
    setup: Tab[screens.CampSetup] = Tab()
    collect: Tab[screens.CollectScreen] = Tab()
    consolidation: Tab[screens.ConsolidationWorkspace] = Tab()
    analysis: Tab[screens.AnalysisView] = Tab()
    followup: Tab[screens.FollowupView] = Tab()
    gathering: Tab[screens.GatheringView | None] = Tab()

    def has_tab(self, name: str) -> bool:
        return name in self._pages or name in self._waiting

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

    def _make_gathering(self) -> QWidget:
        view = screens.GatheringView(self.session)
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
        if self.is_built("consolidation"):
            self.consolidation.stop_suggestions()  # proposals being sought: a moment
        shutdown_exports(self.session)
        self.table_session.bundles.camp_closing()
