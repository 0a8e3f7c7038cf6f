"""The File menu's interchange: sheets in and out, the camp kit out, a kit opened at a table.

(The sheet's export action sits in the Export menu, beside the reports.)

Each action is one store function the CLI uses too; this module only asks for the
files, reports in words and keeps the window's state right (a kit opened becomes the
open camp, shown at the table). The main window owns the menu and lends these actions
a :class:`~facilitator.ui.shell.window_host.WindowHost`. The spreadsheet and kit code
is loaded the first time it is used (ui/shell/screens.py): the menu is built at every
start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from facilitator.domain.messages import UserError
from facilitator.domain.places import safe_file_stem
from facilitator.domain.words import counted
from facilitator.ui.common.busy import busy
from facilitator.ui.common.controls import menu_action
from facilitator.ui.common.refusals import user_message
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.organiser.file_chooser import last_dir
from facilitator.ui.organiser.file_chooser import remember_dir
from facilitator.ui.shell import screens
from facilitator.ui.shell.places import app_data_dir
from facilitator.ui.shell.window_host import WindowHost

if TYPE_CHECKING:  # loaded late, with the spreadsheet code (ui/shell/screens.py)
    from PySide6.QtGui import QAction

    from facilitator.ui.organiser.sheet_import import SheetImportDialog
    from facilitator.ui.shell.session import CampSession


def tables_data_dir() -> Path:
    """Where a table laptop keeps its camp files unless told otherwise: the app's own
    data folder, on the laptop's disk, away from synced folders."""
    return app_data_dir()


def free_path(path: Path) -> Path:
    """``path``, or ``name (2).camp``, … when it exists: a kit is never opened over a camp."""
    number = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return candidate


class CampFiles(QObject):
    """The File menu's actions for kits and sheets, on behalf of the main window."""

    def __init__(self, host: WindowHost, *, chooser: FileChooser | None = None) -> None:
        super().__init__(host.window)
        self.host = host
        self.chooser = chooser or FileChooser()
        self.dialog: SheetImportDialog | None = None
        self.import_action = menu_action(self, self.tr("&Importér transskriptionsark …"),
                                         self.import_sheet)
        self.export_sheet_action = menu_action(self, self.tr("&Regneark …"), self.export_sheet)
        self.export_kit_action = menu_action(self, self.tr("Eksportér camp&kit …"),
                                             self.export_kit)
        self.open_kit_action = menu_action(self, self.tr("Åbn campkit …"), self.open_kit)

    def add_to(self, menu: QMenu, before: QAction) -> None:
        """The File menu's part, above ``before``; the sheet export lives in the Export
        menu."""
        menu.insertAction(before, self.open_kit_action)
        menu.insertAction(before, self.export_kit_action)
        menu.insertSeparator(before)
        menu.insertAction(before, self.import_action)

    def update_actions(self) -> None:
        session = self.host.session()
        self.import_action.setEnabled(session is not None and not session.read_only)
        self.export_sheet_action.setEnabled(session is not None)
        self.export_kit_action.setEnabled(session is not None)

    def _camp_stem(self, session: CampSession) -> str:
        store = session.store
        return safe_file_stem(store.frame.camp().title or (store.path.stem if store.path else ""))

    # -- sheets ------------------------------------------------------------------------
    def import_sheet(self) -> None:
        session = self.host.session()
        if session is None:
            return
        path = self.chooser.open_file(
            self.host.window, self.tr("Importér transskriptionsark"), last_dir(),
            self.tr("Regneark (*.xlsx *.csv);;Alle filer (*)"))
        if path is None:
            return
        remember_dir(path)
        with busy():  # the sheet is read as the dialog opens
            self.dialog = screens.SheetImportDialog(session, path, self.host.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def export_sheet(self) -> None:
        session = self.host.session()
        if session is None:
            return
        replace = screens.ask_replace_names(self.host.window, session,
                                                   self.tr("Regneark"))
        if replace is None:
            return
        camp = session.store.frame.camp()
        name = screens.default_file_name(camp.title or self._camp_stem(session), camp.date, "sheet")
        start = str(Path(last_dir()) / name)
        xlsx = self.tr("Excel-regneark, et ark pr. trin (*.xlsx)")
        path, chosen = self.chooser.save_file(
            self.host.window, self.tr("Eksportér regneark"), start,
            f"{xlsx};;" + self.tr("CSV med semikolon (*.csv)"))
        if path is None:
            return
        if path.suffix.lower() not in screens.SHEET_SUFFIXES:
            path = path.with_name(path.name + (".xlsx" if chosen in ("", xlsx) else ".csv"))
        session.commit_pending()
        try:
            with busy():
                names = session.store.names.pseudonyms() if replace else None
                count = screens.write_spreadsheet(session.store, path, pseudonyms=names)
        except UserError as err:
            self.host.warn(user_message(err))
            return
        remember_dir(path)
        self.host.status(counted(count, self.tr("%n række gemt i »%2«."),
                             self.tr("%n rækker gemt i »%2«.")).replace("%2", str(path)))

    # -- kits --------------------------------------------------------------------------
    def export_kit(self) -> None:
        session = self.host.session()
        if session is None:
            return
        kit_suffix = screens.KIT_SUFFIX
        start = str(Path(last_dir()) / f"{self._camp_stem(session)}{kit_suffix}")
        path, _ = self.chooser.save_file(
            self.host.window, self.tr("Eksportér campkit til bordenes computere"), start,
            self.tr("Campkit (*%1)").replace("%1", kit_suffix))
        if path is None:
            return
        if path.suffix != kit_suffix:
            path = path.with_name(path.name + kit_suffix)
        try:
            with busy():
                manifest = screens.export_kit(session.store, path)
        except UserError as err:
            self.host.warn(user_message(err))
            return
        remember_dir(path)
        tables, steps = manifest.counts.get("camp_table", 0), manifest.counts.get("step", 0)
        self.host.status(self.tr("Campkit gemt i »%1«: %2, %3.").replace("%1", str(path))
                     .replace("%2", counted(tables, self.tr("%n bord"), self.tr("%n borde")))
                     .replace("%3", counted(steps, self.tr("%n trin", "ét"),
                                            self.tr("%n trin", "flere"))))

    def open_kit(self, kit: Path | None = None) -> None:
        """A table laptop's own camp file from the organiser's kit, opened at the table.

        ``kit`` is one double-clicked in Explorer or Finder; otherwise the user picks one.
        """
        kit_suffix = screens.KIT_SUFFIX
        if kit is None:
            kit = self.chooser.open_file(
                self.host.window, self.tr("Åbn campkit"), last_dir(),
                self.tr("Campkit (*%1);;Alle filer (*)").replace("%1", kit_suffix))
        if kit is None:
            return
        remember_dir(kit)
        default = free_path(tables_data_dir() / f"{safe_file_stem(kit.stem)}.camp")
        target, _ = self.chooser.save_file(
            self.host.window, self.tr("Gem bordets camp-fil"), str(default),
            self.tr("Camp (*.camp)"))
        if target is None:
            return
        if target.suffix != ".camp":
            target = target.with_name(target.name + ".camp")
        try:
            with busy():
                screens.open_kit(kit, target)
        except UserError as err:
            self.host.warn(user_message(err))
            return
        if not self.host.open_camp(target):
            return
        self.host.show_at_table()
        self.host.status(self.tr("Campen er klar ved bordet. Vælg dit bord øverst."))

