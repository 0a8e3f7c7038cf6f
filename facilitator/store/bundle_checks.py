"""What a bundle or kit must be before a single row of it is believed.

A file from a USB stick or a shared folder is only data to us when it is exactly what
our own app writes: the schema the app creates at the file's ``user_version`` (nothing
added, nothing missing, no trigger, view, index or generated column that would run in
our process or be copied into a laptop's camp), and in every column the kind of value
the app writes there, within the app's limits. Both are asked of SQLite (the schema
from ``sqlite_master``, the values with ``typeof()`` and ``length()``), so nothing of
the file runs and no huge value reaches Python before the file has passed.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from facilitator.domain.dialogue import MAX_IMAGE_BYTES
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import Reason
from facilitator.domain.messages import UserError
from facilitator.domain.text_limit import TEXT_LIMIT
from facilitator.store import database

if TYPE_CHECKING:
    import sqlite_utils

FILE_REFUSED = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« er ikke, som Facilitator skriver den: {reason} ({where}). Intet er indlæst "
    "fra den. Bed om at få filen sendt igen.",
)
EXTRA_PART = Reason(QT_TRANSLATE_NOOP("Messages", "den har en del, som Facilitator ikke laver"))
MISSING_PART = Reason(QT_TRANSLATE_NOOP("Messages", "der mangler en del af filformatet"))
CHANGED_PART = Reason(QT_TRANSLATE_NOOP("Messages", "en del af filformatet er ændret"))
WRONG_KIND = Reason(QT_TRANSLATE_NOOP("Messages", "en værdi mangler eller har forkert type"))
TOO_LONG = Reason(QT_TRANSLATE_NOOP("Messages", "en tekst er længere, end Facilitator tillader"))
PICTURE_TOO_LARGE = Reason(QT_TRANSLATE_NOOP(
    "Messages", "et billede er større, end Facilitator tillader"))
NOT_A_PICTURE = Reason(QT_TRANSLATE_NOOP("Messages", "et billede er hverken PNG eller JPEG"))
BAD_ID = Reason(QT_TRANSLATE_NOOP("Messages", "et id har ikke den form, Facilitator giver id'er"))
BAD_TIME = Reason(QT_TRANSLATE_NOOP("Messages", "et tidspunkt er ikke et gyldigt tidspunkt"))
BAD_NUMBER = Reason(QT_TRANSLATE_NOOP("Messages", "et tal er uden for det tilladte"))
FOREIGN_ROW = Reason(QT_TRANSLATE_NOOP(
    "Messages", "den vil ændre noget, der hører til et andet bord eller er noget andet i campen"))

#: Statistics ``PRAGMA optimize`` may leave in a camp (and so in its copies): they steer
#: the query planner only, and are allowed with exactly SQLite's own definition.
STATISTICS = {
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}
#: Columns the app only ever sets to 0 or 1.
FLAGS = ("deleted", "selected", "whole_group")
#: Far beyond any count or position the app writes (or a revision clock), far from overflow.
NUMBER_LIMIT = 2**53
#: Where a character takes at most four bytes (UTF-8), text beyond this is too long.
_BYTE_LIMIT = 4 * TEXT_LIMIT
_HEX = "[0-9a-fA-F]"
_UUID_GLOB = "-".join(_HEX * n for n in (8, 4, 4, 4, 12))
_TIME_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*"
_PICTURE_STARTS = ("89504E470D0A1A0A", "FFD8FF")  # PNG, JPEG (domain.dialogue.IMAGE_MAGIC)


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    notnull: bool


@dataclass(frozen=True)
class Reference:
    """The schema the app creates at one version: ``sqlite_master`` normalised, by
    (type, name), and each table's columns."""

    version: int
    objects: Mapping[tuple[str, str], tuple[str, str]]

    @functools.cached_property
    def columns(self) -> Mapping[str, tuple[Column, ...]]:
        """Read on first need (a bundle arrives), through sqlite-utils: opening a camp
        asks only for :attr:`objects`, and start-up does not import sqlite-utils."""
        conn = _reference_db(self.version)
        try:
            return {table.name: tuple(Column(c.name, c.type.upper(), bool(c.notnull))
                                      for c in table.columns)
                    for table in introspect(conn).tables if table.name not in STATISTICS}
        finally:
            conn.close()


