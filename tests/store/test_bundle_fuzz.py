"""Hundreds of spoilt bundles and kits against one camp: each is refused whole, or merged
as sent; the camp stays whole, opens in the window and exports.

The files start as the real thing: camp 3 imported through the store, its kit, and two
table laptops' bundles written by ``open_kit``/``export_bundle``. Each case copies one
of them and spoils it with plain SQLite (a column's kind of value, a schema object,
another row's id, a time, a size, the manifest, the file's bytes), mostly signing it
again with the app's own manifest code so that only the checks behind the checksum can
refuse it. Seeded: ``FACILITATOR_FUZZ_SEED`` replays a run; the case number and what it
did are in every failure.
"""

from __future__ import annotations

import itertools
import os
import random
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

import pytest

from facilitator.domain.messages import UserError
from facilitator.domain.text_limit import TEXT_LIMIT
from facilitator.store import SCHEMA_VERSION
from facilitator.store import CampStore
from facilitator.store.bundles import collect
from facilitator.store.bundles import open_kit
from tests.bundle_fixtures import kit_of
from tests.bundle_fixtures import laptop_bundle
from tests.bundle_fixtures import organiser_camp
from tests.bundle_fixtures import resign
from tests.bundle_fixtures import rows_digest

SEED = int(os.environ.get("FACILITATOR_FUZZ_SEED", "15"))
CASES = 520
#: Tables a bundle carries rows of, with the columns a mutation may aim at.
ITEMS = ("note", "front_page", "contribution")
LATER = "2999-01-01T00:00:00.000000Z"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108020000009077"
                    "53de0000000c4944415408d763f8cfc0000003010100c9fe92ef0000000049454e44ae426082")

REFUSE, ACCEPT, EITHER = "refused", "merged", "either"
#: A file with the checksum and stamp of a bundle collected before is not read again
#: (its rows could only lose): nothing is written, whatever was done to it since.
KNOWN = "collected before"
_turn = itertools.count(1)


def winning() -> tuple[str, int]:
    """(updated_at, revision) later and higher than any the run sent before: a row sent
    with them wins over the camp's, whichever of the two decides."""
    n = next(_turn)
    return f"2999-01-01T00:00:00.{n:06d}Z", 1_000_000 + n


@dataclass
class Case:
    """One spoilt file: what was done, what must come of it, and rows to find as sent."""

    what: str
    expect: str = REFUSE
    sign: bool = True
    #: (table, id) of rows the camp must then hold exactly as the file has them.
    as_sent: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Day:
    camp: Path
    kit: Path
    bundles: dict[str, Path]
    #: The camp's ids by kind, for foreign-id cases: {table: [(id, table_id)]}.
    ids: dict[str, list[tuple[str, str | None]]]
    tables: dict[str, str]


Mutation = Callable[[random.Random, sqlite3.Connection, Day, str], Case]


# -- what a bundle's rows may be turned into ----------------------------------------------
def _own_row(rng: random.Random, conn: sqlite3.Connection, day: Day, code: str,
             table: str | None = None) -> tuple[str, str]:
    table = table or rng.choice(ITEMS)
    ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE table_id = ?",
                                      [day.tables[code]])]
    return table, rng.choice(ids)


def _text_column(rng: random.Random, table: str) -> str:
    return rng.choice({"note": ("text", "tag"), "front_page": ("headline", "story", "quote"),
                       "contribution": ("text",)}[table])


def wrong_kind(rng, conn, day, code) -> Case:
    table, row = _own_row(rng, conn, day, code)
    column, value = rng.choice([
        (_text_column(rng, table), b"\x00\xffblob"), ("updated_at", b"2030"),
        ("votes" if table != "front_page" else "position", "mange"),
        ("deleted", 0.5), ("position", b"\x01"), ("created_at", 3.25),
        ("step_id", sqlite3.Binary(uuid.uuid4().bytes))])
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [value, row])
    return Case(f"{table}.{column} = {value!r}")


def frame_wrong_kind(rng, conn, day, code) -> Case:
    table, column = rng.choice([("step", "title"), ("actor", "name"), ("camp", "title"),
                                ("camp_table", "facilitator"), ("main_group", "code"),
                                ("step", "minutes"), ("persona", "name")])
    value = rng.choice([b"blob", 1.5]) if column == "minutes" else b"blob"
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = "
                 f"(SELECT MIN(rowid) FROM {table})", [value])
    return Case(f"{table}.{column} = {value!r}")


