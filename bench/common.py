"""What every benchmark shares: results, statistics, alternating runs, child processes."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO.parent / "shared" / "fixtures"
#: The line a child process prints its figures on (everything else it prints is ignored).
RESULT_MARK = "BENCH-RESULT "


@dataclass
class Result:
    """One row of the table: a benchmark's figures and whether it met its target."""

    name: str
    title: str
    unit: str  # "s", "ms", "MB", "count"
    median: float | None = None
    p95: float | None = None
    runs: int = 0
    floor_median: float | None = None
    floor_p95: float | None = None
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def not_available(name: str, title: str, unit: str, target: str, why: str) -> Result:
    return Result(name=name, title=title, unit=unit, target=target, note=f"not available: {why}")


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100), linear between closest ranks (numpy's default)."""
    data = sorted(values)
    if not data:
        raise ValueError("no values")
    k = (len(data) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (k - lo)


def summary(values: list[float]) -> tuple[float, float]:
    """(median, p95)."""
    return statistics.median(values), percentile(values, 95)


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def timed(fn: Callable[[], Any]) -> float:
    """Seconds one call of ``fn`` takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def alternate(measured: Callable[[], float], floor: Callable[[], float],
              runs: int) -> tuple[list[float], list[float]]:
    """Run A B A B …: each callable returns one sample (seconds, bytes …)."""
    a, b = [], []
    for _ in range(runs):
        a.append(measured())
        b.append(floor())
    return a, b


def scaled(values: list[float], factor: float) -> list[float]:
    return [v * factor for v in values]


def round_figures(result: Result, digits: int = 3) -> Result:
    for name in ("median", "p95", "floor_median", "floor_p95", "ratio"):
        value = getattr(result, name)
        if value is not None:
            setattr(result, name, round(value, digits))
    return result


# -- child processes -------------------------------------------------------------------
def gui_env(home: Path) -> dict[str, str]:
    """The environment of a GUI child: offscreen, with its own settings, app data and
    Documents folder."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    # Documents too (the demo camp is made there): Qt reads it from user-dirs.dirs.
    (home / "xdg_config_home" / "user-dirs.dirs").write_text(
        f'XDG_DOCUMENTS_DIR="{home / "documents"}"\n', encoding="utf-8")
    runtime = home / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(args: list[str], env: dict[str, str], *, timeout: float = 600) -> dict[str, Any]:
    """Run ``python ARGS`` and return the JSON it printed after :data:`RESULT_MARK`."""
    proc = subprocess.run([sys.executable, *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=timeout, check=False)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK):])
    raise RuntimeError(f"child {args!r} failed (exit {proc.returncode}):\n"
                       f"{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")


def run_on_big_camp(module: str, mode: str, count: int, *, tables: int = 100,
                    notes: int = 100) -> dict[str, Any]:
    """``python -m MODULE --child CAMP MODE COUNT`` on a fresh copy of the synthetic camp
    (``tables`` × ``notes``), offscreen, with a home of its own; its figures."""
    import tempfile

    from bench import synthetic

    with tempfile.TemporaryDirectory(prefix=f"facilitator-bench-{mode}-") as tmp:
        path = synthetic.camp_copy(Path(tmp), tables=tables, notes=notes)
        return run_child(["-m", module, "--child", str(path), mode, str(count)],
                         gui_env(Path(tmp) / "home"), timeout=3600)


def report(figures: dict[str, Any]) -> None:
    """In a child: hand the figures to the parent."""
    print(RESULT_MARK + json.dumps(figures), flush=True)
