"""Camps and dialogue files with follow-up set, built through the real store."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain import followup as fu
from facilitator.program import load_program
from facilitator.store import CampStore


def camp_with_followup(path: Path) -> Path:
    """A camp with contributions of two actors and one without, followed up."""
    with CampStore.create(path, program=load_program("camp_day"), title="Camp Lejre") as store:
        step = store.frame.step_by_key("contributions")
        table = store.frame.add_table(code="B1")
        actors = {a.name: a for a in store.frame.actors()}
        kommune, borgere = actors["Kommunen"], actors["Borgerne"]
        hall = store.board.add_contribution(step_id=step.id, table_id=table.id,
                                            text="Åbne hallen om aftenen",
                                            actor_id=kommune.id, selected=True)
        bus = store.board.add_contribution(step_id=step.id, table_id=table.id,
                                           text="Flere busser til Hvalsø", actor_id=kommune.id)
        store.board.add_contribution(step_id=step.id, table_id=table.id,
                                     text="Forældre kører på skift", actor_id=borgere.id)
        store.board.add_contribution(step_id=step.id, table_id=None, text="Lektiecafé")
        store.followup.set_fields(item_id=hall.id, person="Bo Jensen", deadline="01.09.2099",
                                  status=fu.AGREED)
        store.followup.add_comment(item_id=hall.id, date="2026-06-01", text="Ringet op")
        store.followup.add_comment(item_id=hall.id, date="2026-06-20", text="Nøglen udleveret")
        store.followup.set_fields(item_id=bus.id, deadline="2020-01-31", status=fu.IN_PROGRESS,
                                  actor_id=borgere.id)
    return path


def dialogue_with_agreement(path: Path) -> Path:
    with CampStore.create(path, program=load_program("dialogue_box"),
                          title="Dialog på biblioteket") as store:
        table = store.frame.add_table(code="D1")
        step = store.frame.step_by_key("agreements")
        agreement = store.dialogue_box.add_agreement(
            step_id=step.id, table_id=table.id, what="Mødes igen i juni", who="Karen",
            by_when="efter sommerferien")
        store.followup.set_fields(item_id=agreement.id, status=fu.DONE)
    return path