def size(rng, conn, day, code) -> Case:
    table, row = _own_row(rng, conn, day, code)
    column = _text_column(rng, table)
    how = rng.choice(["chars", "bytes", "nul"])
    if how == "chars":
        value = "ø" * (TEXT_LIMIT + rng.randint(1, 50))
    elif how == "bytes":
        value = "🎉" * (TEXT_LIMIT + 1)
    else:
        value = "a\x00" + "b" * TEXT_LIMIT
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [value, row])
    return Case(f"{table}.{column}: {how} over the limit")


def timestamp(rng, conn, day, code) -> Case:
    table, row = _own_row(rng, conn, day, code)
    column = rng.choice(["updated_at", "created_at"])
    value, expect = rng.choice([
        ("i går", REFUSE), ("", REFUSE), ("2026-13-45T99:99:99Z", REFUSE),
        ("2026-05-09 10:00:00", REFUSE), (20260509, REFUSE), ("NaN", REFUSE),
        ("2026-05-09T10:00:00.000000Z" + "x" * 40, REFUSE),
        (LATER, ACCEPT), ("2999-12-31T23:59:59Z", ACCEPT)])
    if expect == ACCEPT:
        stamp, revision = winning()
        conn.execute(f"UPDATE {table} SET updated_at = ?, revision = ? WHERE id = ?",
                     [stamp, revision, row])
        if column == "created_at":  # updated_at: the far future is the winning stamp
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [value, row])
        return Case(f"{table}.{column} = {value!r}", ACCEPT, as_sent=[(table, row)])
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [value, row])
    return Case(f"{table}.{column} = {value!r}")


def foreign_id(rng, conn, day, code) -> Case:
    """A row of the bundle's own table takes an id the camp has as something else."""
    own = day.tables[code]
    kind = rng.choice(["note", "front_page", "contribution", "step", "actor", "camp_table",
                       "persona", "main_group"])
    candidates = [i for i, t in day.ids[kind] if t != own]
    taken = rng.choice(candidates)
    table, row = _own_row(rng, conn, day, code, "note" if kind == "note" else None)
    if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", [taken]).fetchone():
        return Case("(the id is in the bundle already)", EITHER)
    conn.execute(f"UPDATE {table} SET id = ?, updated_at = ?, revision = revision + 9 "
                 "WHERE id = ?", [taken, LATER, row])
    if table == "note":
        conn.execute("UPDATE contribution SET prerequisite_id = ? WHERE prerequisite_id = ?",
                     [taken, row])
    return Case(f"{table} {row} takes the id of a {kind}")


def moved_row(rng, conn, day, code) -> Case:
    """A row of the bundle's table said to be another table's (or at another step)."""
    others = [t for c, t in day.tables.items() if c != code]
    table, row = _own_row(rng, conn, day, code)
    if rng.random() < 0.5:
        conn.execute(f"UPDATE {table} SET table_id = ?, updated_at = ? WHERE id = ?",
                     [rng.choice(others), LATER, row])
        return Case(f"{table} {row} moved to another table")
    step = rng.choice([i for i, _ in day.ids["step"]])
    conn.execute(f"UPDATE {table} SET step_id = ?, updated_at = ? WHERE id = ?",
                 [step, LATER, row])
    # A row the laptop made is new to the camp: at another step it is only a new row.
    return Case(f"{table} {row} moved to step {step}", EITHER)


def good_edit(rng, conn, day, code) -> Case:
    """What a laptop may well send: new rows, edits, deletions, odd but valid values."""
    table, row = _own_row(rng, conn, day, code)
    column = _text_column(rng, table)
    text = rng.choice(["Rettet ✓", "مرحبا بالعالم", "e\u0301\u200b", "=1+2", "'; DROP TABLE note",
                       "x" * rng.randint(1, 2000), "Linje 1\nLinje 2", "{path} %s"])
    how = rng.choice(["edit", "delete", "new", "revive"])
    if how == "new":
        new = str(uuid.uuid4())
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
        conn.execute(f"INSERT INTO {table} (id, {', '.join(cols)}) SELECT ?, "
                     f"{', '.join(cols)} FROM {table} WHERE id = ?", [new, row])
        stamp, revision = winning()
        conn.execute(f"UPDATE {table} SET {column} = ?, updated_at = ?, revision = ? "
                     "WHERE id = ?", [text, stamp, revision, new])
        return Case(f"new {table} {new}", ACCEPT, as_sent=[(table, new)])
    values = {"edit": {column: text}, "delete": {"deleted": 1}, "revive": {"deleted": 0}}[how]
    sets = ", ".join(f"{k} = ?" for k in values)
    conn.execute(f"UPDATE {table} SET {sets}, updated_at = ?, revision = ? WHERE id = ?",
                 [*values.values(), *winning(), row])
    return Case(f"{how} {table} {row}: {values}", ACCEPT, as_sent=[(table, row)])


