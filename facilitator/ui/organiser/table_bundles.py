"""The table laptop's side of collecting: its table's bundle, saved by hand or by itself.

A facilitator should not have to remember to export. With a bundle folder set (a USB
stick, a synced OneDrive folder), the current table's bundle is rewritten there every
time the table moves on to another step, and once more when the camp closes; the
organiser's watched folder picks it up. Each bundle is written whole under a temporary
name and renamed (``export_bundle``), so a sync tool never ships half a file. Writing
runs on a worker thread with its own read-only connection, since a slow stick or share
must not stall typing; a failure is a line in the status bar, never a dialog mid-session.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from facilitator.domain.messages import UserError
from facilitator.domain.model import Table
from facilitator.domain.places import bundle_file_name
from facilitator.domain.places import safe_file_stem
from facilitator.store import CampStore
from facilitator.ui.common import background
from facilitator.ui.common.background import Progress
from facilitator.ui.common.refusals import user_message
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.organiser.file_chooser import last_dir
from facilitator.ui.organiser.file_chooser import remember_dir
from facilitator.ui.shell import screens
from facilitator.ui.shell.remembered import setting
from facilitator.ui.shell.session import CampSession


class TableSessionLike(Protocol):
    """What the bundle button needs of the table session (which imports this module)."""

    session: CampSession
    step_list: QListWidget

    def current_table(self) -> Table | None: ...


def bundle_folder_key(camp_id: str) -> str:
    """QSettings key of a camp's bundle folder: a laptop may hold several camps."""
    return f"bundles/folder/{camp_id}"


def write_bundle(camp_path: Path, table_code: str, target: Path, _progress: Progress) -> Path:
    """Write one table's bundle from the camp file, on a job's thread and connection."""
    with CampStore.open(camp_path, snapshot=True) as store:
        screens.export_bundle(store, table_code, target)
    return target


def bundle_failed(exc: Exception) -> UserError:
    """A full stick, a vanished share: its own words, in the status bar."""
    return UserError("{detail}", detail=str(exc) or exc.__class__.__name__)


