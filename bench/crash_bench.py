"""2,000 SIGKILLs during note entry: how many reported edits were lost, how many files broke.

Half of the kills run alone; the other half with another program beside the writer that
opens, reads and closes the camp every 10 ms (docs/durability.md), while the writer also
opens read-only views of its own camp as the app does.

    python bench/crash_bench.py [--kills 2000 | --quick] [--parallel 2]

Prints the figures (and returns them as a dict for ``python -m bench``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.crash_harness import Neighbours
from bench.crash_harness import kill_once
from bench.crash_harness import make_camp


def run(kills: int = 2000, parallel: int = 2) -> dict[str, float]:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        camps = [make_camp(Path(tmp) / f"crash{i}.camp") for i in range(parallel)]

        def worker(w: int) -> list:
            each = kills // parallel
            alone = [kill_once(camps[w], seed=w * 1_000_000 + n, max_delay=0.15)
                     for n in range(each // 2)]
            with Neighbours(camps[w]):
                beside = [kill_once(camps[w], seed=w * 1_000_000 + n, max_delay=0.15,
                                    views=True)
                          for n in range(each // 2, each)]
            return [(False, r) for r in alone] + [(True, r) for r in beside]

        with ThreadPoolExecutor(parallel) as pool:
            results = [r for batch in pool.map(worker, range(parallel)) for r in batch]
    busy = [r for with_reader, r in results if with_reader]
    return {
        "kills": len(results),
        "kills_with_reader": len(busy),
        "reported_edits": sum(r.reported for _, r in results),
        "lost_edits": sum(r.lost for _, r in results),
        "lost_with_reader": sum(r.lost for r in busy),
        "corrupt_files": sum(1 for _, r in results if r.corrupt),
        "seconds": round(time.perf_counter() - started, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=2000)
    parser.add_argument("--quick", action="store_true", help="200 kills instead of 2,000")
    parser.add_argument("--parallel", type=int, default=2)
    args = parser.parse_args()
    figures = run(200 if args.quick else args.kills, args.parallel)
    for key, value in figures.items():
        print(f"{key:>16}: {value}")


if __name__ == "__main__":
    main()
