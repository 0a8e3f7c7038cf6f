"""The files that travel: table bundles and camp kits, written whole and checked on arrival.

Both are ordinary camp files (same application_id, same schema) with one row in
``bundle_manifest`` saying what they are, for which camp and table, and a SHA-256 over
their schema and rows. They move by USB stick, e-mail or a synced folder, so they are
written to a temporary name and renamed (a sync tool never ships half a file), and on
arrival they are opened read-only and untrusted, their schema and values checked
(``bundle_checks``), ``quick_check``ed, and their hash recomputed before a single row is
believed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator import written_files
from facilitator.domain import messages as msg
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import Reason
from facilitator.domain.messages import UserError
from facilitator.domain.messages import write_failure
from facilitator.store import connections
from facilitator.store import database
from facilitator.store.base import SYNCED_TABLES
from facilitator.store.base import now
from facilitator.store.bundle_checks import check_read
from facilitator.store.bundle_checks import check_schema
from facilitator.store.bundle_checks import check_values
from facilitator.store.bundle_checks import has_table
from facilitator.store.bundle_checks import read_everything
from facilitator.store.bundle_checks import schema_lines

BUNDLE_SUFFIX = ".campbundle"
KIT_SUFFIX = ".campkit"
#: Every table whose rows a bundle or kit vouches for with its hash.
HASHED_TABLES = ("camp", *SYNCED_TABLES)
#: The tables every bundle and kit vouches for, whichever version of the app wrote it; a
#: file from before the dialogue tables travelled vouches for these only (and its
#: dialogue tables are empty).
BASE_HASHED_TABLES = ("camp", "main_group", "camp_table", "step", "persona", "actor", "note",
                      "front_page", "contribution")
#: In a manifest's counts: the hash covers the file's schema too (the number of schema
#: objects). Files written before have no such entry; their hash covers rows only, and
#: their schema is checked object for object all the same.
SCHEMA_MARK = "sqlite_master"

NOT_A_BUNDLE = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« er ikke en bordpakke fra Facilitator. Intet er indlæst fra den."
)
KIT_NOT_BUNDLE = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« er et camp-kit til bordenes computere, ikke en bordpakke. "
    "Intet er indlæst fra den.",
)
NOT_A_KIT = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« er en bordpakke, ikke et camp-kit. Bed arrangøren om kittet."
)
BUNDLE_DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« er beskadiget eller ufuldstændig ({detail}). Intet er indlæst fra den. "
    "Bed bordet om at sende pakken igen.",
)

CANNOT_WRITE = QT_TRANSLATE_NOOP("Messages", "»{path}« kan ikke gemmes: {detail}.")


@dataclass(frozen=True)
class Manifest:
    """What a bundle or kit says about itself."""

    kind: str
    camp_id: str
    table_id: str | None
    table_code: str
    created_at: str
    counts: dict[str, int]
    sha256: str


@dataclass
class BundleContent:
    """A checked bundle, read into memory: its manifest, camp row and rows by table."""

    path: Path
    manifest: Manifest
    camp: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    #: Collected before (same rows, same stamp): not read, nothing to merge.
    known: bool = False


def content_digest(conn: sqlite3.Connection, tables: Iterable[str] = HASHED_TABLES,
                   rows: Mapping[str, list[dict[str, Any]] | None] | None = None, *,
                   schema: bool = True) -> tuple[str, dict[str, int]]:
    """SHA-256 and row counts over the schema and the hashed tables, independent of
    column order.

    A table the file's schema does not have yet (an older bundle) is left out. ``rows``
    are the tables' rows already read (``all_rows``), so a bundle is read once.
    ``schema`` False: the hash of files written before it covered the schema.
    """
    digest, counts = hashlib.sha256(), {}
    if schema:
        lines = schema_lines(conn)
        for line in lines:
            digest.update(json.dumps(line, ensure_ascii=False, separators=(",", ":"))
                          .encode("utf-8") + b"\n")
        counts[SCHEMA_MARK] = len(lines)
    for table in tables:
        table_rows = rows.get(table) if rows is not None else all_rows(conn, table)
        if table_rows is None:
            continue
        for row in table_rows:
            text = json.dumps([table, row], default=_plain, ensure_ascii=False,
                              sort_keys=True, separators=(",", ":"))
            digest.update(text.encode("utf-8") + b"\n")
        counts[table] = len(table_rows)
    return digest.hexdigest(), counts


def all_rows(conn: sqlite3.Connection, table: str) -> list[dict[str, Any]] | None:
    """Every row of ``table`` by id, as dicts; None when the file has no such table."""
    if not has_table(conn, table):
        return None
    cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY id')
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _plain(value: object) -> str:
    """A value JSON cannot hold (a blob where text belongs) still hashes, and differs."""
    return value.hex() if isinstance(value, bytes) else repr(value)


def write_copy(source: sqlite3.Connection, out_path: Path,
               edit: Callable[[sqlite3.Connection], None], *, replace: bool = True) -> None:
    """A consistent copy of ``source``, changed by ``edit``, checked, then renamed into place.

    The backup API gives a snapshot even while the camp is being written; ``edit`` runs on
    the private temporary copy, so the live camp is never touched; VACUUM leaves no trace
    of removed rows (another table's notes) in free pages. Without ``replace`` (a new
    camp) a file that appeared at ``out_path`` meanwhile is refused, never replaced.
    """
    try:
        if not out_path.parent.is_dir():
            raise database.no_folder(out_path)
        written_files.write_via(out_path, lambda tmp: database.snapshot_to(source, tmp, edit),
                                replace=replace)
    except FileExistsError as exc:
        raise UserError(database.APPEARED_MEANWHILE, path=str(out_path)) from exc
    except OSError as exc:
        raise UserError(CANNOT_WRITE, path=str(out_path), detail=write_failure(exc)) from exc
    written_files.sync_folder(out_path.parent)


def clear_other_tables(conn: sqlite3.Connection) -> None:
    """Empty every table a bundle does not carry (the organiser's bookkeeping, its
    consolidation, whatever later schemas add): a bundle is the camp row, the frame and
    one table's rows, and nothing of another table may travel inside it."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for name in names:
        if name not in HASHED_TABLES and name != "bundle_manifest":
            conn.execute(f'DELETE FROM "{name}"')