class TableBundles(QObject):
    """The table session's bundle button: save now, choose the bundle folder, auto-save."""

    def __init__(self, table_session: TableSessionLike, parent: QWidget, *,
                 chooser: FileChooser | None = None) -> None:
        super().__init__(parent)
        self.table_session = table_session
        self.parent_widget = parent
        self.session = table_session.session
        self.chooser = chooser or FileChooser()
        self.writer: background.Job[Path] | None = None
        self._again: tuple[str, Path] | None = None
        self._closed = False
        self._camp_id = self.session.store.frame.camp().id

        self.save_action = self.menu_action(self.tr("Gem bordets data som bordpakke …"),
                                            self.save_as)
        self.folder_action = self.menu_action(self.tr("Mappe til bordpakker …"), self.choose_folder)
        self.stop_action = self.menu_action(self.tr("Stop automatiske bordpakker"),
                                            lambda: self.set_folder(None))
        menu = QMenu(parent)
        menu.addActions([self.save_action, self.folder_action, self.stop_action])
        self.button = QPushButton(parent)
        self.button.setAccessibleName(self.tr("Bordets bordpakke"))
        self.button.setMenu(menu)
        table_session.step_list.currentRowChanged.connect(self._on_step_changed)
        self._show_state()

    def menu_action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    # -- the folder --------------------------------------------------------------------
    @property
    def folder(self) -> Path | None:
        stored = setting(bundle_folder_key(self._camp_id), "")
        return Path(stored) if stored else None

    def set_folder(self, folder: Path | None) -> None:
        """Write bundles to ``folder`` from now on (None: stop); the first one right away."""
        QSettings().setValue(bundle_folder_key(self._camp_id), str(folder) if folder else "")
        self._show_state()
        if folder is not None:
            self.write_auto()

    def choose_folder(self) -> None:
        start = str(self.folder) if self.folder else last_dir()
        folder = self.chooser.folder(self.parent_widget, self.tr("Mappe til bordpakker"), start)
        if folder is not None:
            self.set_folder(folder)

    def _show_state(self) -> None:
        folder = self.folder
        self.stop_action.setEnabled(folder is not None)
        self.button.setText(self.tr("Bordpakke: automatisk") if folder else self.tr("Bordpakke"))
        self.button.setToolTip(
            self.tr("Bordpakken gemmes automatisk i »%1« ved hvert trinskift.").replace(
                "%1", str(folder)) if folder else
            self.tr("Gem bordets data som bordpakke til arrangøren"))

    def auto_target(self) -> Path | None:
        """Where the automatic bundle of the current table goes, None when off."""
        folder, table = self.folder, self.table_session.current_table()
        if folder is None or table is None:
            return None
        name = self._file_name(table)
        return folder / name

    # -- writing -----------------------------------------------------------------------
    def save_as(self) -> None:
        table = self.table_session.current_table()
        if table is None:
            self.session.status.emit(self.tr("Vælg først et bord."))
            return
        name = self._file_name(table)
        start = str((self.folder or Path(last_dir())) / name)
        path, _ = self.chooser.save_file(
            self.parent_widget, self.tr("Gem bordets data som bordpakke"), start,
            self.tr("Bordpakke (*%1)").replace("%1", screens.BUNDLE_SUFFIX))
        if path is None:
            return
        if path.suffix != screens.BUNDLE_SUFFIX:
            path = path.with_name(safe_file_stem(path.name) + screens.BUNDLE_SUFFIX)
        remember_dir(path)
        self.write(table.code, path)

    def write_auto(self) -> None:
        target, table = self.auto_target(), self.table_session.current_table()
        if target is not None and table is not None:
            self.write(table.code, target)

    def write(self, table_code: str, target: Path) -> None:
        """Write in the background; a request while one runs waits and then runs once."""
        if self._closed or self.session.store.path is None:
            return
        self.session.commit_pending()  # what is typed goes into the bundle too
        if self.writer is not None:
            self._again = (table_code, target)
            return
        self.writer = background.start(
            partial(write_bundle, self.session.store.path, table_code, target),
            unforeseen=bundle_failed, parent=self,
            succeeded=lambda _path: self._on_written("", target),
            failed=lambda failure: self._on_written(failure.message, target))

    def _on_written(self, error: str, target: Path) -> None:
        writer, self.writer = self.writer, None
        if writer is None:
            return
        writer.wait()
        writer.deleteLater()
        self._report(error, target)
        if self._again is not None:
            code, again = self._again
            self._again = None
            self.write(code, again)

    def _report(self, error: str, target: Path) -> None:
        if error:
            self.session.status.emit(self.tr("Bordpakken blev ikke gemt: %1").replace("%1", error))
        else:
            self.session.status.emit(self.tr("Bordpakken er gemt i »%1«.").replace(
                "%1", str(target)))

    def _on_step_changed(self, _row: int) -> None:
        self.write_auto()

    def camp_closing(self) -> None:
        """Last bundle of the day, written before the camp file closes; waits for it."""
        if self._closed:
            return
        self._closed = True
        if self.writer is not None:
            self.writer.shutdown()  # the bundle being written is finished first
            self.writer.deleteLater()
            self.writer = None
        target, table = self.auto_target(), self.table_session.current_table()
        if target is None or table is None:
            return
        self.session.commit_pending()
        try:
            screens.export_bundle(self.session.store, table.code, target)
        except UserError as err:
            self._report(user_message(err), target)
        except Exception as exc:  # closing must finish, whatever the stick does
            self._report(str(exc) or exc.__class__.__name__, target)
        else:
            self._report("", target)

    def _file_name(self, table: Table) -> str:
        store = self.session.store
        return bundle_file_name(screens.camp_code(store), store.frame.camp().title, table.code,
                                screens.BUNDLE_SUFFIX)
