"""A box of fields the group's words are typed into (the dialogue's details, the answers
about a card): each field is saved a moment after the last key, one undo step per burst
of typing, and at once when the focus leaves, the box is hidden or the session asks."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QWidget

from facilitator.ui.common.delayed_save import DelayedSave
from facilitator.ui.shell.session import CampSession


class TypedBox(QGroupBox):
    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        #: The table whose group's words are shown (or would be, once the host types).
        self.table_id: str | None = None
        self.pending = DelayedSave(self)
        self.pending.watch(self)

    def commit_pending(self) -> None:
        self.pending.flush()
