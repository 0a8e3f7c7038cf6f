"""SIGKILL during note entry never corrupts the file or loses a reported edit."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.crash_harness import kill_once, make_camp

KILLS = 200
PARALLEL = 4


def test_two_hundred_kills_lose_nothing(tmp_path: Path) -> None:
    camps = [make_camp(tmp_path / f"crash{i}.camp") for i in range(PARALLEL)]

    def run(worker: int) -> list:
        return [kill_once(camps[worker], seed=worker * 10_000 + n)
                for n in range(KILLS // PARALLEL)]

    with ThreadPoolExecutor(PARALLEL) as pool:
        results = [r for batch in pool.map(run, range(PARALLEL)) for r in batch]
    assert len(results) == KILLS
    assert sum(r.reported for r in results) > KILLS  # the children really were writing
    assert [r.detail for r in results if r.corrupt] == []
    assert sum(r.lost for r in results) == 0
