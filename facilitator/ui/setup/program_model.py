"""The camp's program as a table model: planned time, title, kind, minutes and dots per step.

Title, minutes and dots (per participant, on the steps whose notes are voted on) are
edited in place; each edit is one undoable session edit. The
planned clock times follow from a start time the organiser chooses (not stored: the
camp file has no field for it) and :func:`facilitator.domain.rules.planned_times`.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from facilitator.domain import dates
from facilitator.domain.model import Step, StepKind
from facilitator.domain.rules import MAX_DOTS, planned_times
from facilitator.ui.shell.session import CampSession

TIME, TITLE, KIND, MINUTES, DOTS = range(5)
MAX_MINUTES = 8 * 60
#: The kinds whose page counts dots against the limit: the note lists with votes.
VOTING_KINDS = (StepKind.NOTES, StepKind.DILEMMAS)
DEFAULT_START = time(9, 0)

Index = QModelIndex | QPersistentModelIndex


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


class ProgramModel(QAbstractTableModel):
    """The live steps in their order; a reorder resets, a text edit does not."""

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._steps: list[Step] = []
        self._times: list[tuple[datetime, datetime]] = []
        self._start = DEFAULT_START
        self.reload()

    # -- reading the store -------------------------------------------------------------
    def reload(self) -> None:
        steps = self.session.store.frame.steps()
        if [s.id for s in steps] != [s.id for s in self._steps]:
            self.beginResetModel()
            self._steps = steps
            self._times = self._plan()
            self.endResetModel()
            return
        self._steps = steps
        self._times = self._plan()
        if steps:
            self.dataChanged.emit(self.index(0, 0), self.index(len(steps) - 1, DOTS))

    def set_start(self, start: time) -> None:
        """Move the whole day's planned times to begin at ``start``."""
        self._start = start
        self._times = self._plan()
        if self._steps:
            self.dataChanged.emit(self.index(0, TIME), self.index(len(self._steps) - 1, TIME))

    def _plan(self) -> list[tuple[datetime, datetime]]:
        return planned_times(self._steps, datetime.combine(date.today(), self._start))

    @property
    def steps(self) -> list[Step]:
        return list(self._steps)

    def step_at(self, row: int) -> Step | None:
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def row_of(self, step_id: str) -> int:
        return next((i for i, s in enumerate(self._steps) if s.id == step_id), -1)

    def day_end(self) -> datetime | None:
        return self._times[-1][1] if self._times else None

    # -- the table -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return (self.tr("Tid"), self.tr("Titel"), self.tr("Type"), self.tr("Minutter"),
                self.tr("Prikker"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        step = self.step_at(index.row()) if index.isValid() else None
        if step is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == TIME and not step.minutes:
            return self.tr("Uden fast tid: åben hele dagen")
        if role == Qt.ItemDataRole.ToolTipRole and col == TITLE and step.prompt:
            return step.prompt
        if role == Qt.ItemDataRole.ToolTipRole and col == DOTS:
            return (self.tr("Prikker hver deltager har at stemme med; 0 er ingen grænse")
                    if step.kind in VOTING_KINDS else self.tr("Der stemmes ikke på dette trin"))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if col == TIME:
            start, end = self._times[index.row()]
            return f"{clock(start)}–{clock(end)}" if step.minutes else ""
        if col == TITLE:
            return step.title
        if col == KIND:
            return kind_label(step.kind)
        if col == DOTS:
            if role == Qt.ItemDataRole.EditRole:
                return step.dots
            return str(step.dots) if step.dots else ""
        return step.minutes

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        step = self.step_at(index.row())
        if index.column() in (TITLE, MINUTES) or (
                index.column() == DOTS and step is not None and step.kind in VOTING_KINDS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing -------------------------------------------------------------------------
    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        step = self.step_at(index.row()) if index.isValid() else None
        if step is None or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == TITLE:
            title = str(value).strip()
            if not title:
                self.session.failed.emit(self.tr("Et trin skal have en titel."))
                return False
            return self.update_step(step, "title", title, self.tr("Omdøb trin"))
        if index.column() == MINUTES:
            minutes = max(0, min(MAX_MINUTES, int(value or 0)))
            return self.update_step(step, "minutes", minutes, self.tr("Ret trinnets varighed"))
        if index.column() == DOTS and step.kind in VOTING_KINDS:
            dots = max(0, min(MAX_DOTS, int(value or 0)))
            return self.update_step(step, "dots", dots, self.tr("Ret prikker pr. deltager"))
        return False

    def update_step(self, step: Step, field: str, value: Any, text: str) -> bool:
        """One undoable change of one field of a step (also used by the detail fields)."""
        store = self.session.store
        old = getattr(step, field)
        if value == old:
            return True
        return self.session.run(
            text,
            lambda: store.frame.update_step(step_id=step.id, **{field: value}),
            lambda: store.frame.update_step(step_id=step.id, **{field: old}),
            "step",
        ) is not None