def stamp_manifest(conn: sqlite3.Connection, *, kind: str, table_id: str | None = None,
                   table_code: str = "") -> Manifest:
    """Replace the copy's manifest with one describing its rows as they are now."""
    conn.execute("DELETE FROM bundle_manifest")
    conn.execute("DELETE FROM delivery")  # the organiser's bookkeeping does not travel
    sha, counts = content_digest(conn)
    camp_id = conn.execute("SELECT id FROM camp LIMIT 1").fetchone()[0]
    manifest = Manifest(kind=kind, camp_id=camp_id, table_id=table_id, table_code=table_code,
                        created_at=now(), counts=counts, sha256=sha)
    conn.execute(
        "INSERT INTO bundle_manifest (kind, camp_id, table_id, table_code, created_at, counts, "
        "sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [kind, camp_id, table_id, table_code, manifest.created_at,
         json.dumps(counts, sort_keys=True), sha],
    )
    return manifest


@contextmanager
def open_untrusted(path: Path) -> Iterator[sqlite3.Connection]:
    """A file from elsewhere, checked (ours, not newer, exactly our schema, quick_check)
    and opened read-only.

    The schema is checked before ``quick_check`` (which reads the file through it), and
    again on the connection that reads the rows, in case the file was replaced in
    between (a sync tool).
    """
    database.inspect(path, vet=lambda conn, version: check_schema(conn, path, version))
    try:
        conn = connections.connect(path, "ro", timeout=database.OPEN_TIMEOUT)
    except sqlite3.DatabaseError as exc:
        raise UserError(BUNDLE_DAMAGED, path=str(path), detail=str(exc)) from exc
    try:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise UserError(BUNDLE_DAMAGED, path=str(path), detail=str(exc)) from exc
        check_schema(conn, path, version)
        yield conn
    except sqlite3.OperationalError as exc:
        # Another program holds the file's lock: in use, not damaged, and never a traceback.
        if database.is_locked(exc):
            raise UserError(msg.IN_USE, path=str(path)) from exc
        raise
    finally:
        conn.close()


