"""Frozen start-up: the built app (./scripts/package) from process start to its first
window shown and idle, against a bare PySide6 empty QMainWindow built by the same spec
the same way (``FACILITATOR_BUILD=bare``: one folder, same excludes, no UPX).

Both are offscreen children with their own settings, app data and Documents folder,
and report through facilitator/startup_probe.py (``FACILITATOR_READY_PROBE``); the time
runs from just before the parent starts the process (both read ``time.monotonic()``).
The app's first window is its start screen (no camp); its start on the demo camp is
measured too, as an extra figure. One unmeasured start of each warms the disk cache
(and builds the demo camp). Runs alternate app, bare, app, bare …

Builds whichever of dist/Facilitator and dist/BareWindow is missing (PyInstaller in the
running Python); ``--rebuild`` builds both again.
"""

from __future__ import annotations

import json
import os
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
from bench.common import not_available
from bench.common import ratio
from bench.common import round_figures
from bench.common import summary

TARGET_RATIO = 1.5
SPEC = REPO / "packaging" / "facilitator.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
APP = REPO / "dist" / "Facilitator" / f"Facilitator{EXE_SUFFIX}"
BARE = REPO / "dist" / "BareWindow" / f"BareWindow{EXE_SUFFIX}"


def build(which: str) -> None:
    """Build the app ('app') or the bare window ('bare') into dist/."""
    env = dict(os.environ, FACILITATOR_BUILD=which)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(REPO / "dist"),
                    "--workpath", str(REPO / "build" / which), str(SPEC)],
                   cwd=REPO, env=env, check=True)


def start_once(program: Path, args: list[str], env: dict[str, str]) -> float:
    """Seconds from process start to the first window shown and idle."""
    started = time.monotonic()
    proc = subprocess.run([str(program), *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_MARK):
            figures = json.loads(line[len(RESULT_MARK):])
            if not figures.get("windows"):
                raise RuntimeError(f"{program.name}: no window shown")
            return figures["ready"] - started
    raise RuntimeError(f"{program.name} failed (exit {proc.returncode}):\n"
                       f"{proc.stderr[-3000:]}")


def run(quick: bool = False, rebuild: bool = False) -> Result:
    title, target = "frozen start-up (built app, first window)", f"ratio ≤ {TARGET_RATIO}"
    try:
        for program, which in ((APP, "app"), (BARE, "bare")):
            if rebuild or not program.exists():
                build(which)
    except (subprocess.CalledProcessError, OSError) as exc:
        return not_available("frozen-startup", title, "s", target, f"build failed: {exc}")
    runs = 5 if quick else 15
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-frozen-") as tmp:
        env = gui_env(Path(tmp))
        env["FACILITATOR_READY_PROBE"] = "1"
        start_once(APP, ["--demo"], env)  # builds the demo camp; not measured
        start_once(BARE, [], env)
        app, bare = alternate(lambda: start_once(APP, [], env),
                              lambda: start_once(BARE, [], env), runs)
        demo = [start_once(APP, ["--demo"], env) for _ in range(runs)]
    median, p95 = summary(app)
    floor_median, floor_p95 = summary(bare)
    demo_median, demo_p95 = summary(demo)
    r = ratio(median, floor_median)
    return round_figures(Result(
        name="frozen-startup", title=title, unit="s", median=median, p95=p95, runs=runs,
        floor_median=floor_median, floor_p95=floor_p95, ratio=r, target=target,
        met=r is not None and r <= TARGET_RATIO,
        note=f"on the demo camp: median {demo_median:.3f} s, p95 {demo_p95:.3f} s, "
             f"ratio {demo_median / floor_median:.2f}",
        extra={"app_samples": [round(x, 3) for x in app],
               "bare_samples": [round(x, 3) for x in bare],
               "demo_samples": [round(x, 3) for x in demo],
               "app_size_mb": round(_size(APP.parent) / 1e6, 1),
               "bare_size_mb": round(_size(BARE.parent) / 1e6, 1)}))


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


if __name__ == "__main__":  # python -m bench.frozen_startup [--quick] [--rebuild]
    print(run("--quick" in sys.argv, "--rebuild" in sys.argv))
