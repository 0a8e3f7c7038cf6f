"""A note for the bulletin board from any step, without leaving the step.

The camp day's »Opslagstavlen« is open all day: what the table says in passing (a
question, praise, something not to forget) belongs there, while the group works on
another step. Ctrl+B or the button »Til opslagstavlen …« opens a small field over the
step; Enter puts the note on the current table's bulletin board, through the same store
operation and undo as a note typed on the board itself, and gives the keyboard back to
the field it came from, typed text and all; Esc cancels. Undo of such a note goes to the
bulletin board, as every undo goes to where its edit landed.

The field is a child of the table session laid over it, not a popup window: a popup
grabs the keyboard, so the text limit's warning and a refusal's message box could not
be answered while it is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import Step
from facilitator.domain.model import Table
from facilitator.domain.rules import clean_note_text
from facilitator.ui.edits import notes as note_edits
from facilitator.ui.shell import zoom
from facilitator.ui.shell.session import CampSession
from facilitator.ui.shell.session import Place
from facilitator.ui.shell.shortcuts import shortcut
from facilitator.ui.table.note_entry import NOTE_MINIMUM_PT
from facilitator.ui.table.note_entry import NOTE_SCALE
from facilitator.ui.table.note_entry import NoteEntry

#: The keys that open the field, from anywhere in the table session.
KEYS = "Ctrl+B"
#: How much of a note the status bar repeats.
GIST_CHARS = 60


def gist(text: str) -> str:
    """The note's first line, shortened to what a status bar shows."""
    whole = text.strip()
    short = whole.splitlines()[0][:GIST_CHARS].rstrip() if whole else ""
    return short if short == whole else short + "…"


class QuickNote(QFrame):
    """The field over the step, its button and its keys.

    ``where`` says where a note goes now: the current table and the program's bulletin
    board, either None when there is none (the dialogue box has no board).
    """

    WIDTH = 520

    def __init__(self, session: CampSession,
                 where: Callable[[], tuple[Table | None, Step | None]],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.where = where
        #: Where the keyboard was before the field opened; it goes back there.
        self._came_from: QWidget | None = None
        self.setObjectName("quickNote")
        # A frame, not a style sheet: a style sheet stops the session's zoomed type from
        # reaching the field's hint and buttons.
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setLineWidth(2)
        self.setAutoFillBackground(True)

        self.button = QPushButton(self.tr("Til opslagstavlen …"))
        self.button.setToolTip(self.tr(
            "Skriv en note til opslagstavlen uden at forlade trinnet (Ctrl+B)"))
        # A click leaves the keyboard where it is, so the note gives it back there.
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.open)
        self.keys = shortcut(KEYS, parent, self.open)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        zoom.scale_font(self.heading, 1.0, bold=True)
        self.entry = NoteEntry(self)
        self.entry.setPlaceholderText(self.tr("Skriv noten, og tryk Enter"))
        self.entry.setAccessibleName(self.tr("Note til opslagstavlen"))
        zoom.scale_font(self.entry, NOTE_SCALE, minimum_pt=NOTE_MINIMUM_PT)
        self.entry.submitted.connect(self.submit)
        self.entry.installEventFilter(self)
        hint = QLabel(self.tr("Enter lægger noten op, Esc fortryder. Du bliver på trinnet."),
                      self)
        hint.setWordWrap(True)
        hint.setEnabled(False)  # drawn faint: a reminder, not a control
        # The buttons take no focus: a click on them must not count as leaving the field.
        self.add_button = QPushButton(self.tr("Læg op"), self)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Fortryd"), self)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.entry)
        layout.addLayout(row)
        self.hide()
        parent.installEventFilter(self)  # follows the window's size while open

    # -- whether it can be used ----------------------------------------------------------
    def refresh(self) -> None:
        """Hidden where the program has no bulletin board; off with no table or read-only.

        Called at every change of step or table."""
        table, board = self.where()
        has_board = board is not None
        usable = has_board and table is not None and not self.session.read_only
        self.button.setVisible(has_board)
        self.button.setEnabled(usable)
        self.keys.setEnabled(usable)
        if self.isVisible():
            # Another step or table was chosen (the page there takes the keyboard): the
            # field closes as after a click elsewhere, and its draft waits for Ctrl+B.
            self._close(give_back=False)

    # -- open, put up, cancel ----------------------------------------------------------
    def open(self) -> None:
        table, board = self.where()
        if table is None or board is None or self.session.read_only:
            return
        if not self.isVisible():
            focus = QApplication.focusWidget()
            parent = self.parentWidget()
            self._came_from = focus if focus is not None and focus is not self.entry \
                and parent is not None and parent.isAncestorOf(focus) else None
        self._name(table, board)
        self._place()
        self.show()
        self.raise_()
        self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _name(self, table: Table, board: Step) -> None:
        self.heading.setText(self.tr("Note til »%1« ved bord %2")
                             .replace("%1", board.title).replace("%2", table.code))

    def submit(self) -> None:
        table, board = self.where()
        text = self.entry.text()
        if table is None or board is None or clean_note_text(text) is None:
            self.cancel()  # nothing to put up
            return
        note = note_edits.add_note(
            self.session, step_id=board.id, table_id=table.id, text=text,
            label=self.tr("Læg note på opslagstavlen"),
            at=lambda note: Place(table.id, board.id, note.id))
        if note is None:
            return  # refused (read-only file, disk full): said so; the text stays
        self.entry.clear()
        self._close(give_back=True)
        self.session.status.emit(self.tr("Lagt på opslagstavlen: »%1«")
                                 .replace("%1", gist(note.text)))

    def cancel(self) -> None:
        """Esc: nothing is put up, and the typed text goes."""
        self.entry.clear()
        self._close(give_back=True)

    def _close(self, give_back: bool) -> None:
        came_from, self._came_from = self._came_from, None
        self.hide()
        if give_back and came_from is not None and came_from.isVisible():
            came_from.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self) -> None:
        """Under the button, as wide as fits."""
        parent = self.parentWidget()
        if parent is None:
            return  # laid over the table session, which owns it
        width = min(int(self.WIDTH * zoom.level()), parent.width() - 16)
        below = self.button.mapTo(parent, QPoint(0, self.button.height() + 2)) \
            if self.button.isVisible() else QPoint(8, 8)
        x = max(8, min(below.x(), parent.width() - width - 8))
        self.setFixedWidth(width)
        layout = self.layout()
        height = layout.totalHeightForWidth(width) \
            if layout is not None and layout.hasHeightForWidth() else self.sizeHint().height()
        self.setGeometry(x, below.y(), width, height)

    # -- keys and focus ------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.isVisible():
            self._place()  # zoomed while open: as wide and high as the new type needs

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.entry and event.type() == QEvent.Type.FocusOut \
                and isinstance(event, QFocusEvent) and self.isVisible():
            reason = event.reason()
            # Clicked or tabbed elsewhere: the facilitator went on; the draft waits for
            # the next Ctrl+B. A warning box or a menu takes the focus only for a moment.
            if reason == Qt.FocusReason.MouseFocusReason:
                self._close(give_back=False)
            elif reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
                self._close(give_back=True)
        elif watched is self.parentWidget() and event.type() == QEvent.Type.Resize \
                and self.isVisible():
            self._place()
        return False
