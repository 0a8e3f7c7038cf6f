"""Deleted means gone: the words of a deleted row never leave the computer they were
written on, and the organiser can empty them from the camp for good.

A deleted row stays as a tombstone (its id, ``deleted = 1``, its revision), so that
collecting honours the deletion and an old bundle sent again cannot bring the row back;
only what somebody wrote in it goes. A table laptop's own camp keeps a deleted note's
text, because its undo puts the note back; the copies that leave a computer (bundles
and kits) carry tombstones without text, collecting writes none into the camp, and
»Slet slettede tekster for altid« (:func:`purge_deleted`) empties the organiser's
tombstones and rewrites the file so that no old copy of the words is left in its free
pages or its write-ahead log. See docs/collecting.md.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from facilitator.domain import messages as msg
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.store.base import CampDatabase
from facilitator.store.bundle_checks import column_names

#: Per table, the columns that hold what somebody wrote, and what they hold when emptied.
#: Ids, keys, codes, positions, times and revisions stay: they are what a tombstone is.
WRITTEN: Mapping[str, Mapping[str, Any]] = {
    # Rows that travel (base.SYNCED_TABLES).
    "main_group": {"name": ""},
    "camp_table": {"facilitator": "", "chair": ""},
    "step": {"title": "", "prompt": "", "guidance": ""},
    "persona": {"name": "", "description": ""},
    "actor": {"name": ""},
    "note": {"text": "", "tag": ""},
    "front_page": {"headline": "", "story": "", "quote": "", "quote_by": ""},
    "contribution": {"text": ""},
    "dialogue": {"host": "", "group_name": "", "place": "", "date": ""},
    "reading": {"label": ""},
    "card": {"text": "", "caption": "", "image": None, "mime": ""},
    "card_reflection": {"text": ""},
    "template_answer": {"text": ""},
    "agreement": {"what": "", "who": "", "by_when": ""},
    # The organiser's own rows (they travel in kits only).
    "category": {"name": ""},
    "message": {"heading": "", "body": ""},
    "analysis_text": {"text": ""},
    "consolidated_prerequisite": {"text": ""},
    "followup_comment": {"text": ""},
}
#: Tables whose tombstones cannot be emptied (a name is required) and that nothing refers
#: to: a deleted row of these is removed whole.
REMOVED_WHOLE = ("pseudonym",)

PURGE_COPY_LEFT = QT_TRANSLATE_NOOP(
    "Messages",
    "De slettede tekster er tømt i »{path}«, men en gammel kopi ligger stadig i campens "
    "logfil, fordi campen læses et andet sted lige nu (en eksport eller et andet "
    "program). Vent til det er færdigt, og vælg »Slet slettede tekster for altid« igen.",
)


@dataclass(frozen=True)
class PurgeSummary:
    """How many deleted rows lost their text, by table (tables with none left out)."""

    cleared: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.cleared.values())


def blank_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` as it may be stored away from its own laptop: without text when deleted."""
    if not row.get("deleted"):
        return row
    return {**row, **{c: v for c, v in WRITTEN.get(table, {}).items() if c in row}}


def blank_tombstones(conn: sqlite3.Connection,
                     tables: Iterable[str] | None = None) -> dict[str, int]:
    """Empty the text of every deleted row in ``tables`` (all we know of by default);
    the number of rows that still had some, by table."""
    cleared: dict[str, int] = {}
    for table in tables if tables is not None else (*WRITTEN, *REMOVED_WHOLE):
        columns = _columns(conn, table)
        if "deleted" not in columns:
            continue  # a table this file does not have
        if table in REMOVED_WHOLE:
            count = conn.execute(f"DELETE FROM {table} WHERE deleted = 1").rowcount
        else:
            empty = {c: v for c, v in WRITTEN[table].items() if c in columns}
            sets = ", ".join(f"{c} = ?" for c in empty)
            count = conn.execute(
                f"UPDATE {table} SET {sets} WHERE deleted = 1 AND {_has_text(empty)}",
                [*empty.values(), *empty.values()]).rowcount
        if count:
            cleared[table] = count
    return cleared


def deleted_with_text(store: CampDatabase) -> int:
    """How many deleted rows of the camp still hold text: what a purge would clear."""
    total = 0
    for table in (*WRITTEN, *REMOVED_WHOLE):
        columns = _columns(store.conn, table)
        if "deleted" not in columns:
            continue
        where = "deleted = 1"
        args: list[Any] = []
        if table not in REMOVED_WHOLE:
            empty = {c: v for c, v in WRITTEN[table].items() if c in columns}
            where += f" AND {_has_text(empty)}"
            args = list(empty.values())
        total += store.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}",
                                    args).fetchone()[0]
    return total


def purge_deleted(store: CampDatabase) -> PurgeSummary:
    """Delete for good: every tombstone of the camp loses its text, and the file is
    rewritten (VACUUM) and its write-ahead log emptied, so no old copy of the words is
    left in the camp file or beside it. It cannot be undone: the laptop's undo of a
    deletion would bring back an empty row."""
    conn = store.conn
    # SQLite built without SECURE_DELETE (as on some systems) leaves what an UPDATE
    # replaces in the page's free space: zero it while emptying, then rewrite the file.
    secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        with store.write() as c:
            cleared = blank_tombstones(c)
        conn.execute("VACUUM")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise UserError(msg.WRITE_FAILED, detail=str(exc)) from exc
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(secure)}")
    if busy:
        raise UserError(PURGE_COPY_LEFT, path=str(store.path))
    return PurgeSummary(cleared)


def _has_text(empty: Mapping[str, Any]) -> str:
    """SQL that is true when a row holds anything but the empty values (bound in order)."""
    return "NOT (" + " AND ".join(f"{c} IS ?" for c in empty) + ")"


_columns = column_names
