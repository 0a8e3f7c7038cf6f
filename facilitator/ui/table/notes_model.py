"""The notes of one step at one table as a Qt list model, with the edits a table makes.

The model is the only bridge between the note list widgets and the store: every edit
(typing, voting, selecting, tagging, moving, deleting) is one store operation run through
:meth:`CampSession.run`, so it is undoable and every view hears about it. Edits made here
update the model incrementally (one row inserted, one row changed) because the
facilitator types under time pressure; changes made elsewhere (undo, redo, another view)
arrive as :meth:`reload`, which diffs against what is shown so that the current row and
the selection survive.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from facilitator.domain.model import DILEMMA_TAGS, Note
from facilitator.domain.rules import clamp_votes, clean_note_text
from facilitator.store import CampStore
from facilitator.ui.shell.session import CampSession

#: Our own drag-and-drop format: the dragged notes' ids, so a drop can only reorder notes.
NOTE_MIME_TYPE = "application/x-facilitator-note-ids"

AnyIndex = QModelIndex | QPersistentModelIndex


class NotesModel(QAbstractListModel):
    """The notes of (step, table) in board order."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    VotesRole = Qt.ItemDataRole.UserRole + 2
    SelectedRole = Qt.ItemDataRole.UserRole + 3
    TagRole = Qt.ItemDataRole.UserRole + 4
    #: The whole :class:`Note`, for the delegate that paints it.
    NoteRole = Qt.ItemDataRole.UserRole + 5

    #: Long notes are stored intact, but a tooltip shows only this much.
    TOOLTIP_CHARS = 600
    TOOLTIP_FROM = 120

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step_id: str | None = None
        self.table_id: str | None = None
        self._notes: list[Note] = []
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
            self._notes = self._fetch()
            self.endResetModel()
        else:
            self.reload()

    def notes(self) -> Sequence[Note]:
        return tuple(self._notes)

    def note(self, row: int) -> Note:
        return self._notes[row]

    def note_or_none(self, row: int) -> Note | None:
        notes = self._notes
        return notes[row] if 0 <= row < len(notes) else None

    def row_of(self, note_id: str) -> int:
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                return row
        return -1

    def reload(self) -> None:
        """Catch up with the store, emitting the smallest change that describes it.

        Undo of an add is one removed row, undo of a vote one changed row, undo of a move
        one layout change: views keep their current row and scroll position.
        """
        fresh = self._fetch()
        old_ids = [n.id for n in self._notes]
        new_ids = [n.id for n in fresh]
        if old_ids == new_ids:
            old, self._notes = self._notes, fresh
            self._emit_data_changed(old)
        elif len(new_ids) == len(old_ids) + 1 \
                and (row := _without_one(new_ids, old_ids)) is not None:
            self.beginInsertRows(QModelIndex(), row, row)
            old, self._notes = [*self._notes[:row], fresh[row], *self._notes[row:]], fresh
            self.endInsertRows()
            self._emit_data_changed(old)
        elif len(old_ids) == len(new_ids) + 1 \
                and (row := _without_one(old_ids, new_ids)) is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            old = [*self._notes[:row], *self._notes[row + 1:]]
            self._notes = fresh
            self.endRemoveRows()
            self._emit_data_changed(old)
        elif set(old_ids) == set(new_ids):
            self._relayout(fresh)
        else:
            self.beginResetModel()
            self._notes = fresh
            self.endResetModel()

    def _fetch(self) -> list[Note]:
        if self.step_id is None:
            return []
        return self.session.store.board.notes(self.step_id, self.table_id)

    def _emit_data_changed(self, old: Sequence[Note]) -> None:
        changed = [row for row, (a, b) in enumerate(zip(old, self._notes, strict=True))
                   if a != b]
        if changed:
            self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))

    def _relayout(self, fresh: list[Note]) -> None:
        old = {n.id: n for n in self._notes}
        self.layoutAboutToBeChanged.emit()
        new_rows = {n.id: row for row, n in enumerate(fresh)}
        persistent = self.persistentIndexList()
        ids = [self._notes[p.row()].id for p in persistent]
        self._notes = fresh
        self.changePersistentIndexList(persistent, [self.index(new_rows[i]) for i in ids])
        self.layoutChanged.emit()
        self._emit_data_changed([old[n.id] for n in fresh])

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
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
            self.IdRole: note.id,
            self.VotesRole: note.votes,
            self.SelectedRole: note.selected,
            self.TagRole: note.tag,
            self.NoteRole: note,
        }.get(role)

    def _spoken(self, note: Note) -> str:
        """What a screen reader says for a row: the text, then votes and selection."""
        votes = self.tr("1 stemme") if note.votes == 1 else \
            self.tr("{n} stemmer").format(n=note.votes)
        parts = [note.text[:self.TOOLTIP_CHARS], votes]
        if note.selected:
            parts.append(self.tr("udvalgt"))
        return ", ".join(parts)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows, never onto a note.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        names = dict(super().roleNames())
        for role, name in ((self.IdRole, b"id"), (self.VotesRole, b"votes"),
                           (self.SelectedRole, b"selected"), (self.TagRole, b"tag"),
                           (self.NoteRole, b"note")):
            names[role] = QByteArray(name)
        return names

    def setData(self, index: AnyIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return False
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            text = str(value)
            if clean_note_text(text) == note.text:
                return True
            return self._update(index.row(), self.tr("Ret note"), text=text)
        if role in (Qt.ItemDataRole.CheckStateRole, self.SelectedRole):
            selected = _checked(value) if role == Qt.ItemDataRole.CheckStateRole \
                else bool(value)
            if selected == note.selected:
                return True
            label = self.tr("Udvælg note") if selected else self.tr("Fravælg note")
            return self._update(index.row(), label, selected=selected)
        if role == self.VotesRole:
            votes = clamp_votes(int(value))
            if votes == note.votes:
                return False
            label = self.tr("Stem") if votes > note.votes else self.tr("Fjern stemme")
            return self._update(index.row(), label, votes=votes)
        if role == self.TagRole:
            tag = str(value or "")
            if tag and tag not in DILEMMA_TAGS:
                return False
            if tag == note.tag:
                return True
            return self._update(index.row(), self.tr("Mærk note"), tag=tag)
        return False

    # -- edits -------------------------------------------------------------------------
    def _edit(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
        self._applying = True
        try:
            return self.session.run(text, do, undo, "note")
        finally:
            self._applying = False

    def _update(self, row: int, label: str, **values: Any) -> bool:
        note = self._notes[row]
        old = {k: getattr(note, k) for k in values}
        store = self.session.store
        updated = self._edit(label, lambda: store.board.update_note(note_id=note.id, **values),
                             lambda: store.board.update_note(note_id=note.id, **old))
        if updated is None:
            return False
        self._notes[row] = updated
        self.dataChanged.emit(self.index(row), self.index(row))
        return True

    def add_note(self, text: str, *, tag: str = "") -> QModelIndex | None:
        """Add a typed note at the end; its index, or None if nothing was added."""
        if self.step_id is None or clean_note_text(text) is None:
            return None
        do, undo = adding_note(self.session.store, self.step_id, self.table_id, text, tag)
        note = self._edit(self.tr("Tilføj note"), do, undo)
        if note is None:
            return None
        row = len(self._notes)
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.append(note)
        self.endInsertRows()
        return self.index(row)

    def delete_row(self, row: int) -> bool:
        note = self._notes[row]
        store = self.session.store
        if self._edit(self.tr("Slet note"), lambda: store.board.delete_note(note_id=note.id),
                      lambda: store.board.restore_note(note_id=note.id, index=row)) is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._notes[row]
        self.endRemoveRows()
        return True

    def change_votes(self, row: int, delta: int) -> bool:
        return self.setData(self.index(row), self._notes[row].votes + delta, self.VotesRole)

    def move_row(self, row: int, to: int) -> bool:
        """Move the note at ``row`` so that it ends up at ``to``."""
        if not (0 <= row < len(self._notes) and 0 <= to < len(self._notes)) or row == to:
            return False
        note = self._notes[row]
        store = self.session.store
        if self._edit(self.tr("Flyt note"), lambda: store.board.move_note(note_id=note.id,
                                                                          index=to),
                      lambda: store.board.move_note(note_id=note.id, index=row)) is None:
            return False
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to if to < row else to + 1)
        self._notes.insert(to, self._notes.pop(row))
        self.endMoveRows()
        return True

    def moveRows(self, source_parent: AnyIndex, source_row: int, count: int,  # noqa: N802
                 destination_parent: AnyIndex, destination_child: int) -> bool:
        """Qt's move (a view dragging within itself): one note at a time."""
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        to = destination_child if destination_child < source_row else destination_child - 1
        return self.move_row(source_row, to)

    # -- drag and drop -----------------------------------------------------------------
    # removeRows is deliberately not implemented: after a move-drop the view asks the
    # model to remove the dragged rows, and that request must do nothing.
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [NOTE_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        ids = [self._notes[r].id for r in rows]
        data.setData(NOTE_MIME_TYPE, QByteArray(json.dumps(ids).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: AnyIndex) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if action != Qt.DropAction.MoveAction or not data.hasFormat(NOTE_MIME_TYPE):
            return False
        try:
            ids = json.loads(bytes(data.data(NOTE_MIME_TYPE).data()).decode())
        except ValueError:
            return False
        if parent.isValid():
            row = parent.row()
        if row < 0:
            row = len(self._notes)
        moved = False
        for note_id in ids:
            source = self.row_of(str(note_id))
            if source < 0:
                continue
            to = row if row <= source else row - 1
            moved = self.move_row(source, to) or moved
            row = self.row_of(str(note_id)) + 1
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

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # noqa: N802
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


def adding_note(store: CampStore, step_id: str, table_id: str | None, text: str,
                tag: str = "") -> tuple[Callable[[], Note], Callable[[], Note]]:
    """The do and undo of adding a note at the end of a step's list, for
    :meth:`CampSession.run`: whether typed on the step or sent there from another."""
    created: list[str] = []

    def do() -> Note:
        # Redo brings the same note back, so later undo commands still find it.
        if created:
            return store.board.restore_note(note_id=created[0])
        note = store.board.add_note(step_id=step_id, table_id=table_id, text=text, tag=tag)
        created.append(note.id)
        return note

    return do, lambda: store.board.delete_note(note_id=created[0])


def _without_one(longer: list[str], shorter: list[str]) -> int | None:
    """The row whose removal from ``longer`` gives ``shorter``, if there is one."""
    for row, (a, b) in enumerate(zip(longer, shorter, strict=False)):
        if a != b:
            return row if longer[row + 1:] == shorter[row:] else None
    return len(shorter)


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
