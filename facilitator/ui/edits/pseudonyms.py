"""Edits of the camp's list of names in reports and what exports print instead.

The undo texts keep the translation context of the dialog's former ``NameEdits`` class.
"""

from __future__ import annotations

from collections.abc import Sequence

from facilitator.domain.pseudonyms import Pseudonym
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def add_pseudonym(session: CampSession, name: str, replacement: str = "") -> Pseudonym | None:
    """None when refused (the name is on the list already); the session says why."""
    store = session.store
    label = translate("NameEdits", "Tilføj navnet »%1«")
    return base.create(session, label.replace("%1", " ".join(name.split())),
                       Change.PSEUDONYM,
                       lambda: store.names.add_pseudonym(name=name, replacement=replacement),
                       store.names.delete_pseudonym, store.names.restore_pseudonym,
                       key="pseudonym_id")


def add_pseudonyms(session: CampSession, names: Sequence[str]) -> list[Pseudonym] | None:
    """Several names in one undo step; redo revives the same rows."""
    store = session.store
    label = translate("NameEdits", "Tilføj navne fra campen")
    return base.create_many(session, label, Change.PSEUDONYM,
                            lambda: store.names.add_pseudonyms(names=names),
                            store.names.delete_pseudonym, store.names.restore_pseudonym,
                            key="pseudonym_id")


def update_pseudonym(session: CampSession, row: Pseudonym, *, name: str | None = None,
                     replacement: str | None = None) -> Pseudonym | None:
    store = session.store
    label = translate("NameEdits", "Ret navnet »%1«").replace("%1", row.name)
    return base.update(session, label, Change.PSEUDONYM,
                       lambda **values: store.names.update_pseudonym(pseudonym_id=row.id, **values),
                       {"name": row.name, "replacement": row.replacement},
                       {"name": name, "replacement": replacement})


def delete_pseudonym(session: CampSession, row: Pseudonym) -> Pseudonym | None:
    store = session.store
    label = translate("NameEdits", "Fjern navnet »%1«").replace("%1", row.name)
    return base.delete(session, label, Change.PSEUDONYM,
                       store.names.delete_pseudonym, store.names.restore_pseudonym,
                       pseudonym_id=row.id)
