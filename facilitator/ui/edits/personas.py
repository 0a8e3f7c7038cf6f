"""Edits of the personas of a dilemma step (the cases the tables discuss)."""

from __future__ import annotations

from facilitator.domain.model import Persona
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def add_persona(session: CampSession, *, step_id: str, name: str,
                description: str) -> Persona | None:
    store = session.store
    return base.create(session, translate("PersonaEdits", "Tilføj persona"), Change.PERSONA,
                       lambda: store.frame.add_persona(step_id=step_id, name=name,
                                                 description=description),
                       store.frame.delete_persona, store.frame.restore_persona,
                       key="persona_id")


def update_persona(session: CampSession, persona: Persona, field: str,
                   value: str) -> bool | None:
    """The name or the description."""
    store = session.store
    return base.set_field(session, translate("PersonaEdits", "Ret persona"), Change.PERSONA,
                          base.done(store.frame.update_persona), persona, field, value,
                          persona_id=persona.id)


def delete_persona(session: CampSession, persona: Persona) -> bool | None:
    store = session.store
    return base.delete(session, translate("PersonaEdits", "Fjern persona"), Change.PERSONA,
                       base.done(store.frame.delete_persona), store.frame.restore_persona,
                       persona_id=persona.id)
