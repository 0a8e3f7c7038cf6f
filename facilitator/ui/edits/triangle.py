"""Edits of the inverted triangle's notes: a note on a level, moved within its level,
moved to another level, deleted.

The triangle's notes are a step's notes with a level; the labels are the notes' own
(translated in the ``NoteEdits`` context, like :mod:`facilitator.ui.edits.notes`).
"""

from __future__ import annotations

from facilitator.domain.model import Note
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def add_level_note(session: CampSession, *, step_id: str, table_id: str | None, level: int,
                   text: str) -> Note | None:
    """A note last on its level."""
    store = session.store
    return base.create(
        session, translate("NoteEdits", "Tilføj note"), Change.NOTE,
        lambda: store.dialogue_box.add_level_note(step_id=step_id, table_id=table_id, level=level,
                                     text=text),
        store.board.delete_note, store.board.restore_note, key="note_id")


def delete_level_note(session: CampSession, note: Note) -> Note | None:
    """Delete; a tombstone keeps its position, so undo puts the note back in its place
    among the step's notes of every level."""
    store = session.store
    return base.delete(session, translate("NoteEdits", "Slet note"), Change.NOTE,
                       store.board.delete_note, store.board.restore_note, note_id=note.id)


def move_level_note(session: CampSession, note: Note, row: int, to: int) -> list[str] | None:
    """Move within the level, from ``row`` to ``to`` of the level's notes."""
    store = session.store
    return base.move(session, translate("NoteEdits", "Flyt note"), Change.NOTE,
                     lambda index: store.dialogue_box.move_level_note(note_id=note.id, index=index),
                     row, to)


def change_level(session: CampSession, note: Note, level: int) -> Note | None:
    """Move a note to another level (last there); undo puts it back on its own."""
    store = session.store
    label = translate("NoteEdits", "Flyt note til niveau %1").replace("%1", str(level))
    return base.update(
        session, label, Change.NOTE,
        lambda **values: store.dialogue_box.set_note_level(note_id=note.id, **values),
        {"level": note.level}, {"level": level})
