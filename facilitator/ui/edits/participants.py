"""Edits of the number of participants at a table, by group."""

from __future__ import annotations

from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def set_count(session: CampSession, *, table_id: str, group_key: str,
              people: int | None) -> int | None:
    """The number of people of one group at one table (None: not entered); undo gives
    back what it was. Stepping one spin box undoes as one step; None when refused."""
    store = session.store
    return base.exchange(
        session, translate("ParticipantEdits", "Ret antal deltagere"), Change.PARTICIPANTS,
        lambda: store.participants.set_count(table_id=table_id, group_key=group_key,
                                             people=people),
        lambda before: store.participants.set_count(table_id=table_id, group_key=group_key,
                                                    people=before),
        merge_key=f"participants:{table_id}:{group_key}")
