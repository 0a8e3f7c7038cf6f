"""The consolidation's undoable edits: each one store operation run through the session.

Models and widgets call these instead of the store so that every edit lands on the undo
stack once, with an undo that puts back exactly what the store said it changed. Redo
never creates rows anew (a redone "new category" revives the same id), so later edits
on the stack that point at that id stay valid.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject

from facilitator.domain.consolidation import Category, CategoryRemoval, normalise_name
from facilitator.ui.shell.session import CampSession

#: What CampSession.changed says after a consolidation edit.
WHAT = "consolidation"


class ConsolidationEdits(QObject):
    """The edits of one session's consolidation; returns None when an edit was refused."""

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    @property
    def store(self) -> Any:
        return self.session.store

    # -- categories --------------------------------------------------------------------
    def add_category(self, *, step_id: str, name: str) -> Category | None:
        made: list[str] = []

        def do() -> Category:
            if made:
                return self.store.consolidation.restore_category(category_id=made[0])
            category = self.store.consolidation.add_category(step_id=step_id, name=name)
            made.append(category.id)
            return category

        def undo() -> None:
            self.store.consolidation.delete_category(category_id=made[0])

        text = self.tr("Ny kategori »{name}«").format(name=normalise_name(name))
        return self.session.run(text, do, undo, WHAT)

    def rename_category(self, category: Category, name: str) -> Category | None:
        if normalise_name(name) == category.name:
            return category
        text = self.tr("Omdøb kategorien »{name}«").format(name=category.name)
        return self.session.run(
            text,
            lambda: self.store.consolidation.rename_category(category_id=category.id, name=name),
            lambda: self.store.consolidation.rename_category(category_id=category.id,
                                                             name=category.name),
            WHAT,
        )

    def delete_category(self, category: Category) -> CategoryRemoval | None:
        removed: list[CategoryRemoval] = []

        def do() -> CategoryRemoval:
            removed[:] = [self.store.consolidation.delete_category(category_id=category.id)]
            return removed[0]

        def undo() -> None:
            self.store.consolidation.restore_category(category_id=category.id,
                                                      note_ids=removed[0].note_ids)

        text = self.tr("Slet kategorien »{name}«").format(name=category.name)
        return self.session.run(text, do, undo, WHAT)

    def merge_categories(self, source: Category, target: Category) -> CategoryRemoval | None:
        merged: list[CategoryRemoval] = []

        def do() -> CategoryRemoval:
            merged[:] = [self.store.consolidation.merge_categories(source_id=source.id,
                                                                   target_id=target.id)]
            return merged[0]

        def undo() -> None:
            self.store.consolidation.restore_category(category_id=source.id,
                                                      note_ids=merged[0].note_ids)

        text = self.tr("Flet »{source}« ind i »{target}«").format(
            source=source.name, target=target.name)
        return self.session.run(text, do, undo, WHAT)

    # -- notes -------------------------------------------------------------------------
    def assign(self, note_ids: Sequence[str], category: Category | None) -> bool:
        """Put the notes in ``category`` (None: take them out of their category)."""
        if not note_ids:
            return False
        category_id = category.id if category else None
        previous: list[dict[str, str | None]] = []

        def do() -> dict[str, str | None]:
            previous[:] = [self.store.consolidation.assign_notes(note_ids=note_ids,
                                                                 category_id=category_id)]
            return previous[0]

        def undo() -> None:
            self.store.consolidation.set_note_categories(assignments=previous[0])

        n = len(note_ids)
        if category is None:
            text = (self.tr("Tag én note ud af sin kategori") if n == 1
                    else self.tr("Tag {n} noter ud af deres kategori").format(n=n))
        else:
            text = (self.tr("Placér én note i »{name}«") if n == 1
                    else self.tr("Placér {n} noter i »{name}«")).format(n=n, name=category.name)
        return self.session.run(text, do, undo, WHAT) is not None

    def set_excerpts(self, note_ids: Sequence[str], excerpt: bool) -> bool:
        if not note_ids:
            return False
        marks = dict.fromkeys(note_ids, excerpt)
        previous: list[dict[str, bool]] = []

        def do() -> dict[str, bool]:
            previous[:] = [self.store.consolidation.set_excerpts(marks=marks)]
            return previous[0]

        def undo() -> None:
            self.store.consolidation.set_excerpts(marks=previous[0])

        text = (self.tr("Markér som udsnit af data") if excerpt
                else self.tr("Fjern markeringen som udsnit af data"))
        return self.session.run(text, do, undo, WHAT) is not None

    def set_summary(self, *, step_id: str, text: str) -> bool:
        previous: list[str] = []

        def do() -> str:
            previous[:] = [self.store.consolidation.set_step_summary(step_id=step_id, text=text)]
            return previous[0]

        def undo() -> None:
            self.store.consolidation.set_step_summary(step_id=step_id, text=previous[0])

        return self.session.run(self.tr("Ret opsummeringen"), do, undo, WHAT) is not None
