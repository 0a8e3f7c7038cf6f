"""The organiser's collect screen ("Indsamling"): which tables have delivered, and fetching bundles.

Bundles come three ways: chosen in a file dialog, dropped on the screen (files or
folders), or picked up from a watched folder that a USB stick, OneDrive or a share
fills. All three go through one queue and one background worker, so collecting never
freezes the window and never runs twice at once. Refused bundles are listed with the
reason in words; the rest of a run still counts.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtGui import QDropEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain import dates
from facilitator.domain.words import counted
from facilitator.store.bundles import BUNDLE_SUFFIX
from facilitator.store.bundles import CollectSummary
from facilitator.ui.common import background
from facilitator.ui.common.background import Job
from facilitator.ui.common.refusals import user_message
from facilitator.ui.common.sizes import SIZE_SAMPLE_ROWS
from facilitator.ui.edits.change import Change
from facilitator.ui.organiser.collect_worker import CollectResult
from facilitator.ui.organiser.collect_worker import collect_bundles
from facilitator.ui.organiser.deliveries_model import FACILITATOR
from facilitator.ui.organiser.deliveries_model import DeliveriesModel
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.organiser.file_chooser import last_dir
from facilitator.ui.organiser.file_chooser import remember_dir
from facilitator.ui.organiser.folder_watch import BundleFolderWatch
from facilitator.ui.organiser.folder_watch import watch_key
from facilitator.ui.shell.remembered import setting
from facilitator.ui.shell.session import CampSession

REFUSED_COLOUR = QColor("#721c24")


class CollectScreen(QWidget):
    def __init__(self, session: CampSession, parent: QWidget | None = None, *,
                 chooser: FileChooser | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.chooser = chooser or FileChooser()
        self.worker: Job[CollectResult] | None = None
        self._queue: list[Path] = []
        #: Refusals still standing, by file: a later good copy of the same file clears it.
        self._refused: dict[Path, str] = {}
        self._skipped: list[Path] = []
        self._closed = False
        self.setAcceptDrops(True)
        self.model = DeliveriesModel(session, self)

        layout = QVBoxLayout(self)
        self._build_header(layout)
        layout.addWidget(self._build_table(), 3)
        self._build_progress(layout)

        self.watch = BundleFolderWatch(self)
        self.watch.arrived.connect(self.collect)
        self.watch.available_changed.connect(lambda _ok: self._show_watch())
        session.changed.connect(self._on_changed)
        self._camp_id = session.store.frame.camp().id
        self.reload()
        stored = setting(watch_key(self._camp_id), "")
        self.set_watch_folder(Path(stored) if stored else None, remember=False)

    def _build_header(self, layout: QVBoxLayout) -> None:
        """The count of deliveries, the three buttons and what is watched."""
        self.summary_label = QLabel()
        font = QFont(self.summary_label.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.summary_label.setFont(font)
        #: Tables whose notes are in the file without a bundle (the demo's, typed here):
        #: told, so »0 af 4 borde har leveret« does not read as if their notes were lost.
        self.written_here_label = QLabel()
        self.written_here_label.setWordWrap(True)
        self.written_here_label.hide()
        self.fetch_button = QPushButton(self.tr("Hent bordpakker …"))
        self.fetch_button.setToolTip(self.tr("Vælg en eller flere bordpakker (.campbundle)"))
        self.fetch_button.clicked.connect(self.choose_bundles)
        self.watch_button = QPushButton(self.tr("Overvåg mappe …"))
        self.watch_button.setToolTip(self.tr(
            "Vælg en mappe, som bordenes bordpakker lander i (USB-stik, OneDrive, fællesdrev); "
            "nye og ændrede bordpakker hentes automatisk"))
        self.watch_button.clicked.connect(self.choose_watch_folder)
        self.stop_watch_button = QPushButton(self.tr("Stop overvågning"))
        self.stop_watch_button.clicked.connect(lambda: self.set_watch_folder(None))
        buttons = QHBoxLayout()
        for button in (self.fetch_button, self.watch_button, self.stop_watch_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.watch_label = QLabel()
        self.watch_label.setWordWrap(True)
        hint = QLabel(self.tr(
            "Du kan også trække bordpakker eller mapper med bordpakker hertil. At hente den samme "
            "bordpakke igen ændrer intet; det nyeste af hver note vinder."))
        hint.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.written_here_label)
        layout.addLayout(buttons)
        layout.addWidget(self.watch_label)
        layout.addWidget(hint)

    def _build_table(self) -> QTableView:
        self.table_view = QTableView()
        self.table_view.setModel(self.model)
        self.table_view.setAccessibleName(self.tr("Bordenes leveringer"))
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.verticalHeader().hide()
        header = self.table_view.horizontalHeader()
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FACILITATOR, QHeaderView.ResizeMode.Stretch)
        return self.table_view

    def _build_progress(self, layout: QVBoxLayout) -> None:
        """How a running collect is doing, and what the last one brought or refused."""
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Indsamlingens fremdrift"))
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Afviste og oversprungne bordpakker"))
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problems, 1)

    # -- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        self.model.reload()
        total, done = self.model.rowCount(), self.model.delivered
        if total == 0:
            self.summary_label.setText(self.tr("Campen har endnu ingen borde."))
        else:
            text = counted(total, self.tr("%1 af %n bord har leveret"),
                           self.tr("%1 af %n borde har leveret")).replace("%1", str(done))
            if self.model.empty:
                text += " " + self.tr("(%1 uden noter)").replace("%1", str(self.model.empty))
            self.summary_label.setText(text)
        here = self.model.written_here
        self.written_here_label.setVisible(bool(here))
        if here:
            self.written_here_label.setText(counted(
                here,
                self.tr("%n bord har ingen bordpakke leveret, men dets noter er allerede i "
                        "campen (skrevet på denne computer, indlæst fra et ark – eller, i "
                        "demo-campen, lagt ind på forhånd). Der er intet at hente for det."),
                self.tr("%n borde har ingen bordpakke leveret, men deres noter er allerede i "
                        "campen (skrevet på denne computer, indlæst fra et ark – eller, i "
                        "demo-campen, lagt ind på forhånd). Der er intet at hente for dem.")))
        writable = not self.session.read_only
        self.fetch_button.setEnabled(writable)
        self.watch_button.setEnabled(writable)
        self.setAcceptDrops(writable)

    def _on_changed(self, what: Change) -> None:
        if what & (Change.TABLE | Change.MAIN_GROUP):
            self.reload()

    def _show_watch(self) -> None:
        folder = self.watch.folder
        self.stop_watch_button.setVisible(folder is not None)
        if folder is None:
            self.watch_label.setText(self.tr("Ingen mappe overvåges."))
        elif self.watch.available:
            self.watch_label.setText(self.tr(
                "Overvåger »%1«: nye og ændrede bordpakker hentes automatisk.").replace(
                "%1", str(folder)))
        else:
            self.watch_label.setText(self.tr(
                "Mappen »%1« kan ikke læses lige nu (er USB-stikket taget ud?). "
                "Den tjekkes igen af sig selv.").replace("%1", str(folder)))

    # -- the three ways in -------------------------------------------------------------
    def choose_bundles(self) -> None:
        paths = self.chooser.open_files(
            self, self.tr("Hent bordpakker"), last_dir(),
            self.tr("Bordpakker (*%1);;Alle filer (*)").replace("%1", BUNDLE_SUFFIX))
        if paths:
            remember_dir(paths[0])
            self.collect(paths)

    def choose_watch_folder(self) -> None:
        start = str(self.watch.folder) if self.watch.folder else last_dir()
        folder = self.chooser.folder(self, self.tr("Overvåg mappe med bordpakker"), start)
        if folder is not None:
            self.set_watch_folder(folder)

    def set_watch_folder(self, folder: Path | None, *, remember: bool = True) -> None:
        """Watch ``folder`` for bundles (None: stop); remembered for this camp."""
        if remember:
            QSettings().setValue(watch_key(self._camp_id), str(folder) if folder else "")
        if self.session.read_only:
            folder = None
        self.watch.set_folder(folder)
        self._show_watch()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.collect(paths)
        else:
            event.ignore()

    def _dropped_paths(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if self.session.read_only or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    # -- collecting --------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.worker is not None

    def collect(self, paths: list[Path]) -> None:
        """Collect ``paths`` (bundles or folders) in the background; queued while busy."""
        if self._closed:
            return
        self._queue.extend(p for p in map(Path, paths) if p not in self._queue)
        if self.worker is None and self._queue and self.session.store.path is not None:
            self._start()

    def _start(self) -> None:
        paths, self._queue = self._queue, []
        store = self.session.store
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_label.setText(self.tr("Henter bordpakker …"))
        self.progress_label.show()
        self.worker = background.start(
            partial(collect_bundles, store, paths), parent=self,
            progressed=self._on_progress, succeeded=self._on_collected)

    def _on_progress(self, report: tuple[int, int, str]) -> None:
        done, total, name = report
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if name:
            self.progress_label.setText(self.tr("Henter %1 af %2: %3").replace(
                "%1", str(done + 1)).replace("%2", str(total)).replace("%3", name))

    def _on_collected(self, result: CollectResult) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.progress.hide()
        self.progress_label.hide()
        summary = result.summary
        for path in result.accepted:
            self._refused.pop(path, None)
        for path, err in summary.refused:
            # A watched file is tried again only once it changes (a half-synced file
            # completed), so a stray file does not fill the list every ten seconds.
            self._refused[path] = user_message(err)
        self._skipped = list(summary.skipped)
        self._show_result(result)
        self.reload()
        if summary.merged:  # bundles collected before change nothing: no view reloads
            self.session.announce(Change.COLLECTED)
        if self._queue:
            self._start()

    def _show_result(self, result: CollectResult) -> None:
        summary = result.summary
        text = self._result_text(summary, len(result.accepted))
        self.result_label.setText(text)
        self.session.status.emit(text)
        self.problems.clear()
        # Earlier refusals of files gone since are dropped; this run's are all explained,
        # a file that is not there (a stick pulled mid-way) included.
        current = {path for path, _err in summary.refused}
        self._refused = {p: m for p, m in self._refused.items() if p.exists() or p in current}
        for path, message in self._refused.items():
            item = QListWidgetItem(self.tr("Afvist: %1").replace("%1", message))
            item.setForeground(QBrush(REFUSED_COLOUR))
            item.setToolTip(str(path))
            self.problems.addItem(item)
        for path in self._skipped:
            item = QListWidgetItem(self.tr(
                "Sprunget over: »%1« er en konfliktkopi fra et synkroniseringsprogram. "
                "Den rigtige bordpakke ligger ved siden af.").replace("%1", path.name))
            item.setToolTip(str(path))
            self.problems.addItem(item)
        self.problems.setVisible(self.problems.count() > 0)

    def _result_text(self, summary: CollectSummary, accepted: int) -> str:
        parts = [counted(accepted, self.tr("Seneste indsamling kl. %1: %n bordpakke hentet"),
                         self.tr("Seneste indsamling kl. %1: %n bordpakker hentet")).replace(
            "%1", dates.clock(datetime.now()))]
        for entry in summary.tables.values():
            parts.append(self.tr("bord %1: %2, %3, %4").replace("%1", entry.table_code)
                         .replace("%2", counted(entry.new, self.tr("%n ny"), self.tr("%n nye")))
                         .replace("%3", counted(entry.changed, self.tr("%n ændret"),
                                                self.tr("%n ændrede")))
                         .replace("%4", counted(entry.deleted, self.tr("%n slettet"),
                                                self.tr("%n slettede"))))
        if summary.refused:
            parts.append(self.tr("%1 afvist").replace("%1", str(len(summary.refused))))
        if summary.skipped:
            parts.append(counted(len(summary.skipped),
                                 self.tr("%n konfliktkopi sprunget over"),
                                 self.tr("%n konfliktkopier sprunget over")))
        return "; ".join(parts) + "."

    def shutdown(self) -> None:
        """Stop watching and wait for a running collect: the camp is closing."""
        self._closed = True
        self.watch.set_folder(None)
        self._queue.clear()
        if self.worker is not None:
            self.worker.shutdown()  # stops between bundles; each is its own transaction
            self.worker.deleteLater()
            self.worker = None
