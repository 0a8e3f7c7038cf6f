"""The open camp as the widgets see it: the store, the undo stack and change signals.

Widgets never call the store's write operations directly: they call :meth:`run`
with a :class:`~facilitator.ui.undo.Edit`, so that every edit is undoable, every
refusal reaches the user as a message, and every view hears about the change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.domain.countdown import Countdowns
from facilitator.domain.messages import CONTEXT, UserError

if TYPE_CHECKING:  # the store is imported when a camp opens, not to show the start screen
    from facilitator.store import CampStore


def user_message(error: UserError) -> str:
    """The refusal in the UI language, with its fields filled in."""
    return error.format(QCoreApplication.translate(CONTEXT, error.text),
                        lambda field: QCoreApplication.translate(CONTEXT, field))


@dataclass(frozen=True)
class Place:
    """Where an edit was made in the table session: undo goes back there to show it."""

    table_id: str
    step_id: str
    #: The item that was current (a note's id), selected again if it still exists.
    item_id: str | None = None


class Edit(QUndoCommand):
    """One undoable edit: ``do`` and ``undo`` call store operations.

    The first ``do`` runs in :meth:`CampSession.run` before the command is pushed, so a
    refused edit never lands on the undo stack.
    """

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                 session: CampSession, what: str, merge_key: str | None = None,
                 place: Place | None = None) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._session = session
        self._what = what
        self._first = True
        self.merge_key = merge_key
        self.result: Any = None
        #: Where the edit landed: where the facilitator was when making it, unless it was
        #: made for another place (None outside the table session).
        self.place: Place | None = place if place is not None else \
            session.locate() if session.locate else None

    def id(self) -> int:  # noqa: A003 - Qt's name
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        """Typing in one field becomes one undo step: keep our undo, take their do."""
        if not isinstance(other, Edit) or other.merge_key != self.merge_key:
            return False
        self._do = other._do
        self.result = other.result
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._session._guarded(self._do, self._what)

    def undo(self) -> None:
        self._session._guarded(self._undo, self._what)


class CampSession(QObject):
    #: Something of kind ``what`` ("note", "front_page", "contribution", "step", "camp",
    #: "table", "actor", "persona", …) changed; views showing it reload.
    changed = Signal(str)
    #: An edit was refused or failed; the text is already translated.
    failed = Signal(str)
    #: Save typed-but-debounced text now (emitted before undo/redo and on close).
    flush_requested = Signal()
    #: A short note for the status bar ("Note slettet – Ctrl+Z fortryder").
    status = Signal(str)
    #: An edit was undone or redone: what the status bar says ("Fortrudt: Slet note") and
    #: where it was made (a :class:`Place`, or None), so the table session can go there.
    undone = Signal(str, object)

    def __init__(self, store: CampStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        #: Every step countdown of the camp; they run on while other steps are shown.
        self.countdowns = Countdowns()
        #: Where an edit made now is made; the table session sets this while it is open.
        self.locate: Callable[[], Place | None] | None = None

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def run(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
            what: str, merge_key: str | None = None,
            at: Callable[[Any], Place] | None = None) -> Any:
        """Do an edit now and make it undoable; returns its result, or None if refused.

        Consecutive edits with the same ``merge_key`` (e.g. typing in one field) are
        undone as one. ``at`` places an edit that lands away from the step on screen (a
        quick note goes to the bulletin board): given the edit's result, it says where
        undo and redo go to show it.
        """
        try:
            result = do()
        except UserError as exc:
            self.failed.emit(user_message(exc))
            return None
        command = Edit(text, do, undo, self, what, merge_key,
                       at(result) if at is not None else None)
        command.result = result
        self.undo_stack.push(command)
        self.changed.emit(what)
        return result

    def _guarded(self, fn: Callable[[], Any], what: str) -> None:
        try:
            fn()
        except UserError as exc:
            self.failed.emit(user_message(exc))
        self.changed.emit(what)

    def commit_pending(self) -> None:
        """Ask every page to save what is typed but not yet saved (before undo, close)."""
        self.flush_requested.emit()

    def undo(self) -> None:
        self.commit_pending()
        stack = self.undo_stack
        if stack.canUndo():
            command = stack.command(stack.index() - 1)
            stack.undo()
            self._tell_undone(QCoreApplication.translate("CampSession", "Fortrudt: %1"),
                              command)

    def redo(self) -> None:
        self.commit_pending()
        stack = self.undo_stack
        if stack.canRedo():
            command = stack.command(stack.index())
            stack.redo()
            self._tell_undone(QCoreApplication.translate("CampSession", "Gentaget: %1"),
                              command)

    def _tell_undone(self, template: str, command: QUndoCommand | None) -> None:
        """Say what was undone, in the command's own words, and where it happened.

        A macro (several edits as one) is placed by its last edit.
        """
        if command is None:
            return
        place = None
        for edit in [command, *(command.child(i) for i in range(command.childCount() - 1, -1, -1))]:
            if isinstance(edit, Edit) and edit.place is not None:
                place = edit.place
                break
        message = template.replace("%1", command.text())
        self.status.emit(message)
        self.undone.emit(message, place)

    def close(self) -> None:
        self.commit_pending()
        self.undo_stack.clear()
        self.store.close()