def card(rng, conn, day, code) -> Case:
    """A card a host made comes along with the deck: its picture must be a picture."""
    image, mime, expect = rng.choice([
        (PNG, "image/png", ACCEPT), (b"\xff\xd8\xff" + b"\x00" * 40, "image/jpeg", ACCEPT),
        (b"GIF89a....", "image/png", REFUSE), ("ikke et billede", "image/png", REFUSE),
        (None, "", ACCEPT), (12, "image/png", REFUSE)])
    new = str(uuid.uuid4())
    step = next(i for i, _ in day.ids["step"])
    conn.execute("INSERT INTO card (id, step_id, text, image, mime, created_at, updated_at) "
                 "VALUES (?, ?, 'Kort', ?, ?, ?, ?)", [new, step, image, mime, LATER, LATER])
    return Case(f"card with image {image!r:.30}", expect,
                as_sent=[("card", new)] if expect == ACCEPT else [])


# -- the schema ----------------------------------------------------------------------------
SCHEMA_CHANGES = [
    "CREATE TRIGGER t_{n} AFTER INSERT ON note BEGIN DELETE FROM note WHERE id <> NEW.id; END",
    "CREATE TRIGGER t_{n} BEFORE UPDATE ON {table} BEGIN SELECT 1; END",
    "CREATE TEMP TRIGGER t_{n} AFTER DELETE ON {table} BEGIN SELECT 1; END",
    "CREATE VIEW v_{n} AS SELECT * FROM {table}",
    "CREATE INDEX i_{n} ON {table}(updated_at)",
    "CREATE UNIQUE INDEX i_{n} ON {table}(id, created_at)",
    "CREATE TABLE x_{n} (id TEXT PRIMARY KEY, secret TEXT)",
    "ALTER TABLE {table} ADD COLUMN g_{n} TEXT GENERATED ALWAYS AS (upper(id)) VIRTUAL",
    "ALTER TABLE {table} ADD COLUMN extra_{n} TEXT NOT NULL DEFAULT 'x'",
    "ALTER TABLE {table} RENAME COLUMN updated_at TO changed_at",
    "ALTER TABLE note DROP COLUMN tag",
    "ALTER TABLE front_page DROP COLUMN quote_by",
    "DROP INDEX note_by_step_table",
    "ALTER TABLE persona RENAME TO people",
    "PRAGMA user_version = {older}",
    "CHECK",
    "ANALYZE",
]


def schema(rng, conn, day, code) -> Case:
    change = rng.choice(SCHEMA_CHANGES).format(
        n=rng.randint(0, 999), table=rng.choice(ITEMS + ("step", "camp")),
        older=rng.randint(2, SCHEMA_VERSION - 1))
    if change == "CHECK":  # a constraint loosened by editing the schema's text
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'votes >= 0', 'votes >= -9') "
                     "WHERE name = 'note'")
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute(f"PRAGMA schema_version = {version + 1}")
        conn.execute("PRAGMA writable_schema = OFF")
    else:
        conn.execute(change)
    # Statistics are what PRAGMA optimize leaves in any camp, and a kit copies them.
    harmless = change == "ANALYZE" or "TEMP" in change  # a TEMP trigger never reaches the file
    return Case(change, EITHER if harmless else REFUSE, sign=rng.random() < 0.8)


