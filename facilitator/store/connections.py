"""Our own connections to camp files, and the registry that keeps SQLite's locks ours.

On POSIX, closing *any* descriptor of a file drops *every* fcntl lock this process holds
on it, SQLite's included; another program then takes our WAL for abandoned and deletes
it while we go on committing into it (docs/durability.md). SQLite shares one lock per
file between its own connections in a process, so the rule is: a camp file is only ever
opened through SQLite while a connection of ours is open to it. The header is read with
a plain open() only when no connection of ours holds the file, and this registry says so.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError

#: Seconds an edit waits for another writer (a collect running beside the window).
WRITE_TIMEOUT = 5.0

_registry = threading.Lock()
_open_files: dict[tuple[int, int], int] = {}

FileId = tuple[int, int]


def file_identity(path: Path) -> FileId | None:
    """(device, inode) of the file ``path`` names now; stat opens nothing."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def held_open(path: Path) -> bool:
    """True while a connection of this process is open to the file at ``path``."""
    ident = file_identity(path)
    with _registry:
        return ident is not None and _open_files.get(ident, 0) > 0


def read_header(path: Path) -> bytes | None:
    """The file's first 100 bytes, read by hand only while no connection of ours holds
    it (and none can open meanwhile); None when one does. b"" when it cannot be read."""
    ident = file_identity(path)
    with _registry:
        if ident is not None and _open_files.get(ident, 0) > 0:
            return None
        try:
            with path.open("rb") as fh:
                return fh.read(100)
        except OSError:
            return b""


def refuse_held_camp(path: Path, what: str) -> None:
    """Refuse a camp this process holds, chosen as another kind of input (a picture, a
    sheet): reading it by hand would drop the store's locks on it."""
    if held_open(path):
        raise UserError(msg.OPEN_CAMP_AS_INPUT, path=str(path), what=what)


class _Connection(sqlite3.Connection):
    """A connection counted in the registry from open to close."""

    _identity: FileId | None = None
    #: A reader that made the -wal/-shm beside a closed camp: it cannot remove them.
    _tidy: Path | None = None

    def close(self) -> None:
        ident, self._identity = self._identity, None
        try:
            super().close()
        finally:
            _count(ident, -1)
        tidy, self._tidy = self._tidy, None
        if tidy is not None:
            _remove_reader_traces(tidy, ident)


def _remove_reader_traces(path: Path, ident: FileId | None) -> None:
    """Let SQLite remove the -wal/-shm a read-only look made beside a camp nobody had open.

    A read-only connection cannot checkpoint, so it leaves both files behind; a
    read-write connection that reads and closes does what SQLite always does as the last
    connection: under its own locks, and only if no other program has the camp open.
    The file itself is not changed (its -wal is empty, or another writer's to keep).
    """
    if ident is None:
        return
    with _registry:
        if _open_files.get(ident, 0) > 0:
            return  # still ours elsewhere in this process: the -wal is in use
        if not wal_path(path).exists() or file_identity(path) != ident:
            return
        _open_files[ident] = 1
    try:
        conn = sqlite3.connect(_uri(path, "rw"), uri=True, isolation_level=None, timeout=0)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.Error:
            pass
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    finally:
        _count(ident, -1)


def connect(path: Path, mode: str, *, timeout: float = WRITE_TIMEOUT) -> sqlite3.Connection:
    """A connection to the file at ``path`` (``mode`` "ro" or "rw"), registered while open.

    Read-only connections share the writer's WAL; they are never opened ``immutable``
    (SQLite would trust a file that may change under it), except on a file in a folder
    that cannot take a -shm beside it (a write-protected stick), where nobody with our
    rights can be writing either.
    """
    read_only = mode == "ro"
    ident = file_identity(path)
    side = path.with_name(path.name + "-journal")
    makes_wal = read_only and not wal_path(path).exists() and not side.exists()
    # Counted before SQLite opens it, so that inspect() never reads the header by hand
    # while this connection comes into being.
    _count(ident, +1)
    try:
        conn = _open_uri(_uri(path, mode), read_only=read_only, timeout=timeout)
        if read_only:
            try:
                conn.execute("PRAGMA schema_version").fetchone()
            except sqlite3.Error as exc:
                conn.close()
                if getattr(exc, "sqlite_errorname", "") not in (
                        "SQLITE_READONLY_DIRECTORY", "SQLITE_CANTOPEN") \
                        or wal_path(path).exists():
                    raise
                conn = _open_uri(_uri(path, mode) + "&immutable=1", read_only=True,
                                 timeout=timeout)
    except BaseException:
        _count(ident, -1)
        if makes_wal:
            _remove_reader_traces(path, ident)
        raise
    conn._identity = ident
    if makes_wal:
        conn._tidy = path
    return conn


def _count(ident: FileId | None, step: int) -> None:
    if ident is None:
        return
    with _registry:
        left = _open_files.get(ident, 0) + step
        if left > 0:
            _open_files[ident] = left
        else:
            _open_files.pop(ident, None)


def _open_uri(uri: str, *, read_only: bool, timeout: float) -> _Connection:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                           timeout=timeout, factory=_Connection)
    assert isinstance(conn, _Connection)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        if not read_only:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    except BaseException:
        conn.close()
        raise
    return conn


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _uri(path: Path, mode: str) -> str:
    # Bytes, so that a name the OS gave us that is not UTF-8 still reaches SQLite.
    return f"file:{quote(os.fsencode(path.resolve()))}?mode={mode}"
