"""Edits of the personas of a dilemma step (the cases the tables discuss)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from facilitator.domain.model import Persona
from facilitator.ui.edits import base
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaEdits", text)


def add_persona(session: CampSession, *, step_id: str, name: str,
                description: str) -> Persona | None:
    store = session.store
    return base.create(session, _tr("Tilføj persona"), Change.PERSONA,
                       lambda: store.frame.add_persona(step_id=step_id, name=name,
                                                 description=description),
                       lambda persona_id: store.frame.delete_persona(persona_id=persona_id),
                       lambda persona_id: store.frame.restore_persona(persona_id=persona_id))


def update_persona(session: CampSession, persona: Persona, field: str,
                   value: str) -> bool | None:
    """The name or the description."""
    store = session.store
    return base.set_fields(
        session, _tr("Ret persona"), Change.PERSONA,
        base.done(partial(store.frame.update_persona, persona_id=persona.id)), persona,
        {field: value})


def delete_persona(session: CampSession, persona: Persona) -> bool | None:
    store = session.store
    return base.delete(session, _tr("Fjern persona"), Change.PERSONA,
                       base.done(lambda: store.frame.delete_persona(persona_id=persona.id)),
                       lambda: store.frame.restore_persona(persona_id=persona.id))
