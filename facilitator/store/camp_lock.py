"""One writer per camp file: a lock beside the file, held while a store may write it.

Two copies of the app writing one camp lose edits without a word: a restore in one
replaces the file under the other, whose commits then go into a file that no longer has
a name. So every writable opening holds an OS lock on a small file beside the camp
(``.NAME.camp.lock``); a second copy that finds it held opens the camp read-only and
says why, and restore and delete refuse.

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows)
on a file of its own, never on the camp: SQLite holds its own POSIX locks on the camp,
and any handle we opened and closed on it would drop them (docs/durability.md). The OS
drops the lock when the process dies, however it dies, so a lock is never stale and
there is nothing to "break". The lock file is removed when the lock is given up; the
next holder checks after locking that the name still leads to the file it locked.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError

HELD_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« er allerede åben i Facilitator et andet sted (et andet vindue eller en "
    "kommando) og kan ikke ændres herfra lige nu. Intet er ændret. Luk campen dér, og "
    "prøv igen.",
)

_ATTEMPTS = 5
#: Locks this process holds, by lock file: a second writable opening in the same
#: process is another writer too (and msvcrt's locks are per handle, not per file).
_held: dict[str, CampLock] = {}
_held_guard = threading.Lock()


def lock_path(camp: Path) -> Path:
    """The lock file of ``camp``: hidden, beside it."""
    return camp.with_name(f".{camp.name}.lock")


class CampLock:
    """The lock on one camp, held from :func:`take` until the last :meth:`release`.

    A worker thread of the same copy of the app that writes beside the window (collect)
    :meth:`share` s it instead of taking its own.
    """

    def __init__(self, path: Path, key: str, fd: int) -> None:
        self.path = path
        self._key = key
        self._fd: int | None = fd
        self._holders = 1

    def share(self) -> CampLock:
        with _held_guard:
            if self._fd is None:
                raise RuntimeError("the camp's lock was already given up")
            self._holders += 1
        return self

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give up one hold; the last removes the lock file and unlocks it."""
        with _held_guard:
            if self._fd is None:
                return
            self._holders -= 1
            if self._holders > 0:
                return
            fd, self._fd = self._fd, None
            _held.pop(self._key, None)
            if os.name == "posix":
                # Removed while still locked: whoever opened the old file meanwhile sees
                # that the name no longer leads to it (see _lock_file) and tries again.
                _remove_if_ours(self.path, fd)
                os.close(fd)
            else:  # pragma: no cover - Windows cannot remove an open file
                _unlock(fd)
                os.close(fd)
                try:
                    self.path.unlink()
                except OSError:
                    pass  # another copy opened it meanwhile: it is theirs now


def take(camp: Path) -> CampLock | None:
    """The lock on ``camp``, or None when another copy of the app (or another store of
    this process) holds it. Raises OSError when no lock file can be made beside the camp
    (a write-protected folder, where nobody with our rights writes either)."""
    path = lock_path(camp)
    key = os.path.normcase(os.path.abspath(path))
    with _held_guard:
        if key in _held:
            return None
        for _ in range(_ATTEMPTS):
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_lock(fd):
                os.close(fd)
                return None
            if _names_the_same_file(path, fd):
                lock = CampLock(path, key, fd)
                _held[key] = lock
                return lock
            os.close(fd)  # its holder removed it as we opened it: a new file, a new try
        return None


def hold(camp: Path) -> CampLock:
    """The lock on ``camp`` for an operation that must not share it (restore, delete,
    creating a camp); refuses with a message when another copy holds it."""
    lock = take(camp)
    if lock is None:
        raise UserError(HELD_ELSEWHERE, path=str(camp))
    return lock


def _names_the_same_file(path: Path, fd: int) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


def _remove_if_ours(path: Path, fd: int) -> None:
    if _names_the_same_file(path, fd):
        try:
            path.unlink()
        except OSError:
            pass  # a folder that became read-only: the lock file stays, unlocked


if sys.platform != "win32":
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:  # a file system without flock: no lock, but no writer lost
            if exc.errno in (getattr(os, "ENOLCK", 37), getattr(os, "EOPNOTSUPP", 95)):
                return True
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

else:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
