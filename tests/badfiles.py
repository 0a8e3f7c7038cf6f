"""The bad-file corpus: every kind of wrong file a user can hand the app, made on demand.

Each maker writes one bad file (or folder) into a test's ``tmp_path`` and returns its
path. The kinds are grouped by what they pretend to be — a camp file (also what kits and
bundles are), a transcription sheet, a picture — with the Danish message each must get.
``docs/bad-input.md`` lists them with the tests that run every entry point against them.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from facilitator import sheet_files as sf
from facilitator.domain import dialogue as dlg
from facilitator.domain import messages as msg
from facilitator.domain import transcription as tr
from facilitator.domain.transcription import COLUMNS
from facilitator.store import APPLICATION_ID
from facilitator.store import SCHEMA_VERSION
from facilitator.store.bundle_checks import FILE_REFUSED
from facilitator.store.database import HALF_MADE

Maker = Callable[[Path], Path]


# -- files that pretend to be camp files (and so kits and bundles) ----------------------
def not_sqlite(folder: Path) -> Path:
    path = folder / "indkøbsliste.camp"
    path.write_text("mælk, brød, æbler\nDette er et brev, ikke en camp.\n", encoding="utf-8")
    return path


def zero_bytes(folder: Path) -> Path:
    path = folder / "tom.camp"
    path.write_bytes(b"")
    return path


_REAL_CAMP: dict[str, bytes] = {}


def real_camp_bytes() -> bytes:
    """A real camp file with 200 notes, checkpointed (everything in the main file)."""
    if "bytes" not in _REAL_CAMP:
        import tempfile

        from facilitator.program import load_program
        from facilitator.store import CampStore

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "hel.camp"
            store = CampStore.create(path, program=load_program("camp_day"), title="Hel")
            step = store.frame.steps()[0]
            with store.write() as conn:
                for i in range(200):
                    store.insert(conn, "note", {"step_id": step.id, "text": f"note {i} " * 20,
                                                 "position": i})
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            store.close()
            _REAL_CAMP["bytes"] = path.read_bytes()
    return _REAL_CAMP["bytes"]


def truncated(folder: Path) -> Path:
    """A real camp cut in half, as a copy interrupted mid-way leaves it."""
    data = real_camp_bytes()
    path = folder / "halv.camp"
    path.write_bytes(data[: len(data) // 2])
    return path


def foreign_sqlite(folder: Path) -> Path:
    """Another program's database (a browser's history, say)."""
    path = folder / "historik.camp"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO urls (url) VALUES ('https://lejre.dk')")
    conn.commit()
    conn.close()
    return path


def newer_schema(folder: Path) -> Path:
    """A camp file from a later Facilitator: our application_id, user_version + 1."""
    path = folder / "fremtid.camp"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE camp (id TEXT PRIMARY KEY, hologram BLOB)")
    conn.commit()
    conn.close()
    return path


def _half_made(path: Path, *, up_to: int) -> sqlite3.Connection:
    """What the old ``database.create`` left when killed: our application_id, then the
    migrations up to ``up_to`` (each its own transaction), and no camp row yet."""
    from facilitator.store.database import migrations

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = WAL")
    for number, script in migrations():
        if number <= up_to:
            conn.executescript(f"BEGIN;\n{script.read_text('utf-8')}\n"
                               f"PRAGMA user_version = {number};\nCOMMIT;")
    return conn


def half_made_no_schema(folder: Path) -> Path:
    """Killed right after the application_id was written: no tables at all."""
    path = folder / "afbrudt.camp"
    _half_made(path, up_to=0).close()
    return path


def half_made_no_camp(folder: Path) -> Path:
    """Killed after the schema, before the camp row (issue 15's import-sheet kill)."""
    path = folder / "uden-camp.camp"
    _half_made(path, up_to=SCHEMA_VERSION).close()
    return path


def half_made_old_schema(folder: Path) -> Path:
    """Killed half-way through the migrations: schema 3, no camp row."""
    path = folder / "gammel-afbrudt.camp"
    _half_made(path, up_to=3).close()
    return path


def half_made_missing_table(folder: Path) -> Path:
    """Our file of the current schema with its camp row, but a table of it missing."""
    path = folder / "mangler-tabel.camp"
    conn = _half_made(path, up_to=SCHEMA_VERSION)
    conn.execute("INSERT INTO camp (id, created_at, updated_at) VALUES ('c', 'x', 'x')")
    conn.execute("DROP TABLE sheet_import")
    conn.close()
    return path


def directory(folder: Path) -> Path:
    path = folder / "mappe.camp"
    path.mkdir()
    (path / "noget.txt").write_text("ikke en camp", encoding="utf-8")
    return path


def missing(folder: Path) -> Path:
    return folder / "findes-ikke.camp"


#: Kinds every reader of a camp-shaped file must refuse, with the message it must give.
CAMP_FILES: dict[str, tuple[Maker, str]] = {
    "not_sqlite": (not_sqlite, msg.NOT_SQLITE),
    "zero_bytes": (zero_bytes, msg.EMPTY_FILE),
    "truncated": (truncated, msg.DAMAGED),
    "foreign_sqlite": (foreign_sqlite, msg.FOREIGN_SQLITE),
    "newer_schema": (newer_schema, msg.NEWER_SCHEMA),
    "half_made_no_schema": (half_made_no_schema, HALF_MADE),
    "half_made_no_camp": (half_made_no_camp, HALF_MADE),
    "half_made_old_schema": (half_made_old_schema, HALF_MADE),
    "half_made_missing_table": (half_made_missing_table, HALF_MADE),
    "directory": (directory, msg.NOT_A_FILE),
    "missing": (missing, msg.NOT_A_FILE),
}

#: A kit or bundle is held to our exact schema before anything else is read from it, so
#: a missing table is a missing part there (store/bundle_checks.py).
FROM_OUTSIDE: dict[str, str] = {"half_made_missing_table": FILE_REFUSED}


def from_outside(kind: str) -> tuple[Maker, str]:
    """The bad file of ``kind`` and the message a kit or bundle of it is refused with."""
    make, expected = CAMP_FILES[kind]
    return make, FROM_OUTSIDE.get(kind, expected)


@contextmanager
def locked(path: Path, *, wal: bool = False) -> Iterator[sqlite3.Connection]:
    """Another program holding ``path`` under ``BEGIN EXCLUSIVE`` while the block runs.

    Without ``wal`` the file is switched to a rollback journal first (as a copy made by
    another tool is), where EXCLUSIVE keeps readers out too; with ``wal`` the holder uses
    ``locking_mode = EXCLUSIVE``, which does the same to a WAL file.
    """
    holder = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        if wal:
            holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        else:
            holder.execute("PRAGMA journal_mode = DELETE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        yield holder
    finally:
        if holder.in_transaction:
            holder.execute("ROLLBACK")
        holder.close()


# -- sheets -----------------------------------------------------------------------------
def sheet_row(**cells: str) -> dict[str, str]:
    return {"main_group": "H1", "table": "H1-B1", "step": "indicators", "text": "En note",
            **cells}


def sheet_text(rows: list[dict[str, str]], *, delimiter: str = ";") -> str:
    lines = [delimiter.join(COLUMNS)]
    lines += [delimiter.join(r.get(c, "") for c in COLUMNS) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def utf16(folder: Path) -> Path:
    path = folder / "utf16.csv"
    path.write_bytes(sheet_text([sheet_row()]).encode("utf-16"))
    return path


def random_bytes(folder: Path) -> Path:
    path = folder / "støj.csv"
    path.write_bytes(random.Random(7).randbytes(4096))
    return path


def pipe_delimited(folder: Path) -> Path:
    path = folder / "streger.csv"
    path.write_text(sheet_text([sheet_row()], delimiter="|"), encoding="utf-8")
    return path


def missing_columns(folder: Path) -> Path:
    path = folder / "halvt.csv"
    path.write_text("main_group;table;step\r\nH1;H1-B1;indicators\r\n", encoding="utf-8")
    return path


def nul_bytes(folder: Path) -> Path:
    path = folder / "nul.csv"
    path.write_text(sheet_text([sheet_row(text="før\x00efter")]), encoding="utf-8")
    return path


def control_characters(folder: Path) -> Path:
    path = folder / "styretegn.csv"
    path.write_text(sheet_text([sheet_row(), sheet_row(text="farve\x1b[31m rød\x07")]),
                    encoding="utf-8")
    return path


def huge_cell(folder: Path) -> Path:
    """A 50 MB cell: one paste too many."""
    path = folder / "kæmpecelle.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(sheet_text([]))
        fh.write(";".join(sheet_row(text="x" * 50_000_000).get(c, "") for c in COLUMNS))
        fh.write("\r\n")
    return path


def long_cell(folder: Path) -> Path:
    """A cell just past the limit, under csv's own guard: caught by the sheet check."""
    path = folder / "langcelle.csv"
    path.write_text(sheet_text([sheet_row(text="ø" * (sf.MAX_CELL_CHARS + 1))]),
                    encoding="utf-8")
    return path


def empty_sheet(folder: Path) -> Path:
    path = folder / "tomt.csv"
    path.write_bytes(b"")
    return path


def camp_as_sheet(folder: Path) -> Path:
    path = folder / "camp.csv"
    path.write_bytes(real_camp_bytes()[:8192])
    return path


def sheet_directory(folder: Path) -> Path:
    path = folder / "mappe.csv"
    path.mkdir()
    return path


#: Sheets every import refuses, with the whole sheet's message and, for a sheet read
#: but refused row by row, the message of its first problem.
SHEETS: dict[str, tuple[Maker, str, str | None]] = {
    "utf16": (utf16, sf.NOT_A_SHEET, None),
    "random_bytes": (random_bytes, sf.NOT_A_SHEET, None),
    "pipe_delimited": (pipe_delimited, tr.SHEET_REFUSED, tr.WRONG_DELIMITER),
    "missing_columns": (missing_columns, tr.SHEET_REFUSED, tr.MISSING_COLUMNS),
    "nul_bytes": (nul_bytes, sf.NOT_A_SHEET, None),
    "control_characters": (control_characters, tr.SHEET_REFUSED, tr.CONTROL_CHARACTER),
    "huge_cell_50mb": (huge_cell, sf.CELL_TOO_LONG_IN_FILE, None),
    "long_cell": (long_cell, tr.SHEET_REFUSED, tr.CELL_TOO_LONG),
    "empty": (empty_sheet, sf.EMPTY_SHEET, None),
    "camp_file": (camp_as_sheet, sf.NOT_A_SHEET, None),
    "directory": (sheet_directory, msg.NOT_A_FILE, None),
    "missing": (missing, msg.NOT_A_FILE, None),
}

#: Cells a spreadsheet program would run as formulas if they were written as such.
FORMULAS = ("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)", "=HYPERLINK(\"http://x\")")


def formula_sheet(folder: Path) -> Path:
    path = folder / "formler.csv"
    path.write_text(sheet_text([sheet_row(text=t) for t in FORMULAS]), encoding="utf-8")
    return path


def tab_delimited(folder: Path) -> Path:
    path = folder / "tabulator.csv"
    path.write_text(sheet_text([sheet_row(text="Med ; og , i")], delimiter="\t"),
                    encoding="utf-8")
    return path


def many_rows(folder: Path, count: int = 100_000, *, bad_last: bool = False) -> Path:
    path = folder / f"{count}-rækker.csv"
    rows = [sheet_row(table=f"H1-B{i % 2 + 1}", text=f"Note nummer {i}", votes=str(i % 7))
            for i in range(count)]
    if bad_last:
        rows[-1] = sheet_row(step="frokost")
    path.write_text(sheet_text(rows), encoding="utf-8")
    return path


# -- pictures ---------------------------------------------------------------------------
def text_as_png(folder: Path) -> Path:
    path = folder / "billede.png"
    path.write_text("Dette er ikke et billede.", encoding="utf-8")
    return path


def empty_jpeg(folder: Path) -> Path:
    path = folder / "tomt.jpg"
    path.write_bytes(b"")
    return path


def gif(folder: Path) -> Path:
    path = folder / "animation.png"
    path.write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04"
                     b"\x00\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01"
                     b"\x00;")
    return path


def html_as_jpeg(folder: Path) -> Path:
    path = folder / "side.jpeg"
    path.write_text("<html><body>404</body></html>", encoding="utf-8")
    return path


def png_header_only(folder: Path) -> Path:
    """The right first bytes and nothing after: only decoding tells it apart."""
    path = folder / "halvt.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + hashlib.sha256(b"x").digest() * 8)
    return path


#: Pictures the store refuses by their first bytes (what ``add_card`` checks).
NOT_IMAGES: dict[str, Maker] = {
    "text_as_png": text_as_png,
    "empty_jpeg": empty_jpeg,
    "gif": gif,
    "html_as_jpeg": html_as_jpeg,
}
#: And those only the page's decoding refuses, on top of them.
NOT_IMAGES_DECODED: dict[str, Maker] = {**NOT_IMAGES, "png_header_only": png_header_only}
NOT_AN_IMAGE = dlg.NOT_AN_IMAGE


# -- checking that nothing was written --------------------------------------------------
def camp_digest(path: Path) -> str:
    """The camp file and its -wal: a write would change one of them."""
    wal = path.with_name(path.name + "-wal")
    data = path.read_bytes() + b"|" + (wal.read_bytes() if wal.exists() else b"")
    return hashlib.sha256(data).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (but -shm, SQLite's shared-memory index) by content."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith("-shm")}


def no_traceback(text: str) -> bool:
    return "Traceback" not in text and 'File "' not in text
