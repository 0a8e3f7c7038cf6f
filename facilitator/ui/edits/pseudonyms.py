"""Edits of the camp's list of names in reports and what exports print instead.

The undo texts keep the translation context of the dialog's former ``NameEdits`` class.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from facilitator.domain.pseudonyms import Pseudonym
from facilitator.ui.edits import base
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def _tr(text: str, name: str = "") -> str:
    return QCoreApplication.translate("NameEdits", text).replace("%1", name)


def add_pseudonym(session: CampSession, name: str, replacement: str = "") -> Pseudonym | None:
    """None when refused (the name is on the list already); the session says why."""
    store = session.store
    return base.create(session, _tr("Tilføj navnet »%1«", " ".join(name.split())),
                       Change.PSEUDONYM,
                       lambda: store.names.add_pseudonym(name=name, replacement=replacement),
                       lambda row_id: store.names.delete_pseudonym(pseudonym_id=row_id),
                       lambda row_id: store.names.restore_pseudonym(pseudonym_id=row_id))


def add_pseudonyms(session: CampSession, names: Sequence[str]) -> list[Pseudonym] | None:
    """Several names in one undo step; redo revives the same rows."""
    store = session.store
    made: list[str] = []

    def do() -> list[Pseudonym]:
        if made:
            return [store.names.restore_pseudonym(pseudonym_id=i) for i in made]
        rows = store.names.add_pseudonyms(names=names)
        made.extend(r.id for r in rows)
        return rows

    def undo() -> None:
        for pseudonym_id in made:
            store.names.delete_pseudonym(pseudonym_id=pseudonym_id)

    return base.custom(session, _tr("Tilføj navne fra campen"), Change.PSEUDONYM, do, undo)


def update_pseudonym(session: CampSession, row: Pseudonym, *, name: str | None = None,
                     replacement: str | None = None) -> Pseudonym | None:
    store = session.store
    return base.update(session, _tr("Ret navnet »%1«", row.name), Change.PSEUDONYM,
                       lambda **values: store.names.update_pseudonym(pseudonym_id=row.id, **values),
                       {"name": row.name, "replacement": row.replacement},
                       {"name": name, "replacement": replacement})


def delete_pseudonym(session: CampSession, row: Pseudonym) -> Pseudonym | None:
    store = session.store
    return base.delete(session, _tr("Fjern navnet »%1«", row.name), Change.PSEUDONYM,
                       lambda: store.names.delete_pseudonym(pseudonym_id=row.id),
                       lambda: store.names.restore_pseudonym(pseudonym_id=row.id))
