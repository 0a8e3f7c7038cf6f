"""Files we write beside the user's files: temporary names, flushing to disk, tidying.

Every file we write (a PDF, a sheet, a bundle or kit, a backup, a restore, a rescue
copy) is built under a temporary name in the target's folder and renamed into place
when whole. A process killed meanwhile leaves that temporary file behind, so its name
says who wrote it: a hidden ``.TARGET.HOST-PID-RANDOM.tmp``. :func:`tidy`, run when a
camp opens and before every export into a folder, removes the ones whose writer is dead
on this computer, and leaves alone whatever another live process (or another computer
sharing the folder) may still be writing.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path

#: Temporary files of the names older versions used are removed after this long (s):
#: nothing of ours writes one file for an hour.
OLD_STYLE_AGE = 3600.0
#: A temporary name whose writer's pid is alive (or not on this computer) is removed
#: after this long (s): the pid was taken by another process since.
STALE_AGE = 24 * 3600.0

_SIDECARS = r"(?:-journal|-wal|-shm)?"
_OURS = re.compile(
    r"^\.(?P<target>.+)\.(?P<host>[0-9a-f]{6})-(?P<pid>\d+)-[0-9a-f]{6}\.tmp" + _SIDECARS + "$")
#: What a file of ours is called: the suffixes of the files we write.
_TARGETS = r"(?:\.camp|\.campbundle|\.campkit|\.pdf|\.csv|\.xlsx|\.bak)"
#: Names the versions before this one used, without a pid: removed only when old.
_OLD_STYLE = (
    re.compile(r"^\..+" + _TARGETS + r"\.tmp$"),  # .NAME.xlsx.tmp (sheets)
    re.compile(r"^\..+\.pdf\.[A-Za-z0-9_]{8}\.tmp$"),  # .NAME.pdf.XXXXXXXX.tmp (PDFs)
    re.compile(r"^.+" + _TARGETS + r"\.tmp" + _SIDECARS + "$"),  # NAME.camp.tmp, bundles, kits
    re.compile(r"^.+\.camp\.restore\.tmp$"),  # a restore
)


def _host_tag() -> str:
    """Six hex digits for this computer: a pid means nothing on another one. The name is
    the one ``socket.gethostname()`` gives, read without importing socket (start-up)."""
    name = os.uname().nodename if hasattr(os, "uname") else os.environ.get("COMPUTERNAME", "")
    return hashlib.sha256(name.encode("utf-8", "replace")).hexdigest()[:6]


_HOST = _host_tag()


def temporary_name(target: Path) -> Path:
    """A fresh temporary name beside ``target`` that says which process writes it."""
    return target.with_name(
        f".{target.name}.{_HOST}-{os.getpid()}-{os.urandom(3).hex()}.tmp")


def flush_to_disk(fd: int) -> None:
    """fsync, and on macOS F_FULLFSYNC: there fsync leaves the data in the drive's
    cache, which a power cut loses."""
    if sys.platform == "darwin":
        import fcntl

        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
        except (OSError, AttributeError):
            pass  # a file system without it (a network share): fsync is what there is
    os.fsync(fd)


def flush_file(path: Path) -> None:
    """Flush a file we have just written (and closed) under a temporary name."""
    fd = os.open(path, os.O_RDWR)
    try:
        flush_to_disk(fd)
    finally:
        os.close(fd)


def tidy(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove our leftover temporary files from ``folder``; returns what was removed.

    A name with a pid goes when that process is dead on this computer (or the file is a
    day old); a name of the older style, which says nothing of its writer, when it is
    an hour old. Anything else is never touched, and no failure is raised: tidying is a
    courtesy, never a reason for an export or an opening to fail.
    """
    moment = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.endswith((".tmp", "-journal", "-wal", "-shm")):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode) or not _left_over(entry.name, moment - st.st_mtime):
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def _left_over(name: str, age: float) -> bool:
    match = _OURS.match(name)
    if match is not None:
        if age > STALE_AGE:
            return True
        return match["host"] == _HOST and not _alive(int(match["pid"]))
    return age > OLD_STYLE_AGE and any(p.match(name) for p in _OLD_STYLE)


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this computer; True when we cannot tell."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # pragma: no cover - Windows: os.kill would end the process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, and belongs to someone else
    return True


def write_whole(path: Path, data: bytes) -> None:
    """``data`` at ``path``, user-only (0o600): written under a temporary name beside it,
    flushed, renamed; a reader sees the old file or the whole new one. Raises OSError."""
    tidy(path.parent)
    tmp = temporary_name(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            flush_to_disk(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def shown(path: Path | str) -> str:
    """A file name as text that can be stored (SQLite wants UTF-8) and printed: bytes
    the OS gave us that are not UTF-8 (a stick from an old Windows) become "�"."""
    return os.fsencode(path).decode("utf-8", "replace")


def write_via(target: Path, build: Callable[[Path], None], *, replace: bool = True) -> Path:
    """Have ``build`` write a temporary file beside ``target``; flush it and move it into
    place only when ``build`` returned, so a reader or a crash sees the old file or the
    whole new one, never half of it. The one way every writer of ours puts a file down.

    ``build`` gets an empty user-only (0o600) file to write (or replace). With
    ``replace=False`` a file that appeared at ``target`` meanwhile is never replaced:
    :class:`FileExistsError` is raised and the temporary file removed. Raises what
    ``build`` raises, or OSError.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tidy(target.parent)  # what a writer killed before this one left
    temp = temporary_name(target)
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        build(temp)
        flush_file(temp)
        if replace:
            os.replace(temp, target)
        else:
            place_new(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    return target


def place_new(temp: Path, target: Path) -> None:
    """Give the finished file ``temp`` the name ``target``, never replacing a file there:
    raises FileExistsError when the name is taken.

    A hard link fails when the name is taken, atomically; where the file system has no
    hard links (a FAT stick) the name is checked, then renamed (Windows' rename refuses
    a taken name by itself).
    """
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists() or target.is_symlink():
            raise FileExistsError(str(target)) from None
        os.rename(temp, target)
    else:
        os.unlink(temp)
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename into ``folder`` durable where the system allows it (POSIX)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        flush_to_disk(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
