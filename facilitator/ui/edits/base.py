"""The few shapes every undoable edit takes: create, update, delete, move.

An edit is an :class:`Op`: what the store does, what undoes it, what it changed and how
the undo stack names it. :meth:`CampSession.apply
<facilitator.ui.shell.session.CampSession.apply>` runs it once, puts it on the undo
stack only if the store accepted it, and announces the change. The helpers below build
the ops whose undo is always written the same way, so that an edit function in this
package says only which store calls make and unmake it.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING
from typing import Any
from typing import Generic
from typing import Protocol
from typing import TypeVar
from typing import cast

from PySide6.QtCore import QCoreApplication

from facilitator.ui.edits.change import Change

if TYPE_CHECKING:
    from facilitator.ui.shell.session import CampSession
    from facilitator.ui.shell.session import Place

T = TypeVar("T")

#: Qt's translate under the name lupdate reads: every undo text is written
#: ``translate("NoteEdits", "Tilføj note")`` in full, context and text as literals, so
#: that it reaches the .ts files (a helper taking the text as a variable hides it).
translate = QCoreApplication.translate


class HasId(Protocol):
    @property
    def id(self) -> str: ...


@dataclass
class Op(Generic[T]):
    """One undoable edit, described."""

    #: The undo stack's name for it, translated ("Tilføj note").
    text: str
    change: Change
    do: Callable[[], T]
    undo: Callable[[], object]
    #: Consecutive ops with the same key (typing in one field) undo as one.
    merge_key: str | None = None
    #: Where undo goes to show the edit, given its result, when it lands away from the
    #: step on screen (a quick note sent to the bulletin board).
    at: Callable[[T], Place] | None = None


def create(session: CampSession, text: str, change: Change, make: Callable[[], T],
           remove: Callable[..., object], revive: Callable[..., T], *, key: str,
           id_of: Callable[[T], str] | None = None,
           at: Callable[[T], Place] | None = None) -> T | None:
    """Add a row with ``make``; undo ``remove``s it by id, redo ``revive``s the same id,
    so later edits on the stack that point at it stay valid. Both are the store's own
    calls, given the id as the keyword ``key`` (``delete_note(note_id=…)``). The id is
    ``made.id`` unless ``id_of`` says otherwise (a store call that returns the id itself)."""
    made: list[str] = []
    remove_id, revive_id = by_id(remove, key), by_id(revive, key)

    def do() -> T:
        if made:
            return revive_id(made[0])
        result = make()
        made.append(id_of(result) if id_of is not None else cast(HasId, result).id)
        return result

    return session.apply(Op(text, change, do, lambda: remove_id(made[0]), at=at))


def update(session: CampSession, text: str, change: Change, write: Callable[..., T],
           old: Mapping[str, Any], new: Mapping[str, Any], *,
           merge_key: str | None = None) -> T | None:
    """Write ``new`` values with ``write(**new)``; undo writes the ``old`` ones back."""
    return session.apply(Op(text, change, lambda: write(**new), lambda: write(**old),
                            merge_key=merge_key))


def set_field(session: CampSession, text: str, change: Change, write: Callable[..., T],
              row: object, field: str, value: object, **row_id: str) -> T | None:
    """:func:`update` of one field from what ``row`` holds now to ``value``: ``write`` is
    the store's own call, given the row's id as it names it (``table_id=table.id``)."""
    return update(session, text, change, partial(write, **row_id),
                  {field: getattr(row, field)}, {field: value})


def delete(session: CampSession, text: str, change: Change, remove: Callable[..., T],
           restore: Callable[..., object], **row_id: str) -> T | None:
    """Remove a row (softly: the store keeps it); undo ``restore``s it where it was. Both
    are the store's own calls, given the row's id as they name it (``note_id=note.id``)."""
    return session.apply(Op(text, change, lambda: remove(**row_id),
                            lambda: restore(**row_id)))


def move(session: CampSession, text: str, change: Change, move_to: Callable[[int], T],
         before: int, after: int) -> T | None:
    """Move a row from position ``before`` to ``after``; undo moves it back."""
    return session.apply(Op(text, change, lambda: move_to(after), lambda: move_to(before)))


def custom(session: CampSession, text: str, change: Change, do: Callable[[], T],
           undo: Callable[[], object], *, merge_key: str | None = None,
           at: Callable[[T], Place] | None = None) -> T | None:
    """An edit whose undo is not one of the shapes above (a merge of categories)."""
    return session.apply(Op(text, change, do, undo, merge_key=merge_key, at=at))


def exchange(session: CampSession, text: str, change: Change, do: Callable[[], T],
             undo: Callable[[T], object], *, merge_key: str | None = None) -> T | None:
    """An edit whose store call returns what it replaced (the categories notes had, a
    deleted row's place); undo gets that back from ``undo(result)``."""
    results: list[T] = []

    def run() -> T:
        results[:] = [do()]
        return results[0]

    return session.apply(Op(text, change, run, lambda: undo(results[0]), merge_key=merge_key))


def done(call: Callable[..., object]) -> Callable[..., bool]:
    """A store call that returns nothing (``delete_actor``) as one whose result says it
    went through: :meth:`CampSession.apply` returns None only for a refused edit."""
    def run(*args: Any, **kwargs: Any) -> bool:
        call(*args, **kwargs)
        return True

    return run


def by_id(call: Callable[..., T], key: str) -> Callable[[str], T]:
    """``store.board.delete_note`` as a function of the id alone (``note_id=…``): the
    remove and revive of :func:`create`."""
    return lambda row_id: call(**{key: row_id})


def create_many(session: CampSession, text: str, change: Change, make: Callable[[], list[T]],
                remove: Callable[..., object], revive: Callable[..., T], *, key: str,
                id_of: Callable[[T], str] | None = None) -> list[T] | None:
    """Add several rows at once (a deck of cards, names found in the camp) as one edit:
    undo removes them all, redo revives the same ids (``key`` as in :func:`create`)."""
    made: list[str] = []
    remove_id, revive_id = by_id(remove, key), by_id(revive, key)

    def do() -> list[T]:
        if made:
            return [revive_id(row_id) for row_id in made]
        rows = make()
        made.extend(id_of(r) if id_of is not None else cast(HasId, r).id for r in rows)
        return rows

    def undo() -> None:
        for row_id in made:
            remove_id(row_id)

    return session.apply(Op(text, change, do, undo))
