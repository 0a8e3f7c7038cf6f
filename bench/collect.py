"""Collect: 100 table bundles of 100 notes each into the organiser's camp; then again.

Setup (not measured): a camp frame (100 tables, no notes) is the organiser's camp as
sent out in the kit. For each table a copy of the frame gets that table's 100 notes
(plus its contributions and front pages) and exports its bundle with
``store.bundles.export_bundle``, exactly as a table laptop does. Each run copies the
frame afresh and times ``collect(store, [bundle folder])`` (every row new), then the
same call again (every row unchanged, nothing to write).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.common import Result
from bench.common import round_figures
from bench.common import summary

TABLES, NOTES = 100, 100
TARGET_S = 3.0


def make_bundles(folder: Path, frame: Path, out: Path) -> int:
    """One bundle per table of ``frame`` in ``out``; returns the rows they carry."""
    from bench import synthetic
    from facilitator.store import CampStore
    from facilitator.store.bundles import BUNDLE_SUFFIX
    from facilitator.store.bundles import export_bundle

    out.mkdir()
    with CampStore.open(frame) as store:
        tables = [(t.id, t.code) for t in store.frame.tables()]

    def laptop(n: int) -> int:
        table_id, code = tables[n]
        path = folder / f"laptop-{code}.camp"
        shutil.copyfile(frame, path)
        with CampStore.open(path) as store:
            rows = synthetic.fill_tables(store, notes=NOTES, seed=100 + n, table_ids=[table_id])
            export_bundle(store, code, out / f"{code}{BUNDLE_SUFFIX}")
        path.unlink()
        return rows

    # Mostly waiting for fsync, so threads (each with its own connection) help.
    with ThreadPoolExecutor(4) as pool:
        return sum(pool.map(laptop, range(len(tables))))


def run(quick: bool = False) -> Result:
    from bench import synthetic
    from facilitator.store import CampStore
    from facilitator.store.bundles import collect

    runs = 3 if quick else 5
    first, again, problems = [], [], []
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-collect-") as tmp:
        folder = Path(tmp)
        frame = synthetic.camp_copy(folder, tables=TABLES, notes=0, name="frame.camp")
        started = time.perf_counter()
        notes = make_bundles(folder, frame, folder / "bundles")
        setup_s = time.perf_counter() - started
        for n in range(runs):
            camp = folder / f"organiser{n}.camp"
            shutil.copyfile(frame, camp)
            with CampStore.open(camp) as store:
                start = time.perf_counter()
                summary1 = collect(store, [folder / "bundles"])
                first.append(time.perf_counter() - start)
                start = time.perf_counter()
                summary2 = collect(store, [folder / "bundles"])
                again.append(time.perf_counter() - start)
                have = store.conn.execute("SELECT count(*) FROM note").fetchone()[0]
            camp.unlink()
            changed = sum(t.new + t.changed + t.deleted for t in summary2.tables.values())
            if summary1.refused or len(summary1.tables) != TABLES or have != notes or changed:
                problems.append(f"run {n}: refused {len(summary1.refused)}, tables "
                                f"{len(summary1.tables)}, notes {have}/{notes}, "
                                f"changed again {changed}")
    median, p95 = summary(first)
    again_median, again_p95 = summary(again)
    return round_figures(Result(
        name="collect", title=f"collect {TABLES} bundles × {NOTES} notes (again: unchanged)",
        unit="s", median=median, p95=p95, runs=runs, target=f"≤ {TARGET_S:g} s each",
        met=not problems and median <= TARGET_S and again_median <= TARGET_S,
        note="; ".join(problems),
        extra={"again_median": round(again_median, 3), "again_p95": round(again_p95, 3),
               "bundles_setup_s": round(setup_s, 1)}))


if __name__ == "__main__":
    print(run("--quick" in sys.argv))
