"""Plumbing shared by every part of the store: one connection, atomic writes, rows."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.domain import dates
from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError
from facilitator.domain.rules import check_text_length
from facilitator.store.database import FileWatch, is_locked, rescue_copy, transaction

if TYPE_CHECKING:
    import sqlite_utils

    from facilitator.store.camp_lock import CampLock

#: Tables whose rows carry a UUID, timestamps and a tombstone.
SYNCED_TABLES = (
    "main_group",
    "camp_table",
    "step",
    "persona",
    "actor",
    "note",
    "front_page",
    "contribution",
    # The dialogue box's rows (schema 5): a dialogue's details and what its group wrote,
    # each carrying its table_id; cards are the deck (a host may add picture cards).
    "dialogue",
    "reading",
    "card",
    "card_reflection",
    "template_answer",
    "agreement",
)


def new_id() -> str:
    return str(uuid.uuid4())


_last_stamp = ""


def now() -> str:
    """An ISO-8601 UTC time, strictly increasing within the process.

    Merges compare these strings when two copies of a row are at the same revision (see
    store/bundles.py); two edits in the same microsecond (undo right after do) must
    still be ordered.
    """
    global _last_stamp
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if stamp <= _last_stamp:
        base = datetime.strptime(_last_stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
        stamp = (base + timedelta(microseconds=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    _last_stamp = stamp
    return stamp


def local_time(stamp: str) -> str:
    """A stored UTC time as local time, in the reader's language."""
    return dates.stamp_as_local(stamp)


def checked(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` once every text in them is within the one text limit (UserError, and
    the transaction rolls back, otherwise): every text a store method writes passes here."""
    for value in values.values():
        check_text_length(value)
    return values


class StoreBase:
    """Holds the connection; every write goes through :meth:`write`."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, read_only: bool) -> None:
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self.path = path
        self.read_only = read_only
        #: True once an edit was committed: only then may closing touch the file.
        self.wrote = False
        #: Asked after every commit: does the camp's name still lead to our file?
        self.watch: FileWatch | None = None
        #: Where the edits went when the file was taken away under us (then read-only).
        self.rescued_to: Path | None = None
        #: The one-writer lock (camp_lock) a writable store holds until it closes.
        self.lock: CampLock | None = None
        #: Read-only because another copy of the app has the camp open to write.
        self.held_elsewhere = False

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on the same connection, for tools and introspection.

        Made on first use: importing sqlite-utils costs ~110 ms, a third of the
        app's start-up, and the store's own reads and writes do not need it.
        """
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # -- writing -------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One user edit: refused when read-only, atomic, durable when it returns."""
        if self.rescued_to is not None:
            raise UserError(msg.FILE_TAKEN_AWAY, path=str(self.path), copy=str(self.rescued_to))
        if self.read_only:
            raise UserError(msg.READ_ONLY)
        try:
            with transaction(self.conn) as conn:
                yield conn
        except sqlite3.OperationalError as exc:
            if is_locked(exc):  # another program holds the file: not a full disk
                raise UserError(msg.IN_USE_WRITE) from exc
            raise UserError(msg.WRITE_FAILED, detail=str(exc)) from exc
        self.wrote = True
        if self.watch is not None and not self.watch.intact():
            self._rescue()

    def _rescue(self) -> None:
        """The commit went into a file that lost its name: copy everything this
        connection sees to a new file, stop writing, and say where it is."""
        assert self.path is not None
        try:
            self.rescued_to = rescue_copy(self.conn, self.path)
        except (OSError, sqlite3.Error) as exc:
            raise UserError(msg.FILE_TAKEN_AWAY_NO_COPY, path=str(self.path),
                            detail=str(exc)) from exc
        self.read_only = True
        raise UserError(msg.FILE_TAKEN_AWAY, path=str(self.path), copy=str(self.rescued_to))

    def _insert(self, conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> str:
        checked(values)
        stamp = now()
        row = {"id": new_id(), "created_at": stamp, "updated_at": stamp, **values}
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
        return row["id"]

    def _update(
        self, conn: sqlite3.Connection, table: str, row_id: str, values: dict[str, Any]
    ) -> None:
        """Change a row; a synced row's revision goes up by one, so that when two copies
        of it meet (collecting a bundle) the one edited after the other had arrived wins,
        whatever the clocks say (store/bundles.py)."""
        if not values:
            return
        checked(values)
        values = {**values, "updated_at": now()}
        sets = ", ".join(f"{k} = ?" for k in values)
        if table in SYNCED_TABLES:
            sets += ", revision = revision + 1"
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), row_id])

    def _next_position(self, conn: sqlite3.Connection, table: str, where: str, args: list) -> int:
        row = conn.execute(
            f"SELECT COALESCE(MAX(position), -1) + 1 FROM {table} WHERE deleted = 0 AND {where}",
            args,
        ).fetchone()
        return int(row[0])

    def _reorder(
        self, conn: sqlite3.Connection, table: str, ordered_ids: list[str]
    ) -> None:
        """Give ``ordered_ids`` positions 0..n-1, touching only rows whose place changed."""
        current = {
            r["id"]: r["position"]
            for r in conn.execute(
                f"SELECT id, position FROM {table} WHERE id IN "
                f"({','.join('?' for _ in ordered_ids)})",
                ordered_ids,
            )
        }
        for position, row_id in enumerate(ordered_ids):
            if current.get(row_id) != position:
                self._update(conn, table, row_id, {"position": position})

    # -- reading -------------------------------------------------------------------
    def _rows(self, sql: str, args: list | tuple = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, args)]

    def _row(self, sql: str, args: list | tuple = ()) -> dict[str, Any] | None:
        r = self.conn.execute(sql, args).fetchone()
        return dict(r) if r is not None else None
