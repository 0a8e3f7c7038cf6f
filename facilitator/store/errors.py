"""What a failed SQLite statement means to the person at the keyboard, by its error code.

SQLite's message texts are for programmers and change between versions; its result codes
do not. Each code the user can do something about has its own message here: only a full
disk asks for disk space, another program's lock asks to try again, a damaged or vanished
file says so. Any other error (a statement naming a column that does not exist, a broken
constraint) is a bug of ours and is raised as it is, never dressed as advice.
"""

from __future__ import annotations

import sqlite3

from facilitator.domain import messages as msg
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError

FILE_UNWRITABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "Ændringen kunne ikke gemmes, fordi camp-filen ikke kan skrives ({detail}). Det, der "
    "allerede var gemt, er uændret. Se efter, at drevet med campen stadig er sat i, og "
    "prøv igen.",
)

#: Another connection holds the file (after the busy timeout): try again later.
LOCKED = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
#: The disk (or the file's size limit) is full.
FULL = frozenset({sqlite3.SQLITE_FULL})
#: The file cannot be written (a write-protected stick, a file made read-only meanwhile).
READ_ONLY = frozenset({sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM})
#: The file, or the drive it is on, fails: pulled out, damaged, not a database any more.
FILE_FAILS = frozenset({sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB,
                        sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PROTOCOL})


def primary_code(exc: BaseException) -> int | None:
    """The primary result code of a SQLite error (extended codes carry it in their low
    byte: SQLITE_IOERR_SHORT_READ is SQLITE_IOERR); None for anything else."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlite3.Error) or not isinstance(code, int):
        return None
    return code & 0xFF


def is_locked(exc: BaseException) -> bool:
    """True for SQLite's "another connection holds the lock" (after the busy timeout)."""
    return primary_code(exc) in LOCKED


def is_full(exc: BaseException) -> bool:
    return primary_code(exc) in FULL


def write_error(exc: sqlite3.Error) -> UserError | None:
    """The message for an edit that failed with ``exc``; None when it is a bug of ours
    (the caller raises ``exc`` itself)."""
    code = primary_code(exc)
    if code in LOCKED:
        return UserError(msg.IN_USE_WRITE)
    if code in FULL:
        return UserError(msg.WRITE_FAILED, detail=str(exc))
    if code in READ_ONLY:
        return UserError(msg.READ_ONLY)
    if code in FILE_FAILS:
        return UserError(FILE_UNWRITABLE, detail=str(exc))
    return None
