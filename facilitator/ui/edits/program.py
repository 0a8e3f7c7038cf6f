"""Edits of the day's program: add, change, move and remove steps."""

from __future__ import annotations

from functools import partial

from facilitator.domain.model import Step
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def add_step(session: CampSession, *, kind: str, title: str, minutes: int,
             index: int) -> Step | None:
    """A step at ``index``; redo puts the same step back there."""
    store = session.store
    return base.create(session, translate("StepEdits", "Tilføj trin"), Change.STEP,
                       lambda: store.frame.add_step(kind=kind, title=title, minutes=minutes,
                                              index=index),
                       store.frame.delete_step, partial(store.frame.restore_step, index=index),
                       key="step_id")


def update_step(session: CampSession, step: Step, field: str, value: object,
                label: str) -> Step | None:
    """One field of a step; ``label`` is the undo text ("Omdøb trin")."""
    store = session.store
    return base.set_field(session, label, Change.STEP, store.frame.update_step, step, field,
                          value, step_id=step.id)


def move_step(session: CampSession, step: Step, row: int, to: int) -> object | None:
    store = session.store
    return base.move(session, translate("StepEdits", "Flyt trin"), Change.STEP,
                     lambda index: store.frame.move_step(step_id=step.id, index=index), row, to)


def delete_step(session: CampSession, step: Step, row: int) -> Step | None:
    """Remove; undo puts the step back at ``row``."""
    store = session.store
    return base.delete(session, translate("StepEdits", "Fjern trin"), Change.STEP,
                       store.frame.delete_step, partial(store.frame.restore_step, index=row),
                       step_id=step.id)
