"""Importing a transcription sheet: see every row (or every problem) first, then all or nothing.

A sheet is typed by someone who was not at the table, so before anything is written
the dialog shows what would arrive (rows, counts per step and per table) or every
problem with its row number, so the sheet can be fixed in one go. The import itself is
one transaction and lands outside the undo stack, which the dialog says plainly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError
from facilitator.domain.model import KNOWN_ACTORS
from facilitator.domain.transcription import SheetError
from facilitator.domain.transcription import SheetRow
from facilitator.sheet_files import read_sheet
from facilitator.store import database
from facilitator.store.base import local_time
from facilitator.store.transcription import ImportSummary
from facilitator.store.transcription import check_import
from facilitator.store.transcription import import_sheet
from facilitator.store.transcription import imported_before
from facilitator.ui.common.confirm import confirmed
from facilitator.ui.common.list_model import RowsTable
from facilitator.ui.common.refusals import user_message
from facilitator.ui.common.sizes import SIZE_SAMPLE_ROWS
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession

ROW, STEP, TABLE, TEXT, VOTES, SELECTED, ACTOR = range(7)


class SheetRowsModel(RowsTable[SheetRow]):
    """The sheet's rows as they will be imported, read-only."""

    columns = ("",) * 7

    def __init__(self, rows: list[SheetRow], step_titles: dict[str, str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_rows(rows)
        self.step_titles = step_titles
        self.headers = (self.tr("Række"), self.tr("Trin"), self.tr("Bord"), self.tr("Tekst"),
                        self.tr("Stemmer"), self.tr("Udvalgt"), self.tr("Aktør"))

    def cell(self, row: SheetRow, column: int, role: int) -> Any:
        r = row
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                ROW: r.sheet_row or "",
                STEP: self.step_titles.get(r.step, r.step),
                TABLE: r.table or r.main_group,
                TEXT: f"{r.title}: {r.text}" if r.title and r.text else r.title or r.text,
                VOTES: r.votes,
                SELECTED: self.tr("ja") if r.selected else "",
                ACTOR: KNOWN_ACTORS.get(r.actor, r.actor),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT and r.prerequisite:
            return self.tr("Svarer på forudsætningen: %1").replace("%1", r.prerequisite)
        return None


class SheetImportDialog(QDialog):
    """Preview of one sheet for the open camp; Importér is only possible without problems."""

    def __init__(self, session: CampSession, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = path
        self.rows: list[SheetRow] = []
        self.problems: list[UserError] = []
        self.summary: ImportSummary | None = None
        #: The question asked when the camp already has this sheet (while it is open).
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Importér transskriptionsark"))
        self.resize(1000, 640)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows_view = QTableView()
        self.rows_view.setAccessibleName(self.tr("Rækker, der importeres"))
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.verticalHeader().hide()
        self.rows_view.setWordWrap(False)
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Fejl i arket"))
        self.problem_list.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.rows_view)
        self.pages.addWidget(self.problem_list)
        note = QLabel(self.tr(
            "Alt i arket lægges ind på én gang – eller intet, hvis noget går galt. "
            "Importen kan ikke fortrydes med Ctrl+Z."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5c4400;")

        buttons = QDialogButtonBox()
        self.import_button: QPushButton = buttons.addButton(
            self.tr("Importér"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button: QPushButton = buttons.addButton(
            self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.pages, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        """Read and check the sheet against the camp; nothing is written."""
        store = self.session.store
        try:
            database.refuse_held_camp(self.path, msg.AS_SHEET)
            rows = read_sheet(self.path)
            check_import(store, rows, source=self.path.name)
        except UserError as err:
            self._refused(err)
            return
        self.rows = rows
        steps = {s.key: s.title for s in reversed(store.frame.steps())}
        self.rows_view.setModel(SheetRowsModel(rows, steps, self))
        header = self.rows_view.horizontalHeader()
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.heading.setText(self.tr("»%1«: %2 rækker klar til import.").replace(
            "%1", self.path.name).replace("%2", str(len(rows))))
        per_step = Counter(steps.get(r.step, r.step) for r in rows)
        per_table = Counter(r.table or r.main_group or self.tr("hele campen") for r in rows)
        self.counts.setText(
            self.tr("Pr. trin: %1").replace("%1", _listed(per_step)) + "\n"
            + self.tr("Pr. bord: %1").replace("%1", _listed(per_table)))
        self.pages.setCurrentWidget(self.rows_view)
        self.import_button.setEnabled(bool(rows) and not self.session.read_only)

    def _refused(self, err: UserError) -> None:
        """Show why the sheet is refused: every problem of a sheet refused as a whole."""
        self._show_problems(user_message(err),
                            err.problems if isinstance(err, SheetError) else [])

    def _show_problems(self, heading: str, problems: Sequence[UserError]) -> None:
        self.rows, self.problems = [], list(problems)
        self.heading.setText(heading)
        self.counts.setText(self.tr(
            "Ret arket, og importér det igen. Campen er ikke ændret."))
        self.problem_list.clear()
        for problem in problems:
            self.problem_list.addItem(user_message(problem))
        self.problem_list.setVisible(bool(problems))
        self.pages.setCurrentWidget(self.problem_list)
        self.import_button.setEnabled(False)

    def do_import(self) -> None:
        """All rows in one transaction; on success every view reloads and the dialog closes."""
        if not self.rows:
            return
        again = imported_before(self.session.store, self.rows)
        if again is not None and not self._import_again(again.name, again.imported_at):
            return
        try:
            summary = import_sheet(self.session.store, self.rows, source=self.path.name,
                                   again=again is not None)
        except UserError as err:
            self._refused(err)
            return
        self.summary = summary
        self.session.announce(Change.IMPORTED)
        self.session.status.emit(self.tr("%1 rækker importeret fra »%2«.").replace(
            "%1", str(summary.rows)).replace("%2", self.path.name))
        self.accept()

    def _import_again(self, first: str, when: str) -> bool:
        """Ask before a sheet the camp already has doubles every note; Cancel is the
        default, so Enter changes nothing."""
        return confirmed(
            self, self.tr("Arket er allerede indlæst"),
            self.tr("Campen har allerede fået dette ark (%1, som »%2«): samme rækker, også "
                    "selv om filen hedder noget andet eller er gemt i et andet format. "
                    "Importeres det igen, kommer hver note to gange.").replace(
                "%1", local_time(when)).replace("%2", first),
            self.tr("Importér igen"), icon=QMessageBox.Icon.Question)


def _listed(counts: Counter[str]) -> str:
    return ", ".join(f"{name} {n}" for name, n in counts.items())
