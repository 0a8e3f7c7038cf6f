"""Camp kits out to the tables, table bundles back in: collecting a camp without a network.

The organiser exports a *kit* (the prepared camp); each table laptop opens its own copy
and is the single writer of its table's rows. After the day each laptop exports a
*bundle* with its table's rows, tombstones included, and the organiser *collects* the
bundles: rows are matched by id, and of two copies of a row the one with the higher
``revision`` wins (every edit adds one, and a copy continues from the revision it
received, so an edit made after the other copy's had arrived always wins); only when
both are at the same revision (edited on both sides since they last met) does the later
``updated_at`` win, the one place a wrong clock still counts. Deletions are honoured,
and collecting the same bundles again changes nothing. Tombstones leave a computer
without their text (store/purge.py). The camp's frame (steps, actors, groups, tables)
belongs to the organiser: from a bundle only frame rows the camp lacks are added (an
actor a table created), except the bundle's own table row. docs/collecting.md has the
rule with examples.

Dialogues (the dialogue box, DESIGN.md §3) travel the same way: their details,
thermometer readings, triangle notes, reflections on cards, free sheet and agreements
carry the table's id, and a card a host added comes along with the deck. A coordinator
gathers them either from one coordinator kit (every host opened it and picked a table
D1 … Dn: ids match, nothing special) or from dialogue files each host created on their
own (``Ny dialog``): a bundle of another file is then accepted when both files run the
same dialogue program, its steps are matched by their key and its deck cards by theirs,
and its dialogue becomes a table of its own (renamed D2, D3 … when its code is taken).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from facilitator import written_files
from facilitator.domain import messages as msg
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.store import database
from facilitator.store.base import new_id
from facilitator.store.base import now
from facilitator.store.bundle_checks import FOREIGN_ROW
from facilitator.store.bundle_checks import column_names
from facilitator.store.bundle_checks import reference
from facilitator.store.bundle_checks import refused
from facilitator.store.bundle_files import BUNDLE
from facilitator.store.bundle_files import BUNDLE_DAMAGED
from facilitator.store.bundle_files import BUNDLE_SUFFIX
from facilitator.store.bundle_files import KIT
from facilitator.store.bundle_files import KIT_SUFFIX
from facilitator.store.bundle_files import NOT_A_KIT
from facilitator.store.bundle_files import BundleContent
from facilitator.store.bundle_files import Manifest
from facilitator.store.bundle_files import check_target
from facilitator.store.bundle_files import clear_other_tables
from facilitator.store.bundle_files import has_table
from facilitator.store.bundle_files import open_untrusted
from facilitator.store.bundle_files import read_bundle
from facilitator.store.bundle_files import read_kit
from facilitator.store.bundle_files import stamp_manifest
from facilitator.store.bundle_files import write_copy
from facilitator.store.camp import CampStore
from facilitator.store.deliveries import TableDelivery
from facilitator.store.deliveries import deliveries
from facilitator.store.gathering import GatheredIds
from facilitator.store.gathering import gathered_ids
from facilitator.store.gathering import may_gather
from facilitator.store.purge import blank_row
from facilitator.store.purge import blank_tombstones

__all__ = [
    "BUNDLE_SUFFIX", "KIT_SUFFIX", "CollectSummary", "TableCollect", "TableDelivery",
    "collect", "deliveries", "export_bundle", "export_kit", "is_conflict_copy", "may_gather",
    "open_kit",
]

OTHER_CAMP_BUNDLE = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« hører til en anden camp (»{other}«) end den åbne (»{camp}«). "
    "Intet er indlæst fra den.",
)
MERGE_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« kunne ikke lægges ind i campen ({detail}). Intet er indlæst fra den."
)

#: Rows the organiser owns: a bundle may add missing ones (in this order: references).
#: A dialogue's deck is the coordinator's too; a card a host made is added.
FRAME_TABLES = ("main_group", "camp_table", "step", "persona", "actor", "card")
#: Rows a table writes, merged newest-wins; notes before the contributions citing them.
ITEM_TABLES = ("note", "front_page", "contribution", "dialogue", "reading", "card_reflection",
               "template_answer", "agreement", "participant_count")
#: Rows written against one table that a bundle of another table never carries.
TABLE_ROWS = ("front_page", "contribution", "dialogue", "reading", "card_reflection",
              "template_answer", "agreement", "participant_count")
#: The organiser's follow-up (db/009): never in a bundle (clear_other_tables) or a kit.
FOLLOWUP_TABLES = ("followup", "followup_comment")
#: Item rows that are not what a table wrote down: a bundle with only these delivered
#: no notes (``delivery.items``).
COUNTED_NOT_WRITTEN = ("participant_count",)
#: Names sync tools give the second copy of a file two machines changed at once.
CONFLICT_MARKS = ("conflicted copy", ".sync-conflict-")


@dataclass
class TableCollect:
    """What collecting changed for one table."""

    table_id: str
    table_code: str
    bundles: list[str] = field(default_factory=list)
    new: int = 0
    changed: int = 0
    deleted: int = 0
    last_bundle_at: str = ""


@dataclass
class CollectSummary:
    tables: dict[str, TableCollect] = field(default_factory=dict)
    refused: list[tuple[Path, UserError]] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    merged: int = 0  # bundles written into the camp (not refused, not collected before)


# -- out --------------------------------------------------------------------------------
def export_kit(store: CampStore, out_path: Path) -> Manifest:
    """The camp as prepared, for the table laptops to open (see :func:`open_kit`)."""
    result: list[Manifest] = []

    def prepare(c: sqlite3.Connection) -> None:
        c.execute("DELETE FROM pseudonym")  # real names stay on the organiser's computer
        for table in FOLLOWUP_TABLES:  # and so does the follow-up (who, by when)
            c.execute(f"DELETE FROM {table}")
        blank_tombstones(c)  # and the words of what was deleted
        result.append(stamp_manifest(c, kind="kit"))

    check_target(Path(out_path), KIT, [store.path] if store.path else [])
    write_copy(store.conn, Path(out_path), prepare)
    return result[0]


def open_kit(kit_path: Path, camp_path: Path) -> Path:
    """A table laptop's own camp file at ``camp_path``, copied from a kit (or a camp file)."""
    kit_path, camp_path = Path(kit_path), Path(camp_path)
    if camp_path.exists():
        raise UserError(msg.ALREADY_EXISTS, path=str(camp_path))
    with open_untrusted(kit_path) as conn:
        manifest = read_kit(conn, kit_path)
        if manifest is not None and manifest.kind != "kit":
            raise UserError(NOT_A_KIT, path=str(kit_path))

        def clear(c: sqlite3.Connection) -> None:
            if has_table(c, "bundle_manifest"):
                c.execute("DELETE FROM bundle_manifest")

        try:
            write_copy(conn, camp_path, clear, replace=False)
        except sqlite3.DatabaseError as exc:  # the copy's integrity_check: e.g. an index
            raise UserError(BUNDLE_DAMAGED, path=str(kit_path), detail=str(exc)) from exc
    return camp_path


