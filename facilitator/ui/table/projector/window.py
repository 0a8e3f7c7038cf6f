"""The projector view: a second window the whole group reads, full screen on its own screen.

At a table it follows the table session: the current step's question and timer, and
the table's notes with their dots and stars as they change (or the front page as the
newspaper). For the plenary after lunch it shows a main group's chosen notes of all
its tables, a page at a time.

It reads everything through the store and listens to the session's change signals,
like every other view. Changes are gathered and drawn once per event-loop turn, so a
burst of edits (an undo that touches several rows) costs one redraw.

Keys: Esc leaves full screen, and closes the window when it is not full screen; F11
toggles full screen (as for the dilemma card). PgDn/PgUp, the arrows, Home and End
page the plenary, and move the table session's step at a table.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QPalette
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import Contribution
from facilitator.domain.model import Note
from facilitator.domain.model import Step
from facilitator.domain.model import StepKind
from facilitator.domain.model import Table
from facilitator.domain.words import counted
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession
from facilitator.ui.table.front_page import FrontPagePage
from facilitator.ui.table.newspaper_preview import NewspaperPreview
from facilitator.ui.table.notes_page import NotesPage
from facilitator.ui.table.projector.board import BACKGROUND
from facilitator.ui.table.projector.board import BoardItem
from facilitator.ui.table.projector.board import NoteBoard
from facilitator.ui.table.projector.plenary import PlenaryPage
from facilitator.ui.table.projector.plenary import plenary_pages
from facilitator.ui.table.table_session import TableSession

_TIMER_COLOURS = {"ok": "#8be28b", "soon": "#ffb347", "over": "#ff6b6b"}
#: The changes that can alter what the view shows.
WATCHED = (Change.NOTE | Change.CONTRIBUTION | Change.FRONT_PAGE | Change.STEP | Change.TABLE
           | Change.MAIN_GROUP | Change.CAMP)


class ProjectorWindow(QWidget):
    """One window, two subjects: the table being worked at, or a main group's plenary."""

    def __init__(self, session: CampSession, table_session: TableSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.table_session = table_session
        self.group_id: str | None = None  # None: follow the table session
        self.pages: list[PlenaryPage] = []
        self.page_index = 0
        self.setWindowTitle(self.tr("Projektorvisning"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
        self.setPalette(palette)

        self.where = QLabel()  # which table and step, or which main group and page
        self.where.setStyleSheet("color: #c9d3dd;")
        self.where.setWordWrap(True)  # a long main group name wraps, never widens the window
        self.timer = QLabel()
        self.timer.setAccessibleName(self.tr("Tid tilbage"))
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("color: #ffffff;")
        self.board = NoteBoard()
        self.board.hidden_text = lambda n: counted(
            n, self.tr("↑ %n tidligere note er ikke vist"),
            self.tr("↑ %n tidligere noter er ikke vist"))
        self.newspaper = NewspaperPreview()
        self.newspaper.setToolTip("")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.newspaper)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #9fb0c0;")

        head = QHBoxLayout()
        head.addWidget(self.where, 1)
        head.addWidget(self.timer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 16)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addWidget(self.prompt)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)

        self._pending = QTimer(self)  # changes gathered, drawn once per event-loop turn
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self._clock = QTimer(self)  # the table session's countdown, mirrored
        self._clock.setInterval(250)
        self._clock.timeout.connect(self._show_timer)
        session.changed.connect(self._on_changed)
        table_session.step_list.currentRowChanged.connect(self._schedule)
        table_session.table_combo.currentIndexChanged.connect(self._schedule)
        self._scale_type()

    # -- what is shown ---------------------------------------------------------------
    def follow_table(self) -> None:
        """Show the table session's table and step, following it as it moves."""
        self.group_id = None
        self.refresh()

    def present(self, group_id: str) -> None:
        """The plenary of main group ``group_id``, from its first page."""
        self.group_id = group_id
        self.page_index = 0
        self.refresh()

    def _on_changed(self, what: Change) -> None:
        if what & WATCHED:
            self._schedule()

    def _schedule(self, *_args: object) -> None:
        if self.isVisible():
            self._pending.start()

    def refresh(self) -> None:
        self._pending.stop()
        if self.group_id is not None:
            self._show_plenary()
        else:
            self._show_table()

    def _show_table(self) -> None:
        step = self.table_session.current_step()
        table = self.table_session.current_table()
        self.hint.setText(self.tr("Esc: luk · F11: fuld skærm · Page Up/Down: forrige/næste trin"))
        if step is None or table is None:
            self.where.setText("")
            self.prompt.setText("")
            self.board.show_items([], self.tr("Vælg et bord og et trin ved bordet."))
            self.stack.setCurrentWidget(self.board)
            self._show_timer()
            return
        self.where.setText(self.tr("Bord %1 · %2").replace("%1", table.code)
                           .replace("%2", step.title))
        if step.kind == StepKind.FRONT_PAGE:
            self.prompt.setVisible(False)
            self._show_front_page(step, table)
        else:
            self.prompt.setVisible(True)
            self.prompt.setText(step.prompt)
            listed = step.kind in (*StepKind.NOTE_KINDS, StepKind.CONTRIBUTIONS)
            self.board.show_items(self._items(step, table), self.tr(
                "Intet endnu. Det, bordet skriver, kommer frem her.") if listed else "")
            self.stack.setCurrentWidget(self.board)
        self._show_timer()

    def _items(self, step: Step, table: Table) -> list[BoardItem]:
        store = self.session.store
        page = self.table_session.current_page()
        if isinstance(page, NotesPage) and page.isVisible() \
                and (page.model.step_id, page.model.table_id) == (step.id, table.id):
            # The note list's model holds what the store says for this step and table,
            # kept current by the same change signals: reading the store again would
            # double the cost of every note typed with the projector open (bench).
            rows: Sequence[Note | Contribution] = page.model.notes()
        elif step.kind in StepKind.NOTE_KINDS:
            rows = store.board.notes(step.id, table.id)
        elif step.kind == StepKind.CONTRIBUTIONS:
            rows = store.board.contributions(step.id, table.id)
        else:
            return []
        return [BoardItem(r.text, r.votes, r.selected) for r in rows]

    def _show_front_page(self, step: Step, table: Table) -> None:
        """The front page the facilitator has in front, as the newspaper."""
        store = self.session.store
        pages = store.board.front_pages(step.id, table.id)
        current = self.table_session.current_page()
        shown = current.current_front_page() if isinstance(current, FrontPagePage) else None
        page = next((p for p in pages if shown and p.id == shown.id),
                    pages[0] if pages else None)
        camp = store.frame.camp()
        edition = self.tr("Bord %1").replace("%1", table.code)
        self.newspaper.set_camp(camp.municipality, camp.date, edition)
        if page is None:
            self.newspaper.set_page("", "", "", "")
        else:
            self.newspaper.set_page(page.headline, page.story, page.quote, page.quote_by)
        self.stack.setCurrentWidget(self.newspaper)

    def _show_plenary(self) -> None:
        store = self.session.store
        group = next((g for g in store.frame.main_groups() if g.id == self.group_id), None)
        self.timer.setText("")
        self.prompt.setVisible(True)
        self.stack.setCurrentWidget(self.board)
        if group is None:
            self.pages = []
            self.where.setText("")
            self.prompt.setText("")
            self.board.show_items([], self.tr("Hovedgruppen findes ikke længere."))
            return
        self.pages = plenary_pages(store, group)
        self.page_index = max(0, min(self.page_index, len(self.pages) - 1))
        name = group.code if not group.name else f"{group.code} – {group.name}"
        self.hint.setText(self.tr("Page Down/Up eller pilene: bladr · Home/End: første/sidste "
                                  "side · Esc: luk"))
        if not self.pages:
            self.where.setText(self.tr("Hovedgruppe %1").replace("%1", name))
            self.prompt.setText("")
            self.board.show_items([], self.tr(
                "Hovedgruppens borde har endnu ikke udvalgt noter."))
            return
        page = self.pages[self.page_index]
        self.where.setText(self.tr("Hovedgruppe %1 · %2 · side %3 af %4")
                           .replace("%1", name).replace("%2", page.step_title)
                           .replace("%3", str(self.page_index + 1))
                           .replace("%4", str(len(self.pages))))
        self.prompt.setText(page.prompt)
        self.board.show_items(list(page.items))

    def _show_timer(self) -> None:
        """The table session's countdown, as large as the question; none in the plenary."""
        source = self.table_session.timer
        if self.group_id is not None or source.isHidden() \
                or self.table_session.current_table() is None:
            self.timer.setText("")
            return
        remaining = source.remaining
        sign = "-" if remaining < 0 else ""
        minutes, seconds = divmod(abs(remaining), 60)
        self.timer.setText(f"{sign}{minutes:02d}:{seconds:02d}")
        self.timer.setStyleSheet(f"color: {_TIMER_COLOURS.get(source.state, '#ffffff')};")

    # -- paging ------------------------------------------------------------------------
    def go_to_page(self, index: int) -> None:
        if self.pages:
            self.page_index = max(0, min(index, len(self.pages) - 1))
            self._show_plenary()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        forward = key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down,
                          Qt.Key.Key_Space)
        back = key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up)
        if key == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.close()
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif self.group_id is not None and (forward or back):
            self.go_to_page(self.page_index + (1 if forward else -1))
        elif self.group_id is not None and key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.go_to_page(0 if key == Qt.Key.Key_Home else len(self.pages) - 1)
        elif self.group_id is None and key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.table_session.go(1 if key == Qt.Key.Key_PageDown else -1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- the window --------------------------------------------------------------------
    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (None: where it is)."""
        if screen is not None:
            if self.isFullScreen():
                self.showNormal()  # a full-screen window moves only once it is normal
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.refresh()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._clock.start()
        self.refresh()

    def hideEvent(self, event) -> None:
        self._clock.stop()
        self._pending.stop()
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_type()

    def _scale_type(self) -> None:
        """Type in proportion to the screen: read from the back of the room at any size."""
        height = max(480, self.height())
        for label, share, bold in ((self.where, 30, True), (self.prompt, 24, True),
                                   (self.timer, 13, True), (self.hint, 48, False)):
            font = QFont(label.font())
            font.setPixelSize(max(14, round(height / share)))
            font.setBold(bold)
            if label is self.timer:
                font.setStyleHint(QFont.StyleHint.Monospace)
                font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
            label.setFont(font)
