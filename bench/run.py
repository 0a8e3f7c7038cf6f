"""Run the benchmarks; print a table and write it as JSON (bench/results.json).

    python -m bench [--only NAME[,NAME…]] [--quick] [--out PATH] [--merge] [--list]
    python bench/run.py …   (the same)

--quick runs fewer repetitions (and 200 kills instead of 2,000): about two minutes
plus the large PDF's single run. Names: see --list (``typing`` and ``export`` name
groups). Every benchmark builds its own data in temporary folders; GUI ones run in
offscreen child processes with their own settings and app data.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    # ``python bench/run.py`` puts bench/ itself first on sys.path; the repo is wanted.
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import argparse
import json
import os
import platform
import subprocess
import time
import traceback
from collections.abc import Callable
from datetime import UTC
from datetime import datetime
from importlib import import_module

from bench.common import REPO
from bench.common import Result

#: name → (module, function), in the order they run.
BENCHMARKS: dict[str, tuple[str, str]] = {
    "startup": ("bench.startup", "run"),
    "frozen-startup": ("bench.frozen_startup", "run"),
    "open": ("bench.open_camp", "run"),
    "add-store": ("bench.store_add", "run"),
    "add-gui": ("bench.typing_notes", "run_add"),
    "vote": ("bench.typing_notes", "run_vote"),
    "projector-step": ("bench.projector", "run_step"),
    "projector-add": ("bench.projector", "run_add"),
    "collect": ("bench.collect", "run"),
    "pdf": ("bench.export", "run_pdf"),
    "pdf-500": ("bench.export", "run_pdf_500"),
    "pdf-large": ("bench.export", "run_pdf_large"),
    "sheet": ("bench.export", "run_sheet"),
    "memory": ("bench.memory", "run"),
    "crash": ("bench.crash", "run"),
    "crash-import": ("bench.crash_import", "bench"),
    "suggestions": ("bench.suggestions", "run"),
}
GROUPS = {"typing": ("add-gui", "vote"), "projector": ("projector-step", "projector-add"),
          "export": ("pdf", "pdf-500", "pdf-large", "sheet")}
DEFAULT_OUT = REPO / "bench" / "results.json"


def chosen(only: str | None) -> list[str]:
    if not only:
        return list(BENCHMARKS)
    names: list[str] = []
    for name in (n.strip() for n in only.split(",") if n.strip()):
        expanded = GROUPS.get(name, (name,))
        for n in expanded:
            if n not in BENCHMARKS:
                raise SystemExit(f"unknown benchmark {n!r}; known: "
                                 f"{', '.join([*BENCHMARKS, *GROUPS])}")
            if n not in names:
                names.append(n)
    return [n for n in BENCHMARKS if n in names]


def machine() -> dict[str, str | int | None]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = None
    import sqlite3

    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                                capture_output=True, text=True, check=False).stdout.strip()
        changed = subprocess.run(["git", "status", "--porcelain", "--", "facilitator", "db"],
                                 cwd=REPO, capture_output=True, text=True, check=False).stdout
        if changed.strip():
            commit += f" + {len(changed.splitlines())} uncommitted files"
    except OSError:
        commit = ""
    return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "pyside6": pyside, "sqlite": sqlite3.sqlite_version, "system": platform.platform(),
            "commit": commit, "loadavg_at_end": [round(x, 2) for x in os.getloadavg()]}


def run_one(name: str, quick: bool) -> Result:
    module, function = BENCHMARKS[name]
    fn: Callable[[bool], Result] = getattr(import_module(module), function)
    started = time.perf_counter()
    load = os.getloadavg()[0]
    try:
        result = fn(quick)
    except Exception as exc:
        traceback.print_exc()
        result = Result(name=name, title=name, unit="", note=f"error: {exc!r}"[:300])
    result.extra["wall_s"] = round(time.perf_counter() - started, 1)
    result.extra["date"] = datetime.now(UTC).isoformat(timespec="seconds")
    # Other work on the machine shows here: 1-minute load before and after.
    result.extra["loadavg"] = [round(load, 2), round(os.getloadavg()[0], 2)]
    return result


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"


def table(results: list[Result]) -> str:
    head = ("benchmark", "unit", "median", "p95", "floor", "ratio", "target", "met")
    rows = [head]
    for r in results:
        met = "n/a" if r.met is None else ("yes" if r.met else "NO")
        rows.append((r.name, r.unit, _fmt(r.median), _fmt(r.p95), _fmt(r.floor_median),
                     _fmt(r.ratio), r.target, met))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {r.name}: {r.note}" for r in results if r.note]
    return "\n".join(lines + (["notes:", *notes] if notes else []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="comma-separated names (see --list)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, 200 kills")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON file to write")
    parser.add_argument("--merge", action="store_true",
                        help="keep the other benchmarks' results already in --out")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, (module, function) in BENCHMARKS.items():
            print(f"{name:10} {module}.{function}")
        for group, names in GROUPS.items():
            print(f"{group:10} = {', '.join(names)}")
        return 0
    names = chosen(args.only)
    from bench import synthetic

    started = datetime.now(UTC)
    results: list[Result] = []
    try:
        for name in names:
            print(f"[{datetime.now(UTC):%H:%M:%S}] {name} …", file=sys.stderr, flush=True)
            results.append(run_one(name, args.quick))
            r = results[-1]
            print(f"    {_fmt(r.median)} {r.unit} (p95 {_fmt(r.p95)}) {r.note}",
                  file=sys.stderr, flush=True)
    finally:
        synthetic.clear_cache()
    if args.merge and args.out.exists():
        kept = json.loads(args.out.read_text(encoding="utf-8")).get("results", [])
        fresh = {r.name: r for r in results}
        old = {d["name"]: Result(**d) for d in kept if d["name"] not in fresh}
        results = [fresh.get(n) or old[n] for n in BENCHMARKS if n in fresh or n in old]
    print(table(results))
    document = {
        "date": started.isoformat(timespec="seconds"),
        "seconds": round((datetime.now(UTC) - started).total_seconds(), 1),
        "quick": args.quick, "machine": machine(),
        "results": [r.as_dict() for r in results],
    }
    args.out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print(f"written: {args.out}")
    return 0 if all(r.met is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