# -- the manifest and the file itself --------------------------------------------------------
def manifest(rng, conn, day, code) -> Case:
    other = next(t for c, t in day.tables.items() if c != code)
    change = rng.choice([
        "UPDATE bundle_manifest SET sha256 = 'ffff'",
        "UPDATE bundle_manifest SET sha256 = x'00ff'",
        "UPDATE bundle_manifest SET counts = 'ikke json'",
        "UPDATE bundle_manifest SET counts = '[1, 2]'",
        "UPDATE bundle_manifest SET counts = x'7b7d'",
        "UPDATE bundle_manifest SET counts = '{\"note\": 1e400}'",
        "UPDATE bundle_manifest SET kind = 'kit'",
        f"UPDATE bundle_manifest SET camp_id = '{uuid.uuid4()}'",
        f"UPDATE bundle_manifest SET table_id = '{other}'",
        f"UPDATE bundle_manifest SET table_id = '{uuid.uuid4()}'",
        "UPDATE bundle_manifest SET table_id = NULL",
        "UPDATE bundle_manifest SET created_at = 'snart'",
        "INSERT INTO bundle_manifest SELECT * FROM bundle_manifest",
        "DELETE FROM bundle_manifest",
        "UPDATE note SET text = 'Efter underskriften' WHERE rowid = (SELECT MIN(rowid) FROM note)",
        "UPDATE camp SET id = lower(hex(randomblob(16)))",
    ])
    conn.execute(change)
    return Case(change, sign=False)


def bytes_of(rng: random.Random, path: Path, day: Day) -> Case:
    data = bytearray(path.read_bytes())
    how = rng.choice(["truncate", "flip", "flip", "header", "zeros"])
    if how == "truncate":
        cut = rng.randint(1, len(data) - 1)
        path.write_bytes(bytes(data[:cut]))
        return Case(f"truncated to {cut} bytes", EITHER)
    if how == "zeros":
        at = rng.randrange(0, len(data) - 512)
        data[at:at + 512] = bytes(512)
    else:
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(0, 100 if how == "header" else len(data))
            data[at] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    return Case(f"{how} in the bytes", EITHER)


BUNDLE_MUTATIONS: list[tuple[Mutation, int]] = [
    (wrong_kind, 14), (frame_wrong_kind, 5), (size, 6), (timestamp, 10), (foreign_id, 12),
    (moved_row, 8), (good_edit, 12), (card, 6), (schema, 14), (manifest, 10)]
KIT_MUTATIONS: list[tuple[Mutation, int]] = [
    (frame_wrong_kind, 4), (schema, 6), (card, 2)]


def kit_text_kind(rng, conn, day, code) -> Case:
    table = rng.choice(["category", "step_summary", "note", "contribution"])
    column = "name" if table == "category" else "text"
    conn.execute(f"UPDATE {table} SET {column} = x'00ff' WHERE rowid = "
                 f"(SELECT MIN(rowid) FROM {table})")
    return Case(f"kit {table}.{column} is a blob")


KIT_MUTATIONS.append((kit_text_kind, 3))


# -- the test ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Day:
    folder = tmp_path_factory.mktemp("fuzz")
    camp = organiser_camp(folder / "arrangør.camp")
    with CampStore.open(camp) as store:  # the organiser's own rows travel in the kit
        step = store.frame.step_by_key("indicators")
        category = store.consolidation.add_category(step_id=step.id, name="Fællesskab")
        note = store.board.notes(step.id, store.frame.table_by_code("H1-B1").id)[0]
        store.consolidation.assign_note(note_id=note.id, category_id=category.id)
        store.consolidation.set_step_summary(step_id=step.id, text="Opsummeret")
    kit = kit_of(camp, folder / "camp.campkit")
    bundles = {code: laptop_bundle(kit, folder, code) for code in ("H1-B1", "H1-B2")}
    conn = sqlite3.connect(camp)
    try:
        ids = {t: [(r[0], r[1] if len(r) > 1 else None) for r in conn.execute(
            f"SELECT id{', table_id' if t in ITEMS else ''} FROM {t}")]
            for t in ("note", "front_page", "contribution", "step", "actor", "camp_table",
                      "persona", "main_group")}
        tables = dict(conn.execute("SELECT code, id FROM camp_table"))
    finally:
        conn.close()
    return Day(camp=camp, kit=kit, bundles=bundles, ids=ids, tables=tables)