def read_manifest(conn: sqlite3.Connection, path: Path) -> Manifest | None:
    """The file's manifest, None for a plain camp file; checked against its rows."""
    manifest = _manifest(conn, path)
    if manifest is not None:
        _check(conn, path, manifest, None)
    return manifest


def read_kit(conn: sqlite3.Connection, path: Path) -> Manifest | None:
    """A kit's (or a plain camp's) manifest, after every value of the file is checked:
    the whole file becomes a laptop's camp, its organiser's tables too."""
    try:
        check_values(conn, path)
        manifest = read_manifest(conn, path)
        read_everything(conn, path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise UserError(BUNDLE_DAMAGED, path=str(path), detail=str(exc)) from exc
    return manifest


def _manifest(conn: sqlite3.Connection, path: Path) -> Manifest | None:
    """The manifest as written (its values the kind we write), not yet checked against
    the rows."""
    if not has_table(conn, "bundle_manifest"):
        return None
    check_values(conn, path, ["bundle_manifest"])
    rows = conn.execute("SELECT * FROM bundle_manifest").fetchall()
    if not rows:
        return None
    if len(rows) > 1:
        raise UserError(BUNDLE_DAMAGED, path=str(path), detail="manifest")
    r = rows[0]
    try:
        counts = {str(k): int(v) for k, v in json.loads(r["counts"]).items()}
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:
        raise UserError(BUNDLE_DAMAGED, path=str(path), detail="manifest") from exc
    return Manifest(kind=r["kind"], camp_id=r["camp_id"], table_id=r["table_id"],
                    table_code=r["table_code"], created_at=r["created_at"],
                    counts=counts, sha256=r["sha256"])


def _check(conn: sqlite3.Connection, path: Path, manifest: Manifest,
           rows: Mapping[str, list[dict[str, Any]] | None] | None) -> None:
    # Checked over the tables the manifest vouches for, in our order: a file written
    # before a table travelled vouches for fewer, and rows of the others are never read.
    vouched = [t for t in HASHED_TABLES if t in manifest.counts]
    schema = SCHEMA_MARK in manifest.counts
    if len(vouched) + schema != len(manifest.counts) \
            or not set(BASE_HASHED_TABLES) <= set(vouched):
        raise UserError(BUNDLE_DAMAGED, path=str(path), detail="manifest")
    if rows is None:
        check_values(conn, path, vouched)
    sha, found = content_digest(conn, vouched, rows, schema=schema)
    if found != manifest.counts:
        raise UserError(BUNDLE_DAMAGED, path=str(path), detail="antal rækker")
    if sha != manifest.sha256:
        raise UserError(BUNDLE_DAMAGED, path=str(path), detail="kontrolsum")
    camp = conn.execute("SELECT id FROM camp").fetchall()
    if [c[0] for c in camp] != [manifest.camp_id]:
        raise UserError(BUNDLE_DAMAGED, path=str(path), detail="camp")


def read_bundle(path: Path, *,
                known: Callable[[Manifest], bool] | None = None) -> BundleContent:
    """A table bundle, checked and read whole; UserError for anything else.

    A bundle ``known`` already (collected before, the same rows) is not read again: its
    content comes back empty with ``known`` set. Collecting a folder again is then a
    glance at each manifest.
    """
    try:
        with open_untrusted(path) as conn:
            manifest = _manifest(conn, path)
            if manifest is not None and manifest.kind == "bundle" and manifest.table_id \
                    and known is not None and known(manifest):
                return BundleContent(path=path, manifest=manifest, camp={}, rows={},
                                     known=True)
            if manifest is None:
                raise UserError(NOT_A_BUNDLE, path=str(path))
            vouched = [t for t in HASHED_TABLES if t in manifest.counts]
            check_values(conn, path, vouched)
            read = {t: all_rows(conn, t) for t in vouched}
            check_read(path, read)
            _check(conn, path, manifest, read)
            if manifest.kind == "kit":
                raise UserError(KIT_NOT_BUNDLE, path=str(path))
            if manifest.kind != "bundle" or not manifest.table_id:
                raise UserError(NOT_A_BUNDLE, path=str(path))
            camp = (read.get("camp") or [{}])[0]
            rows = {t: read.get(t) or [] for t in SYNCED_TABLES}
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # not UTF-8 where text is
        raise UserError(BUNDLE_DAMAGED, path=str(path), detail=str(exc)) from exc
    if not any(t["id"] == manifest.table_id for t in rows["camp_table"]):
        raise UserError(BUNDLE_DAMAGED, path=str(path), detail="bord")
    return BundleContent(path=path, manifest=manifest, camp=camp, rows=rows)


# -- what a file we are about to write over is ---------------------------------------------
CAMP, KIT, BUNDLE, FOREIGN, OTHER, MISSING = "camp", "kit", "bundle", "foreign", "other", ""
TARGET_TAKEN = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« er {what} og bliver ikke overskrevet. Vælg et andet navn. "
    "Intet er ændret.",
)
TARGET_IS_SOURCE = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« er den fil, der gemmes fra. Vælg et andet navn. Intet er ændret.",
)
_WHAT = {
    CAMP: Reason(QT_TRANSLATE_NOOP("Messages", "en camp-fil")),
    KIT: Reason(QT_TRANSLATE_NOOP("Messages", "et kit")),
    BUNDLE: Reason(QT_TRANSLATE_NOOP("Messages", "en bordpakke")),
    FOREIGN: Reason(QT_TRANSLATE_NOOP("Messages", "en database fra et andet program")),
}


