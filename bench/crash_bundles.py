"""Kill a process that is writing bundles, or collecting them, and check what survived.

Writing: the child exports its table's bundle over and over (a note added between two
exports, so each bundle differs) and prints each bundle's checksum once the export
returned. After the SIGKILL the bundle on disk must be absent (killed before the first
was in place) or a complete bundle that reads back and checks; the camp file must pass
``integrity_check`` and a bundle once reported must not be gone.

Collecting: the child collects a folder's bundles one at a time into a fresh copy of
the organiser's camp and prints each one's name once merged. After the SIGKILL the camp
must pass ``integrity_check`` and hold every bundle whole or not at all: all its notes
and its delivery row, or none of them. Every reported bundle must be whole.

Used by ``tests/store/test_crash_safety.py``.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bench.crash_harness import kill_child

TABLES = ("H1-B1", "H1-B2", "H1-B3", "H1-B4", "H1-B5", "H1-B6")
NOTES_PER_BUNDLE = 100


@dataclass
class BundleKill:
    reported: int  # bundles the child reported as written or merged
    broken: list[str]  # what was wrong; empty when the files are as promised


# -- writing -------------------------------------------------------------------------------
def write_child(camp: Path, out: Path, seed: int) -> None:
    from facilitator.store import CampStore
    from facilitator.store.bundles import export_bundle

    store = CampStore.open(camp)
    step = store.frame.step_by_key("indicators")
    table = store.frame.table_by_code(TABLES[0])
    print("READY", flush=True)
    i = 0
    while True:
        i += 1
        store.board.add_note(step_id=step.id, table_id=table.id, text=f"note {seed}-{i}")
        manifest = export_bundle(store, table.code, out)
        print(f"B {manifest.sha256}", flush=True)


def kill_writing(camp: Path, out: Path, seed: int) -> BundleKill:
    from facilitator.store import CampStore
    from facilitator.store.bundle_files import read_bundle

    lines = kill_child("bench.crash_bundles", "write_child", [camp, out, seed], seed,
                       max_delay=0.4)
    reported = [line.split()[1] for line in lines if line.startswith("B ") and len(line) > 60]
    broken: list[str] = []
    if out.exists():
        try:
            read_bundle(out)  # complete, and its checksum holds
        except Exception as exc:
            broken.append(f"bundle unreadable: {exc}")
    elif reported:
        broken.append("a reported bundle is gone")
    with CampStore.open(camp) as store:
        check = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
    if check != "ok":
        broken.append(f"camp: {check}")
    return BundleKill(len(reported), broken)


# -- collecting ----------------------------------------------------------------------------
def make_bundles(folder: Path) -> tuple[Path, Path]:
    """An organiser's camp (no notes yet) and a folder of one bundle per table."""
    from facilitator.program import load_program
    from facilitator.store import CampStore
    from facilitator.store.bundles import export_bundle
    from facilitator.store.bundles import export_kit
    from facilitator.store.bundles import open_kit

    organiser = folder / "organiser.camp"
    with CampStore.create(organiser, program=load_program("camp_day"), title="Crash") as store:
        group = store.frame.add_main_group(code="H1")
        for code in TABLES:
            store.frame.add_table(code=code, main_group_id=group.id)
        export_kit(store, folder / "camp.campkit")
    bundles = folder / "bundles"
    bundles.mkdir()
    for code in TABLES:
        laptop = open_kit(folder / "camp.campkit", folder / f"laptop-{code}.camp")
        with CampStore.open(laptop) as store:
            step = store.frame.step_by_key("indicators")
            table = store.frame.table_by_code(code)
            for i in range(NOTES_PER_BUNDLE):
                store.board.add_note(step_id=step.id, table_id=table.id, text=f"{code} note {i}")
            export_bundle(store, code, bundles / f"{code}.campbundle")
    return organiser, bundles


def collect_child(camp: Path, bundles: Path, seed: int) -> None:
    from facilitator.store import CampStore
    from facilitator.store.bundles import collect

    store = CampStore.open(camp)
    paths = sorted(bundles.glob("*.campbundle"))
    random.Random(seed).shuffle(paths)
    print("READY", flush=True)
    for path in paths:
        summary = collect(store, [path])
        if summary.refused:
            print(f"REFUSED {path.name}", flush=True)
        else:
            print(f"C {path.name}", flush=True)
    print("DONE", flush=True)


def kill_collecting(organiser: Path, bundles: Path, work: Path, seed: int) -> BundleKill:
    camp = work / f"collect-{seed}.camp"
    shutil.copyfile(organiser, camp)
    # Killed after a number of bundles the seed picks (0 … all), then a moment more, so
    # the kills fall before, between, inside and after the merges on any machine.
    lines = kill_child("bench.crash_bundles", "collect_child", [camp, bundles, seed], seed,
                       max_delay=0.03, after_lines=seed % (len(TABLES) + 1))
    reported = {line.split()[1] for line in lines if line.startswith("C ")}
    broken = [line for line in lines if line.startswith("REFUSED")]
    conn = sqlite3.connect(camp)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            broken.append(f"camp: {check}")
        for path in sorted(bundles.glob("*.campbundle")):
            broken.extend(whole_or_nothing(conn, path, path.name in reported))
    finally:
        conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{camp}{suffix}").unlink(missing_ok=True)
    return BundleKill(len(reported), broken)


def whole_or_nothing(conn: sqlite3.Connection, bundle: Path, reported: bool) -> list[str]:
    """What is wrong with one bundle in a camp after a kill ([] when nothing): a merge is
    all of the bundle's notes with its delivery, or none of either, and a bundle the
    collect reported done must be in. Public: the suite checks that it catches both."""
    source = sqlite3.connect(f"file:{bundle}?mode=ro", uri=True)
    try:
        table_id = source.execute("SELECT table_id FROM bundle_manifest").fetchone()[0]
        ids = {r[0] for r in source.execute("SELECT id FROM note WHERE table_id = ?",
                                            [table_id])}
    finally:
        source.close()
    marks = ",".join("?" for _ in ids)
    merged = conn.execute(f"SELECT COUNT(*) FROM note WHERE id IN ({marks})",
                          list(ids)).fetchone()[0]
    delivered = conn.execute("SELECT COUNT(*) FROM delivery WHERE table_id = ?",
                             [table_id]).fetchone()[0]
    if merged not in (0, len(ids)) or bool(merged) != bool(delivered):
        return [f"{bundle.name}: {merged} of {len(ids)} notes, {delivered} deliveries"]
    if reported and not merged:
        return [f"{bundle.name}: reported as collected but not in the camp"]
    return []