def test_spoilt_bundles_and_kits_are_refused_whole_or_merged_as_sent(
        day: Day, tmp_path: Path, qtbot) -> None:
    rng = random.Random(SEED)
    camp = tmp_path / "arrangør.camp"
    camp.write_bytes(day.camp.read_bytes())
    started, outcomes = time.monotonic(), {REFUSE: 0, ACCEPT: 0, KNOWN: 0}
    with CampStore.open(camp) as store:
        schema_before = _schema(store.conn)
        for number in range(CASES):
            kit = rng.random() < 0.15
            code = rng.choice(sorted(day.bundles))
            source = day.kit if kit else day.bundles[code]
            spoilt = tmp_path / f"case-{number}{source.suffix}"
            spoilt.write_bytes(source.read_bytes())
            if rng.random() < 0.08:
                case = bytes_of(rng, spoilt, day)
            else:
                case = _mutate(rng, spoilt, day, code, KIT_MUTATIONS if kit else BUNDLE_MUTATIONS)
            where = f"seed {SEED}, case {number} ({spoilt.suffix}, {code}): {case.what}"
            if kit:
                outcome = _open_kit(spoilt, tmp_path / f"laptop-{number}.camp", where)
            else:
                outcome = _collect(store, spoilt, code, day, case, where)
            assert case.expect in (EITHER, outcome) or outcome == KNOWN, f"{where}: {outcome}"
            outcomes[outcome] += 1
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", where
            assert _schema(store.conn) == schema_before, where
            assert not _wrong_kinds(store.conn), (where, _wrong_kinds(store.conn))
            spoilt.unlink(missing_ok=True)
    assert outcomes[REFUSE] > CASES // 2 and outcomes[ACCEPT] > CASES // 10, outcomes
    assert time.monotonic() - started < 60
    _opens_and_exports(camp, tmp_path, qtbot)


def _mutate(rng: random.Random, path: Path, day: Day, code: str,
            mutations: list[tuple[Mutation, int]]) -> Case:
    mutation = rng.choices([m for m, _ in mutations], [w for _, w in mutations])[0]
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        case = mutation(rng, conn, day, code)
    finally:
        conn.close()
    if case.sign:
        resign(path)
    return case


def _collect(store: CampStore, bundle: Path, code: str, day: Day, case: Case,
             where: str) -> str:
    before = rows_digest(store.conn)
    others = _others(store.conn, day.tables[code])
    summary = collect(store, [bundle])  # a traceback here fails the test
    if summary.refused:
        [(path, err)] = summary.refused
        assert isinstance(err, UserError) and path == bundle, where
        assert rows_digest(store.conn) == before, f"{where}: refused, yet the camp changed"
        return REFUSE
    if summary.merged == 0:
        assert rows_digest(store.conn) == before, f"{where}: known, yet the camp changed"
        return KNOWN
    assert _others(store.conn, day.tables[code]) == others, f"{where}: other tables changed"
    sent = sqlite3.connect(bundle)
    sent.row_factory = sqlite3.Row
    try:
        for table, row_id in case.as_sent:
            row = dict(sent.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id]).fetchone())
            here = store.row(f"SELECT * FROM {table} WHERE id = ?", [row_id])
            # A tombstone is compared by what it says: gone (its text may be blanked).
            keys = ("deleted", "table_id", "step_id") if row.get("deleted") else \
                [k for k in row if k != "position"]
            assert here is not None and all(here[k] == row[k] for k in keys), \
                (where, table, {k: (row[k], here and here[k]) for k in keys})
    finally:
        sent.close()
    return ACCEPT


def _open_kit(kit: Path, laptop: Path, where: str) -> str:
    try:
        open_kit(kit, laptop)
    except UserError:
        assert not laptop.exists(), where
        return REFUSE
    with CampStore.open(laptop) as copy:
        assert copy.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", where
        assert not _wrong_kinds(copy.conn), where
        assert not copy.conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')").fetchall(), where
        assert len(copy.frame.tables()) == 3 and copy.board.notes(copy.frame.steps()[0].id,
                                                                  None) is not None
    laptop.unlink()
    return ACCEPT


def _others(conn: sqlite3.Connection, own: str) -> str:
    """Every row a bundle of table ``own`` must leave as it is: other tables' rows, the
    organiser's own tables, and the frame (which it may only add to)."""
    import hashlib

    digest = hashlib.sha256()
    for table in ITEMS:
        for row in conn.execute(f"SELECT * FROM {table} WHERE table_id IS NOT ? ORDER BY id",
                                [own]):
            digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
    for table in ("category", "note_category", "step_summary", "step", "actor", "persona",
                  "main_group", "camp"):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid LIMIT 500"):
            digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _schema(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute("SELECT type, name, sql FROM sqlite_master "
                        "WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name").fetchall()


def _wrong_kinds(conn: sqlite3.Connection) -> list[str]:
    """Columns of the camp holding a value of a kind the schema does not declare."""
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                 "AND name NOT LIKE 'sqlite_%'").fetchall():
        for col in conn.execute(f'PRAGMA table_info("{table}")').fetchall():
            kind = {"TEXT": "text", "INTEGER": "integer", "BLOB": "blob"}.get(col[2].upper())
            if kind and conn.execute(
                    f'SELECT COUNT(*) FROM "{table}" WHERE typeof("{col[1]}") '
                    f"NOT IN ('{kind}', 'null')").fetchone()[0]:
                found.append(f"{table}.{col[1]}")
    return found


