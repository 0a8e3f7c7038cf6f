"""Names in reports: the camp's list of names and what exports print instead.

Each write is one user edit (keyword-only arguments, one transaction) returning the row
as it now is; the UI keeps what undo needs. The list is the organiser's: like the
consolidation it stays in the camp file and never travels in a bundle or a kit.

``store.names`` on a :class:`~facilitator.store.CampStore`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from facilitator.domain.messages import UserError
from facilitator.domain.pseudonyms import DUPLICATE_NAME
from facilitator.domain.pseudonyms import Pseudonym
from facilitator.domain.pseudonyms import clean_name
from facilitator.domain.pseudonyms import clean_replacement
from facilitator.domain.pseudonyms import name_key
from facilitator.store.base import StorePart


class NameList(StorePart):
    """``store.names`` on a :class:`~facilitator.store.CampStore`."""

    def pseudonyms(self) -> dict[str, str]:
        """Name → replacement of every name on the list (what an export needs)."""
        return {p.name: p.replacement for p in self.pseudonym_list()}

    def pseudonym_list(self) -> list[Pseudonym]:
        """The list's rows, alphabetically (case does not count)."""
        rows = self.db.rows("SELECT * FROM pseudonym WHERE deleted = 0")
        found = [Pseudonym.from_row(r) for r in rows]
        return sorted(found, key=lambda p: (name_key(p.name), p.name))

    def pseudonym(self, pseudonym_id: str) -> Pseudonym:
        return Pseudonym.from_row(self.db.by_id("pseudonym", pseudonym_id))

    def add_pseudonym(self, *, name: str, replacement: str = "") -> Pseudonym:
        """A name on the list; an empty ``replacement`` becomes the name's initials."""
        name = clean_name(name)
        with self.db.write() as conn:
            self._check_unique(conn, name)
            pseudonym_id = self.db.insert(conn, "pseudonym", {
                "name": name, "replacement": clean_replacement(replacement, name)})
        return self.pseudonym(pseudonym_id)

    def add_pseudonyms(self, *, names: Sequence[str]) -> list[Pseudonym]:
        """Several names at once, each with its initials; names already on the list (or
        twice in ``names``) are skipped. One transaction; returns the rows added."""
        made: list[str] = []
        with self.db.write() as conn:
            known = {name_key(r[0]) for r in conn.execute(
                "SELECT name FROM pseudonym WHERE deleted = 0")}
            for raw in names:
                if not raw.strip() or name_key(raw) in known:
                    continue
                name = clean_name(raw)
                known.add(name_key(name))
                made.append(self.db.insert(conn, "pseudonym", {
                    "name": name, "replacement": clean_replacement("", name)}))
        return [self.pseudonym(i) for i in made]

    def update_pseudonym(self, *, pseudonym_id: str, name: str | None = None,
                         replacement: str | None = None) -> Pseudonym:
        current = self.pseudonym(pseudonym_id)
        new_name = clean_name(name) if name is not None else current.name
        values: dict[str, str] = {}
        if new_name != current.name:
            values["name"] = new_name
        if replacement is not None:
            cleaned = clean_replacement(replacement, new_name)
            if cleaned != current.replacement:
                values["replacement"] = cleaned
        with self.db.write() as conn:
            if "name" in values:
                self._check_unique(conn, new_name, pseudonym_id)
            self.db.update(conn, "pseudonym", pseudonym_id, values)
        return self.pseudonym(pseudonym_id)

    def delete_pseudonym(self, *, pseudonym_id: str) -> Pseudonym:
        """Tombstone the row; returns it as it was, for :meth:`restore_pseudonym`."""
        removed = self.pseudonym(pseudonym_id)
        with self.db.write() as conn:
            self.db.update(conn, "pseudonym", pseudonym_id, {"deleted": 1})
        return removed

    def restore_pseudonym(self, *, pseudonym_id: str) -> Pseudonym:
        """Bring a deleted name back (refused if the same name was added meanwhile)."""
        row = self.pseudonym(pseudonym_id)
        with self.db.write() as conn:
            self._check_unique(conn, row.name, pseudonym_id)
            self.db.update(conn, "pseudonym", pseudonym_id, {"deleted": 0})
        return self.pseudonym(pseudonym_id)

    # -- helpers -----------------------------------------------------------------------
    def _check_unique(self, conn: sqlite3.Connection, name: str,
                      pseudonym_id: str | None = None) -> None:
        key = name_key(name)
        for other_id, other in conn.execute(
                "SELECT id, name FROM pseudonym WHERE deleted = 0"):
            if other_id != pseudonym_id and name_key(other) == key:
                raise UserError(DUPLICATE_NAME, name=other)
