"""Crash safety: SIGKILLs during note entry (``bench/crash_bench.py``): 0 lost, 0 corrupt."""

from __future__ import annotations

import sys

from bench.common import Result


def run(quick: bool = False) -> Result:
    from bench.crash_bench import run as crash_run

    kills = 200 if quick else 2000
    figures = crash_run(kills, parallel=2)
    lost, corrupt = figures["lost_edits"], figures["corrupt_files"]
    return Result(
        name="crash",
        title=f"crash safety ({figures['kills']} SIGKILLs, "
              f"{figures['kills_with_reader']} with a reader beside)", unit="count",
        median=lost, p95=corrupt, runs=figures["kills"], target="0 lost, 0 corrupt",
        met=lost == 0 and corrupt == 0,
        note="median column: lost edits; p95 column: corrupt files",
        extra=figures)


if __name__ == "__main__":
    print(run("--quick" in sys.argv))
