"""The consolidation workspace's category actions: add, delete, merge, split, and the
quick picker (Ctrl+K) that puts the selected notes in a category by name.

A part of :class:`~facilitator.ui.organiser.consolidation.workspace.ConsolidationWorkspace`
kept in its own module; it works on the workspace's views and models, named below. Each
action is an undoable edit (several at once are one undo step, a macro).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QCompleter
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QWidget

from facilitator.domain.consolidation import Category
from facilitator.domain.consolidation import name_key
from facilitator.ui.edits import consolidation as edits
from facilitator.ui.organiser.consolidation.categories_list import CategoriesModel
from facilitator.ui.shell.session import CampSession

# The workspace is a QWidget; the checker sees the mixin as one too.
_Base = QWidget if TYPE_CHECKING else object


class CategoryActions(_Base):  # type: ignore[misc, valid-type]
    """Mixed into the workspace, whose parts these are."""

    session: CampSession
    step_id: str | None
    categories_model: CategoriesModel
    categories_view: QListView
    notes_view: QWidget
    new_category: QLineEdit
    picker: QLineEdit
    picker_completer: QCompleter

    if TYPE_CHECKING:  # the workspace's own
        def selected_note_ids(self) -> list[str]: ...

        def assign_selected(self, category: Category | None) -> bool: ...

    # -- categories --------------------------------------------------------------------
    def _add_from_field(self) -> None:
        if self.step_id is None or not self.new_category.text().strip():
            return
        if edits.add_category(self.session, step_id=self.step_id, name=self.new_category.text()):
            self.new_category.clear()

    def selected_categories(self) -> list[Category]:
        """Selected categories, the current (last chosen) one last; never the none row."""
        selection = self.categories_view.selectionModel()
        current = selection.currentIndex().row()
        rows = sorted((i.row() for i in selection.selectedRows()),
                      key=lambda r: (r == current, r))
        found = [self.categories_model.category_at(r) for r in rows]
        return [c for c in found if c is not None]

    def rename_current(self) -> None:
        index = self.categories_view.currentIndex()
        if self.categories_model.category_at(index.row()) is not None:
            self.categories_view.edit(index)

    def delete_selected(self) -> None:
        categories = self.selected_categories()
        if not categories:
            return
        stack = self.session.undo_stack
        if len(categories) > 1:
            stack.beginMacro(self.tr("Slet {n} kategorier").format(n=len(categories)))
        for category in categories:
            edits.delete_category(self.session, category)
        if len(categories) > 1:
            stack.endMacro()

    def merge_selected(self) -> None:
        """Merge every selected category into the one chosen last (the current one)."""
        categories = self.selected_categories()
        if len(categories) < 2:
            return
        target = categories[-1]
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Flet ind i »{name}«").format(name=target.name))
        for source in categories[:-1]:
            edits.merge_categories(self.session, source, target)
        stack.endMacro()
        self.categories_view.setCurrentIndex(
            self.categories_model.index(self.categories_model.row_of(target.id), 0))

    def split_current(self, name: str | None = None) -> Category | None:
        """Split the chosen category: the selected notes in it go to a new category
        (``name``, asked for when None), as one undoable edit."""
        selected = self.selected_categories()
        category = selected[-1] if selected else None
        store = self.session.store
        moving = [n for n in self.selected_note_ids()
                  if category is not None and store.consolidation.note_category(n) == category.id]
        if category is None or not moving or self.step_id is None:
            self.session.status.emit(self.tr(
                "Vælg kategorien, og markér de af dens noter, der skal over i en ny "
                "kategori."))
            return None
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Del kategori"),
                self.tr("Navn på den nye kategori til de markerede noter:"))
            if not ok:
                return None
        return edits.add_category_with(
            self.session, self.tr("Del »{name}«").format(name=category.name),
            step_id=self.step_id, name=name, note_ids=moving)

    # -- the quick picker --------------------------------------------------------------
    def open_picker(self) -> None:
        self.picker.clear()
        self.picker.setFocus()

    def _pick(self) -> None:
        """Put the selected notes in the named category; a new name makes the category."""
        text = self.picker.text().strip()
        if not text or self.step_id is None:
            return
        popup = self.picker_completer.popup()
        highlighted = popup.currentIndex() if popup is not None and popup.isVisible() else None
        self.picker.clear()
        key = name_key(text)
        category = next((c for c in self.categories_model.categories()
                         if name_key(c.name) == key), None)
        if category is None:
            category = self._suggested(text, highlighted)
        if category is None:
            stack = self.session.undo_stack
            stack.beginMacro(self.tr("Ny kategori »{name}«").format(name=text))
            category = edits.add_category(self.session, step_id=self.step_id, name=text)
            if category is not None:
                self.assign_selected(category)
            stack.endMacro()
        else:
            self.assign_selected(category)
        self.notes_view.setFocus()

    def _suggested(self, text: str, highlighted: QModelIndex | None) -> Category | None:
        """The category the picker suggests for ``text``: the highlighted one, else the first.

        Enter takes a suggestion rather than making a category of a half-typed name
        (»Fæll« for »Fællesskab«); a new name that is part of an existing one is made in
        the »Ny kategori« field instead.
        """
        completer = self.picker_completer
        completer.setCompletionPrefix(text)
        if not completer.completionCount():
            return None
        if highlighted is not None and highlighted.isValid():
            completer.setCurrentRow(highlighted.row())
        name = completer.currentCompletion()
        return next((c for c in self.categories_model.categories() if c.name == name), None)
