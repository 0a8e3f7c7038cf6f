"""Edits of the camp's own details (title, date, venue, report language …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.model import Camp
from facilitator.ui.edits import base
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def update_camp(session: CampSession, field: str, value: object, label: str) -> Camp | None:
    """One field of the camp; ``label`` names the field in the undo text ("titel").
    Returns the camp unchanged, and puts nothing on the undo stack, when the value is
    what the camp already has."""
    store = session.store
    camp = store.frame.camp()
    if getattr(camp, field) == value:
        return camp
    text = QCoreApplication.translate("CampEdits", "Ret campens {field}").format(field=label)
    return base.set_field(session, text, Change.CAMP, store.frame.update_camp, camp, field,
                          value)
