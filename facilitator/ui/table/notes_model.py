"""The notes of one step at one table as a Qt list model, with the edits a table makes.

The model is the only bridge between the note list widgets and the store: every edit
(typing, voting, selecting, tagging, moving, deleting) is one edit of
:mod:`facilitator.ui.edits.notes`, so it is undoable and every view hears about it. Edits made here
update the model incrementally (one row inserted, one row changed) because the
facilitator types under time pressure; changes made elsewhere (undo, redo, another view)
arrive as :meth:`reload`, which diffs against what is shown (``minimal_updates`` of
:class:`~facilitator.ui.common.list_model.RowsModel`) so that the current row and the
selection survive.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from typing import Any
from typing import TypeVar

from PySide6.QtCore import QByteArray
from PySide6.QtCore import QMimeData
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtCore import Qt

from facilitator.domain.model import DILEMMA_TAGS
from facilitator.domain.model import Note
from facilitator.domain.rules import clamp_votes
from facilitator.domain.rules import clean_note_text
from facilitator.ui.common.drag import MovesOnly
from facilitator.ui.common.drag import ids_from_mime
from facilitator.ui.common.drag import ids_mime
from facilitator.ui.common.list_model import Index
from facilitator.ui.common.list_model import RowsModel
from facilitator.ui.edits import notes as note_edits
from facilitator.ui.shell.session import CampSession

#: Our own drag-and-drop format: the dragged notes' ids, so a drop can only reorder notes.
NOTE_MIME_TYPE = "application/x-facilitator-note-ids"

T = TypeVar("T")


class NotesModel(MovesOnly, RowsModel[Note]):
    """The notes of (step, table) in board order."""

    #: The whole :class:`Note`, for the delegate that paints it.
    NoteRole = RowsModel.RowRole
    mime_type = NOTE_MIME_TYPE
    VotesRole = Qt.ItemDataRole.UserRole + 3
    SelectedRole = Qt.ItemDataRole.UserRole + 4
    TagRole = Qt.ItemDataRole.UserRole + 5
    #: Undo and redo arrive as reloads: the smallest change keeps the current note.
    minimal_updates = True

    #: Long notes are stored intact, but a tooltip shows only this much.
    TOOLTIP_CHARS = 600
    TOOLTIP_FROM = 120

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step_id: str | None = None
        self.table_id: str | None = None
        self._applying = False

    # -- what is shown -----------------------------------------------------------------
    @property
    def applying(self) -> bool:
        """True while this model's own edit runs: its change signal needs no reload."""
        return self._applying

    def show_notes(self, step_id: str | None, table_id: str | None) -> None:
        """Show another (step, table); a full reset only when the owner really changes."""
        if (step_id, table_id) != (self.step_id, self.table_id):
            self.beginResetModel()
            self.step_id, self.table_id = step_id, table_id
            self._rows = self.fetch()
            self.endResetModel()
        else:
            self.reload()

    def fetch(self) -> list[Note]:
        return self._fetch()

    def _fetch(self) -> list[Note]:
        # Transition: the triangle's LevelNotesModel (ui/dialogue_box) overrides this
        # name and reads ``_notes``; both go when it overrides ``fetch`` and uses rows().
        if self.step_id is None:
            return []
        return self.session.store.board.notes(self.step_id, self.table_id)

    @property
    def _notes(self) -> list[Note]:
        return self._rows

    @_notes.setter
    def _notes(self, notes: list[Note]) -> None:
        self._rows = notes

    def notes(self) -> Sequence[Note]:
        return tuple(self._rows)

    def note(self, row: int) -> Note:
        return self._rows[row]

    def note_or_none(self, row: int) -> Note | None:
        notes = self._rows
        return notes[row] if 0 <= row < len(notes) else None

    # -- Qt model interface ------------------------------------------------------------
    def cell(self, note: Note, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return note.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if note.selected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            # Only notes that may be cut short in the list need their text as a tooltip.
            text = note.text
            if len(text) < self.TOOLTIP_FROM and "\n" not in text:
                return None
            return text if len(text) <= self.TOOLTIP_CHARS else text[:self.TOOLTIP_CHARS] + "…"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(note)
        return {
            self.VotesRole: note.votes,
            self.SelectedRole: note.selected,
            self.TagRole: note.tag,
        }.get(role)

    def _spoken(self, note: Note) -> str:
        """What a screen reader says for a row: the text, then votes and selection."""
        votes = self.tr("1 stemme") if note.votes == 1 else \
            self.tr("{n} stemmer").format(n=note.votes)
        parts = [note.text[:self.TOOLTIP_CHARS], votes]
        if note.selected:
            parts.append(self.tr("udvalgt"))
        return ", ".join(parts)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows, never onto a note.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in ((self.IdRole, b"id"), (self.VotesRole, b"votes"),
                           (self.SelectedRole, b"selected"), (self.TagRole, b"tag"),
                           (self.NoteRole, b"note")):
            names[role] = QByteArray(name)
        return names

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        note = self._rows[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            text = str(value)
            if clean_note_text(text) == note.text:
                return True
            return self._apply(index.row(),
                               lambda: note_edits.retype_note(self.session, note, text))
        if role in (Qt.ItemDataRole.CheckStateRole, self.SelectedRole):
            selected = _checked(value) if role == Qt.ItemDataRole.CheckStateRole \
                else bool(value)
            if selected == note.selected:
                return True
            return self._apply(index.row(),
                               lambda: note_edits.select_note(self.session, note, selected))
        if role == self.VotesRole:
            votes = clamp_votes(int(value))
            if votes == note.votes:
                return False
            return self._apply(index.row(), lambda: note_edits.vote_note(self.session, note, votes))
        if role == self.TagRole:
            tag = str(value or "")
            if tag and tag not in DILEMMA_TAGS:
                return False
            if tag == note.tag:
                return True
            return self._apply(index.row(), lambda: note_edits.tag_note(self.session, note, tag))
        return False

    # -- edits -------------------------------------------------------------------------
    def _edit(self, edit: Callable[[], T]) -> T | None:
        """Run an edit of ours without reloading from the change it announces."""
        self._applying = True
        try:
            return edit()
        finally:
            self._applying = False

    def _apply(self, row: int, edit: Callable[[], Note | None]) -> bool:
        updated = self._edit(edit)
        if updated is None:
            return False
        self.replace(row, updated)
        return True

    def add_by(self, edit: Callable[[], Note | None]) -> QModelIndex | None:
        """Run an edit that adds a note at the end, and show it there; its index, or
        None if the edit was refused. (Subclasses add their own kinds of note with it.)"""
        note = self._edit(edit)
        if note is None:
            return None
        self.insert(len(self._rows), note)
        return self.index(len(self._rows) - 1, 0)

    def remove_by(self, row: int, edit: Callable[[], object]) -> bool:
        """Run an edit that takes the note at ``row`` out of this list, and show that."""
        if self._edit(edit) is None:
            return False
        self.remove(row)
        return True

    def move_by(self, row: int, to: int, edit: Callable[[], object]) -> bool:
        """Run an edit that moves the note at ``row`` to ``to``, and show it moved."""
        if not (0 <= row < len(self._rows) and 0 <= to < len(self._rows)) or row == to:
            return False
        if self._edit(edit) is None:
            return False
        self.move(row, to)
        return True

    def add_note(self, text: str, *, tag: str = "") -> QModelIndex | None:
        """Add a typed note at the end; its index, or None if nothing was added."""
        step_id = self.step_id
        if step_id is None or clean_note_text(text) is None:
            return None
        return self.add_by(lambda: note_edits.add_note(
            self.session, step_id=step_id, table_id=self.table_id, text=text, tag=tag))

    def delete_row(self, row: int) -> bool:
        note = self._rows[row]
        return self.remove_by(row, lambda: note_edits.delete_note(self.session, note, row))

    def change_votes(self, row: int, delta: int) -> bool:
        return self.setData(self.index(row, 0), self._rows[row].votes + delta, self.VotesRole)

    def move_row(self, row: int, to: int) -> bool:
        """Move the note at ``row`` so that it ends up at ``to``."""
        note = self.note_or_none(row)
        return note is not None and self.move_by(
            row, to, lambda: note_edits.move_note(self.session, note, row, to))

    def moveRows(self, source_parent: Index, source_row: int, count: int,
                 destination_parent: Index, destination_child: int) -> bool:
        """Qt's move (a view dragging within itself): one note at a time."""
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        to = destination_child if destination_child < source_row else destination_child - 1
        return self.move_row(source_row, to)

    # -- drag and drop -----------------------------------------------------------------
    # removeRows is deliberately not implemented: after a move-drop the view asks the
    # model to remove the dragged rows, and that request must do nothing (MovesOnly).
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return ids_mime(NOTE_MIME_TYPE, [self._rows[r].id for r in rows])

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = ids_from_mime(data, NOTE_MIME_TYPE)
        if action != Qt.DropAction.MoveAction or not ids:
            return False
        if parent.isValid():
            row = parent.row()
        if row < 0:
            row = len(self._rows)
        moved = False
        for note_id in ids:
            source = self.row_of(note_id)
            if source < 0:
                continue
            to = row if row <= source else row - 1
            moved = self.move_row(source, to) or moved
            row = self.row_of(note_id) + 1
        return moved


class NotesByVotes(QSortFilterProxyModel):
    """A view-only order: most votes first, equal votes in board order.

    Sorting never writes positions: the board order the table built stays as it was
    when the facilitator turns the sorting off again.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)

    @property
    def sorted_by_votes(self) -> bool:
        return self.sortColumn() == 0

    def set_sorted_by_votes(self, on: bool) -> None:
        if on:
            self.sort(0, Qt.SortOrder.DescendingOrder)
        else:
            self.sort(-1)

    def lessThan(self, left: Index, right: Index) -> bool:
        source = self.sourceModel()
        if isinstance(source, NotesModel):  # the fast path: no data() round trips
            a, b = source.note(left.row()).votes, source.note(right.row()).votes
        else:
            a = left.data(NotesModel.VotesRole) or 0
            b = right.data(NotesModel.VotesRole) or 0
        if a != b:
            return a < b
        # Sorted descending: the note higher on the board must compare as "greater".
        return left.row() > right.row()


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
