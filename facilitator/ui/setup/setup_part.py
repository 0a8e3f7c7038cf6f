"""What every part of the camp setup is: a page that shows part of the camp and keeps up.

Each part reloads when the session reports a change of what it shows (including one
made by undo or redo) and tells the setup's status line what an edit just did.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession

Row = TypeVar("Row")


class SetupPart(QWidget):
    """A tab (or half a tab) of the camp setup."""

    #: What the part shows; a change of any of it reloads the part.
    watches = Change.NONE
    #: A note for the status line (already translated).
    told = Signal(str)

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.changed.connect(self._on_changed)

    def _on_changed(self, what: Change) -> None:
        if what & self.watches:
            self.reload()

    def reload(self) -> None:
        """Show what the store holds now."""

    def select(self, row_id: str) -> None:
        """Make the row with this id the current one."""

    def added(self, row_id: str, note: str, *fields: QLineEdit) -> None:
        """After an add: empty the fields it was typed in, show the new row, say so."""
        for field in fields:
            field.clear()
        self.select(row_id)
        self.told.emit(note)

    def remove(self, row: Row | None, delete: Callable[[Row], object],
               note: Callable[[Row], str], missing: str) -> bool:
        """Remove the chosen ``row`` with the edit ``delete`` and say so (``note``: "…
        er fjernet", with how to undo); ``missing`` is said when no row is chosen."""
        if row is None:
            self.told.emit(missing)
            return False
        if delete(row) is None:
            return False
        self.told.emit(note(row))
        return True
