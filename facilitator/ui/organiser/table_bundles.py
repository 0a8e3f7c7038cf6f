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

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QThread, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from facilitator.domain.messages import UserError
from facilitator.domain.places import bundle_file_name, safe_file_stem
from facilitator.store import CampStore
from facilitator.ui.organiser.file_chooser import FileChooser, last_dir, remember_dir
from facilitator.ui.shell.session import user_message

if TYPE_CHECKING:
    from facilitator.ui.table.table_session import TableSession


def bundle_folder_key(camp_id: str) -> str:
    """QSettings key of a camp's bundle folder: a laptop may hold several camps."""
    return f"bundles/folder/{camp_id}"


class BundleWriter(QThread):
    """Writes one table's bundle from the camp file, on its own thread and connection."""

    #: '' when written, else the message to show.
    written = Signal(str)

    def __init__(self, camp_path: Path, table_code: str, target: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.camp_path, self.table_code, self.target = camp_path, table_code, target

    def run(self) -> None:
        from facilitator.store.bundles import export_bundle

        try:
            with CampStore.open(self.camp_path, snapshot=True) as store:
                export_bundle(store, self.table_code, self.target)
        except UserError as err:
            self.written.emit(user_message(err))
        except Exception as exc:  # a full stick, a vanished share: a message, not a crash
            self.written.emit(str(exc) or exc.__class__.__name__)
        else:
            self.written.emit("")


class TableBundles(QObject):
    """The table session's bundle button: save now, choose the bundle folder, auto-save."""

    def __init__(self, table_session: TableSession, *,
                 chooser: FileChooser | None = None) -> None:
        super().__init__(table_session)
        self.table_session = table_session
        self.session = table_session.session
        self.chooser = chooser or FileChooser()
        self.writer: BundleWriter | None = None
        self._again: tuple[str, Path] | None = None
        self._closed = False
        self._camp_id = self.session.store.frame.camp().id

        self.save_action = self.menu_action(self.tr("Gem bordets data som bordpakke …"),
                                            self.save_as)
        self.folder_action = self.menu_action(self.tr("Mappe til bordpakker …"), self.choose_folder)
        self.stop_action = self.menu_action(self.tr("Stop automatiske bordpakker"),
                                            lambda: self.set_folder(None))
        menu = QMenu(table_session)
        menu.addActions([self.save_action, self.folder_action, self.stop_action])
        self.button = QPushButton(table_session)
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
        stored = QSettings().value(bundle_folder_key(self._camp_id), "", type=str)
        return Path(stored) if stored else None

    def set_folder(self, folder: Path | None) -> None:
        """Write bundles to ``folder`` from now on (None: stop); the first one right away."""
        QSettings().setValue(bundle_folder_key(self._camp_id), str(folder) if folder else "")
        self._show_state()
        if folder is not None:
            self.write_auto()

    def choose_folder(self) -> None:
        start = str(self.folder) if self.folder else last_dir()
        folder = self.chooser.folder(self.table_session, self.tr("Mappe til bordpakker"), start)
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
        from facilitator.store.bundles import BUNDLE_SUFFIX
        from facilitator.store.transcription import camp_code

        folder, table = self.folder, self.table_session.current_table()
        if folder is None or table is None:
            return None
        store = self.session.store
        name = bundle_file_name(camp_code(store), store.frame.camp().title, table.code,
                                BUNDLE_SUFFIX)
        return folder / name

    # -- writing -----------------------------------------------------------------------
    def save_as(self) -> None:
        # The store's bundle code is imported when a bundle is written, not at start-up.
        from facilitator.store.bundles import BUNDLE_SUFFIX
        from facilitator.store.transcription import camp_code

        table = self.table_session.current_table()
        if table is None:
            self.session.status.emit(self.tr("Vælg først et bord."))
            return
        store = self.session.store
        name = bundle_file_name(camp_code(store), store.frame.camp().title, table.code,
                                BUNDLE_SUFFIX)
        start = str((self.folder or Path(last_dir())) / name)
        path, _ = self.chooser.save_file(
            self.table_session, self.tr("Gem bordets data som bordpakke"), start,
            self.tr("Bordpakke (*%1)").replace("%1", BUNDLE_SUFFIX))
        if path is None:
            return
        if path.suffix != BUNDLE_SUFFIX:
            path = path.with_name(safe_file_stem(path.name) + BUNDLE_SUFFIX)
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
        self.writer = BundleWriter(self.session.store.path, table_code, target)
        # A bound method of ours: the report is queued to the GUI thread.
        self.writer.written.connect(self._on_written)
        self.writer.start()

    def _on_written(self, error: str) -> None:
        if self._closed:
            return
        writer, self.writer = self.writer, None
        if writer is None:
            return
        writer.wait()
        writer.deleteLater()
        self._report(error, writer.target)
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
            self.writer.wait()
            self.writer.deleteLater()
            self.writer = None
        target, table = self.auto_target(), self.table_session.current_table()
        if target is None or table is None:
            return
        self.session.commit_pending()
        from facilitator.store.bundles import export_bundle

        try:
            export_bundle(self.session.store, table.code, target)
        except UserError as err:
            self._report(user_message(err), target)
        except Exception as exc:  # closing must finish, whatever the stick does
            self._report(str(exc) or exc.__class__.__name__, target)
        else:
            self._report("", target)
