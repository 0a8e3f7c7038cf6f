"""The open camp as the widgets see it: the store, the undo stack and change signals.

Widgets never call the store's write operations directly: they call :meth:`run`
with a :class:`~facilitator.ui.undo.Edit`, so that every edit is undoable, every
refusal reaches the user as a message, and every view hears about the change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.domain.messages import CONTEXT, UserError
from facilitator.store import CampStore


def user_message(error: UserError) -> str:
    """The refusal in the UI language, with its fields filled in."""
    return error.format(QCoreApplication.translate(CONTEXT, error.text))


class Edit(QUndoCommand):
    """One undoable edit: ``do`` and ``undo`` call store operations.

    The first ``do`` runs in :meth:`CampSession.run` before the command is pushed, so a
    refused edit never lands on the undo stack.
    """

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                 session: CampSession, what: str) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._session = session
        self._what = what
        self._first = True
        self.result: Any = None

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

    def __init__(self, store: CampStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def run(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
            what: str) -> Any:
        """Do an edit now and make it undoable; returns its result, or None if refused."""
        try:
            result = do()
        except UserError as exc:
            self.failed.emit(user_message(exc))
            return None
        command = Edit(text, do, undo, self, what)
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

    def close(self) -> None:
        self.undo_stack.clear()
        self.store.close()
