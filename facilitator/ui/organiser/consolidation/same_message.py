"""The consolidation workspace's »Samme budskab«: notes that say the same thing.

A part of :class:`~facilitator.ui.organiser.consolidation.workspace.ConsolidationWorkspace`,
like the category actions. Two tables often write the same post-it in other words or
with a typo. »Samme budskab« (Ctrl+Shift+B) selects the next group of such notes, so
they are placed together with one key, drop or pick; »Tæl som ét« (Ctrl+Shift+T) then
makes the selected notes one voice in their category's count, and on notes already
counted as one it counts them each on their own again. Both are undoable edits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QItemSelection
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

from facilitator.domain.suggestions import same_message_groups
from facilitator.ui.common.controls import button
from facilitator.ui.edits import consolidation as edits
from facilitator.ui.organiser.consolidation.notes_table import ConsolidationNotesModel
from facilitator.ui.organiser.consolidation.notes_table import NotesFilter
from facilitator.ui.shell.session import CampSession

_Base = QWidget if TYPE_CHECKING else object
translate = QCoreApplication.translate


class SameMessageActions(_Base):  # type: ignore[misc, valid-type]
    """Mixed into the workspace, whose parts these are."""

    session: CampSession
    notes_model: ConsolidationNotesModel
    notes_filter: NotesFilter
    notes_view: QTableView
    same_button: QPushButton
    once_button: QPushButton
    _same_groups: list[tuple[str, ...]]
    _run: Callable[..., None]
    selected_note_ids: Callable[[], list[str]]

    def _setup_same_message(self) -> None:
        self.same_button = button(
            translate("ConsolidationWorkspace", "Samme budskab"),
            translate("ConsolidationWorkspace",
                      "Markerer næste gruppe af noter, der siger det samme, så du kan "
                      "placere dem samlet i én kategori (Ctrl+Shift+B)."),
            self.next_same_message, self)
        self.once_button = button(
            translate("ConsolidationWorkspace", "Tæl som ét"), "", self.toggle_counted_once,
            self)
        self._same_groups = []
        self.notes_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_once_button())
        self.notes_model.dataChanged.connect(lambda *_: self._update_once_button())
        self.notes_model.modelReset.connect(self._update_once_button)
        self._update_once_button()
        for widget in (self.same_button, self.once_button):
            widget.setEnabled(not self.session.read_only)

    # -- counting once -----------------------------------------------------------------
    def _one_message_selected(self) -> bool:
        """Whether the selected notes are all of one message counted once."""
        ids = set(self.selected_note_ids())
        messages = {r.message_id for r in self.notes_model.rows() if r.id in ids}
        return bool(ids) and len(messages) == 1 and None not in messages

    def _update_once_button(self) -> None:
        if self._one_message_selected():
            self.once_button.setText(translate("ConsolidationWorkspace", "Tæl hver for sig"))
            self.once_button.setToolTip(translate(
                "ConsolidationWorkspace",
                "De markerede noter tælles igen hver for sig i kategoriernes tal "
                "(Ctrl+Shift+T)."))
        else:
            self.once_button.setText(translate("ConsolidationWorkspace", "Tæl som ét"))
            self.once_button.setToolTip(translate(
                "ConsolidationWorkspace",
                "De markerede noter siger det samme: de tælles som ét budskab i "
                "kategoriens tal, men står stadig hver for sig i rapportens bilag "
                "(Ctrl+Shift+T)."))

    def toggle_counted_once(self) -> None:
        """Count the selected notes as one message, or, when they already are one, each
        on its own again."""
        if self.session.read_only:
            return
        ids = self.selected_note_ids()
        if self._one_message_selected():
            if edits.count_apart(self.session, ids):
                self.session.status.emit(translate(
                    "ConsolidationWorkspace", "Noterne tælles igen hver for sig."))
        elif len(ids) < 2:
            self.session.status.emit(translate(
                "ConsolidationWorkspace",
                "Markér mindst to noter, der siger det samme, for at tælle dem som ét."))
        elif edits.count_as_one(self.session, ids):
            self.session.status.emit(translate(
                "ConsolidationWorkspace",
                "{n} noter tælles nu som ét budskab i kategoriernes tal.").format(n=len(ids)))
        self._update_once_button()

    # -- finding them ------------------------------------------------------------------
    def next_same_message(self) -> None:
        """Select the next group of notes that say the same thing (one with a note still
        without a category)."""
        if self._pop_same_group():
            return
        rows = self.notes_model.rows()
        texts = [r.note.text for r in rows]

        def found(groups: list[tuple[int, ...]]) -> None:
            self._same_groups = [tuple(rows[i].id for i in g) for g in groups]
            if not self._pop_same_group():
                self.session.status.emit(translate(
                    "ConsolidationWorkspace", "Ingen noter med samme budskab."))

        self._run(lambda: same_message_groups(texts), found)

    def _pop_same_group(self) -> bool:
        """Select the next group found that still has a note without a category."""
        waiting = {r.id for r in self.notes_model.rows() if r.category_id is None}
        while self._same_groups:
            group = self._same_groups.pop(0)
            if waiting.intersection(group):
                self._select_group(group)
                return True
        return False

    def _select_group(self, note_ids: tuple[str, ...]) -> None:
        selection = QItemSelection()
        first: QModelIndex | None = None
        for note_id in note_ids:
            index = self.notes_filter.mapFromSource(
                self.notes_model.index(self.notes_model.row_of(note_id), 0))
            if index.isValid():
                first = first or index
                selection.select(index, index)
        if first is None:
            return
        model = self.notes_view.selectionModel()
        model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
        self.notes_view.scrollTo(first)
        self.notes_view.setFocus()
        self.session.status.emit(translate(
            "ConsolidationWorkspace",
            "{n} noter med samme budskab er markeret: tæl dem som ét med Ctrl+Shift+T, og "
            "placér dem samlet med en tast, et klik eller Ctrl+K.").format(
                n=len(note_ids)))

