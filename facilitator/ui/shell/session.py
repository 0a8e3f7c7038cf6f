"""The open camp as the widgets see it: the store, the undo stack and change signals.

Widgets never call the store's write operations directly: they call an edit function
of :mod:`facilitator.ui.edits`, which hands an :class:`~facilitator.ui.edits.base.Op` to
:meth:`CampSession.apply`, so that every edit is undoable, every refusal reaches the
user as a message, and every view hears about the change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtGui import QUndoStack

from facilitator.domain.countdown import Countdowns
from facilitator.domain.messages import UserError
from facilitator.ui.common.refusals import user_message
from facilitator.ui.edits.base import Op
from facilitator.ui.edits.change import Change

if TYPE_CHECKING:  # the store is imported when a camp opens, not to show the start screen
    from facilitator.store import CampStore

T = TypeVar("T")


@dataclass(frozen=True)
class Place:
    """Where an edit was made in the table session: undo goes back there to show it."""

    table_id: str
    step_id: str
    #: The item that was current (a note's id), selected again if it still exists.
    item_id: str | None = None


class Edit(QUndoCommand):
    """An :class:`Op` on the undo stack.

    The first ``do`` runs in :meth:`CampSession.apply` before the command is pushed, so a
    refused edit never lands on the undo stack.
    """

    def __init__(self, op: Op[Any], session: CampSession) -> None:
        super().__init__(op.text)
        self._do = op.do
        self._undo = op.undo
        self._session = session
        self._what = op.change
        self._first = True
        self.merge_key = op.merge_key
        self.result: Any = None
        #: Where the edit landed: where the facilitator was when making it, unless it was
        #: made for another place (None outside the table session).
        self.place: Place | None = session.locate() if session.locate else None

    def id(self) -> int:
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
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
    #: Something changed (a :class:`Change`); views showing it reload.
    changed = Signal(object)
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

    def apply(self, op: Op[T]) -> T | None:
        """Do an edit now and make it undoable; returns its result, or None if refused.

        Consecutive edits with the same ``merge_key`` (e.g. typing in one field) are
        undone as one.
        """
        try:
            result = op.do()
        except UserError as exc:
            self.failed.emit(user_message(exc))
            return None
        command = Edit(op, self)
        if op.at is not None:
            command.place = op.at(result)
        command.result = result
        self.undo_stack.push(command)
        self.changed.emit(op.change)
        return result

    def announce(self, change: Change) -> None:
        """Tell every view that ``change`` happened outside an edit (a collect, an import)."""
        self.changed.emit(change)

    def _guarded(self, fn: Callable[[], Any], what: Change) -> None:
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