def _opens_and_exports(camp: Path, folder: Path, qtbot) -> None:
    """The camp that went through every case: the window shows each tab and table, and
    the camp PDF, a table's sheet and the spreadsheet are written."""
    from PySide6.QtCore import QSettings

    from facilitator.export.camp_exports import camp_pdf
    from facilitator.export.camp_exports import write_spreadsheet
    from facilitator.ui.shell.main_window import MainWindow

    QSettings().clear()
    window = MainWindow()
    warnings: list[str] = []
    window._warn = warnings.append  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.open_camp(camp), warnings
        view = window.camp_view
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            qtbot.wait(10)
        for table in window.session.store.frame.tables():
            assert view.show_table(table.code)
            qtbot.wait(10)
        assert warnings == []
    finally:
        window.close_camp()
    assert camp_pdf(camp, folder / "camp.pdf").stat().st_size > 0
    assert camp_pdf(camp, folder / "H1-B1.pdf", table_code="H1-B1").stat().st_size > 0
    with CampStore.open(camp, snapshot=True) as store:
        assert write_spreadsheet(store, folder / "camp.xlsx") > 100


# -- dialogues gathered from files of their own ---------------------------------------------
#: A dialogue's rows (each carries its table_id) and a text or number column of each.
DIALOGUE_ROWS = {"reading": "label", "agreement": "what", "card_reflection": "text",
                 "note": "text", "dialogue": "host", "template_answer": "text"}
GATHER_CASES = 160


@dataclass
class Gathering:
    """Three hosts' dialogue files (»Ny dialog«), their bundles, and the coordinator's ids."""

    coordinator: Path
    bundles: list[Path]
    hosts: list[str]  # each bundle's table id (its own file's D1)


def _dialogue_row(rng: random.Random, conn: sqlite3.Connection) -> tuple[str, str]:
    tables = [t for t in DIALOGUE_ROWS
              if conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone()]
    table = rng.choice(tables)
    return table, rng.choice([r[0] for r in conn.execute(f"SELECT id FROM {table}")])


def dialogue_case(rng: random.Random, conn: sqlite3.Connection, present: list[str]) -> Case:
    """``present``: the coordinator's ids now (its steps and cards, dialogues gathered)."""
    table, row = _dialogue_row(rng, conn)
    column = DIALOGUE_ROWS[table]
    how = rng.choice(["blob", "number", "reading", "foreign", "foreign", "edit", "edit",
                      "delete", "time", "long"])
    if how == "blob":
        conn.execute(f"UPDATE {table} SET {column} = x'00ff' WHERE id = ?", [row])
    elif how == "number":
        table, row = "reading", conn.execute("SELECT id FROM reading").fetchone()[0]
        conn.execute("UPDATE reading SET position = ? WHERE id = ?",
                     [rng.choice(["først", 1.5, b"\x01"]), row])
    elif how == "reading":  # out of the thermometer's scale: its CHECK refuses it
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE reading SET value = ? WHERE rowid = (SELECT MIN(rowid) FROM "
                     "reading)", [rng.choice([0, 11, -3])])
        return Case("reading.value off the scale", EITHER)  # quick_check may not look
    elif how == "foreign":  # the id of the coordinator's step, card, or another dialogue's row
        taken = rng.choice(present)
        if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", [taken]).fetchone():
            return Case("(the id is in the bundle already)", EITHER)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"UPDATE {table} SET id = ?, updated_at = ? WHERE id = ?",
                     [taken, LATER, row])
        return Case(f"{table} {row} takes the coordinator's id {taken}")
    elif how == "time":
        conn.execute(f"UPDATE {table} SET updated_at = ? WHERE id = ?",
                     [rng.choice(["i morgen", "", 17]), row])
    elif how == "long":
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?",
                     ["å" * (TEXT_LIMIT + 1), row])
    else:
        stamp, revision = winning()
        values = {column: f"Rettet {stamp}"} if how == "edit" else {"deleted": 1}
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE {table} SET {sets}, updated_at = ?, revision = ? WHERE id = ?",
                     [*values.values(), stamp, revision, row])
        return Case(f"{how} {table} {row}", ACCEPT, as_sent=[(table, row)])
    return Case(f"{how}: {table}.{column} of {row}")


