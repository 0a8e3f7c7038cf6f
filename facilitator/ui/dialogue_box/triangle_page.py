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

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from facilitator.domain.dialogue import LEVELS, numbered_lines
from facilitator.domain.model import Note
from facilitator.domain.rules import clean_note_text
from facilitator.ui.dialogue_box.triangle_widget import TriangleWidget
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

    def add_note(self, text: str, *, tag: str = "") -> QModelIndex | None:
        if self.step_id is None or clean_note_text(text) is None:
            return None
        store, step_id, table_id, level = (self.session.store, self.step_id, self.table_id,
                                           self.level)
        created: list[str] = []

        def do() -> Note:
            if created:
                return store.board.restore_note(note_id=created[0])
            note = store.dialogue_box.add_level_note(step_id=step_id, table_id=table_id,
                                                     level=level,
                                        text=text)
            created.append(note.id)
            return note

        note = self._edit(self.tr("Tilføj note"), do,
                          lambda: store.board.delete_note(note_id=created[0]))
        if note is None:
            return None
        row = len(self._notes)
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.append(note)
        self.endInsertRows()
        return self.index(row)

    def delete_row(self, row: int) -> bool:
        # A tombstone keeps its position, so restoring puts the note back in its place
        # among the step's notes of every level.
        note = self._notes[row]
        store = self.session.store
        if self._edit(self.tr("Slet note"), lambda: store.board.delete_note(note_id=note.id),
                      lambda: store.board.restore_note(note_id=note.id)) is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._notes[row]
        self.endRemoveRows()
        return True

    def move_row(self, row: int, to: int) -> bool:
        if not (0 <= row < len(self._notes) and 0 <= to < len(self._notes)) or row == to:
            return False
        note = self._notes[row]
        store = self.session.store
        if self._edit(self.tr("Flyt note"),
                      lambda: store.dialogue_box.move_level_note(note_id=note.id, index=to),
                      lambda: store.dialogue_box.move_level_note(note_id=note.id,
                                                                 index=row)) is None:
            return False
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to if to < row else to + 1)
        self._notes.insert(to, self._notes.pop(row))
        self.endMoveRows()
        return True

    def change_level(self, row: int, level: int) -> bool:
        """Move a note to another level: it leaves this list."""
        note = self._notes[row]
        if level == note.level:
            return False
        store, before = self.session.store, note.level
        if self._edit(self.tr("Flyt note til niveau %1").replace("%1", str(level)),
                      lambda: store.dialogue_box.set_note_level(note_id=note.id, level=level),
                      lambda: store.dialogue_box.set_note_level(note_id=note.id,
                                                                level=before)) is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._notes[row]
        self.endRemoveRows()
        return True


class TrianglePage(NotesPage):
    watches = ("note",)

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
        self.model = LevelNotesModel(self.session, self)
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
        return self.model.level

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
        self.model.set_level(level)
        self._show_triangle()
        self._update_counts()
        self.focus_entry()

    def move_current_to(self, level: int) -> None:
        row = self._with_current()
        if row >= 0 and self.model.change_level(row, level):
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
