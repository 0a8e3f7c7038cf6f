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
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from facilitator import written_files
from facilitator.domain import messages as msg
from facilitator.domain.messages import QT_TRANSLATE_NOOP, UserError, write_failure
from facilitator.store.errors import is_locked

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

HALF_MADE = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« er en camp-fil, der aldrig blev gjort færdig: programmet blev afbrudt, mens "
    "den blev oprettet, så der er ingen camp i den. Filen er ikke ændret. Slet filen, og "
    "opret campen igen (eller indlæs arket igen).",
)
APPEARED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« blev oprettet af et andet program, mens den nye camp blev lavet, og bliver "
    "ikke overskrevet. Den nye camp er ikke gemt. Vælg et andet navn.",
)
CANNOT_CREATE = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« kan ikke oprettes: {detail}. Intet er gemt.",
)


# -- our own connections ---------------------------------------------------------------
# On POSIX, closing *any* descriptor of a file drops *every* fcntl lock this process holds
# on it, SQLite's included; another program then takes our WAL for abandoned and deletes
# it while we go on committing into it (docs/durability.md). SQLite shares one lock per
# file between its own connections in a process, so the rule is: a camp file is only ever
# opened through SQLite while a connection of ours is open to it. The header is read with
# a plain open() only when no connection of ours holds the file, and this registry says so.
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


def _connect(path: Path, mode: str, *, timeout: float = WRITE_TIMEOUT) -> sqlite3.Connection:
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


