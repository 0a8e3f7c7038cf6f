"""Start-up: process start → main window shown and idle with the demo camp open.

Floor: a bare PySide6 process that shows an empty QMainWindow. Both run as offscreen
child processes (``bench/gui_child.py``) with their own settings and app data; the time
runs from just before the parent starts the process to the child's first idle moment
(both read ``time.monotonic()``). One unmeasured start of each comes first: it builds the
demo camp in the fresh app data folder and warms the disk cache, as on a laptop that has
started the app before. Runs alternate app, bare, app, bare …
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import REPO
from bench.common import RESULT_MARK
from bench.common import Result
from bench.common import alternate
from bench.common import gui_env
from bench.common import ratio
from bench.common import round_figures
from bench.common import summary

CHILD = str(REPO / "bench" / "gui_child.py")
TARGET_RATIO = 1.5


def start_once(mode: list[str], env: dict[str, str]) -> dict:
    """Start a GUI child; its figures with ``seconds`` from process start to idle."""
    import json

    started = time.monotonic()
    proc = subprocess.run([sys.executable, CHILD, *mode], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_MARK):
            figures = json.loads(line[len(RESULT_MARK):])
            if "error" in figures:
                raise RuntimeError(f"{mode}: {figures['error']}\n{proc.stderr[-3000:]}")
            figures["seconds"] = figures["ready"] - started
            return figures
    raise RuntimeError(f"{mode} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")


def run(quick: bool = False) -> Result:
    runs = 5 if quick else 15
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-startup-") as tmp:
        env = gui_env(Path(tmp))
        start_once(["app", "--demo"], env)  # builds the demo camp; not measured
        start_once(["bare"], env)
        app, bare = alternate(lambda: start_once(["app", "--demo"], env)["seconds"],
                              lambda: start_once(["bare"], env)["seconds"], runs)
    median, p95 = summary(app)
    floor_median, floor_p95 = summary(bare)
    r = ratio(median, floor_median)
    return round_figures(Result(
        name="startup", title="start-up (demo camp open, idle)", unit="s",
        median=median, p95=p95, runs=runs, floor_median=floor_median, floor_p95=floor_p95,
        ratio=r, target=f"ratio ≤ {TARGET_RATIO}", met=r is not None and r <= TARGET_RATIO,
        extra={"app_samples": [round(x, 3) for x in app],
               "bare_samples": [round(x, 3) for x in bare]}))


if __name__ == "__main__":
    print(run("--quick" in sys.argv))
