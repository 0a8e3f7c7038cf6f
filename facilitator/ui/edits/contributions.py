"""Edits of the contributions board at a table: add, retype, vote, select, reorder, give
to another actor, delete."""

from __future__ import annotations

from facilitator.domain.model import Contribution
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def add_contribution(session: CampSession, *, step_id: str, table_id: str | None, text: str,
                     prerequisite_id: str | None,
                     actor_id: str | None) -> Contribution | None:
    """A typed idea at the end of an actor's column (or »Ikke fordelt«: no actor)."""
    store = session.store
    return base.create(
        session, translate("ContributionEdits", "Nyt bidrag"), Change.CONTRIBUTION,
        lambda: store.board.add_contribution(step_id=step_id, table_id=table_id, text=text,
                                       prerequisite_id=prerequisite_id, actor_id=actor_id),
        store.board.delete_contribution, store.board.restore_contribution,
        key="contribution_id")


def _update(session: CampSession, item: Contribution, label: str,
            **values: object) -> Contribution | None:
    store = session.store
    old = {name: getattr(item, name) for name in values}
    return base.update(
        session, label, Change.CONTRIBUTION,
        lambda **new: store.board.update_contribution(contribution_id=item.id, **new), old, values)


def retype_contribution(session: CampSession, item: Contribution,
                        text: str) -> Contribution | None:
    return _update(session, item, translate("ContributionEdits", "Ret bidrag"), text=text)


def vote_contribution(session: CampSession, item: Contribution,
                      votes: int) -> Contribution | None:
    label = translate("ContributionEdits", "Stem på bidrag") if votes > item.votes \
        else translate("ContributionEdits", "Fjern stemme fra bidrag")
    return _update(session, item, label, votes=votes)


def select_contribution(session: CampSession, item: Contribution,
                        selected: bool) -> Contribution | None:
    label = translate("ContributionEdits", "Markér bidrag som udvalgt") if selected \
        else translate("ContributionEdits", "Fjern markering som udvalgt")
    return _update(session, item, label, selected=selected)


def delete_contribution(session: CampSession, item: Contribution) -> Contribution | None:
    store = session.store
    return base.delete(session, translate("ContributionEdits", "Slet bidrag"), Change.CONTRIBUTION,
                       store.board.delete_contribution, store.board.restore_contribution,
                       contribution_id=item.id)


def move_contribution(session: CampSession, item: Contribution, row: int,
                      to: int) -> list[str] | None:
    """Up or down within its column."""
    store = session.store
    label = translate("ContributionEdits", "Flyt bidrag op") if to < row \
        else translate("ContributionEdits", "Flyt bidrag ned")
    return base.move(session, label, Change.CONTRIBUTION,
                     lambda index: store.board.move_contribution(contribution_id=item.id,
                                                           index=index), row, to)


def give_contribution(session: CampSession, item: Contribution, *, row: int,
                      actor_id: str | None, actor_name: str, to: int) -> str | None:
    """Give ``item`` to another actor (at ``to`` in its column, or last when -1); undo
    gives it back at ``row`` of its old column."""
    store, old_actor = session.store, item.actor_id

    def give(actor: str | None, index: int) -> str:
        store.board.update_contribution(contribution_id=item.id, actor_id=actor)
        if index >= 0:
            store.board.move_contribution(contribution_id=item.id, index=index)
        return item.id

    label = translate("ContributionEdits", "Flyt bidrag til %1").replace("%1", actor_name)
    return base.custom(session, label,
                       Change.CONTRIBUTION, lambda: give(actor_id, to),
                       lambda: give(old_actor, row))