def export_bundle(store: CampStore, table_code: str, out_path: Path) -> Manifest:
    """One table's rows (tombstones too) and the camp's frame, as a checked bundle."""
    table = store.frame.table_by_code(table_code)
    if table is None:
        raise UserError(msg.UNKNOWN_TABLE, code=table_code)
    result: list[Manifest] = []

    def keep_table(c: sqlite3.Connection) -> None:
        clear_other_tables(c)
        for name in TABLE_ROWS:
            c.execute(f"DELETE FROM {name} WHERE table_id IS NOT ?", [table.id])
        # Keep the notes a kept contribution answers, wherever they stand.
        c.execute("DELETE FROM note WHERE table_id IS NOT ? AND id NOT IN "
                  "(SELECT prerequisite_id FROM contribution WHERE prerequisite_id IS NOT NULL)",
                  [table.id])
        blank_tombstones(c)  # the laptop keeps the words (its undo); the bundle does not
        result.append(stamp_manifest(c, kind="bundle", table_id=table.id, table_code=table.code))

    check_target(Path(out_path), BUNDLE, [store.path] if store.path else [])
    write_copy(store.conn, Path(out_path), keep_table)
    return result[0]


# -- in ---------------------------------------------------------------------------------
def is_conflict_copy(path: Path) -> bool:
    name = path.name.casefold()
    return any(mark in name for mark in CONFLICT_MARKS)


