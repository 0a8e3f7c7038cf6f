"""Edits of the contributions board at a table: add, retype, vote, select, reorder, give
to another actor, delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.model import Contribution
from facilitator.ui.edits import base
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContributionEdits", text)


def add_contribution(session: CampSession, *, step_id: str, table_id: str | None, text: str,
                     prerequisite_id: str | None,
                     actor_id: str | None) -> Contribution | None:
    """A typed idea at the end of an actor's column (or »Ikke fordelt«: no actor)."""
    store = session.store
    return base.create(
        session, _tr("Nyt bidrag"), Change.CONTRIBUTION,
        lambda: store.board.add_contribution(step_id=step_id, table_id=table_id, text=text,
                                       prerequisite_id=prerequisite_id, actor_id=actor_id),
        lambda item_id: store.board.delete_contribution(contribution_id=item_id),
        lambda item_id: store.board.restore_contribution(contribution_id=item_id))


def _update(session: CampSession, item: Contribution, label: str,
            **values: object) -> Contribution | None:
    store = session.store
    old = {name: getattr(item, name) for name in values}
    return base.update(
        session, label, Change.CONTRIBUTION,
        lambda **new: store.board.update_contribution(contribution_id=item.id, **new), old, values)


def retype_contribution(session: CampSession, item: Contribution,
                        text: str) -> Contribution | None:
    return _update(session, item, _tr("Ret bidrag"), text=text)


def vote_contribution(session: CampSession, item: Contribution,
                      votes: int) -> Contribution | None:
    label = _tr("Stem på bidrag") if votes > item.votes else _tr("Fjern stemme fra bidrag")
    return _update(session, item, label, votes=votes)


def select_contribution(session: CampSession, item: Contribution,
                        selected: bool) -> Contribution | None:
    label = _tr("Markér bidrag som udvalgt") if selected \
        else _tr("Fjern markering som udvalgt")
    return _update(session, item, label, selected=selected)


def delete_contribution(session: CampSession, item: Contribution) -> Contribution | None:
    store = session.store
    return base.delete(session, _tr("Slet bidrag"), Change.CONTRIBUTION,
                       lambda: store.board.delete_contribution(contribution_id=item.id),
                       lambda: store.board.restore_contribution(contribution_id=item.id))


def move_contribution(session: CampSession, item: Contribution, row: int,
                      to: int) -> list[str] | None:
    """Up or down within its column."""
    store = session.store
    label = _tr("Flyt bidrag op") if to < row else _tr("Flyt bidrag ned")
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

    return base.custom(session, _tr("Flyt bidrag til %1").replace("%1", actor_name),
                       Change.CONTRIBUTION, lambda: give(actor_id, to),
                       lambda: give(old_actor, row))
