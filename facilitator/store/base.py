"""Plumbing shared by every part of the store: one connection, atomic writes, rows."""

from __future__ import annotations

import enum
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from contextlib import contextmanager
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Final

from facilitator.domain import dates
from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError
from facilitator.domain.rules import moved
from facilitator.domain.text_limit import check_text_length
from facilitator.store.database import FileWatch
from facilitator.store.database import rescue_copy
from facilitator.store.database import transaction
from facilitator.store.errors import write_error

if TYPE_CHECKING:
    from facilitator.store.camp_lock import CampLock

#: What a column of ours holds: what a store method writes, and what it reads back.
SqlValue = str | int | float | bytes | None
#: One row read, by column name.
Row = dict[str, SqlValue]
#: The values bound to a statement's ``?`` marks.
Args = Sequence[SqlValue]

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
    # People per table by group (schema 10): entered in preparation or at the table.
    "participant_count",
)


def new_id() -> str:
    """A random UUID (version 4), as ``str(uuid.uuid4())`` writes it. Made here: the
    uuid module costs the app's start 2 ms (it imports platform) for these few lines."""
    return _uuid_text(os.urandom(16), version=4)


def name_id(namespace: str, name: str) -> str:
    """The name-based UUID (version 5) of ``name`` in ``namespace``, as
    ``str(uuid.uuid5(uuid.UUID(namespace), name))`` writes it: the same on every computer."""
    digest = hashlib.sha1(bytes.fromhex(namespace.replace("-", "")) + name.encode("utf-8"),
                          usedforsecurity=False).digest()
    return _uuid_text(digest[:16], version=5)


