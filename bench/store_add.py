"""Add a note (store): ``store.add_note``, the call behind Enter, on a 10,000-note camp.

Floor: a raw ``sqlite3`` INSERT + commit with the camp's pragmas (WAL, synchronous=FULL)
into a table of the same shape (the camp's own ``CREATE TABLE note`` and its index),
holding the same 10,000 rows, in a file beside the camp. Calls alternate store, raw,
store, raw …; each call is one sample. Both commit durably, so on this disk the
floor is mostly the fsync of the WAL.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench.common import Result
from bench.common import alternate
from bench.common import ratio
from bench.common import round_figures
from bench.common import scaled
from bench.common import summary

TABLES, NOTES = 100, 100
TARGET_P95_MS = 5.0
TARGET_RATIO = 2.0


def floor_db(camp: Path, path: Path) -> sqlite3.Connection:
    """A file with the camp's note table (same schema, same rows) and the camp's pragmas."""
    source = sqlite3.connect(camp)
    schema = [r[0] for r in source.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'note' AND sql IS NOT NULL "
        "ORDER BY type DESC")]  # the table first, then its indexes
    source.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    for sql in schema:
        conn.execute(sql)
    conn.execute("ATTACH DATABASE ? AS camp", [str(camp)])
    conn.execute("INSERT INTO note SELECT * FROM camp.note")
    conn.commit()
    conn.execute("DETACH DATABASE camp")
    return conn


def fsync_times(folder: Path, runs: int) -> list[float]:
    """Seconds of a bare 4 KiB write + fsync on this disk: what no commit can beat."""
    import os

    path = folder / "fsync.bin"
    times = []
    with open(path, "wb") as fh:
        for _ in range(runs):
            start = time.perf_counter()
            fh.write(b"x" * 4096)
            fh.flush()
            os.fsync(fh.fileno())
            times.append(time.perf_counter() - start)
    return times


def run(quick: bool = False) -> Result:
    from bench import synthetic
    from facilitator.store import CampStore

    runs = 150 if quick else 600
    maker = synthetic.TextMaker(seed=7)
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-add-") as tmp:
        path = synthetic.camp_copy(Path(tmp), tables=TABLES, notes=NOTES)
        raw = floor_db(path, Path(tmp) / "floor.sqlite")
        store = CampStore.open(path)
        step = store.frame.step_by_key("indicators")
        table = store.frame.tables()[0]
        position = [1000]

        def measured() -> float:
            text = maker.text("indicators")
            start = time.perf_counter()
            store.board.add_note(step_id=step.id, table_id=table.id, text=text)
            return time.perf_counter() - start

        def floor() -> float:
            text = maker.text("indicators")
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime())
            position[0] += 1
            start = time.perf_counter()
            raw.execute(
                "INSERT INTO note (id, step_id, table_id, text, votes, selected, tag, position,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0, '', ?, ?, ?)",
                [str(uuid.uuid4()), step.id, table.id, text, position[0], stamp, stamp])
            raw.commit()
            return time.perf_counter() - start

        try:
            for _ in range(10):  # warm up both
                measured()
                floor()
            store_s, raw_s = alternate(measured, floor, runs)
            count = store.conn.execute("SELECT count(*) FROM note").fetchone()[0]
            fsync_median, fsync_p95 = summary(scaled(fsync_times(Path(tmp), runs), 1000))
        finally:
            store.close()
            raw.close()
    median, p95 = summary(scaled(store_s, 1000))
    floor_median, floor_p95 = summary(scaled(raw_s, 1000))
    r = ratio(median, floor_median)
    return round_figures(Result(
        name="add-store", title="add a note (store.add_note, 10k notes)", unit="ms",
        median=median, p95=p95, runs=runs, floor_median=floor_median, floor_p95=floor_p95,
        ratio=r, target=f"p95 ≤ {TARGET_P95_MS} ms, ratio ≤ {TARGET_RATIO}",
        met=p95 <= TARGET_P95_MS and r is not None and r <= TARGET_RATIO,
        extra={"notes_in_camp_after": count, "fsync_median_ms": round(fsync_median, 3),
               "fsync_p95_ms": round(fsync_p95, 3),
               "p95_ratio": round(p95 / floor_p95, 3) if floor_p95 else None}))


if __name__ == "__main__":
    print(run("--quick" in sys.argv))
