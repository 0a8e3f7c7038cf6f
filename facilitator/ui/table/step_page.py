"""The shape every step kind's page shares: a session, a step and the table working on it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from facilitator.domain.model import Step
from facilitator.domain.model import Table
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


class StepPage(QWidget):
    """Base of the pages shown in a table session, one subclass per step kind.

    Subclasses build their widgets in ``__init__`` and fill them in :meth:`reload`,
    which runs whenever the step, the table or the data they show changes.
    """

    #: Which kinds of change (CampSession.changed) make this page reload.
    watches: Change = Change.NONE

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step: Step | None = None
        self.table: Table | None = None
        session.changed.connect(self._on_changed)
        session.flush_requested.connect(self.commit_pending)

    def show_step(self, step: Step, table: Table | None) -> None:
        self.step = step
        self.table = table
        self.reload()

    @property
    def table_id(self) -> str | None:
        return self.table.id if self.table else None

    def reload(self) -> None:
        """Refill the widgets from the store."""

    def focus_entry(self) -> None:
        """Put the keyboard focus where the facilitator types first."""

    def commit_pending(self) -> None:
        """Save anything typed but not yet saved (pages that debounce override this)."""

    def current_item_id(self) -> str | None:
        """The id of the item the facilitator is on (a note), for undo to come back to."""
        return None

    def select_item(self, item_id: str) -> None:
        """Make ``item_id`` current again after an undo, if it still exists."""

    def _on_changed(self, what: Change) -> None:
        if self.step is not None and what & self.watches and self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.step is not None:
            self.reload()
