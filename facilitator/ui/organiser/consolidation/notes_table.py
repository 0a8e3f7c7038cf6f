"""Every note of one step, from every table, as a table model with a filtering proxy.

The organiser reads the whole step at once (often 100+ notes), narrows it by main group,
table or a word, sorts by votes, and drags notes onto categories. The model carries the
note ids as its own drag format, so only the category list understands such a drop.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtCore import Qt

from facilitator.domain.model import Note
from facilitator.domain.words import counted
from facilitator.ui.common.drag import ids_from_mime
from facilitator.ui.common.drag import ids_mime
from facilitator.ui.common.list_model import Index
from facilitator.ui.common.list_model import RowsModel
from facilitator.ui.edits import consolidation as edits
from facilitator.ui.shell.session import CampSession

#: Our drag format: a JSON list of note ids. Distinct from the notes board's own format,
#: so a note dragged here can never be dropped as a reorder onto a table's board.
NOTE_IDS_MIME_TYPE = "application/x-facilitator-consolidation-note-ids"

TEXT, TABLE, VOTES, SELECTED, CATEGORY, EXCERPT = range(6)
SELECTED_MARK = "★"

def note_ids_mime(note_ids: list[str]) -> QMimeData:
    return ids_mime(NOTE_IDS_MIME_TYPE, note_ids)


def note_ids_from_mime(mime: QMimeData) -> list[str]:
    """The note ids a drag carries; empty for anything that is not our format."""
    return ids_from_mime(mime, NOTE_IDS_MIME_TYPE)


@dataclass(frozen=True)
class NoteRow:
    """One note as the consolidation shows it: the note plus where it sits."""

    note: Note
    table_code: str
    main_group_id: str | None
    category_id: str | None
    category_name: str
    excerpt: bool
    #: The first note of the message this note is counted once with (itself, when it
    #: heads one), and how many notes that message has; None and 1 for a note on its own.
    message_id: str | None = None
    message_size: int = 1

    @property
    def id(self) -> str:
        return self.note.id

    @property
    def repeat(self) -> bool:
        return self.message_id is not None and self.message_id != self.note.id


class ConsolidationNotesModel(RowsModel[NoteRow]):
    NoteIdRole = RowsModel.IdRole
    #: A plain value per column to sort by (votes as numbers, marks as 0/1).
    SortRole = Qt.ItemDataRole.UserRole + 3
    columns = ("",) * (EXCERPT + 1)

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step_id: str | None = None
        self.headers = (self.tr("Note"), self.tr("Bord"), self.tr("Stemmer"),
                        self.tr("Udvalgt"), self.tr("Kategori"), self.tr("Udsnit"))

    # -- reading the store -------------------------------------------------------------
    def show_step(self, step_id: str | None) -> None:
        self.step_id = step_id
        self.set_rows(self.fetch())

    def reload_categories(self) -> None:
        """Only categories and excerpts changed: re-read those, keep the notes (a key
        press in a 3,000-note step re-read every note before, 100 ms)."""
        self._show(self._placed([r.note for r in self._rows], self._codes()))

    def reload(self) -> None:
        """Refill from the store; the same notes in the same order keep the selection."""
        self._show(self.fetch())

    def _show(self, rows: list[NoteRow]) -> None:
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.set_rows(rows)
        else:  # one note categorised: one row repainted, not 2,000
            old, self._rows = self._rows, rows
            self._emit_changed(old)

    def fetch(self) -> list[NoteRow]:
        if self.step_id is None:
            return []
        return self._placed(self.session.store.board.notes(self.step_id, all_tables=True),
                            self._codes())

    def _codes(self) -> tuple[dict[str, tuple[str, str | None]], dict[str, str]]:
        """Each table's (code, main group), and each main group's code."""
        store = self.session.store
        return ({t.id: (t.code, t.main_group_id) for t in store.frame.tables()},
                {g.id: g.code for g in store.frame.main_groups()})

    def _placed(self, notes: list[Note],
                codes: tuple[dict[str, tuple[str, str | None]], dict[str, str]]
                ) -> list[NoteRow]:
        if self.step_id is None:
            return []
        store = self.session.store
        tables, groups = codes
        names = {c.id: c.name for c in store.consolidation.categories(self.step_id)}
        assigned = store.consolidation.note_categories(self.step_id)
        excerpts = {n.id for n in store.consolidation.excerpts(self.step_id)}
        counted_with = store.consolidation.counted_with(self.step_id)
        sizes = Counter(counted_with.values())
        rows = []
        for note in notes:
            table = tables.get(note.table_id or "")
            group_id = table[1] if table else note.main_group_id
            code = table[0] if table else groups.get(group_id or "", "")
            category_id = assigned.get(note.id)
            message_id = counted_with.get(note.id, note.id if note.id in sizes else None)
            rows.append(NoteRow(note, code, group_id, category_id,
                                names.get(category_id or "", ""), note.id in excerpts,
                                message_id, sizes.get(message_id or "", 0) + 1))
        return rows

    def message_text(self, row: NoteRow) -> str:
        """The note's text as the table shows it: a repeat marked ↳, a message's first
        note with how many it counts for."""
        text = " ".join(row.note.text.split())
        if row.repeat:
            return f"↳ {text}"
        if row.message_id is not None:
            return self.tr("%1  (tælles som én af %2)").replace("%1", text).replace(
                "%2", str(row.message_size))
        return text

    def _message_tip(self, row: NoteRow) -> str:
        if row.message_id is None:
            return row.note.text
        first = next((r.note.text for r in self._rows if r.id == row.message_id), "")
        said = (self.tr("Tælles som ét budskab med »%1«.").replace("%1", first) if row.repeat
                else counted(row.message_size - 1,
                             self.tr("Tælles som ét budskab sammen med %n anden note."),
                             self.tr("Tælles som ét budskab sammen med %n andre noter.")))
        return f"{row.note.text}\n\n{said}"

    # -- the table ---------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= EXCERPT:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return (None, None, self.tr("Bordets prikstemmer"),
                    self.tr("★: bordet valgte noten"), None,
                    self.tr("Noten citeres som »Udsnit af data« (tast E)"))[section]
        return super().headerData(section, orientation, role)

    def cell(self, row: NoteRow, column: int, role: int) -> Any:
        note = row.note
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                TEXT: self.message_text(row),
                TABLE: row.table_code,
                VOTES: note.votes,
                SELECTED: SELECTED_MARK if note.selected else "",
                CATEGORY: row.category_name,
            }.get(column)
        if role == self.SortRole:
            return {
                TEXT: note.text.casefold(), TABLE: row.table_code.casefold(), VOTES: note.votes,
                SELECTED: int(note.selected), CATEGORY: row.category_name.casefold(),
                EXCERPT: int(row.excerpt),
            }.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == EXCERPT:
            return Qt.CheckState.Checked if row.excerpt else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return self._message_tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VOTES, SELECTED):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if index.column() == EXCERPT:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != EXCERPT
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        checked = _check_value(value) == Qt.CheckState.Checked.value
        return edits.set_excerpts(self.session, [self.row(index.row()).id], checked)

    # -- dragging ----------------------------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        # Copy only: a "move" would make the view remove the dragged rows afterwards.
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [NOTE_IDS_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids: list[str] = []
        for index in sorted((i for i in indexes if i.isValid()), key=lambda i: i.row()):
            note_id = self.row(index.row()).id
            if note_id not in ids:
                ids.append(note_id)
        return note_ids_mime(ids)


def _check_value(value: Any) -> int:
    return value.value if isinstance(value, Qt.CheckState) else int(value)


class NotesFilter(QSortFilterProxyModel):
    """Narrows the notes by main group, table, triangle level, a search word or "not yet
    categorised"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.main_group_id: str | None = None
        self.table_id: str | None = None
        #: The inverted triangle's level (1–3) to show; None shows every note.
        self.level: int | None = None
        self.search = ""
        self.uncategorised_only = False
        #: Show only the notes in these categories (None: not a category); None: all.
        self.category_ids: frozenset[str | None] | None = None
        self.setSortRole(ConsolidationNotesModel.SortRole)

    def set_filter(self, **changes: Any) -> None:
        """Change any of main_group_id, table_id, level, search, uncategorised_only and
        category_ids at once."""
        self.beginFilterChange()
        for name, value in changes.items():
            assert hasattr(self, name), name
            setattr(self, name, value.casefold().strip() if name == "search" else value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ConsolidationNotesModel) or source_parent.isValid():
            return False
        row = model.row(source_row)
        if self.main_group_id is not None and row.main_group_id != self.main_group_id:
            return False
        if self.table_id is not None and row.note.table_id != self.table_id:
            return False
        if self.level is not None and row.note.level != self.level:
            return False
        if self.uncategorised_only and row.category_id is not None:
            return False
        if self.category_ids is not None and row.category_id not in self.category_ids:
            return False
        return not self.search or all(
            word in row.note.text.casefold() for word in self.search.split())
