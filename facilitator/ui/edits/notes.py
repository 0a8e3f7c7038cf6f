"""Edits of a step's notes at a table: add, retype, select, vote, tag, move, delete."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from facilitator.domain.model import Note
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession
from facilitator.ui.shell.session import Place


def add_note(session: CampSession, *, step_id: str, table_id: str | None, text: str,
             tag: str = "", label: str | None = None,
             at: Callable[[Note], Place] | None = None) -> Note | None:
    """A typed note at the end of the step's list (or sent there from elsewhere: ``at``
    says where undo goes to show it)."""
    store = session.store
    return base.create(
        session, label or translate("NoteEdits", "Tilføj note"), Change.NOTE,
        lambda: store.board.add_note(step_id=step_id, table_id=table_id, text=text, tag=tag),
        store.board.delete_note, store.board.restore_note, key="note_id", at=at)


def _update(session: CampSession, note: Note, label: str, **values: object) -> Note | None:
    store = session.store
    old = {name: getattr(note, name) for name in values}
    return base.update(session, label, Change.NOTE,
                       lambda **new: store.board.update_note(note_id=note.id, **new), old, values)


def retype_note(session: CampSession, note: Note, text: str) -> Note | None:
    return _update(session, note, translate("NoteEdits", "Ret note"), text=text)


def select_note(session: CampSession, note: Note, selected: bool) -> Note | None:
    label = translate("NoteEdits", "Udvælg note") if selected \
        else translate("NoteEdits", "Fravælg note")
    return _update(session, note, label, selected=selected)


def vote_note(session: CampSession, note: Note, votes: int) -> Note | None:
    label = translate("NoteEdits", "Stem") if votes > note.votes \
        else translate("NoteEdits", "Fjern stemme")
    return _update(session, note, label, votes=votes)


def tag_note(session: CampSession, note: Note, tag: str) -> Note | None:
    return _update(session, note, translate("NoteEdits", "Mærk note"), tag=tag)


def delete_note(session: CampSession, note: Note, row: int) -> object | None:
    """Delete; undo puts the note back at ``row``."""
    store = session.store
    return base.delete(session, translate("NoteEdits", "Slet note"), Change.NOTE,
                       store.board.delete_note, partial(store.board.restore_note, index=row),
                       note_id=note.id)


def move_note(session: CampSession, note: Note, row: int, to: int) -> object | None:
    store = session.store
    return base.move(session, translate("NoteEdits", "Flyt note"), Change.NOTE,
                     lambda index: store.board.move_note(note_id=note.id, index=index), row, to)
