"""Camp kits out to the tables, table bundles back in: collecting a camp without a network.

The organiser exports a *kit* (the prepared camp); each table laptop opens its own copy
and is the single writer of its table's rows. After the day each laptop exports a
*bundle* with its table's rows, tombstones included, and the organiser *collects* the
bundles: rows are matched by id, the newest ``updated_at`` wins, deletions are honoured,
and collecting the same bundles again changes nothing. The camp's frame (steps, actors,
groups, tables) belongs to the organiser: from a bundle only frame rows the camp lacks
are added (an actor a table created), except the bundle's own table row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facilitator.domain import messages as msg
from facilitator.domain.messages import QT_TRANSLATE_NOOP, UserError
from facilitator.store.base import new_id, now
from facilitator.store.bundle_files import (
    BUNDLE_SUFFIX,
    KIT_SUFFIX,
    NOT_A_KIT,
    BundleContent,
    Manifest,
    clear_other_tables,
    has_table,
    open_untrusted,
    read_bundle,
    read_manifest,
    stamp_manifest,
    write_copy,
)
from facilitator.store.camp import CampStore

__all__ = [
    "BUNDLE_SUFFIX", "KIT_SUFFIX", "CollectSummary", "TableCollect", "TableDelivery",
    "collect", "deliveries", "export_bundle", "export_kit", "is_conflict_copy", "open_kit",
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
FRAME_TABLES = ("main_group", "camp_table", "step", "persona", "actor")
#: Rows a table writes, merged newest-wins; notes before the contributions citing them.
ITEM_TABLES = ("note", "front_page", "contribution")
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


@dataclass(frozen=True)
class TableDelivery:
    """A table of the camp and its latest collected bundle (``delivered`` False if none)."""

    table_id: str
    table_code: str
    delivered: bool = False
    bundles: int = 0
    bundle: str = ""
    bundle_created_at: str = ""
    received_at: str = ""
    new_rows: int = 0
    changed_rows: int = 0
    deleted_rows: int = 0


# -- out --------------------------------------------------------------------------------
def export_kit(store: CampStore, out_path: Path) -> Manifest:
    """The camp as prepared, for the table laptops to open (see :func:`open_kit`)."""
    result: list[Manifest] = []
    write_copy(store.conn, Path(out_path), lambda c: result.append(stamp_manifest(c, kind="kit")))
    return result[0]


def open_kit(kit_path: Path, camp_path: Path) -> Path:
    """A table laptop's own camp file at ``camp_path``, copied from a kit (or a camp file)."""
    kit_path, camp_path = Path(kit_path), Path(camp_path)
    if camp_path.exists():
        raise UserError(msg.ALREADY_EXISTS, path=str(camp_path))
    with open_untrusted(kit_path) as conn:
        manifest = read_manifest(conn, kit_path)
        if manifest is not None and manifest.kind != "kit":
            raise UserError(NOT_A_KIT, path=str(kit_path))

        def clear(c: sqlite3.Connection) -> None:
            if has_table(c, "bundle_manifest"):
                c.execute("DELETE FROM bundle_manifest")

        write_copy(conn, camp_path, clear)
    return camp_path


