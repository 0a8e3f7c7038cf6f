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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from facilitator.domain import messages as msg
from facilitator.domain.messages import QT_TRANSLATE_NOOP, UserError
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


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime
    size: int


def backup_folder(root: Path, camp: Path) -> Path:
    """Where ``camp``'s backups live under ``root``: one folder per camp file."""
    digest = hashlib.sha256(str(camp.resolve()).encode("utf-8")).hexdigest()[:10]
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
        target = folder / f"{camp.stem}-{datetime.now(UTC).strftime(_STAMP)}{SUFFIX}"
        if isinstance(conn_or_path, Path):
            database.backup_copy(conn_or_path, target)
        else:
            tmp = target.with_name(target.name + ".tmp")
            database.snapshot_to(conn_or_path, tmp)
            os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        raise UserError(BACKUP_FAILED, detail=str(exc)) from exc
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first."""
    found = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{SUFFIX}"):
        stamp = path.stem.rsplit("-", 3)[-3:]
        try:
            created = datetime.strptime("-".join(stamp), _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path, created, path.stat().st_size))
    return sorted(found, key=lambda b: b.created, reverse=True)


def restore_backup(camp: Path, backup: Path, folder: Path, *, keep: int = DEFAULT_KEEP) -> Path:
    """Put ``backup`` in place of ``camp`` (which must be closed); returns the safety copy.

    The backup is checked before anything is touched; the current camp is backed up
    first; the old -wal/-shm files go, so SQLite cannot replay them onto the restored file.
    """
    database.inspect(backup)
    safety = make_backup(camp, camp, folder, keep=keep + 1)
    tmp = camp.with_name(camp.name + ".restore.tmp")
    try:
        shutil.copyfile(backup, tmp)
        if os.name == "posix":
            tmp.chmod(0o600)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        for side in ("-wal", "-shm"):
            camp.with_name(camp.name + side).unlink(missing_ok=True)
        os.replace(tmp, camp)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(RESTORE_FAILED, detail=exc.strerror or str(exc)) from exc
    return safety


def delete_camp(camp: Path, folder: Path) -> None:
    """Remove a camp for good: the file, its -wal/-shm and its backups."""
    if not camp.is_file():
        raise UserError(msg.NOT_A_FILE, path=str(camp))
    database.inspect(camp)  # only ever delete what is really a camp file
    for side in ("-wal", "-shm"):
        camp.with_name(camp.name + side).unlink(missing_ok=True)
    camp.unlink()
    if folder.is_dir():
        shutil.rmtree(folder)
