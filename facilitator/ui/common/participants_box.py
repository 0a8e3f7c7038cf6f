"""How many came to a table, by group: one spin box per group and the total.

Used in preparation (the tables editor, for the table chosen in its list) and at the
table (the »Deltagere« dialog, Ctrl+D). Every change is saved at once as an undoable
edit; stepping or typing in one box undoes as one step. A table nobody counted shows
»–« in every box and »ikke opgivet« as its total, never zeros that look like data;
stepping a box below 0 takes its count back to »not entered«.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from facilitator.domain.participants import GROUPS
from facilitator.domain.participants import MAX_COUNT
from facilitator.domain.participants import ParticipantCounts
from facilitator.ui.edits import participants as participant_edits
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession

#: A spin box's value for »not entered« (shown as »–«).
NOT_ENTERED = -1


def group_label(name: str) -> str:
    """A group's name as a GUI label: translated, with a capital first letter."""
    text = QCoreApplication.translate("Participants", name)
    return text[:1].upper() + text[1:]


class ParticipantsBox(QWidget):
    """The spin boxes of one table (:meth:`show_table`); keeps up with every change."""

    watches = Change.PARTICIPANTS | Change.TABLE

    def __init__(self, session: CampSession, parent: QWidget | None = None, *,
                 columns: int = 1) -> None:
        """``columns``: pairs of label and box side by side (2 where height is scarce)."""
        super().__init__(parent)
        self.session = session
        self.table_id: str | None = None
        self.spins: dict[str, QSpinBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, group in enumerate(GROUPS):
            spin = QSpinBox()
            spin.setRange(NOT_ENTERED, MAX_COUNT)
            spin.setSpecialValueText("–")
            spin.setAccessibleName(group_label(group.name))
            spin.valueChanged.connect(lambda value, key=group.key: self._changed(key, value))
            self.spins[group.key] = spin
            label = QLabel(group_label(group.name))
            label.setBuddy(spin)
            row, column = divmod(index, columns)
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(spin, row, 2 * column + 1)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Deltagere i alt"))
        row, column = divmod(len(GROUPS), columns)
        grid.addWidget(QLabel(self.tr("I alt")), row, 2 * column)
        grid.addWidget(self.total, row, 2 * column + 1)
        session.changed.connect(self._on_changed)
        self.show_table(None)

    def show_table(self, table_id: str | None) -> None:
        self.table_id = table_id
        for spin in self.spins.values():
            spin.setEnabled(table_id is not None)
        self.reload()

    def _on_changed(self, what: Change) -> None:
        if what & self.watches:
            self.reload()

    def counts(self) -> ParticipantCounts:
        if self.table_id is None:
            return ParticipantCounts()
        return self.session.store.participants.counts(self.table_id)

    def reload(self) -> None:
        """Show the stored counts; a box that already shows its count is left alone, so
        typing »12« is not disturbed by the »1« it saved on the way."""
        counts = self.counts()
        for key, spin in self.spins.items():
            value = counts.count(key) if counts.given else NOT_ENTERED
            if spin.value() != value:
                with QSignalBlocker(spin):
                    spin.setValue(value)
        self.total.setText(str(counts.total) if counts.given
                           else self.tr("ikke opgivet"))

    def _changed(self, key: str, value: int) -> None:
        if self.table_id is None:
            return
        people = None if value == NOT_ENTERED else value
        participant_edits.set_count(self.session, table_id=self.table_id, group_key=key,
                                    people=people)
        self.reload()  # a refusal, or »not entered« while other groups are given (0)

    def first_box(self) -> QSpinBox:
        return self.spins[GROUPS[0].key]
