"""Edits of the camp's actors, the columns of the contributions step."""

from __future__ import annotations

from facilitator.domain.model import Actor
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def add_actor(session: CampSession, name: str) -> Actor | None:
    """A new last column; redo brings back the same actor."""
    store = session.store
    return base.create(session, translate("ActorEdits", "Tilføj aktør"), Change.ACTOR,
                       lambda: store.frame.add_actor(name=name),
                       store.frame.delete_actor, store.frame.restore_actor, key="actor_id")


def rename_actor(session: CampSession, actor: Actor, name: str) -> bool | None:
    store = session.store
    return base.update(session, translate("ActorEdits", "Omdøb aktør"), Change.ACTOR,
                       base.done(lambda **new: store.frame.rename_actor(actor_id=actor.id, **new)),
                       {"name": actor.name}, {"name": name})


def delete_actor(session: CampSession, actor: Actor) -> bool | None:
    store = session.store
    return base.delete(session, translate("ActorEdits", "Fjern aktør"), Change.ACTOR,
                       base.done(store.frame.delete_actor), store.frame.restore_actor,
                       actor_id=actor.id)
