"""Edits of the organiser's consolidation: categories, placing notes, excerpts, summaries.

Undo puts back exactly what the store said it changed; redo never creates rows anew (a
redone "new category" revives the same id), so later edits on the stack that point at
that id stay valid.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from facilitator.domain.consolidation import Category, CategoryRemoval, normalise_name
from facilitator.ui.edits import base
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession

WHAT = Change.CONSOLIDATION


def _tr(text: str) -> str:
    # The context of the class these edits were methods of: the translations stay.
    return QCoreApplication.translate("ConsolidationEdits", text)


def add_category(session: CampSession, *, step_id: str, name: str) -> Category | None:
    store = session.store
    return base.create(
        session, _tr("Ny kategori »{name}«").format(name=normalise_name(name)), WHAT,
        lambda: store.consolidation.add_category(step_id=step_id, name=name),
        lambda category_id: store.consolidation.delete_category(category_id=category_id),
        lambda category_id: store.consolidation.restore_category(category_id=category_id))


def rename_category(session: CampSession, category: Category, name: str) -> Category | None:
    if normalise_name(name) == category.name:
        return category
    store = session.store
    return base.update(
        session, _tr("Omdøb kategorien »{name}«").format(name=category.name), WHAT,
        lambda name: store.consolidation.rename_category(category_id=category.id, name=name),
        {"name": category.name}, {"name": name})


def delete_category(session: CampSession, category: Category) -> CategoryRemoval | None:
    store = session.store
    return base.exchange(
        session, _tr("Slet kategorien »{name}«").format(name=category.name), WHAT,
        lambda: store.consolidation.delete_category(category_id=category.id),
        lambda removed: store.consolidation.restore_category(category_id=category.id,
                                               note_ids=removed.note_ids))


def merge_categories(session: CampSession, source: Category,
                     target: Category) -> CategoryRemoval | None:
    store = session.store
    text = _tr("Flet »{source}« ind i »{target}«").format(source=source.name,
                                                         target=target.name)
    return base.exchange(
        session, text, WHAT,
        lambda: store.consolidation.merge_categories(source_id=source.id, target_id=target.id),
        lambda merged: store.consolidation.restore_category(category_id=source.id,
                                              note_ids=merged.note_ids))


def assign(session: CampSession, note_ids: Sequence[str], category: Category | None) -> bool:
    """Put the notes in ``category`` (None: take them out of their category)."""
    if not note_ids:
        return False
    n = len(note_ids)
    if category is None:
        text = (_tr("Tag én note ud af sin kategori") if n == 1
                else _tr("Tag {n} noter ud af deres kategori").format(n=n))
    else:
        text = (_tr("Placér én note i »{name}«") if n == 1
                else _tr("Placér {n} noter i »{name}«")).format(n=n, name=category.name)
    store = session.store
    category_id = category.id if category else None
    return base.exchange(
        session, text, WHAT,
        lambda: store.consolidation.assign_notes(note_ids=note_ids, category_id=category_id),
        lambda previous: store.consolidation.set_note_categories(assignments=previous)) is not None


def set_excerpts(session: CampSession, note_ids: Sequence[str], excerpt: bool) -> bool:
    if not note_ids:
        return False
    store = session.store
    text = (_tr("Markér som udsnit af data") if excerpt
            else _tr("Fjern markeringen som udsnit af data"))
    return base.exchange(
        session, text, WHAT,
        lambda: store.consolidation.set_excerpts(marks=dict.fromkeys(note_ids, excerpt)),
        lambda previous: store.consolidation.set_excerpts(marks=previous)) is not None


def set_summary(session: CampSession, *, step_id: str, text: str) -> bool:
    store = session.store
    return base.exchange(
        session, _tr("Ret opsummeringen"), WHAT,
        lambda: store.consolidation.set_step_summary(step_id=step_id, text=text),
        lambda previous: store.consolidation.set_step_summary(step_id=step_id,
                                                              text=previous)) is not None
