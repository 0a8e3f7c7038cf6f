"""A camp with real content, its kit, table laptops' bundles, and files spoilt by hand.

The organiser's camp is the transcription of camp 3 (``camp_ff.csv``) imported through
the store; each laptop opens the kit with ``open_kit``, writes through the store as the
table's screens do, and exports its bundle. A spoilt file is then changed with plain
SQLite, as anyone could, and signed again with the app's own manifest code, as a
hostile (or merely careful) editor would: the checksum then holds, and only the checks
behind it can refuse the file.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from facilitator.program import load_program
from facilitator.sheet_files import read_sheet
from facilitator.store import CampStore
from facilitator.store import bundle_files as bf
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit
from facilitator.store.bundles import open_kit
from facilitator.store.transcription import import_sheet

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
#: The tables of camp 3.
CODES = ("H1-B1", "H1-B2", "H1-B3")


def organiser_camp(path: Path) -> Path:
    """Camp 3 as transcribed: 148 notes, front pages and contributions at three tables."""
    with CampStore.create(path, program=load_program("camp_day")) as store:
        import_sheet(store, read_sheet(FIXTURES / "camp_ff.csv"))
    return path


def laptop_bundle(kit: Path, folder: Path, code: str, *, notes: int = 3) -> Path:
    """A table laptop's day on top of the kit (new, edited and deleted notes, a front
    page, a contribution answering a prerequisite), exported as its bundle."""
    camp = open_kit(kit, folder / f"{code}.camp")
    with CampStore.open(camp) as store:
        table = store.frame.table_by_code(code)
        step = {s.key: s.id for s in store.frame.steps()}
        for i in range(notes):
            store.board.add_note(step_id=step["indicators"], table_id=table.id,
                           text=f"{code} ny note {i} æøå 👍🏽", votes=i)
        old = store.board.notes(step["indicators"], table.id)
        store.board.update_note(note_id=old[0].id, text=f"{code} rettet på bordet")
        store.board.delete_note(note_id=old[1].id)
        store.board.add_front_page(step_id=step["front_pages"], table_id=table.id,
                             headline=f"{code} forside", story="Historien")
        pre = store.board.add_note(step_id=step["prerequisites"], table_id=table.id,
                             text=f"{code} forudsætning", selected=True)
        store.board.add_contribution(step_id=step["contributions"], table_id=table.id,
                               text=f"{code} bidrag", prerequisite_id=pre.id,
                               actor_id=store.frame.actors()[0].id)
        return _export(store, code, folder / f"{code}.campbundle")


def _export(store: CampStore, code: str, out: Path) -> Path:
    export_bundle(store, code, out)
    return out


def kit_of(camp: Path, kit: Path) -> Path:
    with CampStore.open(camp) as store:
        export_kit(store, kit)
    return kit


def resign(path: Path) -> None:
    """Stamp the file's manifest again over what it holds now, with the app's own code."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        kind, table_id, code = conn.execute(
            "SELECT kind, table_id, table_code FROM bundle_manifest").fetchone()
        conn.execute("BEGIN")
        bf.stamp_manifest(conn, kind=kind, table_id=table_id, table_code=code)
        conn.execute("COMMIT")
    finally:
        conn.close()


def resign_rows_only(path: Path) -> None:
    """The manifest the way the app wrote it before the checksum covered the schema: a
    SHA-256 over the hashed tables' rows, nothing else."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        sha, counts = bf.content_digest(conn, bf.HASHED_TABLES, schema=False)
        assert bf.SCHEMA_MARK not in counts
        conn.execute("UPDATE bundle_manifest SET sha256 = ?, counts = ?",
                     [sha, json.dumps(counts, sort_keys=True)])
    finally:
        conn.close()


def spoil(path: Path, out: Path, sql: str | list, *, sign: bool = True) -> Path:
    """A copy of ``path`` at ``out`` changed by ``sql`` (a script, or statement and
    arguments), then signed again unless ``sign`` is False."""
    out.write_bytes(path.read_bytes())
    conn = sqlite3.connect(out, isolation_level=None)
    try:
        if isinstance(sql, str):
            conn.executescript(sql)
        else:
            conn.execute(*sql)
    finally:
        conn.close()
    if sign:
        resign(out)
    return out


def rows_digest(conn: sqlite3.Connection) -> str:
    """Every row of every table of a camp, hashed: equal before and after means nothing
    was written."""
    digest = hashlib.sha256()
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            digest.update(repr((table, tuple(row))).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
