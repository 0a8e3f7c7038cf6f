"""The table facilitator's screen: pick the table, step through the day's program."""

from __future__ import annotations

from datetime import datetime
from datetime import time
from typing import cast

from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtCore import QTime
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QTimeEdit
from PySide6.QtWidgets import QWidget

from facilitator.domain import dates
from facilitator.domain.countdown import Countdown
from facilitator.domain.model import BULLETIN_BOARD
from facilitator.domain.model import Step
from facilitator.domain.model import Table
from facilitator.domain.rules import planned_times
from facilitator.ui.common.fitting_pane import FittingPane
from facilitator.ui.common.layouts import STRETCH
from facilitator.ui.common.layouts import hbox
from facilitator.ui.common.layouts import vbox
from facilitator.ui.edits.change import Change
from facilitator.ui.organiser.table_bundles import TableBundles
from facilitator.ui.shell import zoom
from facilitator.ui.shell.remembered import remember_splitter
from facilitator.ui.shell.remembered import setting
from facilitator.ui.shell.session import CampSession
from facilitator.ui.shell.session import Place
from facilitator.ui.table.participants_dialog import TableParticipants
from facilitator.ui.table.quick_note import QuickNote
from facilitator.ui.table.step_kinds import page_class
from facilitator.ui.table.step_page import StepPage
from facilitator.ui.table.step_timer import TICK_MS
from facilitator.ui.table.step_timer import StepTimer
from facilitator.ui.table.step_timer import format_remaining
from facilitator.ui.table.step_timer import sound_on

#: The step list's own text of an item, before a running countdown is added to it.
_BASE_TEXT = Qt.ItemDataRole.UserRole + 1