def collect(store: CampStore, bundle_paths: Iterable[Path]) -> CollectSummary:
    """Merge every bundle (files, or folders of ``*.campbundle``) into the camp.

    Each bundle is one transaction: a refused bundle (another camp, damaged, newer,
    not a bundle) is listed in ``refused`` and writes nothing; the others still count.
    """
    summary = CollectSummary()
    camp = store.frame.camp()
    for path in _bundle_files(bundle_paths, summary):
        try:
            content = read_bundle(path, known=lambda m: _collected_before(store, m))
            if content.known:
                _count(summary, path, content.manifest, _table_code(store, content.manifest),
                       {"new": 0, "changed": 0, "deleted": 0})
                continue
            gather = content.manifest.camp_id != camp.id
            if gather and not may_gather(store, content.camp):
                raise UserError(OTHER_CAMP_BUNDLE, path=str(path),
                                other=content.camp.get("title") or content.manifest.camp_id,
                                camp=camp.title or camp.id)
            try:
                with store.write() as conn:
                    ids = gathered_ids(conn, content) if gather else GatheredIds()
                    counts = _merge(conn, content, ids)
            except sqlite3.DatabaseError as exc:
                raise UserError(MERGE_FAILED, path=str(path), detail=str(exc)) from exc
        except UserError as err:
            summary.refused.append((path, err))
            continue
        summary.merged += 1
        _count(summary, path, content.manifest,
               ids.table_code or _table_code(store, content.manifest), counts)
    return summary


def _count(summary: CollectSummary, path: Path, m: Manifest, code: str,
           counts: dict[str, int]) -> None:
    entry = summary.tables.setdefault(
        code, TableCollect(table_id=m.table_id or "", table_code=code))
    entry.bundles.append(path.name)
    entry.new += counts["new"]
    entry.changed += counts["changed"]
    entry.deleted += counts["deleted"]
    entry.last_bundle_at = max(entry.last_bundle_at, m.created_at)


def _collected_before(store: CampStore, m: Manifest) -> bool:
    """This very bundle (same rows, same stamp) was merged into the camp already.

    Merging it again would change nothing: newest wins, and the camp's rows are at least
    as new as the ones it brought (a camp restored from a backup lost the delivery too).
    """
    return store.conn.execute(
        "SELECT 1 FROM delivery WHERE sha256 = ? AND bundle_created_at = ? AND table_id = ?",
        [m.sha256, m.created_at, m.table_id]).fetchone() is not None


def _table_code(store: CampStore, m: Manifest) -> str:
    """The code the bundle's table has here (a gathered dialogue's may differ)."""
    row = store.conn.execute("SELECT code FROM camp_table WHERE id = ?",
                             [m.table_id]).fetchone()
    return row[0] if row is not None else m.table_code


def _bundle_files(paths: Iterable[Path], summary: CollectSummary) -> list[Path]:
    found: list[Path] = []
    for path in map(Path, paths):
        candidates = sorted(path.glob(f"*{BUNDLE_SUFFIX}")) if path.is_dir() else [path]
        for candidate in candidates:
            if is_conflict_copy(candidate):
                summary.skipped.append(candidate)
            elif candidate not in found:
                found.append(candidate)
    return found


