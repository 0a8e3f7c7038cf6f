"""Edits of the organiser's consolidation: categories, placing notes, excerpts, summaries.

Undo puts back exactly what the store said it changed; redo never creates rows anew (a
redone "new category" revives the same id), so later edits on the stack that point at
that id stay valid.
"""

from __future__ import annotations

from collections.abc import Sequence

from facilitator.domain.consolidation import Category
from facilitator.domain.consolidation import CategoryRemoval
from facilitator.domain.consolidation import normalise_name
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession

WHAT = Change.CONSOLIDATION


def add_category(session: CampSession, *, step_id: str, name: str) -> Category | None:
    store = session.store
    label = translate("ConsolidationEdits", "Ny kategori »{name}«")
    return base.create(
        session, label.format(name=normalise_name(name)), WHAT,
        lambda: store.consolidation.add_category(step_id=step_id, name=name),
        store.consolidation.delete_category, store.consolidation.restore_category,
        key="category_id")


def add_category_with(session: CampSession, text: str, *, step_id: str, name: str,
                      note_ids: Sequence[str]) -> Category | None:
    """A new category ``name`` with the notes ``note_ids`` in it, as one undoable edit
    called ``text``."""
    stack = session.undo_stack
    stack.beginMacro(text)
    try:
        made = add_category(session, step_id=step_id, name=name)
        if made is not None:
            assign(session, note_ids, made)
    finally:
        stack.endMacro()
    return made


def rename_category(session: CampSession, category: Category, name: str) -> Category | None:
    if normalise_name(name) == category.name:
        return category
    store = session.store
    label = translate("ConsolidationEdits", "Omdøb kategorien »{name}«")
    return base.update(
        session, label.format(name=category.name), WHAT,
        lambda name: store.consolidation.rename_category(category_id=category.id, name=name),
        {"name": category.name}, {"name": name})


def delete_category(session: CampSession, category: Category) -> CategoryRemoval | None:
    store = session.store
    label = translate("ConsolidationEdits", "Slet kategorien »{name}«")
    return base.exchange(
        session, label.format(name=category.name), WHAT,
        lambda: store.consolidation.delete_category(category_id=category.id),
        lambda removed: store.consolidation.restore_category(category_id=category.id,
                                               note_ids=removed.note_ids))


def merge_categories(session: CampSession, source: Category,
                     target: Category) -> CategoryRemoval | None:
    store = session.store
    text = translate("ConsolidationEdits", "Flet »{source}« ind i »{target}«").format(
        source=source.name, target=target.name)
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
        text = (translate("ConsolidationEdits", "Tag én note ud af sin kategori") if n == 1
                else translate("ConsolidationEdits",
                               "Tag {n} noter ud af deres kategori").format(n=n))
    else:
        text = (translate("ConsolidationEdits", "Placér én note i »{name}«") if n == 1
                else translate("ConsolidationEdits", "Placér {n} noter i »{name}«")).format(
                    n=n, name=category.name)
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
    text = (translate("ConsolidationEdits", "Markér som udsnit af data") if excerpt
            else translate("ConsolidationEdits", "Fjern markeringen som udsnit af data"))
    return base.exchange(
        session, text, WHAT,
        lambda: store.consolidation.set_excerpts(marks=dict.fromkeys(note_ids, excerpt)),
        lambda previous: store.consolidation.set_excerpts(marks=previous)) is not None


def count_as_one(session: CampSession, note_ids: Sequence[str]) -> bool:
    """Count the notes as one message in their categories' counts (»Samme budskab«)."""
    if len(note_ids) < 2:
        return False
    store = session.store
    return base.exchange(
        session, translate("ConsolidationEdits", "Tæl {n} noter som ét budskab").format(
            n=len(note_ids)), WHAT,
        lambda: store.consolidation.count_as_one(note_ids=note_ids),
        lambda previous: store.consolidation.set_counted_with(marks=previous)) is not None


def count_apart(session: CampSession, note_ids: Sequence[str]) -> bool:
    """Count each of the notes on its own again."""
    if not note_ids:
        return False
    store = session.store
    return base.exchange(
        session, translate("ConsolidationEdits", "Tæl noterne hver for sig"), WHAT,
        lambda: store.consolidation.count_apart(note_ids=note_ids),
        lambda previous: store.consolidation.set_counted_with(marks=previous)) is not None


def set_summary(session: CampSession, *, step_id: str, text: str) -> bool:
    store = session.store
    return base.exchange(
        session, translate("ConsolidationEdits", "Ret opsummeringen"), WHAT,
        lambda: store.consolidation.set_step_summary(step_id=step_id, text=text),
        lambda previous: store.consolidation.set_step_summary(step_id=step_id,
                                                              text=previous)) is not None
