"""The main window: menus, the start screen, and the open camp."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import QActionGroup
from PySide6.QtGui import QCloseEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from facilitator import __version__
from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError
from facilitator.ui.common.refusals import user_message
from facilitator.ui.organiser.purge_action import PurgeDeleted
from facilitator.ui.shell import file_dialogs
from facilitator.ui.shell import i18n
from facilitator.ui.shell import screens
from facilitator.ui.shell.places import app_data_dir
from facilitator.ui.shell.places import documents_dir
from facilitator.ui.shell.places import last_dir
from facilitator.ui.shell.places import remember_dir
from facilitator.ui.shell.remembered import remember
from facilitator.ui.shell.remembered import setting
from facilitator.ui.shell.window_host import WindowHost
from facilitator.ui.shell.zoom import ZoomMenu
from facilitator.ui.table.projector.menu import ProjectorMenu

if TYPE_CHECKING:  # reached through screens at run time: the start screen needs no store
    from facilitator.store import CampStore
    from facilitator.ui.organiser.camp_files import CampFiles
    from facilitator.ui.organiser.report_exports import ReportExports
    from facilitator.ui.shell.backup_on_open import OpeningBackup
    from facilitator.ui.shell.session import CampSession

MAX_RECENT = 8
CAMP_FILTER = "Camp (*.camp)"


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.session: CampSession | None = None
        self.camp_view: screens.CampView | None = None
        self._backup: OpeningBackup | None = None  # the backup of the camp just opened
        self.setWindowTitle(self.tr("Facilitator"))
        self.resize(1200, 800)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._start: screens.StartScreen | None = None
        self._camp_files: CampFiles | None = None
        self._reports: ReportExports | None = None
        self._build_menus()
        self._refresh_recent()
        # A window dropped without being closed must still not quit under a running backup.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait_for_backup)
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.statusBar().showMessage(self.tr("Klar"), 3000)

    @property
    def start(self) -> screens.StartScreen:
        """The start screen, made the first time it is needed: a window opened on a camp
        (the demo, a double-clicked file) shows it only once the camp is closed."""
        if self._start is None:
            self._start = start = screens.StartScreen()
            self.stack.insertWidget(0, start)
            start.new_requested.connect(self.new_camp)
            start.new_dialogue_requested.connect(self.new_dialogue)
            start.open_requested.connect(self.choose_and_open)
            start.demo_requested.connect(self.open_demo)
            start.recent_chosen.connect(lambda p: self.open_camp(Path(p)))
            start.set_recent(self._recent())
        return self._start

    def showEvent(self, event: QShowEvent) -> None:
        if self.camp_view is None:
            self.stack.setCurrentWidget(self.start)
        super().showEvent(event)

    # -- menus -----------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                menu: QMenu | None = None) -> QAction:
        """An action of the window, added to ``menu`` if given."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if menu is not None:
            menu.addAction(action)
        return action

    def _host(self) -> WindowHost:
        """What the menus' helpers may use of this window (ui/shell/window_host.py)."""
        return WindowHost(self, session=lambda: self.session,
                          camp_view=lambda: self.camp_view,
                          warn=lambda text: self._warn(text),
                          open_camp=lambda path: self.open_camp(path))

    def _build_menus(self) -> None:
        self.host = self._host()
        self.file_menu = self.menuBar().addMenu(self.tr("&Filer"))
        self._file_menu(self.file_menu)
        self.export_menu = self.menuBar().addMenu(self.tr("&Eksportér"))
        # The File menu's kits and sheets and the Export menu are filled the first time
        # one of them opens (none has a shortcut): their code is not needed before.
        # macOS's own menu bar leaves out a menu with no entries: there they come at once.
        self.file_menu.aboutToShow.connect(lambda: self.camp_files)
        self.export_menu.aboutToShow.connect(lambda: self.reports)
        if sys.platform == "darwin":
            self.reports  # noqa: B018 - made for its menu entries
        self.edit_menu = self.menuBar().addMenu(self.tr("&Rediger"))
        self.undo_action = self._action(self.tr("&Fortryd"), self._undo,
                                        QKeySequence.StandardKey.Undo, self.edit_menu)
        self.redo_action = self._action(self.tr("&Gentag"), self._redo,
                                        QKeySequence.StandardKey.Redo, self.edit_menu)
        self.purge = PurgeDeleted(self.host)  # »Slet slettede tekster for altid …«
        self.purge.add_to(self.edit_menu)
        view_menu = self.menuBar().addMenu(self.tr("&Vis"))
        self.projector = ProjectorMenu(self.host)  # the group's view in large type, the plenary
        self.projector.add_to(view_menu)
        self._settings_menu(self.menuBar().addMenu(self.tr("&Indstillinger")))
        help_menu = self.menuBar().addMenu(self.tr("&Hjælp"))
        keys = QKeySequence(QKeySequence.StandardKey.HelpContents)
        self.help_action = self._action(self.tr("&Taster på denne skærm …"), self.show_help,
                                        keys if not keys.isEmpty() else "F1", help_menu)
        self._action(self.tr("&Om Facilitator"), self._about, menu=help_menu)
        self._update_actions()

    def _file_menu(self, menu: QMenu) -> None:
        self._action(self.tr("&Ny camp …"), self.new_camp, QKeySequence.StandardKey.New, menu)
        self._action(self.tr("Ny &dialog …"), self.new_dialogue, menu=menu)
        self._action(self.tr("Å&bn camp …"), self.choose_and_open,
                     QKeySequence.StandardKey.Open, menu)
        self.recent_menu = menu.addMenu(self.tr("&Seneste camps"))
        self._action(self.tr("Åbn &demo-campen"), self.open_demo, menu=menu)
        self._action(self.tr("Sammenlign camps på &tværs …"), self.open_across_camps,
                     menu=menu)
        menu.addSeparator()
        # Åbn/Eksportér campkit, Importér ark … go above this line (see camp_files).
        self._camp_files_at = menu.addSeparator()
        self.backups_action = self._action(self.tr("Sikker&hedskopier …"), self.show_backups,
                                           menu=menu)
        self.delete_action = self._action(self.tr("Slet camp …"), self.delete_camp, menu=menu)
        self.close_action = self._action(self.tr("&Luk camp"), self.close_camp,
                                         QKeySequence.StandardKey.Close, menu)
        menu.addSeparator()
        self._action(self.tr("&Afslut"), self.close, QKeySequence.StandardKey.Quit, menu)

    @property
    def camp_files(self) -> CampFiles:
        """The File menu's kits and sheets (and the Export menu's sheet), made when first
        needed: the menu opens, a kit is double-clicked, a test asks."""
        if self._camp_files is None:
            self._camp_files = files = screens.CampFiles(self.host)
            files.add_to(self.file_menu, before=self._camp_files_at)
            files.update_actions()
        return self._camp_files

    @property
    def reports(self) -> ReportExports:
        """The Export menu (PDFs off the GUI thread; names in reports), made when first
        needed."""
        if self._reports is None:
            self._reports = reports = screens.ReportExports(self.host)
            reports.add_to(self.export_menu, self.camp_files.export_sheet_action)
            reports.update_actions()
        return self._reports

    def _settings_menu(self, menu: QMenu) -> None:
        """The program's language (one ticked) and the size of its type."""
        language_menu = menu.addMenu(self.tr("&Sprog"))
        current = i18n.chosen_language()
        self.language_group = QActionGroup(self)  # exclusive: one language ticked
        for code, name in i18n.LANGUAGES.items():
            action = self._action(name, partial(self._choose_language, code),
                                  menu=language_menu)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == current)
            self.language_group.addAction(action)
        menu.addSeparator()
        self.zoom_menu = ZoomMenu(self)  # Stor skrift, Ctrl++ / Ctrl+- / Ctrl+0
        self.zoom_menu.add_to(menu)

    def _update_actions(self) -> None:
        if not isValid(self.close_action):
            # A process that ends without closing the window tears the actions down
            # before the undo stack, whose clearing still signals here.
            return
        stack = self.session.undo_stack if self.session else None
        self.close_action.setEnabled(self.session is not None)
        for helper in (self._camp_files, self._reports):
            if helper is not None:  # made with their menu; until then, nothing to update
                helper.update_actions()
        self.purge.update_actions()
        self.projector.update_actions()
        writable = self.session is not None and not self.session.read_only
        self.backups_action.setEnabled(writable)
        self.delete_action.setEnabled(writable)
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        if stack is not None:
            undo_text, redo_text = stack.undoText(), stack.redoText()
            self.undo_action.setText(
                self.tr("&Fortryd %1").replace("%1", undo_text) if undo_text
                else self.tr("&Fortryd"))
            self.redo_action.setText(
                self.tr("&Gentag %1").replace("%1", redo_text) if redo_text
                else self.tr("&Gentag"))

    def _undo(self) -> None:
        if self.session:
            self.session.undo()

    def _redo(self) -> None:
        if self.session:
            self.session.redo()

    # -- camps -----------------------------------------------------------------------
    def new_camp(self) -> None:
        def create(path: Path) -> CampStore:
            return screens.CampStore.create(path, program=screens.load_program("camp_day"),
                                            title=path.stem)

        if self._new_file(self.tr("Ny camp"), self.tr("Min camp.camp"), create) \
                and self.camp_view is not None:
            self.camp_view.tabs.setCurrentWidget(self.camp_view.setup)

    def new_dialogue(self) -> None:
        """A dialogue-box file (DESIGN.md §3): one table, the dialogue's program."""
        self._new_file(self.tr("Ny dialog"), self.tr("Min dialog.camp"), screens.create_dialogue)

    def _new_file(self, title: str, suggested: str,
                  create: Callable[[Path], CampStore]) -> bool:
        """Ask where, ``create`` the file there and show it; False if nothing was made."""
        start_dir = last_dir()
        name, _ = file_dialogs.get_save_file_name(
            self, title, str(Path(start_dir) / suggested), CAMP_FILTER)
        if not name:
            return False
        path = Path(name) if Path(name).suffix == ".camp" else Path(name).with_suffix(".camp")

        def make() -> CampStore:
            if path.exists():
                # The dialog asked about overwriting; we never overwrite a camp in place.
                raise UserError(msg.ALREADY_EXISTS, path=str(path))
            return create(path)

        return self._show(make)

    def _show(self, make: Callable[[], CampStore]) -> bool:
        """Show the camp ``make`` opens or creates; if it is refused, say why instead."""
        try:
            store = make()
        except UserError as exc:
            self._warn(user_message(exc))
            return False
        self._show_camp(store)
        return True

    def choose_and_open(self) -> None:
        start_dir = last_dir()
        name, _ = file_dialogs.get_open_file_name(self, self.tr("Åbn camp"), start_dir,
                                              CAMP_FILTER + ";;" + self.tr("Alle filer (*)"))
        if name:
            self.open_camp(Path(name))

    def open_camp(self, path: Path) -> bool:
        return self._show(lambda: screens.CampStore.open(path))

    def open_demo(self) -> bool:
        path = documents_dir() / "demo.camp"
        if not path.exists():
            screens.build_demo_camp(path)
        return self.open_camp(path)

    def go_to_table(self, code: str) -> None:
        if self.camp_view is not None and not self.camp_view.show_table(code):
            self._warn(self.tr("Campen har intet bord med koden »%1«.").replace("%1", code))

    def _show_camp(self, store) -> None:
        self.close_camp()
        self._forget_status()
        self.session = screens.CampSession(store, self)
        self.session.failed.connect(self._warn)
        self.session.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.session.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self.camp_view = screens.CampView(self.session)
        self.camp_view.table_session.sheet_requested.connect(
            lambda code: self.reports.export_table_sheet(code))
        self.stack.addWidget(self.camp_view)
        self.stack.setCurrentWidget(self.camp_view)
        if store.path is not None and not store.read_only:
            self._back_up(store)
        if store.path is not None:
            self._remember(store.path)
            remember_dir(store.path)
        title = store.frame.camp().title or (store.path.stem if store.path else "")
        suffix = self.tr(" (skrivebeskyttet)") if store.read_only else ""
        self.setWindowTitle(f"{title}{suffix} – Facilitator")
        self.statusBar().showMessage(str(store.path or ""))
        self._update_actions()

    def close_camp(self) -> None:
        self.wait_for_backup()
        if self.session is None:
            return
        self.stack.setCurrentWidget(self.start)
        self.projector.camp_closing()
        if self.camp_view is not None:
            self.camp_view.closing()  # background work ends, the table's last bundle is written
            self.stack.removeWidget(self.camp_view)
            self.camp_view.deleteLater()
            self.camp_view = None
        self.session.close()
        self.session.deleteLater()
        self.session = None
        # What start-up made, the first camp with it, was frozen out of the collector's
        # passes (app.run_gui); a closed camp's objects must be collectable again.
        gc.unfreeze()
        self._forget_status()
        self.setWindowTitle(self.tr("Facilitator"))
        self._refresh_recent()
        self._update_actions()

    def _forget_status(self) -> None:
        """A status message speaks of the camp it came from: none outlives a camp change."""
        self.statusBar().clearMessage()
        if self._reports is not None:
            self._reports.forget_result()

    def open_across_camps(self) -> None:
        screens.open_across_camps(self)

    # -- backups and deleting -----------------------------------------------------------
    def _backups_folder(self, path: Path) -> Path:
        return screens.backup_folder(app_data_dir(), path)

    def _back_up(self, store) -> None:
        self.wait_for_backup()
        backup = screens.OpeningBackup(store.path, self._backups_folder(store.path),
                               screens.backups_to_keep(), self)
        backup.finished.connect(lambda: self._backup_done(backup))
        self._backup = backup
        backup.start()

    def _backup_done(self, backup: OpeningBackup) -> None:
        if backup is not self._backup:
            return  # already waited for and reported
        self._backup = None
        if backup.error is not None:
            self.statusBar().showMessage(user_message(backup.error), 10000)
        backup.deleteLater()

    def wait_for_backup(self) -> None:
        """Let the backup taken on opening finish (before closing, restoring, deleting)."""
        if self._backup is not None:
            self._backup.wait()
            self._backup_done(self._backup)

    def show_backups(self) -> None:
        if self.session is None or self.session.store.path is None:
            return
        path = self.session.store.path
        folder = self._backups_folder(path)
        self.wait_for_backup()
        dialog = screens.BackupsDialog(folder, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        self.close_camp()
        try:
            screens.restore_backup(path, dialog.chosen.path, folder, keep=screens.backups_to_keep())
        except UserError as exc:
            self._warn(user_message(exc))
        self.open_camp(path)
        self.statusBar().showMessage(self.tr("Sikkerhedskopien er gendannet."), 8000)

    def delete_camp(self) -> None:
        if self.session is None or self.session.store.path is None:
            return
        path = self.session.store.path
        box = QtWidgets.QMessageBox  # reached when used: PySide builds a class on first use
        answer = box.warning(
            self, self.tr("Slet camp"),
            self.tr("Slet »%1« og alle dens sikkerhedskopier for altid? Det kan ikke "
                    "fortrydes.").replace("%1", path.name),
            box.StandardButton.Yes | box.StandardButton.Cancel, box.StandardButton.Cancel)
        if answer != box.StandardButton.Yes:
            return
        self.close_camp()
        try:
            screens.delete_camp(path, self._backups_folder(path))
        except UserError as exc:
            self._warn(user_message(exc))
            return
        self._refresh_recent()
        self.statusBar().showMessage(self.tr("Campen er slettet."), 8000)

    # -- recent files, language, about ------------------------------------------------
    def _recent(self) -> list[str]:
        value = setting("files/recent", [])
        return [str(p) for p in value if Path(str(p)).exists()]

    def _remember(self, path: Path) -> None:
        paths = [str(path.resolve())] + [p for p in self._recent() if p != str(path.resolve())]
        remember("files/recent", paths[:MAX_RECENT])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        paths = self._recent()
        if self._start is not None:
            self._start.set_recent(paths)
        self.recent_menu.clear()
        for path in paths:
            self._action(Path(path).stem, partial(self.open_camp, Path(path)),
                         menu=self.recent_menu)
        self.recent_menu.setEnabled(bool(paths))

    def _choose_language(self, code: str) -> None:
        """Remember ``code`` and offer, in that language, to restart into it now."""
        if code == i18n.chosen_language():
            return
        i18n.set_chosen_language(code)
        title, question, restart, later = i18n.RESTART_QUESTION[code]
        kind = QtWidgets.QMessageBox
        box = kind(kind.Icon.Question, title, question, parent=self)
        restart_button = box.addButton(restart, kind.ButtonRole.AcceptRole)
        box.addButton(later, kind.ButtonRole.RejectRole)
        box.setDefaultButton(restart_button)
        box.exec()
        if box.clickedButton() is restart_button:
            self.restart()

    def restart(self) -> None:
        """Close (the camp's lock goes with it), then start again on the same camp."""
        camp = self.session.store.path if self.session is not None else None
        if not self.close():
            return
        program, arguments, folder = i18n.restart_command(camp)
        QtCore.QProcess.startDetached(program, arguments, folder)
        QCoreApplication.quit()

    def show_help(self) -> None:
        """F1: the keys of the screen in front of the user (the table's step, a tab, the
        start screen), then those that work everywhere."""
        screen: QWidget = self.start
        place = self.tr("Start")
        if self.camp_view is not None:
            tabs = self.camp_view.tabs
            screen = tabs.currentWidget()
            place = tabs.tabText(tabs.currentIndex()).replace("&", "")
            step = getattr(screen, "current_step", lambda: None)()
            if step is not None:
                place = f"{place} – {step.title}"
        menus = [m for a in self.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        self.help_page = screens.HelpPage(place, screen, menus, self)
        self.help_page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_page.open()

    def _about(self) -> None:
        QtWidgets.QMessageBox.about(self, self.tr("Om Facilitator"), self.tr(
            "<b>Facilitator</b> %1<br>Borgerinddragelse på camps og med dialogkassen – "
            "offline, og alt gemmes med det samme.").replace("%1", __version__))

    def _warn(self, text: str) -> None:
        QtWidgets.QMessageBox.warning(self, self.tr("Facilitator"), text)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        if self._reports is not None:
            self._reports.shutdown()  # a report being written is finished, never cut off
        self.close_camp()
        super().closeEvent(event)
