"""The inverted triangle step: notes on three levels, from broad to near.

1. What can make children and families not thrive in periods of their everyday life?
2. What does our town have today that helps and protects (local protective factors)?
3. How will I – and we – help and be helped?

The page is a notes page (typing, votes, selection, reordering, undo – exactly as in
the camp's note steps) showing one level at a time. Click a level in the drawing, or
press Ctrl+1, 2, 3; in the list, 1, 2 and 3 move the current note to that level. A
program sets its own three questions as the numbered lines of the step's prompt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QWidget

from facilitator.domain.dialogue import LEVELS
from facilitator.domain.dialogue import numbered_lines
from facilitator.domain.model import Note
from facilitator.domain.rules import clean_note_text
from facilitator.ui.dialogue_box.triangle_widget import TriangleWidget
from facilitator.ui.edits import triangle
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession
from facilitator.ui.shell.shortcuts import shortcut
from facilitator.ui.table.notes_model import NotesModel
from facilitator.ui.table.notes_page import NotesPage


class LevelNotesModel(NotesModel):
    """The notes of one level of the triangle, in board order."""

    def __init__(self, session: CampSession, parent=None) -> None:
        super().__init__(session, parent)
        self.level = 1

    def set_level(self, level: int) -> None:
        if level != self.level:
            self.beginResetModel()
            self.level = level
            self._notes = self._fetch()
            self.endResetModel()

    def _fetch(self) -> list[Note]:
        if self.step_id is None:
            return []
        return self.session.store.dialogue_box.level_notes(self.step_id, self.table_id, self.level)

    def _done(self, result: object) -> bool:
        """After an edit of ours: show the level as the store has it now (the row added,
        gone or moved) without waiting for the change it announced."""
        if result is None:
            return False
        self.reload()
        return True

    def add_note(self, text: str, *, tag: str = "") -> QModelIndex | None:
        step_id = self.step_id
        if step_id is None or clean_note_text(text) is None:
            return None
        note = self._edit(lambda: triangle.add_level_note(
            self.session, step_id=step_id, table_id=self.table_id, level=self.level,
            text=text))
        if note is None or not self._done(note):
            return None
        return self.index(self.row_of(note.id), 0)

    def delete_row(self, row: int) -> bool:
        note = self._notes[row]
        return self._done(self._edit(lambda: triangle.delete_level_note(self.session, note)))

    def move_row(self, row: int, to: int) -> bool:
        if not (0 <= row < len(self._notes) and 0 <= to < len(self._notes)) or row == to:
            return False
        note = self._notes[row]
        return self._done(self._edit(
            lambda: triangle.move_level_note(self.session, note, row, to)))

    def change_level(self, row: int, level: int) -> bool:
        """Move a note to another level: it leaves this list."""
        note = self._notes[row]
        if level == note.level:
            return False
        return self._done(self._edit(lambda: triangle.change_level(self.session, note, level)))


class TrianglePage(NotesPage):
    watches = Change.NOTE

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._use_level_model()
        self.triangle = TriangleWidget(self)
        self.triangle.level_chosen.connect(self.set_level)
        self.top.addWidget(self.triangle)
        self.setTabOrder(self.triangle, self.entry)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for level in LEVELS:
            shortcut(QKeySequence(f"Ctrl+{level}"), self, self._leveller(level, False),
                      context=context)
            self.view.bindings[(Qt.Key(Qt.Key.Key_0 + level), False)] = \
                self._leveller(level, True)
        self.view.setToolTip(self.view.toolTip() + " " + self.tr(
            "1, 2 og 3 flytter noten til et andet niveau."))

    def _use_level_model(self) -> None:
        """Show one level: the page's notes model is swapped for the level's before use."""
        old = self.model
        self.levels = LevelNotesModel(self.session, self)
        self.model = self.levels
        self.proxy.setSourceModel(self.model)
        self.delegate._model = self.model
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset,
                       self.model.dataChanged, self.model.layoutChanged):
            signal.connect(self._update_counts)
        old.deleteLater()

    def _leveller(self, level: int, move_note: bool) -> Callable[[], None]:
        return (lambda: self.move_current_to(level)) if move_note \
            else (lambda: self.set_level(level))

    @property
    def level(self) -> int:
        return self.levels.level

    def questions(self) -> list[str]:
        found = numbered_lines(self.step.prompt) if self.step else []
        if len(found) >= len(LEVELS):
            return found[:len(LEVELS)]
        return [
            self.tr("Hvad kan gøre, at børn og familier i perioder ikke trives i hverdagen?"),
            self.tr("Hvad har vi i vores by i dag, som hjælper og beskytter?"),
            self.tr("Hvordan vil jeg – og vi – hjælpe og blive hjulpet?"),
        ]

    # -- StepPage ----------------------------------------------------------------------
    def reload(self) -> None:
        super().reload()
        self._show_triangle()

    def _show_triangle(self) -> None:
        questions = self.questions()
        counts = [0, 0, 0]
        if self.step is not None:
            counts = [len(self.session.store.dialogue_box.level_notes(self.step.id, self.table_id,
                                                                      level))
                      for level in LEVELS]
        self.triangle.set_contents(questions, counts, self.level)
        self.entry.setPlaceholderText(
            self.tr("Niveau %1: skriv en note, og tryk Enter").replace("%1", str(self.level)))

    # -- levels ------------------------------------------------------------------------
    def set_level(self, level: int) -> None:
        self.levels.set_level(level)
        self._show_triangle()
        self._update_counts()
        self.focus_entry()

    def move_current_to(self, level: int) -> None:
        row = self._with_current()
        if row >= 0 and self.levels.change_level(row, level):
            self._show_triangle()
            self.show_status(self.tr("Noten er flyttet til niveau %1").replace("%1", str(level)))

    def add_from_entry(self) -> None:
        super().add_from_entry()
        self._show_triangle()

    def delete_current(self) -> None:
        super().delete_current()
        self._show_triangle()

    def _fill_context_menu(self, menu: QMenu) -> None:
        super()._fill_context_menu(menu)
        menu.addSeparator()
        has_note = self.current_row() >= 0 and not self.session.read_only
        for level in LEVELS:
            action = menu.addAction(
                self.tr("Flyt til niveau %1").replace("%1", str(level)) + f"\t{level}")
            action.setEnabled(has_note and level != self.level)
            action.triggered.connect(self._leveller(level, True))