def _uuid_text(raw: bytes, *, version: int) -> str:
    """16 bytes as a UUID of ``version`` (RFC 4122 variant), in its usual 8-4-4-4-12 form."""
    octets = bytearray(raw)
    octets[6] = octets[6] & 0x0F | version << 4
    octets[8] = octets[8] & 0x3F | 0x80
    h = octets.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


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
        base = datetime.fromisoformat(_last_stamp)  # the Z makes it UTC
        stamp = (base + timedelta(microseconds=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    _last_stamp = stamp
    return stamp


def local_time(stamp: str) -> str:
    """A stored UTC time as local time, in the reader's language."""
    return dates.stamp_as_local(stamp)


def checked(values: Mapping[str, SqlValue]) -> dict[str, SqlValue]:
    """``values`` once every text in them is within the one text limit (UserError, and
    the transaction rolls back, otherwise): every text a store method writes passes here."""
    for value in values.values():
        check_text_length(value)
    return dict(values)


class Keep(enum.Enum):
    """The default of an edit's optional keyword: the column keeps what it holds (None
    cannot say so, since some columns may be set to None)."""

    KEEP = "keep"


KEEP: Final = Keep.KEEP


def given(**values: SqlValue | Keep) -> dict[str, SqlValue]:
    """The keywords an edit was given, without those left at :data:`KEEP`."""
    return {k: v for k, v in values.items() if not isinstance(v, Keep)}


class CampDatabase:
    """One camp file's connection and its rules for writing: every edit goes through
    :meth:`write`, and the parts of the store read and write rows through the methods
    here (they are the store's own plumbing, not an API for the UI)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, read_only: bool) -> None:
        self.conn = conn
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

    # -- writing -------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One user edit: refused when read-only, atomic, durable when it returns.

        A failure the user can act on (a full disk, another program's lock, a file that
        cannot be written) becomes its message (store/errors.py); any other is a bug and
        is raised as it is.
        """
        if self.rescued_to is not None:
            raise UserError(msg.FILE_TAKEN_AWAY, path=str(self.path), copy=str(self.rescued_to))
        if self.read_only:
            raise UserError(msg.READ_ONLY)
        try:
            with transaction(self.conn) as conn:
                yield conn
        except sqlite3.DatabaseError as exc:
            error = write_error(exc)
            if error is None:
                raise
            raise error from exc
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

    def insert(self, conn: sqlite3.Connection, table: str,
               values: Mapping[str, SqlValue]) -> str:
        """A new row with a fresh id and timestamps; its id."""
        checked(values)
        stamp = now()
        row = {"id": new_id(), "created_at": stamp, "updated_at": stamp, **values}
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
        return str(row["id"])

    def update(self, conn: sqlite3.Connection, table: str, row_id: str,
               values: Mapping[str, SqlValue]) -> None:
        """Change a row; a synced row's revision goes up by one, so that when two copies
        of it meet (collecting a bundle) the one edited after the other had arrived wins,
        whatever the clocks say (store/bundles.py)."""
        if not values:
            return
        changed = {**checked(values), "updated_at": now()}
        sets = ", ".join(f"{k} = ?" for k in changed)
        if table in SYNCED_TABLES:
            sets += ", revision = revision + 1"
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*changed.values(), row_id])

    def set_deleted(self, table: str, row_id: str, deleted: bool) -> None:
        """Tombstone a row (or bring it back) as one edit."""
        with self.write() as conn:
            self.update(conn, table, row_id, {"deleted": 1 if deleted else 0})

    def next_position(self, conn: sqlite3.Connection, table: str, where: str,
                      args: Args) -> int:
        """The place after the last live row of ``table`` matching ``where``."""
        row = conn.execute(
            f"SELECT COALESCE(MAX(position), -1) + 1 FROM {table} WHERE deleted = 0 AND {where}",
            args,
        ).fetchone()
        return int(row[0])

    def reorder(self, conn: sqlite3.Connection, table: str, ordered_ids: Sequence[str]) -> None:
        """Give ``ordered_ids`` positions 0..n-1, touching only rows whose place changed."""
        current = {
            r["id"]: r["position"]
            for r in conn.execute(
                f"SELECT id, position FROM {table} WHERE id IN "
                f"({','.join('?' for _ in ordered_ids)})",
                list(ordered_ids),
            )
        }
        for position, row_id in enumerate(ordered_ids):
            if current.get(row_id) != position:
                self.update(conn, table, row_id, {"position": position})

    def live_ids(self, conn: sqlite3.Connection, table: str, where: str = "1",
                 args: Args = ()) -> list[str]:
        """The ids of ``table``'s live rows matching ``where``, in their order."""
        return [r[0] for r in conn.execute(
            f"SELECT id FROM {table} WHERE deleted = 0 AND {where} ORDER BY position, created_at",
            args)]

    def move(self, table: str, row_id: str, index: int, where: str = "1",
             args: Args = ()) -> list[str]:
        """Move a row to ``index`` among the live rows ``where`` says are its list, as one
        edit; the list's new order."""
        with self.write() as conn:
            order = moved(self.live_ids(conn, table, where, args), row_id, index)
            self.reorder(conn, table, order)
        return order

    # -- reading -------------------------------------------------------------------
    def rows(self, sql: str, args: Args = ()) -> list[Row]:
        """Whole rows as dicts: what a model's ``from_row`` takes."""
        return [dict(r) for r in self.conn.execute(sql, args)]

    def records(self, sql: str, args: Args = ()) -> list[sqlite3.Row]:
        """Rows as SQLite gives them, for code that picks columns by name."""
        return self.conn.execute(sql, args).fetchall()

    def record(self, sql: str, args: Args = ()) -> sqlite3.Row | None:
        found: sqlite3.Row | None = self.conn.execute(sql, args).fetchone()
        return found

    def row(self, sql: str, args: Args = ()) -> Row | None:
        r = self.conn.execute(sql, args).fetchone()
        return dict(r) if r is not None else None

    def by_id(self, table: str, row_id: str, columns: str = "*") -> Row:
        """The row of ``table`` with this id (tombstoned or not); it must exist."""
        found = self.row(f"SELECT {columns} FROM {table} WHERE id = ?", [row_id])
        assert found is not None, f"{table} {row_id} not found"
        return found

    def value(self, sql: str, args: Args = ()) -> SqlValue:
        """The first column of the first row (None when there is none)."""
        r = self.conn.execute(sql, args).fetchone()
        return r[0] if r is not None else None


class StorePart:
    """One area of the camp (``store.board``, ``store.frame``, …) on the one database:
    its reads and edits, each edit one transaction of :meth:`CampDatabase.write`."""

    def __init__(self, db: CampDatabase) -> None:
        self.db = db