def file_kind(path: Path) -> str:
    """What is at ``path`` now: a camp, kit or bundle of ours, another program's SQLite
    file, any other file, or nothing ('')."""
    if not path.exists() and not path.is_symlink():
        return MISSING
    if not path.is_file():
        return OTHER
    head = database.read_header(path)
    if head is None:
        return CAMP  # a camp this process has open (never read it by hand: its locks)
    if not head.startswith(database.SQLITE_MAGIC):
        return OTHER
    try:
        conn = connections.connect(path, "ro", timeout=database.OPEN_TIMEOUT)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != database.APPLICATION_ID:
                return FOREIGN
            if not has_table(conn, "bundle_manifest"):
                return CAMP
            row = conn.execute("SELECT kind FROM bundle_manifest LIMIT 1").fetchone()
            return {KIT: KIT, BUNDLE: BUNDLE}.get(row[0] if row else "", CAMP)
        finally:
            conn.close()
    except sqlite3.Error:
        return FOREIGN


def check_target(target: Path, kind: str, sources: Iterable[Path] = ()) -> None:
    """Refuse to write ``kind`` (a bundle, a kit, or OTHER for a report or a sheet) over
    a file that is not of that kind, or over a file it is made from."""
    target = Path(target)
    resolved = target.resolve()
    for source in sources:
        if Path(source).resolve() == resolved:
            raise UserError(TARGET_IS_SOURCE, path=str(target))
    found = file_kind(target)
    if found in (MISSING, OTHER) and kind == OTHER:
        return
    if found in (MISSING, kind):
        return
    if found in _WHAT:
        raise UserError(TARGET_TAKEN, path=str(target), what=_WHAT[found])
    # A file that is no database but carries our suffix is a bundle or kit gone bad (a
    # copy cut short): the new one takes its place. Anything else is somebody's file.
    ours = {BUNDLE: BUNDLE_SUFFIX, KIT: KIT_SUFFIX}.get(kind)
    if found == OTHER and ours is not None and target.suffix.lower() != ours:
        raise UserError(TARGET_TAKEN, path=str(target),
                        what=Reason(QT_TRANSLATE_NOOP("Messages", "en anden fil")))
