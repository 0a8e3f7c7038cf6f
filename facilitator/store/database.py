"""Opening, creating, checking and migrating camp files.

A file is ours when its ``application_id`` says so; its ``user_version`` is the schema
version. Migrations are the numbered ``db/NNN_*.sql`` files, applied in order in one
transaction after a backup of the file. Nothing here writes to a file we have not
first recognised as a camp file of a version we understand.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError

#: "FCLT" as a big-endian integer: the application_id of every camp file.
APPLICATION_ID = 0x46434C54
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "db"


def migrations() -> list[tuple[int, Path]]:
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9]_*.sql")):
        match = re.match(r"(\d+)_", path.name)
        if match:
            found.append((int(match.group(1)), path))
    return found


SCHEMA_VERSION = max((v for v, _ in migrations()), default=0)

#: Seconds an edit waits for another writer (a collect running beside the window).
WRITE_TIMEOUT = 5.0
#: Seconds opening waits for another program's lock before saying the file is in use:
#: the user is looking at a frozen window meanwhile.
OPEN_TIMEOUT = 1.5


def _connect(uri: str, *, read_only: bool, timeout: float = WRITE_TIMEOUT) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                           timeout=timeout)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA trusted_schema = OFF")
    if not read_only:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    return conn


def is_locked(exc: BaseException) -> bool:
    """True for SQLite's "another connection holds the lock" (after the busy timeout)."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def inspect(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of a SQLite file, raising UserError for anything else.

    Reads the file through a read-only connection, so a file we end up refusing is
    never touched.
    """
    shown = str(path)
    if not path.exists() or not path.is_file():
        raise UserError(msg.NOT_A_FILE, path=shown)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise UserError(msg.CANNOT_READ, path=shown, detail=exc.strerror or str(exc)) from exc
    if size == 0:
        raise UserError(msg.EMPTY_FILE, path=shown)
    if not head.startswith(SQLITE_MAGIC):
        raise UserError(msg.NOT_SQLITE, path=shown)
    # The header's copies of application_id and user_version can be stale while recent
    # commits sit in the -wal, so ask SQLite, which reads both.
    wal = path.with_name(path.name + "-wal")
    uri = _uri(path, "ro") + ("" if wal.exists() else "&immutable=1")
    try:
        conn = _connect(uri, read_only=True, timeout=OPEN_TIMEOUT)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise UserError(msg.FOREIGN_SQLITE, path=shown)
            if version > SCHEMA_VERSION:
                raise UserError(msg.NEWER_SCHEMA, path=shown, found=version,
                                known=SCHEMA_VERSION)
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_locked(exc):
            raise UserError(msg.IN_USE, path=shown) from exc
        raise UserError(msg.DAMAGED, path=shown, detail=str(exc)) from exc
    if result != "ok":
        raise UserError(msg.DAMAGED, path=shown, detail=result)
    return app_id, version


def is_writable(path: Path) -> bool:
    """True when both the file and its folder take writes (WAL needs the folder too)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def open_existing(path: Path, *, read_only: bool = False) -> tuple[sqlite3.Connection, bool]:
    """Open a camp file we recognise, migrating it when it is older; (conn, read_only)."""
    _, version = inspect(path)
    read_only = read_only or not is_writable(path)
    try:
        return _open_checked(path, version, read_only=read_only)
    except sqlite3.OperationalError as exc:
        # Another program holds the file (BEGIN EXCLUSIVE, a DELETE-journal writer), or
        # the disk refuses: a message, never a traceback. A migration that did not run
        # rolled back; the backup beside the file, if written, is a new file.
        if is_locked(exc):
            raise UserError(msg.IN_USE, path=str(path)) from exc
        raise UserError(msg.CANNOT_READ, path=str(path), detail=str(exc)) from exc


def _open_checked(path: Path, version: int, *, read_only: bool) -> tuple[sqlite3.Connection, bool]:
    if read_only:
        if version < SCHEMA_VERSION:
            # An old file we may not migrate: show it through a private migrated copy.
            conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            source = _connect(_uri(path, "ro"), read_only=True, timeout=OPEN_TIMEOUT)
            try:
                source.backup(conn)
            finally:
                source.close()
            _apply_migrations(conn, version)
            return conn, True
        # Without a -wal there is nothing a reader needs besides the file: open it
        # immutable, so that looking at a camp leaves no -wal/-shm beside it.
        wal = path.with_name(path.name + "-wal")
        uri = _uri(path, "ro") + ("" if wal.exists() else "&immutable=1")
        return _connect(uri, read_only=True), True
    if version < SCHEMA_VERSION and version > 0:
        backup_copy(path, path.with_name(f"{path.name}.v{version}.bak"), timeout=OPEN_TIMEOUT)
    conn = _connect(_uri(path, "rw"), read_only=False, timeout=OPEN_TIMEOUT)
    try:
        _set_pragmas(conn)
        _apply_migrations(conn, version)
        conn.execute(f"PRAGMA busy_timeout = {int(WRITE_TIMEOUT * 1000)}")
    except BaseException:
        conn.close()
        raise
    return conn, False


def create(path: Path) -> sqlite3.Connection:
    """A new, empty camp file of the current schema (refuses to overwrite)."""
    if path.exists():
        raise UserError(msg.ALREADY_EXISTS, path=str(path))
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
        os.close(fd)
    except OSError as exc:
        raise UserError(msg.CANNOT_READ, path=str(path), detail=exc.strerror or str(exc)) from exc
    conn = _connect(_uri(path, "rw"), read_only=False)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _set_pragmas(conn)
    _apply_migrations(conn, 0)
    return conn


def _set_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit we report as saved survives a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _apply_migrations(conn: sqlite3.Connection, version: int) -> None:
    for number, path in migrations():
        if number <= version:
            continue
        script = path.read_text(encoding="utf-8")
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;"
            )
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic write: BEGIN IMMEDIATE … COMMIT, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def backup_copy(source: Path, target: Path, *, timeout: float = WRITE_TIMEOUT) -> None:
    """A consistent snapshot of ``source`` at ``target``: temp name, fsync, check, rename."""
    tmp = target.with_name(target.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    src = _connect(_uri(source, "ro"), read_only=True, timeout=timeout)
    try:
        snapshot_to(src, tmp)
    finally:
        src.close()
    os.replace(tmp, target)


def snapshot_to(conn: sqlite3.Connection, tmp: Path) -> None:
    """Write a checked, fsynced, user-only copy of ``conn`` to ``tmp``."""
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
    os.close(fd)
    try:
        dest = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            ok = dest.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dest.close()
        if ok != "ok":
            raise sqlite3.DatabaseError(f"integrity_check: {ok}")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
