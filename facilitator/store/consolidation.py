"""The organiser's consolidation of a step: categories, assignments, summary, excerpts.

Each method is one user edit (keyword-only arguments, one transaction) and returns what
undo needs to put things back: the previous category of each note, the notes a deleted
or merged-away category held, the previous summary text. The rules (name validation,
counting, merge semantics) live in :mod:`facilitator.domain.consolidation`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence

from facilitator.domain.consolidation import Category
from facilitator.domain.consolidation import CategoryCounts
from facilitator.domain.consolidation import CategoryRemoval
from facilitator.domain.consolidation import check_merge
from facilitator.domain.consolidation import count_apart
from facilitator.domain.consolidation import count_as_one
from facilitator.domain.consolidation import count_notes
from facilitator.domain.consolidation import live_messages
from facilitator.domain.consolidation import validate_category_name
from facilitator.domain.consolidation import with_counts
from facilitator.domain.messages import NOTE_NOT_IN_CAMP
from facilitator.domain.messages import ONE_STEP_MESSAGE
from facilitator.domain.messages import UserError
from facilitator.domain.model import Note
from facilitator.domain.text_limit import check_text_length
from facilitator.store.base import StorePart
from facilitator.store.base import now


class Consolidation(StorePart):
    """``store.consolidation`` on a :class:`~facilitator.store.CampStore`."""

    # -- reading -----------------------------------------------------------------------
    def _live_categories(self, step_id: str) -> list[Category]:
        rows = self.db.rows(
            "SELECT id, step_id, name, position FROM category "
            "WHERE step_id = ? AND deleted = 0 ORDER BY position",
            [step_id],
        )
        return [Category.from_row(r) for r in rows]

    def note_categories(self, step_id: str) -> dict[str, str]:
        """note id → category id for the step's notes that are in a live category."""
        rows = self.db.conn.execute(
            "SELECT nc.note_id, nc.category_id FROM note_category nc "
            "JOIN category c ON c.id = nc.category_id AND c.deleted = 0 "
            "WHERE nc.deleted = 0 AND c.step_id = ?",
            [step_id],
        )
        return {r[0]: r[1] for r in rows}

    def category_counts(self, step_id: str) -> CategoryCounts:
        """Live notes per category, and those in none; deleted notes do not count."""
        note_ids = self._live_note_ids(step_id)
        categories = self._live_categories(step_id)
        return count_notes(note_ids, self.note_categories(step_id), [c.id for c in categories],
                           live_messages(self._stored_counted_with(step_id), note_ids))

    def categories(self, step_id: str) -> list[Category]:
        """The step's categories in panel order, each with its live note count."""
        return with_counts(self._live_categories(step_id), self.category_counts(step_id))

    def counted_with(self, step_id: str) -> dict[str, str]:
        """The step's live repeats: note id → the first live note of its message
        (:func:`~facilitator.domain.consolidation.live_messages`)."""
        return live_messages(self._stored_counted_with(step_id), self._live_note_ids(step_id))

    def _live_note_ids(self, step_id: str) -> list[str]:
        """The step's live notes, oldest first (the order a message's next first note is
        taken in when its first is deleted)."""
        return [r[0] for r in self.db.conn.execute(
            "SELECT id FROM note WHERE step_id = ? AND deleted = 0 ORDER BY created_at, id",
            [step_id])]

    def _stored_counted_with(self, step_id: str) -> dict[str, str]:
        rows = self.db.conn.execute(
            "SELECT cw.note_id, cw.first_note_id FROM counted_with cw "
            "JOIN note n ON n.id = cw.note_id WHERE cw.deleted = 0 AND n.step_id = ?",
            [step_id])
        return {r[0]: r[1] for r in rows}

    def uncategorised_count(self, step_id: str) -> int:
        return self.category_counts(step_id).uncategorised

    def counted_once_count(self, step_id: str) -> int:
        """Notes in a category that add nothing to its count (their message counted)."""
        return self.category_counts(step_id).counted_once

    def category(self, category_id: str) -> Category:
        row = self.db.by_id("category", category_id)
        counts = self.category_counts(str(row["step_id"]))
        return Category.from_row({**row, "count": counts.by_category.get(category_id, 0)})

    def note_category(self, note_id: str) -> str | None:
        """The id of the live category the note is in, or None."""
        found = self.db.value(
            "SELECT nc.category_id FROM note_category nc "
            "JOIN category c ON c.id = nc.category_id AND c.deleted = 0 "
            "WHERE nc.note_id = ? AND nc.deleted = 0",
            [note_id],
        )
        return None if found is None else str(found)

    def category_notes(self, category_id: str) -> list[Note]:
        """The live notes in a category, in board order (table, then position)."""
        return self._marked_notes("note_category m ON m.note_id = n.id",
                                  "m.category_id = ?", category_id)

    def _marked_notes(self, join: str, where: str, key: str) -> list[Note]:
        """Live notes with a live mark (``join``: an assignment, an excerpt), in board order."""
        rows = self.db.rows(
            f"SELECT n.* FROM note n JOIN {join} LEFT JOIN camp_table t ON t.id = n.table_id "
            f"WHERE {where} AND m.deleted = 0 AND n.deleted = 0 ORDER BY t.position, n.position",
            [key])
        return [Note.from_row(r) for r in rows]

    def step_summary(self, step_id: str) -> str:
        found = self.db.value("SELECT text FROM step_summary WHERE step_id = ?", [step_id])
        return "" if found is None else str(found)

    def excerpts(self, step_id: str) -> list[Note]:
        """The step's live notes marked as "Udsnit af data", in board order."""
        return self._marked_notes("excerpt m ON m.note_id = n.id", "n.step_id = ?", step_id)

    def is_excerpt(self, note_id: str) -> bool:
        row = self.db.row("SELECT 1 FROM excerpt WHERE note_id = ? AND deleted = 0", [note_id])
        return row is not None

    # -- categories --------------------------------------------------------------------
    def add_category(self, *, step_id: str, name: str) -> Category:
        """A new category last in the step's list; refused when the name is empty or taken."""
        with self.db.write() as conn:
            cleaned = validate_category_name(name, self._live_categories(step_id))
            position = self.db.next_position(conn, "category", "step_id = ?", [step_id])
            category_id = self.db.insert(conn, "category", {
                "step_id": step_id, "name": cleaned, "position": position,
            })
        return self.category(category_id)

    def rename_category(self, *, category_id: str, name: str) -> Category:
        with self.db.write() as conn:
            current = self.category(category_id)
            cleaned = validate_category_name(
                name, self._live_categories(current.step_id), category_id=category_id)
            if cleaned != current.name:
                self.db.update(conn, "category", category_id, {"name": cleaned})
        return self.category(category_id)

    def delete_category(self, *, category_id: str) -> CategoryRemoval:
        """Tombstone the category; its notes become uncategorised.

        Returns the notes it held, so :meth:`restore_category` can put them back.
        """
        with self.db.write() as conn:
            note_ids = self._take_notes(conn, category_id)
            self.db.update(conn, "category", category_id, {"deleted": 1})
        return CategoryRemoval(category_id=category_id, note_ids=note_ids)

    def restore_category(self, *, category_id: str,
                         note_ids: Iterable[str] = ()) -> Category:
        """Undo of delete, merge or add: revive the category and put ``note_ids`` in it."""
        with self.db.write() as conn:
            self.db.update(conn, "category", category_id, {"deleted": 0})
            for note_id in note_ids:
                self._put(conn, note_id, category_id)
        return self.category(category_id)

    def merge_categories(self, *, source_id: str, target_id: str) -> CategoryRemoval:
        """Move every note of ``source_id`` to ``target_id`` and delete the source.

        Returns the notes moved; restoring the source with them undoes the merge.
        """
        with self.db.write() as conn:
            check_merge(self.category(source_id), self.category(target_id))
            note_ids = self._take_notes(conn, source_id)
            for note_id in note_ids:
                self._put(conn, note_id, target_id)
            self.db.update(conn, "category", source_id, {"deleted": 1})
        return CategoryRemoval(category_id=source_id, note_ids=note_ids, target_id=target_id)

    # -- assigning notes ---------------------------------------------------------------
    def assign_note(self, *, note_id: str, category_id: str | None) -> str | None:
        """Put the note in ``category_id`` (None: in no category); returns the previous one."""
        return self.set_note_categories(assignments={note_id: category_id})[note_id]

    def assign_notes(self, *, note_ids: Iterable[str],
                     category_id: str | None) -> dict[str, str | None]:
        """Several notes into one category in one edit; returns each note's previous one."""
        return self.set_note_categories(assignments=dict.fromkeys(note_ids, category_id))

    def set_note_categories(self, *,
                            assignments: Mapping[str, str | None]) -> dict[str, str | None]:
        """Give each note its category (None: none) in one transaction.

        Returns the previous categories in the same shape, so calling this again with
        the result is the undo.
        """
        with self.db.write() as conn:
            previous = {n: self.note_category(n) for n in assignments}
            for note_id, category_id in assignments.items():
                if previous[note_id] == category_id:
                    continue
                if category_id is None:
                    self._drop(conn, note_id)
                else:
                    self._put(conn, note_id, category_id)
        return previous

    def _put(self, conn: sqlite3.Connection, note_id: str, category_id: str) -> None:
        row = self.db.record("SELECT id, category_id, deleted FROM note_category WHERE note_id = ?",
                        [note_id])
        if row is None:
            self.db.insert(conn, "note_category", {"note_id": note_id, "category_id": category_id})
        elif row["category_id"] != category_id or row["deleted"]:
            self.db.update(conn, "note_category", row["id"],
                         {"category_id": category_id, "deleted": 0})

    def _drop(self, conn: sqlite3.Connection, note_id: str) -> None:
        row = self.db.record("SELECT id FROM note_category WHERE note_id = ? AND deleted = 0",
                        [note_id])
        if row is not None:
            self.db.update(conn, "note_category", row["id"], {"deleted": 1})

    def _take_notes(self, conn: sqlite3.Connection, category_id: str) -> tuple[str, ...]:
        """Tombstone every assignment to the category; the notes it held, for undo."""
        rows = self.db.records(
            "SELECT id, note_id FROM note_category WHERE category_id = ? AND deleted = 0 "
            "ORDER BY created_at",
            [category_id],
        )
        for row in rows:
            self.db.update(conn, "note_category", row["id"], {"deleted": 1})
        return tuple(r["note_id"] for r in rows)

    # -- notes that say the same thing -------------------------------------------------
    def count_as_one(self, *, note_ids: Sequence[str]) -> dict[str, str | None]:
        """Count the notes as one message (with the groups they are in); the undo marks."""
        return self.set_counted_with(marks=count_as_one(note_ids, *self._marks_of(note_ids)))

    def count_apart(self, *, note_ids: Sequence[str]) -> dict[str, str | None]:
        """Count each of the notes on its own again; the undo marks."""
        return self.set_counted_with(marks=count_apart(note_ids, *self._marks_of(note_ids)))

    def _marks_of(self, note_ids: Sequence[str]) -> tuple[dict[str, str], dict[str, str]]:
        """The notes' step's marks as the live notes see them, and as stored."""
        steps = {self.db.value("SELECT step_id FROM note WHERE id = ?", [n]) for n in note_ids}
        if None in steps:
            raise UserError(NOTE_NOT_IN_CAMP)
        if len(steps) > 1:
            raise UserError(ONE_STEP_MESSAGE)
        if not steps:
            return {}, {}
        step_id = str(steps.pop())
        return self.counted_with(step_id), self._stored_counted_with(step_id)

    def set_counted_with(self, *, marks: Mapping[str, str | None]) -> dict[str, str | None]:
        """Set each note's first note (None: it counts on its own) in one transaction.

        Returns the previous marks in the same shape, so calling this again with the
        result is the undo.
        """
        with self.db.write() as conn:
            previous: dict[str, str | None] = {}
            for note_id, first in marks.items():
                row = self.db.record(
                    "SELECT id, first_note_id, deleted FROM counted_with WHERE note_id = ?",
                    [note_id])
                live = row is not None and not row["deleted"]
                previous[note_id] = row["first_note_id"] if row is not None and live else None
                if previous[note_id] == first:
                    continue
                if row is None:
                    self.db.insert(conn, "counted_with",
                                   {"note_id": note_id, "first_note_id": first})
                else:
                    self.db.update(conn, "counted_with", row["id"],
                                   {"deleted": 1} if first is None
                                   else {"first_note_id": first, "deleted": 0})
        return previous

    # -- summary and excerpts ----------------------------------------------------------
    def set_step_summary(self, *, step_id: str, text: str) -> str:
        """Save the step's summary as written; returns the previous text for undo."""
        check_text_length(text)
        with self.db.write() as conn:
            previous = self.step_summary(step_id)
            if text != previous:
                conn.execute(
                    "INSERT INTO step_summary (step_id, text, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT(step_id) DO UPDATE SET text = excluded.text, "
                    "updated_at = excluded.updated_at",
                    [step_id, text, now()],
                )
        return previous

    def set_excerpt(self, *, note_id: str, excerpt: bool) -> bool:
        """Mark or unmark the note as "Udsnit af data"; returns the previous mark."""
        return self.set_excerpts(marks={note_id: excerpt})[note_id]

    def set_excerpts(self, *, marks: Mapping[str, bool]) -> dict[str, bool]:
        """Several excerpt marks in one edit; returns the previous marks (the undo)."""
        with self.db.write() as conn:
            previous = {n: self.is_excerpt(n) for n in marks}
            for note_id, excerpt in marks.items():
                if previous[note_id] == bool(excerpt):
                    continue
                row = self.db.record("SELECT id FROM excerpt WHERE note_id = ?", [note_id])
                if row is None:
                    self.db.insert(conn, "excerpt", {"note_id": note_id})
                else:
                    self.db.update(conn, "excerpt", row["id"], {"deleted": 0 if excerpt else 1})
        return previous
