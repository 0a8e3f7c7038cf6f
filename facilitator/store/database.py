"""Opening, creating, checking and migrating camp files.

A file is ours when its ``application_id`` says so; its ``user_version`` is the schema
version. Migrations are the numbered ``db/NNN_*.sql`` files, applied in order in one
transaction after a backup of the file. Nothing here writes to a file we have not
first recognised as a camp file of a version we understand.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import sqlite3
import stat
import sys
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator import written_files
from facilitator.domain import messages as msg
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.domain.messages import write_failure
from facilitator.store.connections import WRITE_TIMEOUT
from facilitator.store.connections import FileId
from facilitator.store.connections import connect
from facilitator.store.connections import file_identity
from facilitator.store.connections import held_open
from facilitator.store.connections import read_header
from facilitator.store.connections import refuse_held_camp
from facilitator.store.connections import wal_path
from facilitator.store.errors import is_locked

__all__ = ["WRITE_TIMEOUT", "FileId", "held_open", "is_locked", "read_header",
           "refuse_held_camp"]

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
        conn = connect(path, "ro", timeout=OPEN_TIMEOUT)
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


@functools.cache
def _tables_of(version: int) -> frozenset[str]:
    """The tables a camp file of schema ``version`` has: those the migrations up to it
    create and do not drop. Read from the scripts' text (a tenth of a millisecond, on
    every opening), not by running them; ``tests/store/test_creation.py`` holds this to
    the schema the scripts really make."""
    tables: set[str] = set()
    for number, script in migrations():
        if number > version:
            break
        text = script.read_text(encoding="utf-8")
        tables |= {m.lower() for m in _CREATED.findall(text)}
        tables -= {m.lower() for m in _DROPPED.findall(text)}
    return frozenset(tables)


_CREATED = re.compile(r"\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[\"`]?(\w+)", re.I)
_DROPPED = re.compile(r"\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?[\"`]?(\w+)", re.I)


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
            source = connect(path, "ro", timeout=OPEN_TIMEOUT)
            try:
                source.backup(conn)
            finally:
                source.close()
            apply_migrations(conn, version)
            return conn, True
        return connect(path, "ro"), True
    if version < SCHEMA_VERSION and version > 0:
        backup_copy(path, path.with_name(f"{path.name}.v{version}.bak"), timeout=OPEN_TIMEOUT)
    conn = connect(path, "rw", timeout=OPEN_TIMEOUT)
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
    if not path.parent.is_dir():  # a camp goes where it was asked to, in no folder made for it
        raise UserError(CANNOT_CREATE, path=str(path), detail=write_failure(no_folder(path)))

    def make(tmp: Path) -> None:
        try:
            conn = connect(tmp, "rw")
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                _set_pragmas(conn)
                apply_migrations(conn, 0)
                if build is not None:
                    build(conn)
            finally:
                conn.close()  # the last connection: SQLite checkpoints and removes the -wal
        except BaseException:
            _remove_build(tmp)
            raise

    try:
        written_files.write_via(path, make, replace=False)
    except FileExistsError as exc:
        raise UserError(APPEARED_MEANWHILE, path=str(path)) from exc
    except OSError as exc:
        raise UserError(CANNOT_CREATE, path=str(path), detail=write_failure(exc)) from exc
    except sqlite3.OperationalError as exc:
        raise UserError(CANNOT_CREATE, path=str(path), detail=str(exc)) from exc
    conn = connect(path, "rw")
    try:
        _set_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _remove_build(tmp: Path) -> None:
    for leftover in (tmp, *(tmp.with_name(tmp.name + x) for x in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)




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


def no_folder(path: Path) -> FileNotFoundError:
    """The error writing ``path`` gave before write_via made missing folders: ours are
    written only into folders that exist (the user chose them)."""
    return FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))


def backup_copy(source: Path, target: Path, *, timeout: float = WRITE_TIMEOUT) -> None:
    """A consistent snapshot of ``source`` at ``target``, put down whole (write_via)."""
    src = connect(source, "ro", timeout=timeout)
    try:
        written_files.write_via(target, lambda tmp: snapshot_to(src, tmp))
    finally:
        src.close()


def snapshot_to(conn: sqlite3.Connection, tmp: Path,
                edit: Callable[[sqlite3.Connection], None] | None = None) -> None:
    """Write a checked copy of ``conn`` into the new (empty) file ``tmp``: a ``build`` of
    :func:`~facilitator.written_files.write_via`, which flushes it and gives it its name.

    ``edit`` changes the copy first (one transaction, then VACUUM, so that removed rows
    leave nothing in free pages); the copy is checked as it ends up.
    """
    try:
        dest = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            if edit is not None:
                dest.execute("BEGIN")
                edit(dest)
                dest.execute("COMMIT")
                dest.execute("VACUUM")
            ok = dest.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dest.close()
        if ok != "ok":
            raise sqlite3.DatabaseError(f"integrity_check: {ok}")
    except BaseException:
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
        if not folder.is_dir():  # gone with the camp: not made again for the copy
            last_error = no_folder(target)
            continue
        try:
            written_files.write_via(target, lambda tmp: snapshot_to(conn, tmp))
        except (OSError, sqlite3.Error) as exc:
            last_error = exc
            continue
        return target
    assert last_error is not None
    raise last_error
