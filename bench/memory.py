"""Memory: peak RSS with the 10,000-note camp open in the GUI, against a bare window.

Each side is an offscreen child process (``bench/gui_child.py``) that reports its own
peak RSS once idle: ``resource.getrusage(RUSAGE_SELF).ru_maxrss``, except that on Linux
it is read as ``VmHWM`` from /proc/self/status, because ru_maxrss keeps the forking
parent's high-water mark across exec (see ``bench/gui_child.py``). Measured: the app
opened on the 100 tables × 100 notes camp (``facilitator.app.main([CAMP])``) after
walking the table session through every step (each step page built and filled once);
the floor, a bare PySide6 process showing an empty QMainWindow. Runs alternate.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.common import Result
from bench.common import alternate
from bench.common import gui_env
from bench.common import round_figures
from bench.common import summary
from bench.startup import start_once

TABLES, NOTES = 100, 100
TARGET_EXTRA_MB = 150.0


def _peak_mb(figures: dict) -> float:
    return (figures.get("hwm_kb") or figures["maxrss_kb"]) / 1024


def run(quick: bool = False) -> Result:
    from bench import synthetic

    runs = 3 if quick else 5
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-memory-") as tmp:
        path = synthetic.camp_copy(Path(tmp), tables=TABLES, notes=NOTES)
        env = gui_env(Path(tmp) / "home")

        def app() -> float:
            return _peak_mb(start_once(["app", "--visit-steps", str(path)], env))

        def bare() -> float:
            return _peak_mb(start_once(["bare"], env))

        app_mb, bare_mb = alternate(app, bare, runs)
    median, p95 = summary(app_mb)
    floor_median, floor_p95 = summary(bare_mb)
    return round_figures(Result(
        name="memory", title="memory: peak RSS, 10k-note camp open", unit="MB", median=median,
        p95=p95, runs=runs, floor_median=floor_median, floor_p95=floor_p95,
        ratio=median / floor_median, target=f"≤ bare + {TARGET_EXTRA_MB:g} MB",
        met=median <= floor_median + TARGET_EXTRA_MB,
        extra={"over_bare_mb": round(median - floor_median, 1)}), digits=1)


if __name__ == "__main__":
    print(run("--quick" in sys.argv))