class TableSession(QWidget):
    #: The table's sheet as a PDF is asked for (the table's code); the window exports it.
    sheet_requested = Signal(str)
    #: A step's countdown reached zero: (table id, step id). Announced once per run.
    time_up = Signal(str, str)

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._steps: list[Step] = []
        self._tables: list[Table] = []
        self._pages: dict[str, StepPage] = {}
        top = self._build_top()
        self._build_step_list()
        self._build_step_head()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.step_list)
        splitter.addWidget(self._build_step_pane())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 900])
        remember_splitter(splitter, "table_session")
        vbox(top, (splitter, 1), parent=self)

        zoom.follow(self)
        session.changed.connect(self._on_changed)
        session.locate = self.place
        session.undone.connect(self._on_undone)
        self.reload()
        self.bundles = TableBundles(self, self)  # by hand or at each step change
        top.insertWidget(2, self.bundles.button)

    def _build_top(self) -> QHBoxLayout:
        """The table, its sheet, the quick note, and when the day starts."""
        self.table_combo = QComboBox()
        self.table_combo.setAccessibleName(self.tr("Bord"))
        self.table_combo.setMinimumContentsLength(18)
        self.table_combo.currentIndexChanged.connect(self._on_table_chosen)
        self.start_time = QTimeEdit(QTime(9, 0))
        self.start_time.setDisplayFormat(dates.TIME_EDIT_FORMAT[dates.language()])
        self.start_time.setAccessibleName(self.tr("Dagen starter kl."))
        self.start_time.timeChanged.connect(self._fill_steps)
        self.sheet_button = QPushButton(self.tr("Bordark til bordformanden …"))
        self.sheet_button.setToolTip(self.tr(
            "Gem alt, hvad bordet har skrevet i dag, som PDF til bordformanden."))
        self.sheet_button.clicked.connect(self._request_sheet)
        # A note for the bulletin board from any step (Ctrl+B), laid over the step.
        self.quick_note = QuickNote(self.session,
                                    lambda: (self.current_table(), self.board()), self)
        # How many came, by group (Ctrl+D).
        self.participants = TableParticipants(self.session, self.current_table, self)
        return hbox(QLabel(self.tr("Bord:")), self.table_combo, self.sheet_button,
                   self.quick_note.button, self.participants.button, STRETCH,
                   QLabel(self.tr("Dagen starter kl.")),
                   self.start_time)

    def _build_step_list(self) -> None:
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Dagens program"))
        self.step_list.setMinimumWidth(180)
        # Rows are laid out again at each width, so a long title wraps instead of cut.
        self.step_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.step_list.setStyleSheet(
            "QListWidget::item { padding: 6px 4px; border-bottom: 1px solid palette(midlight); }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }")
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.currentRowChanged.connect(self._on_step_chosen)

    def _build_step_head(self) -> None:
        """The step's title, its question, the facilitator's guidance and the timer."""
        self.title = QLabel()
        zoom.scale_font(self.title, 1.6, bold=True)
        self.title.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        zoom.scale_font(self.prompt, 1.3)  # the step's question: the table reads it too
        self.guidance_box = QGroupBox(self.tr("Til facilitatoren"))
        self.guidance_box.setCheckable(True)
        self.guidance_box.setChecked(setting("session/guidance", True))
        self.guidance_box.toggled.connect(self._on_guidance_toggled)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        # Height is scarce on a laptop.
        vbox(self.guidance, parent=self.guidance_box, margins=(8, 4, 8, 4))
        self.timer = StepTimer(self.session.countdowns)
        self.timer.toggled.connect(self._show_running_timers)
        # Watches every countdown of the camp, shown or not: zero is announced even
        # while the facilitator looks at the bulletin board.
        self._watch = QTimer(self)
        self._watch.setInterval(TICK_MS * 2)
        self._watch.timeout.connect(self.check_timers)
        self._watch.start()

    def _build_step_pane(self) -> FittingPane:
        """The step shown: its head, its page, and the way to the steps beside it."""
        self.pages = QStackedWidget()
        self.empty = QLabel(self.tr(
            "Campen har endnu ingen borde. Opret borde under »Forberedelse«."))
        self.empty.setWordWrap(True)
        self.pages.addWidget(self.empty)
        self.prev_button = QPushButton(self.tr("← Forrige trin"))
        self.prev_button.setToolTip(self.tr("Gå til forrige trin (Ctrl+Page Up)"))
        self.next_button = QPushButton(self.tr("Næste trin →"))
        self.next_button.setToolTip(self.tr("Gå til næste trin (Ctrl+Page Down)"))
        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.go(-1))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.go(1))
        QShortcut(QKeySequence("F5"), self, self.timer.toggle)
        right = QWidget()
        vbox(hbox((self.title, 1), self.timer), self.prompt, self.guidance_box,
             (self.pages, 1), hbox(self.prev_button, STRETCH, self.next_button),
             parent=right, margins=(8, 0, 0, 0))
        # In large type a step can need more height than a laptop has: the pane scrolls
        # rather than push the window past the screen's edge.
        self.pane = FittingPane(right)
        return self.pane

    # -- data ------------------------------------------------------------------------
    def reload(self) -> None:
        store = self.session.store
        current_table = self.current_table()
        self._tables = store.frame.tables()
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for table in self._tables:
            label = table.code if not table.facilitator else f"{table.code} – {table.facilitator}"
            self.table_combo.addItem(label, table.id)
        if current_table is not None:
            index = self.table_combo.findData(current_table.id)
            self.table_combo.setCurrentIndex(max(0, index))
        self.table_combo.blockSignals(False)
        self._fill_steps()
        self._show_current()

    def _fill_steps(self) -> None:
        current = self.current_step()
        self._steps = self.session.store.frame.steps()
        # PySide6 types toPython() as object; a QTime gives a datetime.time.
        begins = cast(time, self.start_time.time().toPython())
        start = datetime.combine(datetime.today(), begins)
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for step, (begin, end) in zip(self._steps, planned_times(self._steps, start),
                                      strict=True):
            when = (f"{dates.clock(begin)}–{dates.clock(end)} · {step.minutes} min" if step.minutes
                    else self.tr("hele dagen"))
            item = QListWidgetItem(f"{step.title}\n{when}")
            item.setData(_BASE_TEXT, item.text())
            item.setToolTip(step.prompt)
            self.step_list.addItem(item)
        row = 0
        if current is not None:
            ids = [s.id for s in self._steps]
            row = ids.index(current.id) if current.id in ids else 0
        if self._steps:
            self.step_list.setCurrentRow(row)
        self.step_list.blockSignals(False)
        self._show_running_timers()

    def _request_sheet(self) -> None:
        table = self.current_table()
        if table is not None:
            self.sheet_requested.emit(table.code)

    def current_table(self) -> Table | None:
        index = self.table_combo.currentIndex()
        return self._tables[index] if 0 <= index < len(self._tables) else None

    def current_step(self) -> Step | None:
        row = self.step_list.currentRow()
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def board(self) -> Step | None:
        """The program's bulletin board, open all day; None in a program without one."""
        return next((s for s in self._steps if s.key == BULLETIN_BOARD), None)

    def current_page(self) -> StepPage | None:
        page = self.pages.currentWidget()
        return page if isinstance(page, StepPage) else None

    # -- navigation ------------------------------------------------------------------
    def choose_table(self, code: str) -> bool:
        """Show ``code``'s session with the cursor in the note field: the first keys
        typed after opening a camp at a table are the group's first note."""
        for index, table in enumerate(self._tables):
            if table.code == code:
                self.table_combo.setCurrentIndex(index)  # shows it, unless already current
                page = self.current_page()
                if page is not None:
                    page.focus_entry()
                return True
        return False

    def choose_step(self, key_or_index: str | int) -> None:
        if isinstance(key_or_index, int):
            self.step_list.setCurrentRow(key_or_index)
            return
        for row, step in enumerate(self._steps):
            if step.key == key_or_index:
                self.step_list.setCurrentRow(row)
                return

    def go(self, delta: int) -> None:
        row = self.step_list.currentRow() + delta
        if 0 <= row < self.step_list.count():
            self.step_list.setCurrentRow(row)

    def _on_table_chosen(self, _index: int) -> None:
        self._show_current()

    def _on_step_chosen(self, _row: int) -> None:
        self._show_current()

    def _show_current(self) -> None:
        self.participants.refresh()
        step = self.current_step()
        table = self.current_table()
        self.sheet_button.setEnabled(table is not None)
        self.quick_note.refresh()
        self.prev_button.setEnabled(self.step_list.currentRow() > 0)
        self.next_button.setEnabled(self.step_list.currentRow() < self.step_list.count() - 1)
        if step is None:
            self.title.setText("")
            self.prompt.setText("")
            self.guidance.setText("")
            self.pages.setCurrentWidget(self.empty)
            return
        self.timer.show_countdown(
            self.session.countdowns.get(table.id, step.id, step.minutes) if table
            else Countdown(total=0))
        self._show_running_timers()
        self.title.setText(step.title)
        self.prompt.setText(step.prompt)
        self.guidance.setText(step.guidance)
        self.guidance.setVisible(self.guidance_box.isChecked())
        self.guidance_box.setVisible(bool(step.guidance))
        if table is None:
            self.pages.setCurrentWidget(self.empty)
            return
        page = self._pages.get(step.kind)
        if page is None:
            page = page_class(step.kind)(self.session)
            self._pages[step.kind] = page
            self.pages.addWidget(page)
        page.show_step(step, table)
        self.pages.setCurrentWidget(page)
        self._size_by_current_page()
        page.focus_entry()

    # -- timers ----------------------------------------------------------------------
    def check_timers(self) -> None:
        """Announce every countdown that reached zero, and redraw the running ones."""
        steps = {step.id: step for step in self._steps}
        for table_id, step_id in self.session.countdowns.due():
            if sound_on():
                QApplication.beep()
            step = steps.get(step_id)
            table = next((t for t in self._tables if t.id == table_id), None)
            if step is not None and table is not None:
                self.session.status.emit(
                    self.tr("Tiden er gået: »%1« ved bord %2")
                    .replace("%1", step.title).replace("%2", table.code))
            self.time_up.emit(table_id, step_id)
        if self.timer.isVisible():
            self.timer.refresh()
        self._show_running_timers()

    def _show_running_timers(self) -> None:
        """Each running countdown of this table shows its time in the step list."""
        table = self.current_table()
        countdowns = self.session.countdowns
        running = {step_id: c for (table_id, step_id), c in countdowns.running()
                   if table is not None and table_id == table.id}
        now = countdowns.clock()
        for row, step in enumerate(self._steps[:self.step_list.count()]):
            item = self.step_list.item(row)
            text = item.data(_BASE_TEXT)
            countdown = running.get(step.id)
            over = False
            if countdown is not None:
                left = countdown.remaining(now)
                over = left <= 0
                text += "\n▶ " + format_remaining(left)
            if item.text() != text:
                item.setText(text)
            # Over time: red in the list too, so it is seen from any step.
            item.setForeground(QColor("#b71c1c") if over else QBrush())

    # -- undo --------------------------------------------------------------------------
    def place(self) -> Place | None:
        """Where an edit made now is made: this table, this step, the current item."""
        step, table, page = self.current_step(), self.current_table(), self.current_page()
        if step is None or table is None or not self.isVisible():
            return None  # an edit elsewhere (consolidation, setup) is not a table's
        return Place(table.id, step.id, page.current_item_id() if page else None)

    def _on_undone(self, _message: str, place: Place | None) -> None:
        """Show what was undone where it happened: its table, its step, its item."""
        if place is None:
            return
        if (table := self.current_table()) is None or table.id != place.table_id:
            index = self.table_combo.findData(place.table_id)
            if index < 0:
                return
            self.table_combo.setCurrentIndex(index)
        step = self.current_step()
        if step is None or step.id != place.step_id:
            rows = [row for row, s in enumerate(self._steps) if s.id == place.step_id]
            if not rows:
                return
            self.step_list.setCurrentRow(rows[0])
        page = self.current_page()
        if page is not None and place.item_id is not None:
            page.select_item(place.item_id)

    def _size_by_current_page(self) -> None:
        """Let only the page shown ask for room. A stack is as large as its largest page,
        so the thermometer's height plus the creative sheet's long question pushed the
        window past a 720 px screen."""
        current = self.pages.currentWidget()
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if page is current \
                else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.pages.updateGeometry()

    def _on_guidance_toggled(self, on: bool) -> None:
        QSettings().setValue("session/guidance", on)
        self.guidance.setVisible(on)

    def _on_changed(self, what: Change) -> None:
        if what & (Change.STEP | Change.TABLE | Change.MAIN_GROUP):
            self.reload()