def _merge(conn: sqlite3.Connection, content: BundleContent,
           ids: GatheredIds | None = None) -> dict[str, int]:
    """Lay one bundle's rows into the camp; counts of new, changed and deleted items."""
    m = content.manifest
    ids = ids or GatheredIds()
    _refuse_foreign_rows(conn, content, ids)
    counts = {"new": 0, "changed": 0, "deleted": 0}
    for table in FRAME_TABLES:
        for row in content.rows[table]:
            if ids.stands_in(table, row):
                continue  # the coordinator's own step, actor or card stands for it
            row = ids.row(row)
            if table == "camp_table" and row["id"] == m.table_id:
                _own_table(conn, row, ids)
            elif table == "card" and ids.table_code:
                _add_missing(conn, table, {**row, "position": _last(conn, row["step_id"])})
            else:
                _add_missing(conn, table, row)
    for table in ITEM_TABLES:
        for row in map(ids.row, content.rows[table]):
            if ids.table_code and row["table_id"] != m.table_id:
                continue  # a gathered file's other tables stay there
            if row["table_id"] == m.table_id:
                outcome = _newest_wins(conn, table, row)
                if outcome:
                    counts[outcome] += 1
            else:
                _add_missing(conn, table, row)  # a prerequisite another table wrote
    items = sum(1 for table in ITEM_TABLES if table not in COUNTED_NOT_WRITTEN
                for row in content.rows[table]
                if row["table_id"] == m.table_id and not row["deleted"])
    conn.execute(
        "INSERT OR IGNORE INTO delivery (id, table_id, bundle, sha256, bundle_created_at, "
        "received_at, new_rows, changed_rows, deleted_rows, items) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [new_id(), m.table_id, written_files.shown(content.path.name), m.sha256,
         m.created_at, now(), counts["new"], counts["changed"], counts["deleted"], items],
    )
    return counts


#: What places an item row: a bundle may change a row of its table, never move one.
OWNER_COLUMNS = ("table_id", "step_id", "card_id")


def _refuse_foreign_rows(conn: sqlite3.Connection, content: BundleContent,
                         ids: GatheredIds) -> None:
    """Refuse the whole bundle when a row it would write is not its table's to write.

    A row of its own table must be new here, or be the same kind of row here, at the
    same table and step (or card); a frame row (only ever added when missing) must not be
    something else here; a row of another table only travels as a note its own
    contributions answer, which the camp has already (the laptop had it from the kit):
    a bundle never adds a row to another table. No id may stand for two kinds of row.
    The same rows and mapping as :func:`_merge`, so a gathered file is judged as it is
    merged.
    """
    m, rows = content.manifest, content.rows
    answered = {r["prerequisite_id"] for r in rows["contribution"]}
    others: set[str] = set()
    wanted: list[tuple[str, dict[str, Any]]] = [
        (table, ids.row(row)) for table in FRAME_TABLES for row in rows[table]
        if not ids.stands_in(table, row)]
    for table in ITEM_TABLES:
        for row in map(ids.row, rows[table]):
            if row["table_id"] != m.table_id:
                if ids.table_code:
                    continue  # a gathered file's other tables are not merged
                if table != "note" or row["id"] not in answered:
                    raise refused(content.path, FOREIGN_ROW, f"{table} {row['id']}")
                others.add(row["id"])
            wanted.append((table, row))
    kinds: dict[str, str] = {}
    for table, row in wanted:
        if kinds.setdefault(row["id"], table) != table:
            raise refused(content.path, FOREIGN_ROW, f"{table} {row['id']}")
    here = _rows_here(conn, list(kinds))
    for table, row in wanted:
        found = here.get(row["id"])
        if found is None:
            if row["id"] in others:
                raise refused(content.path, FOREIGN_ROW, f"{table} {row['id']}")
            continue
        kind, owner = found
        if kind != table or (table in ITEM_TABLES and owner != _owner(row)):
            raise refused(content.path, FOREIGN_ROW, f"{table} {row['id']}")


def _owner(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row.get(column) for column in OWNER_COLUMNS)


