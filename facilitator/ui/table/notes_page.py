"""The note step page: what a table facilitator types into, in front of the whole table.

Keyboard first: type and press Enter to add; in the list ``+``/``=`` and ``-`` vote,
Space selects (in the entry field too, while it is empty: right after Enter they act on
the note just added), F2 edits, Delete deletes (undoable), Ctrl+Up/Down reorders, and any
letter typed in the list goes on in the entry field. Every key has a button and a
context-menu entry for those who use the mouse, and every edit is undoable. The parts:
the entry field (:mod:`.note_entry`), the list (:mod:`.notes_view`) and its post-its
(:mod:`.note_card`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.participants import people_at_table
from facilitator.domain.rules import clean_note_text
from facilitator.domain.rules import dots_used
from facilitator.domain.rules import note_counts
from facilitator.domain.words import counted
from facilitator.ui.common.layouts import STRETCH
from facilitator.ui.common.layouts import hbox
from facilitator.ui.edits.change import Change
from facilitator.ui.shell import zoom
from facilitator.ui.shell.session import CampSession
from facilitator.ui.shell.status_text import StatusText
from facilitator.ui.table.note_card import NoteCardDelegate
from facilitator.ui.table.note_entry import NOTE_MINIMUM_PT
from facilitator.ui.table.note_entry import NOTE_SCALE
from facilitator.ui.table.note_entry import NoteEntry
from facilitator.ui.table.notes_model import NotesByVotes
from facilitator.ui.table.notes_model import NotesModel
from facilitator.ui.table.notes_view import NotesView
from facilitator.ui.table.step_page import StepPage

__all__ = ["ALL_DOTS_INK", "OVER_DOTS_INK", "NoteEntry", "NotesPage"]

#: The dot counter's ink when every dot is given (amber) and when the table is over (red):
#: dark enough to read as text on the light window, and never the only sign (words too).
ALL_DOTS_INK, OVER_DOTS_INK = QColor("#8a5a00"), QColor("#b3261e")


class NotesPage(StepPage):
    """A notes-with-votes step: indicators, prerequisites, bulletin board, good idea."""

    #: Notes, and the people counted at the table (their dots are the vote limit).
    watches = Change.NOTE | Change.PARTICIPANTS

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._people = 0  # who share the table's dots (reload reads them)
        self.model = NotesModel(session, self)
        self.proxy = NotesByVotes(self)
        self.proxy.setSourceModel(self.model)
        self._build_entry()
        self._build_view()
        self.tools = self._build_tools()
        footer = self._build_footer()
        self.top = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)  # the session's pane has margins already
        layout.addLayout(self.top)
        layout.addLayout(self.entry_row)
        layout.addWidget(self.entry_hint)
        layout.addLayout(self.tools)
        # The list, and beside it whatever a kind of step shows next to the notes (the
        # dilemma step's case): on a laptop the width is plentiful and the height is not.
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.view)
        layout.addWidget(self.body, 1)
        layout.addLayout(footer)
        self.setTabOrder(self.entry, self.view)
        self._connect()
        self._update_drag()
        self._update_counts()

    def _build_entry(self) -> None:
        self.entry = NoteEntry(self)
        self.entry.setPlaceholderText(self.tr("Skriv en note, og tryk Enter"))
        self.entry.setAccessibleName(self.tr("Ny note"))
        self.entry.setToolTip(self.tr(
            "Skriv bordets note, og tryk Enter for at tilføje den. Shift+Enter giver en ny "
            "linje. Pil ned går til listen."))
        self.add_button = QPushButton(self.tr("Tilføj"), self)
        self.add_button.setToolTip(self.tr("Tilføj noten (Enter)"))
        self.entry_row = QHBoxLayout()
        self.entry_row.addWidget(self.entry, 1)
        self.entry_row.addWidget(self.add_button)
        self.entry.when_empty = {
            Qt.Key.Key_Plus: lambda: self._on_current(lambda: self.vote(1)),
            Qt.Key.Key_Equal: lambda: self._on_current(lambda: self.vote(1)),
            Qt.Key.Key_Minus: lambda: self._on_current(lambda: self.vote(-1)),
            Qt.Key.Key_Space: lambda: self._on_current(self.toggle_selected),
        }
        self.entry_hint = QLabel(self.tr(
            "Når feltet er tomt, giver + en stemme og - fjerner en på den valgte note, "
            "og mellemrum udvælger den."), self)
        self.entry_hint.setWordWrap(True)
        self.entry_hint.setEnabled(False)  # drawn faint: a reminder, not a control

    def _build_view(self) -> None:
        self.view = NotesView(self)
        # Read across the table: never under 13 pt, and larger with the session's zoom.
        zoom.scale_font(self.view, NOTE_SCALE, minimum_pt=NOTE_MINIMUM_PT)
        zoom.scale_font(self.entry, NOTE_SCALE, minimum_pt=NOTE_MINIMUM_PT)
        self.delegate = NoteCardDelegate(self.view, self.model, self.proxy)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(self.delegate)
        self.view.setWordWrap(True)
        # Rows differ in height, so the list measures every row on each insert (cheap:
        # the delegate remembers sizes). In one pass: batches took ten trips through the
        # event loop and a second repaint for every note added to a long list.
        self.view.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.setAccessibleName(self.tr("Noter"))
        self.view.setAccessibleDescription(self.tr(
            "Plus eller lighedstegn giver en stemme, minus fjerner en. Mellemrum udvælger. "
            "F2 retter. Delete sletter. Ctrl+pil op og ned flytter."))
        self.view.setToolTip(self.view.accessibleDescription())

    def _build_tools(self) -> QHBoxLayout:
        """A button for each key of the list, and the sorting by votes."""
        self.vote_down_button = self._tool_button("−", self.tr("Fjern en stemme (-)"),
                                                  lambda: self.vote(-1))
        self.vote_up_button = self._tool_button("+", self.tr("Giv en stemme (+)"),
                                                lambda: self.vote(1))
        self.select_button = self._tool_button("✓", self.tr("Udvælg eller fravælg (Mellemrum)"),
                                               self.toggle_selected)
        self.up_button = self._tool_button("↑", self.tr("Flyt op (Ctrl+pil op)"),
                                           lambda: self.move_current(-1))
        self.down_button = self._tool_button("↓", self.tr("Flyt ned (Ctrl+pil ned)"),
                                             lambda: self.move_current(1))
        self.delete_button = self._tool_button(self.tr("Slet"), self.tr("Slet noten (Delete)"),
                                               self.delete_current)
        self.sort_button = QToolButton(self)
        self.sort_button.setText(self.tr("Sortér efter stemmer"))
        self.sort_button.setCheckable(True)
        self.sort_button.setToolTip(self.tr(
            "Vis noterne med flest stemmer øverst. Rækkefølgen på tavlen ændres ikke."))
        self.sort_button.setAccessibleName(self.sort_button.text())
        self.sort_button.toggled.connect(self.set_sorted_by_votes)
        return hbox(self.vote_down_button, self.vote_up_button, self.select_button,
                    self.up_button, self.down_button, self.delete_button, STRETCH,
                    self.sort_button)

    def _build_footer(self) -> QHBoxLayout:
        self.counts_label = StatusText(self)
        self.counts_label.setAccessibleName(self.tr("Optælling"))
        # The step's vote limit: dots given against the table's participants × dots.
        self.dots_label = StatusText(self)
        self.dots_label.setVisible(False)
        self._dots_look: tuple[QColor | None, bool] = (None, False)
        self.status_label = StatusText(self, Qt.AlignmentFlag.AlignRight)
        self.status_label.setAccessibleName(self.tr("Status"))
        return hbox((self.counts_label, 1), (self.dots_label, 1), (self.status_label, 1))

    def _connect(self) -> None:
        session = self.session
        self.entry.submitted.connect(self.add_from_entry)
        self.entry.left_downwards.connect(self._focus_list)
        self.add_button.clicked.connect(self.add_from_entry)
        self.view.on_text = self._type_into_entry
        self.view.context_menu = self._fill_context_menu
        self.view.bindings.update(self._bindings())
        session.failed.connect(self._show_failure)
        # "Note slettet – Ctrl+Z fortryder" is out of date once something is undone.
        session.undone.connect(lambda message, _place: self.status_label.setText(message))
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset,
                       self.model.dataChanged, self.model.layoutChanged):
            signal.connect(self._update_counts)

    def _tool_button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def _bindings(self) -> dict[tuple[int, bool], Callable[[], None]]:
        key = Qt.Key
        return {
            (key.Key_Plus, False): lambda: self.vote(1),
            (key.Key_Equal, False): lambda: self.vote(1),
            (key.Key_Minus, False): lambda: self.vote(-1),
            (key.Key_Space, False): self.toggle_selected,
            (key.Key_Delete, False): self.delete_current,
            (key.Key_Up, True): lambda: self.move_current(-1),
            (key.Key_Down, True): lambda: self.move_current(1),
            (key.Key_Escape, False): self.focus_entry,
        }

    # -- StepPage ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.model.applying:
            return  # our own edit: the model is already up to date
        current = self.current_note_id()
        self.model.show_notes(self.step.id if self.step else None, self.table_id)
        if current is not None and self.current_note_id() is None:
            self.set_current_note(current)
        editable = not self.session.read_only
        self.entry.setReadOnly(not editable)
        self.add_button.setEnabled(editable)
        table = self.table
        self._people = 0 if table is None else people_at_table(
            self.session.store.participants.counts(table.id), table.participants)
        self._update_counts()

    def focus_entry(self) -> None:
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the current note --------------------------------------------------------------
    def current_row(self) -> int:
        """The current note's row in board order, or -1."""
        index = self.proxy.mapToSource(self.view.currentIndex())
        return index.row() if index.isValid() else -1

    def current_note_id(self) -> str | None:
        row = self.current_row()
        return self.model.note(row).id if row >= 0 else None

    def current_item_id(self) -> str | None:
        return self.current_note_id()

    def select_item(self, item_id: str) -> None:
        self.set_current_note(item_id)

    def set_current_note(self, note_id: str) -> None:
        row = self.model.row_of(note_id)
        if row >= 0:
            self._set_current(self.model.index(row, 0))

    def _set_current(self, source: QModelIndex) -> None:
        index = self.proxy.mapFromSource(source)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _on_current(self, action: Callable[[], None]) -> bool:
        """Do ``action`` to the current note, if there is one; whether it was done."""
        if self.current_row() < 0:
            return False
        action()
        return True

    def _with_current(self) -> int:
        row = self.current_row()
        if row < 0:
            self.show_status(self.tr("Vælg først en note i listen"))
        return row

    # -- what the facilitator does -----------------------------------------------------
    def next_tag(self) -> str:
        """The tag a newly typed note gets (none here; the dilemma page chooses one)."""
        return ""

    def add_from_entry(self) -> None:
        text = self.entry.text()
        if clean_note_text(text) is None:
            self.entry.clear()
            self.focus_entry()
            return
        index = self.model.add_note(text, tag=self.next_tag())
        if index is None:
            return  # refused (read-only file, disk full): the typed text stays
        self.entry.clear()
        self.show_status("")
        self._set_current(index)
        self.focus_entry()

    def vote(self, delta: int) -> None:
        row = self._with_current()
        if row >= 0:
            self.model.change_votes(row, delta)

    def toggle_selected(self) -> None:
        row = self._with_current()
        if row >= 0:
            index = self.model.index(row, 0)
            self.model.setData(index, not self.model.note(row).selected,
                               NotesModel.SelectedRole)

    def delete_current(self) -> None:
        row = self._with_current()
        if row >= 0 and self.model.delete_row(row):
            undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
                QKeySequence.SequenceFormat.NativeText)
            self.show_status(self.tr("Note slettet – {undo} fortryder").format(undo=undo))

    def move_current(self, delta: int) -> None:
        row = self._with_current()
        if row < 0:
            return
        if self.proxy.sorted_by_votes:
            self.show_status(self.tr("Slå »Sortér efter stemmer« fra for at flytte noter"))
            return
        if self.model.move_row(row, row + delta):
            self.view.scrollTo(self.view.currentIndex())

    def edit_current(self) -> None:
        if self._with_current() >= 0:
            self.view.edit(self.view.currentIndex())

    def set_sorted_by_votes(self, on: bool) -> None:
        current = self.current_note_id()
        self.proxy.set_sorted_by_votes(on)
        if self.sort_button.isChecked() != on:
            self.sort_button.setChecked(on)
        self._update_drag()
        if current is not None:
            self.set_current_note(current)

    # -- feedback ----------------------------------------------------------------------
    def show_status(self, text: str) -> None:
        """Show a short message under the list and, if it says something, in the status bar."""
        self.status_label.setText(text)
        if text:
            self.session.status.emit(text)

    def _show_failure(self, text: str) -> None:
        if self.isVisible():
            self.show_status(text)

    def _update_counts(self, *_: object) -> None:
        notes, votes, selected = note_counts(self.model.notes())
        parts = [
            self.tr("1 note") if notes == 1 else self.tr("{n} noter").format(n=notes),
            self.tr("1 stemme") if votes == 1 else self.tr("{n} stemmer").format(n=votes),
            self.tr("{n} udvalgt").format(n=selected),
        ]
        self.counts_label.setText(" · ".join(parts))
        self._update_dots(votes)

    def _update_dots(self, votes: int) -> None:
        """Dots used against the step's limit; over the limit warns but never refuses.

        Votes stay allowed past the limit: a latecomer's dots, a recount – the
        facilitator decides, so the counter says it in words and colour, no dialog.
        """
        per_participant = self.step.dots if self.step else 0
        self.dots_label.setVisible(per_participant > 0)
        if per_participant <= 0:
            return
        participants = self._people
        used = dots_used(votes, participants, per_participant)
        ink = None
        if used.available is None:
            text = counted(used.used, self.tr("%n prik brugt – bordets antal deltagere er "
                                              "ikke sat"),
                           self.tr("%n prikker brugt – bordets antal deltagere er ikke sat"))
            tip = counted(per_participant, self.tr("Hver deltager har %n prik."),
                          self.tr("Hver deltager har %n prikker.")) + " " + self.tr(
                "Tæl bordets deltagere med »Deltagere …« (Ctrl+D), eller skriv antallet under "
                "»Forberedelse« → »Hovedgrupper og borde«, for at se, hvor mange prikker der "
                "er tilbage.")
        else:
            text = counted(used.available, self.tr("%1 af %n prik brugt"),
                           self.tr("%1 af %n prikker brugt")).replace("%1", str(used.used))
            tip = counted(per_participant, self.tr("Hver deltager har %n prik;"),
                          self.tr("Hver deltager har %n prikker;")) + " " + counted(
                participants, self.tr("bordet har %n deltager."),
                self.tr("bordet har %n deltagere."))
            if used.over:
                text += " – " + counted(used.over, self.tr("%n for mange", "ét"),
                                        self.tr("%n for mange", "flere"))
                tip += " " + self.tr("Bordet har givet flere stemmer, end deltagerne har "
                                     "prikker. Stemmerne er gemt; I afgør selv, hvad der "
                                     "gælder.")
                ink = OVER_DOTS_INK
            elif used.left == 0:
                tip += " " + self.tr("Alle prikker er brugt.")
                ink = ALL_DOTS_INK
        self.dots_label.setText(text)
        self.dots_label.setToolTip(tip)
        # Colour and weight only when they change: a new font asks the layout for room,
        # and the counter is redrawn on every vote (StatusText exists to avoid that).
        if (ink, used.over > 0) != self._dots_look:
            self._dots_look = (ink, used.over > 0)
            palette = self.palette()
            if ink is not None:
                palette.setColor(self.dots_label.foregroundRole(), ink)
            self.dots_label.setPalette(palette)
            font = self.font()
            font.setBold(used.over > 0)
            self.dots_label.setFont(font)

    def _update_drag(self) -> None:
        """Drag to reorder only in board order: in a sorted view a drop means nothing."""
        if self.proxy.sorted_by_votes or self.session.read_only:
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        else:
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.view.setDefaultDropAction(Qt.DropAction.MoveAction)

    # -- keyboard and menu helpers -----------------------------------------------------
    def _focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _type_into_entry(self, text: str) -> None:
        self.focus_entry()
        self.entry.insertPlainText(text)

    def _fill_context_menu(self, menu: QMenu) -> None:
        """Each entry shows its key after a tab, as a reminder for next time."""
        has_note = self.current_row() >= 0
        for label, key, slot in (
            (self.tr("Giv en stemme"), "+", lambda: self.vote(1)),
            (self.tr("Fjern en stemme"), "-", lambda: self.vote(-1)),
            (self.tr("Udvælg / fravælg"), self.tr("Mellemrum"), self.toggle_selected),
            (self.tr("Ret"), "F2", self.edit_current),
            (self.tr("Flyt op"), self.tr("Ctrl+Op"), lambda: self.move_current(-1)),
            (self.tr("Flyt ned"), self.tr("Ctrl+Ned"), lambda: self.move_current(1)),
            (self.tr("Slet"), self.tr("Delete"), self.delete_current),
        ):
            action = menu.addAction(f"{label}\t{key}")
            action.setEnabled(has_note and not self.session.read_only)
            action.triggered.connect(slot)
