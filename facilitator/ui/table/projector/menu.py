"""The View menu's projector entries, on behalf of the main window.

»Projektorvisning« (Ctrl+Shift+P; F5 is the step timer's) opens the view of the table
session; »Fremlæggelse for hovedgruppe« lists the camp's main groups for the plenary;
»Projektorskærm« chooses the screen when more than one is connected. The window
itself is built the first time it is asked for, so starting the app costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtGui import QActionGroup
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMenu

from facilitator.ui.shell import screens
from facilitator.ui.shell.remembered import setting
from facilitator.ui.shell.window_host import WindowHost

if TYPE_CHECKING:  # loaded late (ui/shell/screens.py)
    from facilitator.ui.table.projector.window import ProjectorWindow

SHORTCUT = "Ctrl+Shift+P"
SCREEN_KEY = "projector/screen"


def projector_screen(main: QScreen | None) -> QScreen | None:
    """The screen the projector view goes to: the one chosen in the menu if it is still
    connected, else the first screen that is not the main window's, else the main
    window's own (one screen: the view covers the main window until Esc)."""
    screens = QGuiApplication.screens()
    chosen = setting(SCREEN_KEY, "")
    for screen in screens:
        if chosen and screen.name() == chosen:
            return screen
    others = [s for s in screens if s is not main]
    if others:
        return others[0]
    return main or QGuiApplication.primaryScreen()


def choose_screen(name: str) -> None:
    QSettings().setValue(SCREEN_KEY, name)


class ProjectorMenu(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.projector: ProjectorWindow | None = None
        self.show_action = QAction(self.tr("&Projektorvisning"), self)
        self.show_action.setShortcut(QKeySequence(SHORTCUT))
        self.show_action.setToolTip(self.tr(
            "Vis trinnets spørgsmål, uret og bordets noter med stor skrift på projektoren"))
        self.show_action.triggered.connect(self.show_table)
        self.plenary_menu = QMenu(self.tr("&Fremlæggelse for hovedgruppe"))
        self.plenary_menu.aboutToShow.connect(self._fill_groups)
        self.screen_menu = QMenu(self.tr("Projektor&skærm"))
        self.screen_menu.aboutToShow.connect(self._fill_screens)

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.show_action)
        menu.addMenu(self.plenary_menu)
        menu.addMenu(self.screen_menu)
        self._fill_screens()

    def update_actions(self) -> None:
        has_camp = self.host.session() is not None
        self.show_action.setEnabled(has_camp)
        self.plenary_menu.setEnabled(has_camp)

    # -- opening ---------------------------------------------------------------------
    def _window(self) -> ProjectorWindow | None:
        session, view = self.host.session(), self.host.camp_view()
        if session is None or view is None:
            return None
        if self.projector is None or self.projector.session is not session:
            self.camp_closing()
            self.projector = screens.ProjectorWindow(session, view.table_session)
        return self.projector

    def _show(self, projector: ProjectorWindow) -> None:
        projector.show_on(projector_screen(self.host.window.screen()))

    def show_table(self) -> None:
        projector = self._window()
        if projector is not None:
            projector.follow_table()
            self._show(projector)

    def show_plenary(self, group_id: str) -> None:
        projector = self._window()
        if projector is not None:
            projector.present(group_id)
            self._show(projector)

    def camp_closing(self) -> None:
        """The view belongs to the camp: it closes with it."""
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None

    # -- the submenus ------------------------------------------------------------------
    def _fill_groups(self) -> None:
        self.plenary_menu.clear()
        session = self.host.session()
        groups = session.store.frame.main_groups() if session is not None else []
        for group in groups:
            label = group.code if not group.name else f"{group.code} – {group.name}"
            action = self.plenary_menu.addAction(label.replace("&", "&&"))
            action.triggered.connect(lambda _=False, g=group.id: self.show_plenary(g))
        if not groups:
            self.plenary_menu.addAction(self.tr("Campen har ingen hovedgrupper")).setEnabled(False)

    def _fill_screens(self) -> None:
        self.screen_menu.clear()
        connected = QGuiApplication.screens()
        current = projector_screen(self.host.window.screen())
        group = QActionGroup(self.screen_menu)
        for number, screen in enumerate(connected, start=1):
            size = screen.size()
            action = self.screen_menu.addAction(
                f"{number}: {screen.name()} ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen is current)
            action.setEnabled(len(connected) > 1)  # one screen: nothing to choose
            group.addAction(action)
            action.triggered.connect(lambda _=False, s=screen: self._choose(s.name()))

    def _choose(self, name: str) -> None:
        choose_screen(name)
        if self.projector is not None and self.projector.isVisible():
            self._show(self.projector)

