"""Participants per table by group (``store.participants``; schema 10, issue 18).

One row per table and group (``participant_count``), entered in preparation by the
organiser or at the table by its facilitator, and so carried in kits and bundles like
a table's notes: every edit adds a revision, and collecting keeps the newer copy
(store/bundles.py). The row's id is derived from the table and the group, so the
organiser's copy and the laptop's copy of one count are the same row even when each
side entered it without having seen the other's. A group never entered has no row (or
a tombstone, after »not entered« again): the table was not counted.
"""

from __future__ import annotations

import sqlite3

from facilitator.domain.messages import UserError
from facilitator.domain.participants import GROUP_KEYS
from facilitator.domain.participants import NOT_GIVEN
from facilitator.domain.participants import TABLE_GONE
from facilitator.domain.participants import ParticipantCounts
from facilitator.domain.participants import added_up
from facilitator.domain.participants import check_count
from facilitator.domain.participants import group
from facilitator.store.base import StorePart
from facilitator.store.base import name_id

#: Derives a count's id from its table and group (uuid5: the same on every computer).
_NAMESPACE = "6f1c2a52-3d0e-4c8e-9a57-2b9f4e1d7c30"


def count_id(table_id: str, group_key: str) -> str:
    return name_id(_NAMESPACE, f"{table_id}/{group_key}")


class Participants(StorePart):
    """The counts of people by group at each table: reads, and each edit one transaction."""

    # -- reading ---------------------------------------------------------------------
    def counts(self, table_id: str) -> ParticipantCounts:
        """What the table's counts are (:data:`NOT_GIVEN` when nobody counted it)."""
        return self._read("table_id = ?", [table_id]).get(table_id, NOT_GIVEN)

    def by_table(self) -> dict[str, ParticipantCounts]:
        """The counts of every live table that was counted, by table id."""
        return self._read("table_id IN (SELECT id FROM camp_table WHERE deleted = 0)", [])

    def camp_total(self) -> ParticipantCounts:
        """Every live table's counts added up (:data:`NOT_GIVEN` when none was counted)."""
        return added_up(self.by_table().values())

    def _read(self, where: str, args: list[str]) -> dict[str, ParticipantCounts]:
        """Per table and group the newest row decides (two rows of one count can only
        meet when a file was gathered from elsewhere); a tombstone is »not entered«."""
        newest: dict[tuple[str, str], tuple[int, bool]] = {}
        for r in self.db.records(
                "SELECT table_id, group_key, people, deleted FROM participant_count "
                f"WHERE {where} ORDER BY revision, updated_at", args):
            newest[(r["table_id"], r["group_key"])] = (r["people"], bool(r["deleted"]))
        tables: dict[str, dict[str, int]] = {}
        for (table_id, key), (people, deleted) in newest.items():
            if not deleted and key in GROUP_KEYS:
                tables.setdefault(table_id, {})[key] = people
        return {t: ParticipantCounts.of(c) for t, c in tables.items()}

    # -- editing ---------------------------------------------------------------------
    def set_count(self, *, table_id: str, group_key: str, people: int | None) -> int | None:
        """The number of people of one group at one table (None: not entered); what it
        was before (None: not entered), for undo. Refused (UserError) for a count
        outside 0 … 9999, an unknown group or a table that is gone."""
        group(group_key)
        value = None if people is None else check_count(people)
        with self.db.write() as conn:
            table = conn.execute("SELECT deleted FROM camp_table WHERE id = ?",
                                 [table_id]).fetchone()
            if table is None or table[0]:
                raise UserError(TABLE_GONE)
            row = self._row(conn, table_id, group_key)
            before = None if row is None or row["deleted"] else int(row["people"])
            if before == value:
                return before
            if row is not None:
                fields = {"deleted": 1} if value is None else {"people": value, "deleted": 0}
                self.db.update(conn, "participant_count", row["id"], fields)
            elif value is not None:  # its id made of table and group: one row per pair
                self.db.insert(conn, "participant_count", {
                    "id": count_id(table_id, group_key), "table_id": table_id,
                    "group_key": group_key, "people": value})
        return before

    @staticmethod
    def _row(conn: sqlite3.Connection, table_id: str, group_key: str) -> sqlite3.Row | None:
        found: sqlite3.Row | None = conn.execute(
            "SELECT id, people, deleted FROM participant_count WHERE table_id = ? AND "
            "group_key = ? ORDER BY revision DESC, updated_at DESC LIMIT 1",
            [table_id, group_key]).fetchone()
        return found
