"""Edits of the organiser's follow-up of a contribution or an agreement: its owner,
person, deadline and status, and its dated comments (store.followup)."""

from __future__ import annotations

from facilitator.domain.followup import Comment
from facilitator.domain.followup import FollowupFields
from facilitator.domain.followup import FollowupItem
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def _write(session: CampSession, item: FollowupItem, text: str, field: str, value: object,
           *, merge: bool = False) -> FollowupFields | None:
    """Set one field; undo writes back what the item held (as stored)."""
    store = session.store
    old = {field: getattr(item.fields, field)}
    return base.update(session, text, Change.FOLLOWUP,
                       lambda **values: store.followup.set_fields(item_id=item.id, **values),
                       old, {field: value},
                       merge_key=f"followup-{field}-{item.id}" if merge else None)


def set_owner(session: CampSession, item: FollowupItem,
              actor_id: str | None) -> FollowupFields | None:
    """The actor who owns the item (None: the one the contribution names itself)."""
    return _write(session, item, translate("FollowupEdits", "Ret ejer"), "actor_id", actor_id)


def set_person(session: CampSession, item: FollowupItem, person: str) -> FollowupFields | None:
    return _write(session, item, translate("FollowupEdits", "Ret person"), "person", person,
                  merge=True)


def set_deadline(session: CampSession, item: FollowupItem,
                 deadline: str) -> FollowupFields | None:
    """The deadline as typed; refused (with a message) when it is no date."""
    return _write(session, item, translate("FollowupEdits", "Ret frist"), "deadline", deadline)


def set_status(session: CampSession, item: FollowupItem, status: str) -> FollowupFields | None:
    return _write(session, item, translate("FollowupEdits", "Ret status"), "status", status)


def add_comment(session: CampSession, item: FollowupItem, day: str,
                text: str) -> Comment | None:
    """A dated comment; undo removes it, redo brings the same one back."""
    store = session.store
    return base.create(session, translate("FollowupEdits", "Tilføj kommentar"),
                       Change.FOLLOWUP,
                       lambda: store.followup.add_comment(item_id=item.id, date=day, text=text),
                       store.followup.delete_comment, store.followup.restore_comment,
                       key="comment_id")


def delete_comment(session: CampSession, comment: Comment) -> Comment | None:
    store = session.store
    return base.delete(session, translate("FollowupEdits", "Slet kommentar"), Change.FOLLOWUP,
                       store.followup.delete_comment, store.followup.restore_comment,
                       comment_id=comment.id)