def _rows_here(conn: sqlite3.Connection, row_ids: list[str],
               ) -> dict[str, tuple[str, tuple[Any, ...]]]:
    """Which of ``row_ids`` the camp has, as (table, owner), from every table with ids."""
    found: dict[str, tuple[str, tuple[Any, ...]]] = {}
    wanted = json.dumps(row_ids)
    columns = reference(database.SCHEMA_VERSION).columns
    for table, cols in columns.items():
        names = {c.name for c in cols}
        if "id" not in names:
            continue
        owner = ", ".join(c if c in names else "NULL" for c in OWNER_COLUMNS)
        for r in conn.execute(f'SELECT id, {owner} FROM "{table}" '
                              "WHERE id IN (SELECT value FROM json_each(?))", [wanted]):
            found.setdefault(r[0], (table, tuple(r[1:])))
    return found


def _own_table(conn: sqlite3.Connection, row: dict[str, Any], ids: GatheredIds) -> None:
    """The bundle's own table: newest wins; a gathered dialogue keeps the code it got here
    and goes last in the list when it first arrives."""
    if not ids.table_code:
        _newest_wins(conn, "camp_table", row)
        return
    current = conn.execute("SELECT code, position FROM camp_table WHERE id = ?",
                           [row["id"]]).fetchone()
    if current is None:
        position = conn.execute(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM camp_table").fetchone()[0]
        _insert(conn, "camp_table", {**row, "code": ids.table_code, "position": position})
    else:
        _newest_wins(conn, "camp_table", {**row, "code": current["code"],
                                          "position": current["position"]})


def _last(conn: sqlite3.Connection, step_id: str) -> int:
    """The position after a step's last card: a host's own card joins the end of the deck."""
    return conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM card WHERE step_id = ?",
                        [step_id]).fetchone()[0]


_column_cache = threading.local()  # per thread: .conn and .columns {table: columns}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The camp's columns: a bundle of an older schema fills only those it has.

    Remembered per thread for the last connection asked about: asked once per row
    merged, the PRAGMA was a sixth of collecting 100 bundles.
    """
    if getattr(_column_cache, "conn", None) is not conn:
        _column_cache.conn, _column_cache.columns = conn, {}
    found = _column_cache.columns.get(table)
    if found is None:
        found = _column_cache.columns[table] = column_names(conn, table)
    return found


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    cols = [c for c in _columns(conn, table) if c in row]
    conn.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [row[c] for c in cols],
    )


def _add_missing(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row["id"]]).fetchone() is None:
        _insert(conn, table, blank_row(table, row))


def _newest_wins(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> str | None:
    """Insert or update ``row`` if it is newer; 'new', 'changed', 'deleted' or None.

    Newer is a higher revision, or the same revision and a later ``updated_at``; a row
    of a bundle written before schema 7 has no revision and counts as 0. A tombstone
    is laid in without its text.
    """
    current = conn.execute(
        f"SELECT revision, updated_at, deleted FROM {table} WHERE id = ?",
        [row["id"]]).fetchone()
    row = blank_row(table, row)
    if current is None:
        _insert(conn, table, row)
        return None if row["deleted"] else "new"
    if _version(row) <= (current["revision"], current["updated_at"]):
        return None  # ours is as new or newer: collecting again changes nothing
    cols = [c for c in _columns(conn, table) if c in row and c != "id"]
    conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                 [*(row[c] for c in cols), row["id"]])
    if row["deleted"]:
        return None if current["deleted"] else "deleted"
    return "new" if current["deleted"] else "changed"


def _version(row: dict[str, Any]) -> tuple[int, str]:
    """(revision, updated_at) of a bundle's row, compared with the camp's copy; a value
    of another type refuses the bundle (collect: MERGE_FAILED) instead of a TypeError."""
    revision, stamp = row.get("revision", 0), row["updated_at"]
    if type(revision) is not int or type(stamp) is not str:
        raise sqlite3.DatabaseError(f"revision/updated_at: {type(revision).__name__}, "
                                    f"{type(stamp).__name__}")
    return revision, stamp