@pytest.fixture(scope="module")
def gathering(tmp_path_factory: pytest.TempPathFactory) -> Gathering:
    from gathering_fixtures import GROUPS
    from gathering_fixtures import own_dialogue

    from facilitator.store.bundles import export_bundle
    from facilitator.ui.dialogue_box.new_dialogue import create_dialogue

    folder = tmp_path_factory.mktemp("gathering")
    bundles, hosts = [], []
    for i, group in enumerate(GROUPS):
        with own_dialogue(folder / f"host{i}.camp", group) as host:
            hosts.append(host.frame.tables()[0].id)
            bundles.append(folder / f"host{i}.campbundle")
            export_bundle(host, "D1", bundles[-1])
    coordinator = folder / "koordinator.camp"
    create_dialogue(coordinator).close()
    return Gathering(coordinator=coordinator, bundles=bundles, hosts=hosts)


def test_spoilt_dialogue_bundles_are_refused_whole_or_gathered_as_sent(
        gathering: Gathering, tmp_path: Path) -> None:
    """Bundles of three dialogue files of their own, gathered by a coordinator (steps and
    cards matched by key, each dialogue a table of its own), spoilt the same ways; the
    coordinator's overview and its PDF are made at the end."""
    from facilitator.export.gathering_data import gathering_data
    from facilitator.export.gathering_report import build_gathering_report

    rng = random.Random(SEED + 1)
    camp = tmp_path / "koordinator.camp"
    camp.write_bytes(gathering.coordinator.read_bytes())
    outcomes = {REFUSE: 0, ACCEPT: 0, KNOWN: 0}
    with CampStore.open(camp) as store:
        schema_before = _schema(store.conn)
        for number in range(GATHER_CASES):
            host = rng.randrange(len(gathering.bundles))
            spoilt = tmp_path / f"dialog-{number}.campbundle"
            spoilt.write_bytes(gathering.bundles[host].read_bytes())
            present = [r[0] for t in ("step", "card", "camp_table", *DIALOGUE_ROWS)
                       for r in store.conn.execute(f"SELECT id FROM {t} ORDER BY rowid")]
            conn = sqlite3.connect(spoilt, isolation_level=None)
            try:
                case = dialogue_case(rng, conn, present)
            finally:
                conn.close()
            resign(spoilt)
            where = f"seed {SEED + 1}, dialogue case {number} (host {host}): {case.what}"
            before = rows_digest(store.conn)
            summary = collect(store, [spoilt])
            if summary.refused:
                outcome = REFUSE
                assert rows_digest(store.conn) == before, where
            else:
                outcome = ACCEPT if summary.merged else KNOWN
                _gathered_as_sent(store, spoilt, case, where)
            assert case.expect in (EITHER, outcome), f"{where}: {outcome} {summary.refused}"
            outcomes[outcome] += 1
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", where
            assert _schema(store.conn) == schema_before, where
            assert not _wrong_kinds(store.conn), where
            spoilt.unlink()
        assert outcomes[REFUSE] > GATHER_CASES // 3 and outcomes[ACCEPT] > 10, outcomes
        data = gathering_data(store)
        assert len(data.dialogues) == len(gathering.bundles)
        assert build_gathering_report(store, tmp_path / "overblik.pdf").stat().st_size > 0


def _gathered_as_sent(store: CampStore, bundle: Path, case: Case, where: str) -> None:
    """A gathered row keeps its id; its steps and cards are the coordinator's, so what
    it says (its text, its tombstone) is compared."""
    sent = sqlite3.connect(bundle)
    sent.row_factory = sqlite3.Row
    try:
        for table, row_id in case.as_sent:
            row = sent.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id]).fetchone()
            here = store.row(f"SELECT * FROM {table} WHERE id = ?", [row_id])
            keys = ["deleted"] if row["deleted"] else ["deleted", DIALOGUE_ROWS[table]]
            assert here is not None and all(here[k] == row[k] for k in keys), where
    finally:
        sent.close()
