"""Edits of the camp's main groups and tables."""

from __future__ import annotations

from functools import partial

from facilitator.domain.model import MainGroup
from facilitator.domain.model import Table
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def add_main_group(session: CampSession, *, code: str, name: str) -> MainGroup | None:
    store = session.store
    return base.create(session, translate("TableEdits", "Tilføj hovedgruppe"), Change.MAIN_GROUP,
                       lambda: store.frame.add_main_group(code=code, name=name),
                       store.frame.delete_main_group, store.frame.restore_main_group,
                       key="group_id")


def update_main_group(session: CampSession, group: MainGroup, field: str, value: str,
                      label: str) -> MainGroup | None:
    """The code or the name; ``label`` is the undo text."""
    store = session.store
    return base.set_field(session, label, Change.MAIN_GROUP, store.frame.update_main_group,
                          group, field, value, group_id=group.id)


def delete_main_group(session: CampSession, group: MainGroup,
                      table_ids: list[str]) -> list[str] | None:
    """Remove the group with its tables (``table_ids``); undo brings back all of them."""
    store = session.store
    return base.delete(
        session, translate("TableEdits", "Fjern hovedgruppe"), Change.MAIN_GROUP,
        store.frame.delete_main_group, partial(store.frame.restore_main_group, table_ids=table_ids),
        group_id=group.id)


def add_table(session: CampSession, *, code: str, main_group_id: str | None,
              facilitator: str, chair: str, participants: int) -> Table | None:
    store = session.store
    return base.create(session, translate("TableEdits", "Tilføj bord"), Change.TABLE,
                       lambda: store.frame.add_table(code=code, main_group_id=main_group_id,
                                               facilitator=facilitator, chair=chair,
                                               participants=participants),
                       store.frame.delete_table, store.frame.restore_table, key="table_id")


def update_table(session: CampSession, table: Table, field: str, value: object,
                 label: str) -> Table | None:
    """One field of a table (code, facilitator, chair, participants)."""
    store = session.store
    return base.set_field(session, label, Change.TABLE, store.frame.update_table, table,
                          field, value, table_id=table.id)


def delete_table(session: CampSession, table: Table) -> bool | None:
    store = session.store
    return base.delete(session, translate("TableEdits", "Fjern bord"), Change.TABLE,
                       base.done(store.frame.delete_table), store.frame.restore_table,
                       table_id=table.id)
