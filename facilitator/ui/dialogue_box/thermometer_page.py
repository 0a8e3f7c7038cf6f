"""The thermometer step: where are we now? Each participant gives a number from 1 to 10.

Keyboard first: type an optional word or initials, then a digit (1–9, 0 for 10); or
just press digits one after another. Each digit key is one reading wherever the focus is
on the page (never "6" "0" as the word "60"); Enter records a value only after the arrow
keys chose one, so it never repeats the last reading. A click on the tube does
the same. »Hele gruppen« makes the next reading the group's one mark. The round (Start or
Slut, Alt+S / Alt+L) says whether the readings open or close the dialogue; when both
rounds have readings, their charts stand side by side. Delete in the list removes a
reading; every edit is undoable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from facilitator.domain.dialogue import ROUNDS
from facilitator.domain.dialogue import Reading
from facilitator.domain.dialogue import format_median
from facilitator.domain.dialogue import round_summary
from facilitator.ui.common.controls import button
from facilitator.ui.common.controls import line_field
from facilitator.ui.common.controls import undo_keys
from facilitator.ui.common.layouts import hbox
from facilitator.ui.common.layouts import vbox
from facilitator.ui.dialogue_box.details_box import DialogueDetailsBox
from facilitator.ui.dialogue_box.distribution_chart import DistributionChart
from facilitator.ui.dialogue_box.thermometer_widget import DIGIT_KEYS
from facilitator.ui.dialogue_box.thermometer_widget import ThermometerWidget
from facilitator.ui.edits import dialogue_box as edits
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession
from facilitator.ui.table.step_page import StepPage


class ThermometerPage(StepPage):
    watches = Change.READING | Change.DIALOGUE

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.round = "start"
        self._readings: list[Reading] = []
        self.details = DialogueDetailsBox(session, self)
        self.thermometer = ThermometerWidget(self)
        self.thermometer.value_chosen.connect(self.record)
        self._make_round_buttons()
        self._make_entry()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Målinger"))
        self.list.setToolTip(self.tr("Delete sletter den valgte måling (kan fortrydes)"))
        self.list.installEventFilter(self)
        self.delete_button = button(self.tr("Slet måling"),
                                    self.tr("Slet den valgte måling (Delete)"),
                                    self.delete_current, self)
        self.count_label = QLabel(self)
        self.start_chart = DistributionChart(self.tr("Start"), self)
        self.end_chart = DistributionChart(self.tr("Slut"), self)
        self.compare_label = QLabel(self)
        self.compare_label.setAccessibleName(self.tr("Før og efter"))
        bold = self.compare_label.font()
        bold.setBold(True)
        self.compare_label.setFont(bold)
        right = vbox(
            hbox(QLabel(self.tr("Runde:")), self.start_button, self.end_button, 1),
            hbox((self.word, 1), self.whole_group), self.hint, (self.list, 1),
            hbox(self.count_label, 1, self.delete_button),
            hbox(self.start_chart, self.end_chart), self.compare_label)
        vbox(self.details, (hbox((self.thermometer, 2), (right, 3)), 1),
             parent=self, flush=True)
        self.setTabOrder(self.word, self.thermometer)
        # A digit is a reading wherever the focus is on the page (the thermometer takes
        # its own); the dialogue's details box above is for typing and keeps its digits.
        self._digit_takers: tuple[QWidget, ...] = (
            self.word, self.whole_group, self.start_button, self.end_button, self.list,
            self.delete_button)
        for widget in self._digit_takers:
            if widget is not self.list:
                widget.installEventFilter(self)

    def _make_round_buttons(self) -> None:
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setToolTip(self.tr("Målinger ved dialogens start (Alt+S)"))
        self.end_button = QPushButton(self.tr("S&lut"))
        self.end_button.setToolTip(self.tr("Målinger ved dialogens slutning (Alt+L)"))
        self.round_buttons = QButtonGroup(self)
        for push, key in ((self.start_button, "start"), (self.end_button, "end")):
            push.setCheckable(True)
            push.clicked.connect(lambda _=False, k=key: self.set_round(k))
            self.round_buttons.addButton(push)
        self.start_button.setChecked(True)

    def _make_entry(self) -> None:
        """The optional word before a reading, the whole group's box and the hint."""
        self.word = line_field(self.tr("Ord eller initialer (valgfrit)"),
                               name=self.tr("Ord eller initialer"), parent=self)
        self.word.setToolTip(self.tr(
            "Et ord for, hvordan man har det, eller deltagerens initialer. Tryk Enter, "
            "og giv så tallet på termometeret."))
        self.word.setMaxLength(60)
        self.word.returnPressed.connect(self._word_done)
        self.whole_group = QCheckBox(self.tr("Hele &gruppen"), self)
        self.whole_group.setToolTip(self.tr(
            "Den næste måling er ét samlet tal for hele gruppen (Alt+G)"))
        self.hint = QLabel(self.tr(
            "Klik på termometeret, eller tryk 1–9 (0 giver 10). Skriv evt. først et ord "
            "og tryk Enter."), self)
        self.hint.setWordWrap(True)

    # -- StepPage ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.step is None:
            return
        store = self.session.store
        # A table of a dialogue file always has its details box (a kit's table: empty).
        self.details.show_for_table(self.table_id, store.dialogue_box.dialogue(self.table_id),
                                    empty_allowed=bool(store.dialogue_box.dialogues()))
        self._readings = store.dialogue_box.readings(self.step.id, self.table_id)
        mine = [r for r in self._readings if r.round == self.round]
        current = self.list.currentRow()
        self.list.clear()
        for reading in mine:
            item = QListWidgetItem(self._describe(reading))
            item.setData(Qt.ItemDataRole.UserRole, reading.id)
            self.list.addItem(item)
        if mine:
            self.list.setCurrentRow(min(max(current, 0), len(mine) - 1))
        summaries = {r: round_summary(self._readings, r) for r in ROUNDS}
        now = summaries[self.round]
        self.thermometer.set_readings([r.value for r in mine if not r.whole_group]
                                      or [r.value for r in mine], now.median)
        self.start_chart.set_summary(summaries["start"])
        self.end_chart.set_summary(summaries["end"])
        both = all(summaries[r].readings for r in ROUNDS)
        self.start_chart.setVisible(both or self.round == "start")
        self.end_chart.setVisible(both or self.round == "end")
        self.compare_label.setVisible(both)
        if both:
            self.compare_label.setText(
                self.tr("Median ved start %1 → ved slut %2")
                .replace("%1", format_median(summaries["start"].median))
                .replace("%2", format_median(summaries["end"].median)))
        people = sum(1 for r in mine if not r.whole_group)
        self.count_label.setText(self.tr("1 måling") if people == 1
                                 else self.tr("%1 målinger").replace("%1", str(people)))
        writable = not self.session.read_only
        self.word.setReadOnly(not writable)
        self.thermometer.setEnabled(writable)
        self.delete_button.setEnabled(writable and bool(mine))

    def focus_entry(self) -> None:
        self.thermometer.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit_pending(self) -> None:
        self.details.commit_pending()

    def _describe(self, reading: Reading) -> str:
        who = self.tr("Hele gruppen") if reading.whole_group else reading.label
        return f"{reading.value}  ·  {who}" if who else str(reading.value)

    # -- what the host does ------------------------------------------------------------
    def set_round(self, round_: str) -> None:
        self.round = round_
        (self.start_button if round_ == "start" else self.end_button).setChecked(True)
        self.reload()
        self.focus_entry()

    def record(self, value: int) -> None:
        """Give a reading with the typed word (if any), then get ready for the next one."""
        if self.step is None or self.session.read_only:
            return
        label, whole = self.word.text(), self.whole_group.isChecked()
        if edits.add_reading(self.session, step_id=self.step.id, table_id=self.table_id,
                             value=value, round_=self.round, label=label,
                             whole_group=whole) is None:
            return
        self.thermometer.given(value)
        self.word.clear()
        self.whole_group.setChecked(False)
        self.list.setCurrentRow(self.list.count() - 1)
        if label.strip():
            self.word.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None or self.session.read_only:
            return
        edits.delete_reading(self.session, item.data(Qt.ItemDataRole.UserRole))
        self.session.status.emit(
            self.tr("Måling slettet – %1 fortryder").replace("%1", undo_keys()))

    def _word_done(self) -> None:
        self.thermometer.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            if Qt.Key(event.key()) == Qt.Key.Key_Delete:
                self.delete_current()
                return True
        if watched in self._digit_takers and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if key in DIGIT_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.record(DIGIT_KEYS[key])  # one key, one reading: "6" "0" is 6 and 10
                return True
        return super().eventFilter(watched, event)
