"""SIGKILL during note entry, bundle writing or collecting never corrupts a file, loses a
reported edit or leaves a bundle half merged."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bench.crash_bundles import TABLES
from bench.crash_bundles import BundleKill
from bench.crash_bundles import kill_collecting
from bench.crash_bundles import kill_writing
from bench.crash_bundles import make_bundles
from bench.crash_bundles import whole_or_nothing
from bench.crash_harness import kill_once
from bench.crash_harness import make_camp
from facilitator.domain.messages import UserError

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


BUNDLE_KILLS = 40


def test_killing_bundle_writing_leaves_a_whole_bundle_or_none(tmp_path: Path) -> None:
    """The bundle appears by rename once complete and checked: a kill never leaves half
    a bundle where the collector looks, nor harms the table's camp."""
    camps = [make_camp(tmp_path / f"laptop{i}.camp") for i in range(2)]  # table H1-B1

    def run(worker: int) -> list[BundleKill]:
        out = tmp_path / f"out{worker}" / "H1-B1.campbundle"
        out.parent.mkdir()
        return [kill_writing(camps[worker], out, seed=worker * 10_000 + n)
                for n in range(BUNDLE_KILLS // 2)]

    with ThreadPoolExecutor(2) as pool:
        results = [r for batch in pool.map(run, range(2)) for r in batch]
    assert [r.broken for r in results if r.broken] == []
    assert sum(r.reported for r in results) > BUNDLE_KILLS // 2  # bundles were being written


def test_killing_a_collect_leaves_each_bundle_whole_or_absent(tmp_path: Path) -> None:
    """Each bundle is merged in one transaction: after a kill the organiser's camp holds
    all of a bundle (its notes and its delivery) or none of it."""
    organiser, bundles = make_bundles(tmp_path)

    def run(worker: int) -> list[BundleKill]:
        return [kill_collecting(organiser, bundles, tmp_path, seed=worker * 10_000 + n)
                for n in range(BUNDLE_KILLS // 2)]

    with ThreadPoolExecutor(2) as pool:
        results = [r for batch in pool.map(run, range(2)) for r in batch]
    assert [r.broken for r in results if r.broken] == []
    # The kills fell before, between and after the bundles, not all at one moment.
    assert len({r.reported for r in results}) >= 3, [r.reported for r in results]


def test_the_bundle_checks_notice_half_a_merge_and_half_a_bundle(tmp_path: Path) -> None:
    """What the two kill tests rely on: a half-merged bundle and a cut bundle are caught."""
    import sqlite3

    from facilitator.store.bundle_files import read_bundle

    organiser, bundles = make_bundles(tmp_path)
    bundle = bundles / f"{TABLES[0]}.campbundle"
    conn = sqlite3.connect(organiser)
    try:
        assert whole_or_nothing(conn, bundle, reported=False) == []
        assert whole_or_nothing(conn, bundle, reported=True) != []  # reported, not there
        conn.execute("ATTACH ? AS b", [str(bundle)])
        conn.execute("INSERT INTO note SELECT * FROM b.note LIMIT 10")
        conn.commit()
        assert "10 of 100 notes" in whole_or_nothing(conn, bundle, reported=False)[0]
    finally:
        conn.close()
    cut = tmp_path / "cut.campbundle"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    with pytest.raises(UserError):
        read_bundle(cut)
