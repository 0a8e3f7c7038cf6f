"""Rolling backups of a camp file, restoring one, and deleting a camp with all its traces.

A backup is a consistent snapshot (SQLite's backup API) written under a temporary name,
checked and fsynced, then renamed, so a backup that exists is a whole one. Restoring
first backs up the current state, so a wrong restore is itself undoable.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path

from facilitator import written_files
from facilitator.domain import messages as msg
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.store import camp_lock
from facilitator.store import database

DEFAULT_KEEP = 10
SUFFIX = ".camp"
_STAMP = "%Y%m%d-%H%M%S-%f"

BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "Sikkerhedskopien kunne ikke laves ({detail}). Campen er uændret."
)
RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "Sikkerhedskopien kunne ikke gendannes ({detail}). Campen er uændret."
)
DELETE_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "Campen kunne ikke slettes ({detail}). Intet er slettet."
)


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime
    size: int


def backup_folder(root: Path, camp: Path) -> Path:
    """Where ``camp``'s backups live under ``root``: one folder per camp file."""
    digest = hashlib.sha256(os.fsencode(camp.resolve())).hexdigest()[:10]
    return root / "backups" / f"{camp.stem}-{digest}"


def make_backup(conn_or_path: sqlite3.Connection | Path, camp: Path, folder: Path, *,
                keep: int = DEFAULT_KEEP) -> Path:
    """Snapshot the camp into ``folder`` and drop all but the newest ``keep`` backups.

    ``conn_or_path`` is the open store's connection (a snapshot of what it sees) or the
    camp file's path (when no store is open).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(0o700)
        written_files.tidy(folder)  # what a backup killed half-way left
        target = folder / f"{camp.stem}-{datetime.now(UTC).strftime(_STAMP)}{SUFFIX}"
        if isinstance(conn_or_path, Path):
            database.backup_copy(conn_or_path, target)
        else:
            conn = conn_or_path
            written_files.write_via(target, lambda tmp: database.snapshot_to(conn, tmp))
    except (OSError, sqlite3.Error) as exc:
        raise UserError(BACKUP_FAILED, detail=str(exc)) from exc
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first."""
    found: list[Backup] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{SUFFIX}"):
        created = _created(path.stem)
        if created is None:
            continue
        found.append(Backup(path, created, path.stat().st_size))
    return sorted(found, key=lambda b: b.created, reverse=True)


def _created(stem: str) -> datetime | None:
    """When the backup named ``stem`` (``…-20261205-143000-123456``, see ``_STAMP``) was
    made; None for another file. Read as ISO 8601's basic form, not by ``strptime``,
    whose first use costs 2 ms of regular expressions while the app starts."""
    day, clock, micro = (stem.rsplit("-", 3) + ["", "", ""])[1:4]
    if not (day + clock + micro).isascii():
        return None
    try:
        return datetime.fromisoformat(f"{day}T{clock}.{micro}").replace(tzinfo=UTC)
    except ValueError:
        return None


def restore_backup(camp: Path, backup: Path, folder: Path, *, keep: int = DEFAULT_KEEP) -> Path:
    """Put ``backup`` in place of ``camp`` (which must be closed); returns the safety copy.

    The backup is checked before anything is touched; the current camp is backed up
    first; the old -wal/-shm files go, so SQLite cannot replay them onto the restored file.
    Refused while another copy of the app has the camp open: its edits would go into the
    file this replaces, and be lost.
    """
    database.inspect(backup)
    with _held(camp, RESTORE_FAILED):
        return _restore(camp, backup, folder, keep)


def _restore(camp: Path, backup: Path, folder: Path, keep: int) -> Path:
    safety = make_backup(camp, camp, folder, keep=keep + 1)

    def copy(tmp: Path) -> None:
        shutil.copyfile(backup, tmp)  # into write_via's user-only file: it stays 0o600
        for side in ("-wal", "-shm"):  # SQLite must not replay them onto the restored file
            camp.with_name(camp.name + side).unlink(missing_ok=True)

    try:
        written_files.write_via(camp, copy)
    except OSError as exc:
        raise UserError(RESTORE_FAILED, detail=exc.strerror or str(exc)) from exc
    return safety


def delete_camp(camp: Path, folder: Path) -> None:
    """Remove a camp for good: the file, its -wal/-shm and its backups."""
    if not camp.is_file():
        raise UserError(msg.NOT_A_FILE, path=str(camp))
    database.inspect(camp)  # only ever delete what is really a camp file
    with _held(camp, DELETE_FAILED):  # its lock file goes last, when the lock is given up
        for side in ("-wal", "-shm"):
            camp.with_name(camp.name + side).unlink(missing_ok=True)
        camp.unlink()
    if folder.is_dir():
        shutil.rmtree(folder)


@contextmanager
def _held(camp: Path, failed: str) -> Iterator[None]:
    """The camp's one-writer lock for a restore or a delete: refused (a message) while
    another copy of the app has the camp open."""
    try:
        lock = camp_lock.hold(camp)
    except OSError as exc:
        raise UserError(failed, detail=exc.strerror or str(exc)) from exc
    try:
        yield
    finally:
        lock.release()
