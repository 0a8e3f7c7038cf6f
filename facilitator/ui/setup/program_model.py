"""The camp's program as a table model: planned time, title, kind, minutes and dots per step.

Title, minutes and dots (per participant, on the steps whose notes are voted on) are
edited in place; each edit is one undoable session edit. The
planned clock times follow from a start time the organiser chooses (not stored: the
camp file has no field for it) and :func:`facilitator.domain.rules.planned_times`.
"""

from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt

from facilitator.domain import dates
from facilitator.domain.model import Step
from facilitator.domain.model import StepKind
from facilitator.domain.rules import MAX_DOTS
from facilitator.domain.rules import planned_times
from facilitator.ui.common.list_model import RowsModel
from facilitator.ui.edits import program
from facilitator.ui.shell.session import CampSession

TIME, TITLE, KIND, MINUTES, DOTS = range(5)
MAX_MINUTES = 8 * 60
#: The kinds whose page counts dots against the limit: the note lists with votes.
VOTING_KINDS = (StepKind.NOTES, StepKind.DILEMMAS)
DEFAULT_START = time(9, 0)


def kind_label(kind: str) -> str:
    """A step kind as the organiser knows it (the store keeps the English key)."""
    labels = {
        StepKind.NOTES: QCoreApplication.translate("StepKind", "Noter med stemmer"),
        StepKind.DILEMMAS: QCoreApplication.translate("StepKind", "Dilemmaer"),
        StepKind.FRONT_PAGE: QCoreApplication.translate("StepKind", "Avisforside"),
        StepKind.CONTRIBUTIONS: QCoreApplication.translate("StepKind", "Bidrag pr. aktør"),
        StepKind.BREAK: QCoreApplication.translate("StepKind", "Pause/plenum"),
        StepKind.THERMOMETER: QCoreApplication.translate("StepKind", "Termometer"),
        StepKind.TRIANGLE: QCoreApplication.translate("StepKind", "Omvendt trekant"),
        StepKind.DILEMMA_CARDS: QCoreApplication.translate("StepKind", "Dilemmakort"),
        StepKind.FREE_TEMPLATE: QCoreApplication.translate("StepKind", "Kreativ skabelon"),
        StepKind.AGREEMENTS: QCoreApplication.translate("StepKind", "Aftaler"),
    }
    return labels.get(kind, kind)


def clock(moment: datetime) -> str:
    """A planned time in the chosen language's notation: 09.45 (09:45 in English)."""
    return dates.clock(moment)


class ProgramModel(RowsModel[Step]):
    """The live steps in their order; a reorder resets, a text edit does not."""

    columns = ("", "title", "kind", "minutes", "dots")

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.headers = (self.tr("Tid"), self.tr("Titel"), self.tr("Type"), self.tr("Minutter"),
                        self.tr("Prikker"))
        #: Each step's planned start and end, by id.
        self._times: dict[str, tuple[datetime, datetime]] = {}
        self._start = DEFAULT_START
        self.reload()

    # -- reading the store -------------------------------------------------------------
    def fetch(self) -> list[Step]:
        steps = self.session.store.frame.steps()
        self._times = self._plan(steps)
        return steps

    def set_start(self, start: time) -> None:
        """Move the whole day's planned times to begin at ``start``."""
        self._start = start
        self._times = self._plan(self._rows)
        if self._rows:
            self.dataChanged.emit(self.index(0, TIME), self.index(len(self._rows) - 1, TIME))

    def _plan(self, steps: list[Step]) -> dict[str, tuple[datetime, datetime]]:
        times = planned_times(steps, datetime.combine(date.today(), self._start))
        return {step.id: span for step, span in zip(steps, times, strict=True)}

    @property
    def steps(self) -> list[Step]:
        return self.rows()

    def step_at(self, row: int) -> Step | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def day_end(self) -> datetime | None:
        return self._times[self._rows[-1].id][1] if self._rows else None

    # -- the table -----------------------------------------------------------------------
    def cell(self, row: Step, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == TIME:
            start, end = self._times[row.id]
            return f"{clock(start)}–{clock(end)}" if row.minutes else ""
        if column == KIND:
            return kind_label(row.kind)
        if column == DOTS and role == Qt.ItemDataRole.DisplayRole:
            return str(row.dots) if row.dots else ""
        return super().cell(row, column, role)

    def _tip(self, step: Step, column: int) -> str | None:
        if column == TIME and not step.minutes:
            return self.tr("Uden fast tid: åben hele dagen")
        if column == TITLE and step.prompt:
            return step.prompt
        if column == DOTS:
            return (self.tr("Prikker hver deltager har at stemme med; 0 er ingen grænse")
                    if step.kind in VOTING_KINDS else self.tr("Der stemmes ikke på dette trin"))
        return None

    def can_edit(self, row: Step, column: int) -> bool:
        return column in (TITLE, MINUTES) or (column == DOTS and row.kind in VOTING_KINDS)

    # -- editing -------------------------------------------------------------------------
    def write(self, row: Step, column: int, value: Any) -> bool:
        if column == TITLE:
            title = str(value).strip()
            if not title:
                self.session.failed.emit(self.tr("Et trin skal have en titel."))
                return False
            return self.update_step(row, "title", title, self.tr("Omdøb trin"))
        if column == MINUTES:
            minutes = max(0, min(MAX_MINUTES, int(value or 0)))
            return self.update_step(row, "minutes", minutes, self.tr("Ret trinnets varighed"))
        dots = max(0, min(MAX_DOTS, int(value or 0)))
        return self.update_step(row, "dots", dots, self.tr("Ret prikker pr. deltager"))

    def update_step(self, step: Step, field: str, value: Any, text: str) -> bool:
        """One undoable change of one field of a step (also used by the detail fields)."""
        if value == getattr(step, field):
            return True
        return program.update_step(self.session, step, field, value, text) is not None