def export_bundle(store: CampStore, table_code: str, out_path: Path) -> Manifest:
    """One table's rows (tombstones too) and the camp's frame, as a checked bundle."""
    table = store.table_by_code(table_code)
    if table is None:
        raise UserError(msg.UNKNOWN_TABLE, code=table_code)
    result: list[Manifest] = []

    def keep_table(c: sqlite3.Connection) -> None:
        clear_other_tables(c)
        c.execute("DELETE FROM contribution WHERE table_id IS NOT ?", [table.id])
        c.execute("DELETE FROM front_page WHERE table_id IS NOT ?", [table.id])
        # Keep the notes a kept contribution answers, wherever they stand.
        c.execute("DELETE FROM note WHERE table_id IS NOT ? AND id NOT IN "
                  "(SELECT prerequisite_id FROM contribution WHERE prerequisite_id IS NOT NULL)",
                  [table.id])
        result.append(stamp_manifest(c, kind="bundle", table_id=table.id, table_code=table.code))

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
    camp = store.camp()
    for path in _bundle_files(bundle_paths, summary):
        try:
            content = read_bundle(path)
            if content.manifest.camp_id != camp.id:
                raise UserError(OTHER_CAMP_BUNDLE, path=str(path),
                                other=content.camp.get("title") or content.manifest.camp_id,
                                camp=camp.title or camp.id)
            try:
                with store.write() as conn:
                    counts = _merge(conn, content)
            except sqlite3.DatabaseError as exc:
                raise UserError(MERGE_FAILED, path=str(path), detail=str(exc)) from exc
        except UserError as err:
            summary.refused.append((path, err))
            continue
        m = content.manifest
        entry = summary.tables.setdefault(
            m.table_code, TableCollect(table_id=m.table_id or "", table_code=m.table_code))
        entry.bundles.append(path.name)
        entry.new += counts["new"]
        entry.changed += counts["changed"]
        entry.deleted += counts["deleted"]
        entry.last_bundle_at = max(entry.last_bundle_at, m.created_at)
    return summary


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


def _merge(conn: sqlite3.Connection, content: BundleContent) -> dict[str, int]:
    """Lay one bundle's rows into the camp; counts of new, changed and deleted items."""
    m = content.manifest
    counts = {"new": 0, "changed": 0, "deleted": 0}
    for table in FRAME_TABLES:
        for row in content.rows[table]:
            if table == "camp_table" and row["id"] == m.table_id:
                _newest_wins(conn, table, row)
            else:
                _add_missing(conn, table, row)
    for table in ITEM_TABLES:
        for row in content.rows[table]:
            if row["table_id"] == m.table_id:
                outcome = _newest_wins(conn, table, row)
                if outcome:
                    counts[outcome] += 1
            else:
                _add_missing(conn, table, row)  # a prerequisite another table wrote
    conn.execute(
        "INSERT OR IGNORE INTO delivery (id, table_id, bundle, sha256, bundle_created_at, "
        "received_at, new_rows, changed_rows, deleted_rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [new_id(), m.table_id, content.path.name, m.sha256, m.created_at, now(),
         counts["new"], counts["changed"], counts["deleted"]],
    )
    return counts


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The camp's columns: a bundle of an older schema fills only those it has."""
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    cols = [c for c in _columns(conn, table) if c in row]
    conn.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [row[c] for c in cols],
    )


def _add_missing(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row["id"]]).fetchone() is None:
        _insert(conn, table, row)


def _newest_wins(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> str | None:
    """Insert or update ``row`` if it is newer; 'new', 'changed', 'deleted' or None."""
    current = conn.execute(
        f"SELECT updated_at, deleted FROM {table} WHERE id = ?", [row["id"]]).fetchone()
    if current is None:
        _insert(conn, table, row)
        return None if row["deleted"] else "new"
    if row["updated_at"] <= current["updated_at"]:
        return None  # ours is as new or newer: collecting again changes nothing
    cols = [c for c in _columns(conn, table) if c in row and c != "id"]
    conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                 [*(row[c] for c in cols), row["id"]])
    if row["deleted"]:
        return None if current["deleted"] else "deleted"
    return "new" if current["deleted"] else "changed"


def deliveries(store: CampStore) -> list[TableDelivery]:
    """Every table of the camp with its latest collected bundle, in the camp's table order."""
    result = []
    for table in store.tables():
        rows = store._rows(
            "SELECT * FROM delivery WHERE table_id = ? "
            "ORDER BY bundle_created_at DESC, received_at DESC", [table.id])
        if not rows:
            result.append(TableDelivery(table_id=table.id, table_code=table.code))
            continue
        last = rows[0]
        result.append(TableDelivery(
            table_id=table.id, table_code=table.code, delivered=True, bundles=len(rows),
            bundle=last["bundle"], bundle_created_at=last["bundle_created_at"],
            received_at=last["received_at"], new_rows=last["new_rows"],
            changed_rows=last["changed_rows"], deleted_rows=last["deleted_rows"]))
    return result