def inspect(path: Path, *,
            vet: Callable[[sqlite3.Connection, int], None] | None = None) -> tuple[int, int]:
    """(application_id, user_version) of a SQLite file, raising UserError for anything else.

    Reads the file through a read-only connection, so a file we end up refusing is
    never touched. The header is read by hand only while no connection of ours holds
    the file (see the registry above); otherwise it is ours and known to be SQLite.
    ``vet`` (a file from outside: its schema) runs before ``quick_check``, which reads
    every row through the file's schema (and, in newer SQLite, evaluates its CHECK
    constraints).
    """
    shown = str(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise UserError(msg.NOT_A_FILE, path=shown) from exc
    if not stat.S_ISREG(st.st_mode):
        raise UserError(msg.NOT_A_FILE, path=shown)
    if st.st_size == 0:
        raise UserError(msg.EMPTY_FILE, path=shown)
    head = read_header(path)
    if head == b"" and not os.access(path, os.R_OK):
        raise UserError(msg.CANNOT_READ, path=shown, detail=os.strerror(13))
    if head is not None and not head.startswith(SQLITE_MAGIC):
        raise UserError(msg.NOT_SQLITE, path=shown)
    # The header's copies of application_id and user_version can be stale while recent
    # commits sit in the -wal, so ask SQLite, which reads both.
    try:
        conn = _connect(path, "ro", timeout=OPEN_TIMEOUT)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise UserError(msg.FOREIGN_SQLITE, path=shown)
            if version > SCHEMA_VERSION:
                raise UserError(msg.NEWER_SCHEMA, path=shown, found=version,
                                known=SCHEMA_VERSION)
            if vet is not None:
                vet(conn, version)
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            half_made = result == "ok" and _half_made(conn, version)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_locked(exc):
            raise UserError(msg.IN_USE, path=shown) from exc
        raise UserError(msg.DAMAGED, path=shown, detail=str(exc)) from exc
    if result != "ok":
        raise UserError(msg.DAMAGED, path=shown, detail=result)
    if half_made:
        raise UserError(HALF_MADE, path=shown)
    return app_id, version


def _half_made(conn: sqlite3.Connection, version: int) -> bool:
    """True for a file an older version began and never finished (killed while creating
    it): ours, but without the tables its schema version promises, or without its camp
    row. Every reader assumes both, so such a file is refused before anything reads it."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "camp" not in present or not _tables_of(version) <= present:
        return True
    return conn.execute("SELECT 1 FROM camp LIMIT 1").fetchone() is None


def _tables_of(version: int) -> frozenset[str]:
    """The tables a camp file of schema ``version`` has (the schema bundles are held to)."""
    from facilitator.store.bundle_checks import reference  # it builds on this module

    return frozenset(name for kind, name in reference(version).objects if kind == "table")


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
            source = _connect(path, "ro", timeout=OPEN_TIMEOUT)
            try:
                source.backup(conn)
            finally:
                source.close()
            apply_migrations(conn, version)
            return conn, True
        return _connect(path, "ro"), True
    if version < SCHEMA_VERSION and version > 0:
        backup_copy(path, path.with_name(f"{path.name}.v{version}.bak"), timeout=OPEN_TIMEOUT)
    conn = _connect(path, "rw", timeout=OPEN_TIMEOUT)
    try:
        _set_pragmas(conn)
        apply_migrations(conn, version)
        conn.execute(f"PRAGMA busy_timeout = {int(WRITE_TIMEOUT * 1000)}")
    except BaseException:
        conn.close()
        raise
    return conn, False


def create(path: Path, build: Callable[[sqlite3.Connection], None] | None = None,
           ) -> sqlite3.Connection:
    """A new camp file of the current schema at ``path``, open read-write.

    Built whole under a temporary name beside ``path`` (the schema, then ``build``: the
    camp row and whatever else belongs in a new camp, such as an imported sheet's rows)
    and only then given its name, so a crash or a kill leaves either no camp or a whole
    one, never a file without its camp row. A file that appears at ``path`` meanwhile is
    never replaced.
    """
    if path.exists() or path.is_symlink():
        raise UserError(msg.ALREADY_EXISTS, path=str(path))
    written_files.tidy(path.parent)  # what a builder killed half-way left
    tmp = written_files.temporary_name(path)
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
        os.close(fd)
    except OSError as exc:
        raise UserError(CANNOT_CREATE, path=str(path), detail=write_failure(exc)) from exc
    try:
        conn = _connect(tmp, "rw")
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _set_pragmas(conn)
            apply_migrations(conn, 0)
            if build is not None:
                build(conn)
        finally:
            conn.close()  # the last connection: SQLite checkpoints and removes the -wal
        place_new(tmp, path)
    except OSError as exc:
        _remove_build(tmp)
        raise UserError(CANNOT_CREATE, path=str(path), detail=write_failure(exc)) from exc
    except sqlite3.OperationalError as exc:
        _remove_build(tmp)
        raise UserError(CANNOT_CREATE, path=str(path), detail=str(exc)) from exc
    except BaseException:
        _remove_build(tmp)
        raise
    conn = _connect(path, "rw")
    try:
        _set_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def place_new(tmp: Path, path: Path) -> None:
    """Give the finished file ``tmp`` the name ``path``, never replacing a file there."""
    try:
        written_files.place_new(tmp, path)
    except FileExistsError as exc:
        raise UserError(APPEARED_MEANWHILE, path=str(path)) from exc


def _remove_build(tmp: Path) -> None:
    for leftover in (tmp, *(tmp.with_name(tmp.name + x) for x in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)


sync_folder = written_files.sync_folder


def _set_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit we report as saved survives a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")
    if sys.platform == "darwin":
        # On macOS fsync leaves the data in the drive's cache; only F_FULLFSYNC, which
        # these ask SQLite to use, gets it onto the disk before a power cut.
        conn.execute("PRAGMA fullfsync = ON")
        conn.execute("PRAGMA checkpoint_fullfsync = ON")
    conn.execute("PRAGMA foreign_keys = ON")


def apply_migrations(conn: sqlite3.Connection, version: int) -> None:
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
        if conn.in_transaction:  # SQLite rolls back by itself after some errors (a full disk)
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def backup_copy(source: Path, target: Path, *, timeout: float = WRITE_TIMEOUT) -> None:
    """A consistent snapshot of ``source`` at ``target``: temp name, fsync, check, rename."""
    tmp = written_files.temporary_name(target)
    src = _connect(source, "ro", timeout=timeout)
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
        written_files.flush_file(tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        for side in ("-journal", "-wal", "-shm"):
            tmp.with_name(tmp.name + side).unlink(missing_ok=True)
        raise


@dataclass
class FileWatch:
    """Whether ``path`` and its -wal still name the files our connection commits into.

    Another program may delete, move or replace a camp under an open store (a sync
    engine, a restore by a second copy of the app, a file copied over it). SQLite then
    goes on committing into files that no longer have a name, and the edits die with the
    process; the store asks this after every commit, before it reports the edit saved.
    """

    path: Path
    db: FileId | None
    wal: FileId | None
    wal_mode: bool

    @classmethod
    def of(cls, conn: sqlite3.Connection, path: Path) -> FileWatch:
        wal_mode = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        return cls(path, file_identity(path),
                   file_identity(wal_path(path)) if wal_mode else None, wal_mode)

    def intact(self) -> bool:
        if file_identity(self.path) != self.db:
            return False
        if not self.wal_mode:
            return True
        # Right after a commit in WAL mode the -wal exists; SQLite never renames or
        # recreates it while a connection of ours is open.
        wal = file_identity(wal_path(self.path))
        if wal is None:
            return False
        if self.wal is None:
            self.wal = wal
        return wal == self.wal


def rescue_copy(conn: sqlite3.Connection, camp: Path) -> Path:
    """Write everything ``conn`` sees to a new camp file beside ``camp`` (or, when that
    folder is gone, in the home folder); returns its path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    last_error: OSError | sqlite3.Error | None = None
    for folder in (camp.parent, Path.home()):
        target = folder / f"{camp.stem}-reddet-{stamp}{camp.suffix or '.camp'}"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{camp.stem}-reddet-{stamp}-{n}{camp.suffix or '.camp'}"
        tmp = written_files.temporary_name(target)
        try:
            snapshot_to(conn, tmp)
            os.replace(tmp, target)
        except (OSError, sqlite3.Error) as exc:
            last_error = exc
            continue
        return target
    assert last_error is not None
    raise last_error