def introspect(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils on ``conn``, to read its schema: no PRAGMA set and no plugin run on
    a connection of ours (the defaults would do both). Imported on first use: it costs
    ~110 ms, a third of the app's start-up."""
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def column_names(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns ``table`` has in this file, in order ([] when it has no such table)."""
    return [c.name for c in introspect(conn).table(table).columns]


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    return name in introspect(conn).table_names()


def refused(path: Path, reason: Reason, where: str) -> UserError:
    return UserError(FILE_REFUSED, path=str(path), reason=reason, where=where)


# -- the schema ----------------------------------------------------------------------------
_SQL_PARTS = re.compile(
    r"""('(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\])"""  # quoted: kept as written
    r"|(--[^\n]*|/\*.*?(?:\*/|$))"  # comments: a space
    r"|(\s+)",  # whitespace: one space
    re.DOTALL)


def normalised_sql(sql: str | None) -> str:
    """``sql`` without comments, with single spaces and none around brackets or commas:
    the same schema written by another SQLite (ALTER TABLE spaces) compares equal."""
    if sql is None:
        return ""
    if len(sql) <= _REMEMBERED_SQL:
        return _normalised_short(sql)
    return _normalise(sql)


#: Every bundle of a collect holds the same ~140 schema texts; they are normalised once
#: (a fifth of a collect's time went to these regular expressions). Only short texts are
#: kept: a crafted file's huge ones are worked out each time, not held.
_REMEMBERED_SQL = 4096


@functools.lru_cache(maxsize=2048)
def _normalised_short(sql: str) -> str:
    return _normalise(sql)


def _normalise(sql: str) -> str:
    text = _SQL_PARTS.sub(lambda m: m.group(1) or " ", sql)
    text = re.sub(r" ?([(),]) ?", r"\1", text)
    return text.strip()


@functools.cache
def reference(version: int) -> Reference:
    """The schema of ``db/001 … db/version`` applied to an empty database, made once."""
    conn = _reference_db(version)
    try:
        return Reference(version=version, objects=_objects(conn))
    finally:
        conn.close()


def _reference_db(version: int) -> sqlite3.Connection:
    """An empty database in memory with the schema of ``db/001 … db/version``."""
    conn = sqlite3.connect(":memory:")
    for number, script in database.migrations():
        if number > version:
            break
        conn.executescript(script.read_text(encoding="utf-8"))
    return conn


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str]]:
    return {(kind, name): (table, normalised_sql(sql)) for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master") if name not in STATISTICS}


def check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Refuse a file whose schema is not, object for object, the app's at ``version``.

    Only ``sqlite_master`` is read: SQLite parses the schema but runs none of it.
    """
    expected = reference(version)
    try:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        found: dict[tuple[str, str], tuple[str, str]] = {}
        for kind, name, table, sql in rows:
            if not all(isinstance(v, str) for v in (kind, name, table)) or \
                    not isinstance(sql, str | None):
                raise refused(path, CHANGED_PART, "sqlite_master")
            if name in STATISTICS:
                if normalised_sql(sql) != normalised_sql(STATISTICS[name]):
                    raise refused(path, CHANGED_PART, name)
                continue
            found[(kind, name)] = (table, normalised_sql(sql))
        for key in sorted(found.keys() - expected.objects.keys()):
            raise refused(path, EXTRA_PART, key[1])
        for key in sorted(expected.objects.keys() - found.keys()):
            raise refused(path, MISSING_PART, key[1])
        for key, value in sorted(found.items()):
            if value != expected.objects[key]:
                raise refused(path, CHANGED_PART, key[1])
        for table in expected.columns:
            for row in conn.execute(f'PRAGMA table_xinfo("{table}")'):
                if row[6] != 0:  # generated or hidden (its table's SQL differs too)
                    raise refused(path, CHANGED_PART, f"{table}.{row[1]}")
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a schema not UTF-8
        raise refused(path, CHANGED_PART, str(exc)) from exc


def schema_lines(conn: sqlite3.Connection) -> list[list[str]]:
    """The file's schema as the checksum covers it: every object, normalised, in order."""
    return [["sqlite_master", kind, name, table, sql]
            for (kind, name), (table, sql) in sorted(_objects(conn).items())]


# -- the values ----------------------------------------------------------------------------
def check_values(conn: sqlite3.Connection, path: Path, tables: Iterable[str] | None = None,
                 ) -> None:
    """Refuse a file with a value the app would never write in ``tables`` (all of the
    file's tables when None): asked of SQLite, one scan per table, nothing loaded."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    columns = reference(version).columns
    for table in columns if tables is None else tables:
        if table not in columns:
            continue
        cases = " ".join(f"WHEN {bad} THEN '{col.name}|{what}'"
                         for col in columns[table] for bad, what in _faults(col))
        try:
            row = conn.execute(
                f'SELECT fault FROM (SELECT CASE {cases} END AS fault FROM "{table}") '
                "WHERE fault IS NOT NULL LIMIT 1").fetchone()
        except sqlite3.DatabaseError as exc:
            raise refused(path, WRONG_KIND, f"{table}: {exc}") from exc
        if row is not None:
            column, what = row[0].split("|")
            raise refused(path, _REASONS[what], f"{table}.{column}")


_REASONS = {"kind": WRONG_KIND, "long": TOO_LONG, "large": PICTURE_TOO_LARGE,
            "picture": NOT_A_PICTURE, "id": BAD_ID, "time": BAD_TIME, "number": BAD_NUMBER}


def _faults(col: Column) -> list[tuple[str, str]]:
    """(SQL true for a bad value, what is wrong) for one column, in the order asked:
    its storage class first, so that the later tests only meet values of the right kind."""
    c = f'"{col.name}"'
    kinds = {"TEXT": "text", "INTEGER": "integer", "BLOB": "blob"}.get(col.type)
    if kinds is None:
        return []
    allowed = f"('{kinds}')" if col.notnull else f"('{kinds}', 'null')"
    faults = [(f"typeof({c}) NOT IN {allowed}", "kind")]
    if kinds == "text":
        # Bytes first (never more than four per character): a huge text is not counted.
        faults += [(f"length(CAST({c} AS BLOB)) > {_BYTE_LIMIT}", "long"),
                   (f"length({c}) > {TEXT_LIMIT}", "long")]
        if col.name == "id" or col.name.endswith("_id"):
            faults.append((f"{c} NOT GLOB '{_UUID_GLOB}'", "id"))
        elif col.name.endswith("_at"):
            faults.append((f"NOT ({c} GLOB '{_TIME_GLOB}' AND length({c}) <= 40 "
                           f"AND julianday({c}) IS NOT NULL)", "time"))
    elif kinds == "integer":
        faults.append((f"{c} NOT IN (0, 1)" if col.name in FLAGS
                       else f"{c} NOT BETWEEN {-NUMBER_LIMIT} AND {NUMBER_LIMIT}", "number"))
    else:
        starts = " AND ".join(f"hex(substr({c}, 1, {len(m) // 2})) <> '{m}'"
                              for m in _PICTURE_STARTS)
        faults += [(f"length({c}) > {MAX_IMAGE_BYTES}", "large"),
                   (f"{c} IS NOT NULL AND {starts}", "picture")]
    return faults


def check_read(path: Path, rows: Mapping[str, list[dict[str, Any]] | None]) -> None:
    """The one thing SQL cannot count: characters after a NUL. Every text read is bounded
    by :func:`check_values` already (bytes), so counting it here is cheap."""
    for table, table_rows in rows.items():
        for row in table_rows or ():
            for column, value in row.items():
                if isinstance(value, str) and len(value) > TEXT_LIMIT:
                    raise refused(path, TOO_LONG, f"{table}.{column}")


def read_everything(conn: sqlite3.Connection, path: Path) -> None:
    """Read every row of a checked file once, as a copy of it would be read later: a text
    that is not UTF-8 is refused now, not met by the laptop's window."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for table in reference(version).columns:
        try:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            for values in cursor:
                check_read(path, {table: [dict(zip(names, values, strict=True))]})
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a text not UTF-8
            raise refused(path, WRONG_KIND, f"{table}: {exc}") from exc
