"""The Export menu: the camp summary, a table's sheet and the camps side by side as PDF,
the spreadsheet, and the names reports may replace.

Each PDF is written off the GUI thread (a :class:`~facilitator.ui.common.background.Job`)
from the camp *file*, opened read-only by the export, with a progress dialog that
leaves the window usable. When it is done the status bar says where the file is, with
a link to open it; what went wrong is a message in words. The file dialogs go through an injectable
:class:`FileChooser`, and opening the result through :meth:`ReportExports.opener`, so
tests drive everything without a native dialog or a PDF viewer.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6 import QtGui
from PySide6 import QtWidgets
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMenu

from facilitator.ui.common.background import Failure
from facilitator.ui.common.background import Job
from facilitator.ui.common.controls import menu_action
from facilitator.ui.dialogue_box.gathering_export import exports_for
from facilitator.ui.organiser.export_worker import Export
from facilitator.ui.organiser.export_worker import export_job
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.organiser.file_chooser import last_dir
from facilitator.ui.organiser.file_chooser import remember_dir
from facilitator.ui.shell import screens
from facilitator.ui.shell.failure_box import FailureBox
from facilitator.ui.shell.window_host import WindowHost

if TYPE_CHECKING:  # the classes are reached as QtCore.X where used: built on first use
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QProgressDialog

    from facilitator.ui.shell.session import CampSession

#: How long the "saved – open it" link stays in the status bar.
RESULT_SHOWN_MS = 120_000


class ReportExports(QObject):
    """The Export menu's report actions, on behalf of the main window."""

    #: How far the running export is, 0–100 (on the GUI thread).
    progressed = Signal(int)
    #: A report was written: its path.
    exported = Signal(object)
    #: A report could not be written: the message shown.
    export_failed = Signal(str)

    def __init__(self, host: WindowHost, *, chooser: FileChooser | None = None) -> None:
        super().__init__(host.window)
        self.host = host
        self.chooser = chooser or FileChooser()
        self.workers: list[Job[Path]] = []
        self.progress_dialogs: dict[Job[Path], QProgressDialog] = {}
        self.last_result: Path | None = None
        self._dialogue_file: tuple[CampSession | None, bool] = (None, False)
        self.summary_action = menu_action(self, self.tr("&Opsamling som PDF …"),
                                          self.export_summary)
        self.table_sheet_action = menu_action(self, self.tr("&Bordark som PDF …"),
                                              self.export_table_sheet)
        self.cross_action = menu_action(self, self.tr("På &tværs af camps som PDF …"),
                                        self.export_across_camps)
        self.names_action = menu_action(self, self.tr("&Navne i rapporter …"), self.edit_names)
        self.followup_action = menu_action(self, self.tr("Op&følgning som regneark eller PDF …"),
                                           self.export_followup)
        # The dialogue box's PDFs (also on its pages' buttons), for a dialogue file only.
        self.dialogue_actions = [
            menu_action(self, self.tr("&Dialogens dokumentation som PDF …"),
                        lambda: self._dialogue_export("dialogue")),
            menu_action(self, self.tr("Dialogkassen til &print som PDF …"),
                        lambda: self._dialogue_export("kit")),
            menu_action(self, self.tr("O&verblik over dialogerne som PDF …"),
                        lambda: self._dialogue_export("gathering")),
        ]
        self.result_label = QLabel()
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.result_label.linkActivated.connect(self._open_link)
        self.result_label.hide()
        self._result_timer = QTimer(self)
        self._result_timer.setSingleShot(True)
        self._result_timer.timeout.connect(self.result_label.hide)
        host.add_status_widget(self.result_label)

    def add_to(self, menu: QMenu, sheet_action: QAction | None = None) -> None:
        menu.addAction(self.summary_action)
        menu.addAction(self.table_sheet_action)
        menu.addAction(self.cross_action)
        menu.addAction(self.followup_action)
        self.dialogue_separator = menu.addSeparator()
        for action in self.dialogue_actions:
            menu.addAction(action)
        if sheet_action is not None:
            menu.addSeparator()
            menu.addAction(sheet_action)
        menu.addSeparator()
        menu.addAction(self.names_action)

    def update_actions(self) -> None:
        session = self.host.session()
        has_file = session is not None and session.store.path is not None
        self.summary_action.setEnabled(has_file)
        self.table_sheet_action.setEnabled(has_file)
        self.followup_action.setEnabled(has_file)
        self.names_action.setEnabled(session is not None)
        dialogue = has_file and self._is_dialogue_file()
        for action in (self.dialogue_separator, *self.dialogue_actions):
            action.setVisible(dialogue)

    def _is_dialogue_file(self) -> bool:
        """Asked once per open file (this runs after every edit)."""
        session = self.host.session()
        if session is None:
            return False
        if self._dialogue_file[0] is not session:
            self._dialogue_file = (session, screens.is_dialogue_file(session))
        return self._dialogue_file[1]

    def _dialogue_export(self, kind: str) -> None:
        session = self.host.session()
        if session is None:
            return
        exports = exports_for(session)
        if kind == "kit":
            exports.export_kit(self.host.window)
        elif kind == "gathering":
            exports.export_gathering(self.host.window)
        else:
            exports.export_dialogue(self.host.window, self.host.table_code() or None)

    # -- the exports ---------------------------------------------------------------------
    def export_summary(self) -> Job[Path] | None:
        """The camp summary ("Opsamling på camp …") as a PDF."""
        opened = self._camp_file()
        if opened is None:
            return None
        session, camp = opened
        what = self.tr("Opsamling som PDF")
        replace = screens.ask_replace_names(self.host.window, session, what)
        if replace is None:
            return None
        out = self._save_path(self.tr("Gem opsamlingen som PDF"), self._default("summary"))
        if out is None:
            return None
        job = partial(screens.camp_pdf, camp, out, pseudonymise=replace)
        return self._start(job, self.tr("Opsamlingen laves …"))

    def export_table_sheet(self, table_code: str | None = None) -> Job[Path] | None:
        """One table's sheet (the current table of the table session when not given)."""
        opened = self._camp_file()
        if opened is None:
            return None
        session, camp = opened
        code = table_code or self.host.table_code()
        if not code:
            self.host.warn(self.tr("Vælg et bord under »Ved bordet« først."))
            return None
        what = self.tr("Bordark for bord %1 som PDF").replace("%1", code)
        replace = screens.ask_replace_names(self.host.window, session, what)
        if replace is None:
            return None
        out = self._save_path(self.tr("Gem bordarket som PDF"),
                              self._default("table", table_code=code))
        if out is None:
            return None
        job = partial(screens.camp_pdf, camp, out, table_code=code, pseudonymise=replace)
        return self._start(job, self.tr("Bordarket for bord %1 laves …").replace("%1", code))

    def export_across_camps(self) -> Job[Path] | None:
        """Several camps' recurring messages and categories side by side."""
        camps = self.chooser.open_files(
            self.host.window, self.tr("Vælg de camps, der skal stå side om side"), last_dir(),
            self.tr("Camp (*.camp);;Alle filer (*)"))
        if not camps:
            return None
        remember_dir(camps[0])
        start = str(Path(last_dir()) / screens.default_file_name("", "", "cross"))
        out = self._save_path(self.tr("Gem rapporten på tværs af camps som PDF"), start)
        if out is None:
            return None
        replace = screens.ask_replace_across(self.host.window, camps)
        if replace is None:
            return None
        job = partial(screens.cross_pdf, camps, out, pseudonymise=replace)
        return self._start(job, self.tr("Rapporten på tværs af camps laves …"), reading=0.3)

    def export_followup(self) -> Job[Path] | None:
        """The follow-up of the open camp's contributions and agreements, one list per
        actor, as .xlsx or .pdf (by the suffix chosen), beside the camp by default."""
        opened = self._camp_file()
        if opened is None:
            return None
        session, camp = opened
        title = session.store.frame.camp().title or camp.stem
        path, chosen = self.chooser.save_file(
            self.host.window, self.tr("Gem opfølgningen"),
            str(camp.parent / screens.default_followup_name(title)),
            self.tr("Regneark (*.xlsx);;PDF (*.pdf)"))
        if path is None:
            return None
        if path.suffix.lower() not in (".xlsx", ".pdf"):
            path = path.with_name(path.name + (".pdf" if "pdf" in chosen.lower() else ".xlsx"))
        remember_dir(path)
        job = partial(screens.export_followup, [camp], path)
        return self._start(job, self.tr("Opfølgningen laves …"))

    def edit_names(self) -> None:
        session = self.host.session()
        if session is None:
            return
        dialog = screens.NamesDialog(session, self.host.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.names_dialog = dialog
        dialog.open()

    # -- helpers -------------------------------------------------------------------------
    def _camp_file(self) -> tuple[CampSession, Path] | None:
        """The open camp and its file, with what is typed saved first; None (and why) if
        there is none."""
        session = self.host.session()
        if session is None:
            return None
        path = session.store.path
        if path is None:
            self.host.warn(self.tr("Campen er ikke gemt i en fil, så der kan ikke laves "
                                   "en rapport af den."))
            return None
        session.commit_pending()  # the report shows what was typed a moment ago too
        return session, path

    def _default(self, kind: str, *, table_code: str = "") -> str:
        session = self.host.session()
        camp = session.store.frame.camp() if session is not None else None
        title = (camp.title if camp else "") or (
            session.store.path.stem if session and session.store.path else "")
        name = screens.default_file_name(title, camp.date if camp else "", kind,
                                         table_code=table_code)
        return str(Path(last_dir()) / name)

    def _save_path(self, caption: str, start: str) -> Path | None:
        path, _ = self.chooser.save_file(self.host.window, caption, start,
                                         self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        suffix = screens.PDF_SUFFIX
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        remember_dir(path)
        return path

    def _start(self, export: Export, label: str, *, reading: float = 0.0) -> Job[Path]:
        worker = export_job(export, reading=reading, parent=self)
        dialog = QtWidgets.QProgressDialog(label, "", 0, 100, self.host.window)
        dialog.setWindowTitle(self.tr("Eksportér"))
        dialog.setCancelButton(None)  # no cancel: it is quick
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.show()
        self.progress_dialogs[worker] = dialog
        worker.progressed.connect(dialog.setValue)
        worker.progressed.connect(self.progressed.emit)
        worker.succeeded.connect(self._done)
        worker.failed.connect(self._failed)
        self.workers.append(worker)
        self.host.status(label, 0)
        worker.start()
        return worker

    def _reap(self) -> None:
        """Put finished workers and their progress dialogs away."""
        for worker in [w for w in self.workers if w.isFinished()]:
            worker.wait()
            self.workers.remove(worker)
            dialog = self.progress_dialogs.pop(worker, None)
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            worker.deleteLater()

    def _done(self, path: Path) -> None:
        self.progressed.emit(100)
        self._reap()
        self.last_result = path
        url = QtCore.QUrl.fromLocalFile(str(path)).toString()
        folder = QtCore.QUrl.fromLocalFile(str(path.parent)).toString()
        self.result_label.setText(
            self.tr("»%1« er gemt. <a href=\"%2\">Åbn</a> · <a href=\"%3\">Vis mappe</a>")
            .replace("%1", _html_text(path.name)).replace("%2", url).replace("%3", folder))
        self.result_label.setToolTip(str(path))
        self.result_label.show()
        self._result_timer.start(RESULT_SHOWN_MS)
        self.host.status(self.tr("Gemt i »%1«.").replace("%1", str(path)))
        self.exported.emit(path)

    def forget_result(self) -> None:
        """Hide the last »… er gemt« link: it belongs to the camp that was open when it came."""
        self._result_timer.stop()
        self.result_label.hide()
        self.result_label.clear()

    def _failed(self, failure: Failure) -> None:
        self._reap()
        self.host.clear_status()
        text = failure.message
        self.export_failed.emit(text)
        if not failure.details:  # a refusal we foresaw (a full disk, a bad name): its words
            self.host.warn(text)
            return
        box = FailureBox(text, failure.details, self.host.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _open_link(self, link: str) -> None:
        self.opener(QtCore.QUrl(link))

    def opener(self, url: QUrl) -> None:
        """Open ``url`` with the system's viewer (tests replace this)."""
        QtGui.QDesktopServices.openUrl(url)

    def open_result(self) -> None:
        if self.last_result is not None:
            self.opener(QtCore.QUrl.fromLocalFile(str(self.last_result)))

    def shutdown(self) -> None:
        """Let running exports finish (the window is closing): a report is never cut off."""
        for worker in list(self.workers):
            worker.wait()


def _html_text(text: str) -> str:
    """``text`` shown as itself in a rich-text label (a file may be called »a<b>.pdf«).
    Not html.escape: the html module costs the app's start 2 ms for these three marks."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
