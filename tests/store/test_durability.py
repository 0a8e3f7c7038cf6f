"""Saved means saved while other programs use the camp (docs/durability.md).

On POSIX, closing any handle of a file drops every SQLite lock this process holds on
it; another program's connection then deletes the -wal we are still committing into.
These tests kill a writer while other processes read and write the same camp, and check
every way our own process opens a camp that a store holds.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bench.crash_harness import Neighbours
from bench.crash_harness import kill_once
from bench.crash_harness import make_camp
from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError
from facilitator.store import CampStore
from facilitator.store import database

KILLS = 200
PARALLEL = 4


def test_two_hundred_kills_with_other_programs_on_the_camp_lose_nothing(
        tmp_path: Path) -> None:
    """The writer also looks at its own camp as the app does (read-only views, the
    opening check); beside it another process opens, reads and closes the camp every
    few milliseconds, and on two of the four camps our command line tries to import
    sheets into it: refused in words while the writer holds the camp, landing between
    two writers. Every edit reported saved survives a SIGKILL; every file passes
    integrity_check."""
    camps = [make_camp(tmp_path / f"busy{i}.camp") for i in range(PARALLEL)]
    cli_tries: list[str] = []

    def run(worker: int) -> list:
        with Neighbours(camps[worker], cli=worker < 2) as neighbours:
            results = [kill_once(camps[worker], seed=worker * 10_000 + n, views=True)
                       for n in range(KILLS // PARALLEL)]
        cli_tries.extend(neighbours.cli_tries)
        return results

    with ThreadPoolExecutor(PARALLEL) as pool:
        results = [r for batch in pool.map(run, range(PARALLEL)) for r in batch]
    assert len(results) == KILLS
    assert sum(r.reported for r in results) > KILLS  # the children really were writing
    assert [r.detail for r in results if r.corrupt] == []
    assert sum(r.lost for r in results) == 0, sum(r.reported for r in results)
    # The command line was really there, refused while a writer held the camp, and
    # never failed otherwise (what landed between two writers is its own business).
    assert "REFUSED" in cli_tries
    assert [t for t in cli_tries if t not in ("REFUSED", "IMPORTED")] == []


# -- every way our own process opens a camp that a store holds ---------------------------
def _outside_read(path: Path) -> None:
    """Another program opens the camp with SQLite, reads and closes: as the last
    connection it would delete a -wal whose writer had lost its locks."""
    subprocess.run([sys.executable, "-c",
                    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
                    " c.execute('SELECT count(*) FROM note').fetchall(); c.close()",
                    str(path)], check=True, timeout=60)


def _texts_seen_from_outside(path: Path) -> str:
    """The note texts another process finds in the camp file now (what a crash leaves)."""
    return subprocess.run(
        [sys.executable, "-c",
         "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
         " print(sorted(r[0] for r in c.execute('SELECT text FROM note')))",
         str(path)], check=True, capture_output=True, text=True).stdout


def _deleted_handles(path: Path) -> list[str]:
    """Our open handles on ``path``'s files that no longer have a name."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)) and target.endswith("(deleted)"):
            found.append(target)
    return found


def _pdf(store: CampStore, path: Path, out: Path) -> None:
    from facilitator.export.camp_exports import camp_pdf

    camp_pdf(path, out / "camp.pdf")


def _table_pdf(store: CampStore, path: Path, out: Path) -> None:
    from facilitator.export.camp_exports import camp_pdf

    camp_pdf(path, out / "bord.pdf", table_code="H1-B1")


def _bundle(store: CampStore, path: Path, out: Path) -> None:
    from facilitator.store.bundles import export_bundle

    with CampStore.open(path, snapshot=True) as reader:
        export_bundle(reader, "H1-B1", out / "H1-B1.campbundle")


def _bundle_from_store(store: CampStore, path: Path, out: Path) -> None:
    from facilitator.store.bundles import export_bundle

    export_bundle(store, "H1-B1", out / "H1-B1.campbundle")


def _kit(store: CampStore, path: Path, out: Path) -> None:
    from facilitator.store.bundles import export_kit

    export_kit(store, out / "camp.campkit")


def _backup_from_file(store: CampStore, path: Path, out: Path) -> None:
    from facilitator.store.backups import make_backup

    make_backup(path, path, out / "backups")


def _backup_from_store(store: CampStore, path: Path, out: Path) -> None:
    from facilitator.store.backups import make_backup

    make_backup(store.conn, path, out / "backups")


def _across_camps(store: CampStore, path: Path, out: Path) -> None:
    from facilitator.export.report_files import read_overview

    read_overview(path)


def _cross_pdf(store: CampStore, path: Path, out: Path) -> None:
    from facilitator.export.camp_exports import cross_pdf

    cross_pdf([path], out / "cross.pdf")


def _spreadsheet(store: CampStore, path: Path, out: Path) -> None:
    from facilitator.export.camp_exports import write_spreadsheet

    with CampStore.open(path, snapshot=True) as reader:
        write_spreadsheet(reader, out / "ark.xlsx")


def _read_only_view(store: CampStore, path: Path, out: Path) -> None:
    with CampStore.open(path, read_only=True) as view:
        view.frame.tables()


def _inspect(store: CampStore, path: Path, out: Path) -> None:
    database.inspect(path)


WAYS = {f.__name__.strip("_"): f for f in (
    _inspect, _read_only_view, _pdf, _table_pdf, _bundle, _bundle_from_store, _kit,
    _backup_from_file, _backup_from_store, _across_camps, _cross_pdf, _spreadsheet)}


@pytest.mark.parametrize("way", list(WAYS))
def test_our_own_looks_at_an_open_camp_leave_its_wal_alone(tmp_path: Path, way: str) -> None:
    path = make_camp(tmp_path / "camp.camp")
    out = tmp_path / "out"
    out.mkdir()
    with CampStore.open(path) as store:
        step = store.frame.step_by_key("indicators")
        table = store.frame.table_by_code("H1-B1")
        store.board.add_note(step_id=step.id, table_id=table.id, text="før")
        WAYS[way](store, path, out)
        _outside_read(path)
        assert path.with_name("camp.camp-wal").exists()
        assert path.with_name("camp.camp-shm").exists()
        assert _deleted_handles(path) == []
        store.board.add_note(step_id=step.id, table_id=table.id, text="efter")
        # What a crash leaves: the file as another process finds it now.
        seen = _texts_seen_from_outside(path)
        assert "'efter'" in seen and "'før'" in seen


def test_a_read_only_look_at_a_closed_camp_leaves_no_files_beside_it(tmp_path: Path) -> None:
    path = make_camp(tmp_path / "camp.camp")
    before = sorted(os.listdir(tmp_path))
    database.inspect(path)
    with CampStore.open(path, read_only=True) as view:
        view.frame.tables()
    with CampStore.open(path, snapshot=True) as view:
        view.frame.tables()
    assert sorted(os.listdir(tmp_path)) == before


def test_a_snapshot_reads_one_moment_while_the_camp_is_written(tmp_path: Path) -> None:
    path = make_camp(tmp_path / "camp.camp")
    with CampStore.open(path) as store:
        step = store.frame.step_by_key("indicators")
        table = store.frame.table_by_code("H1-B1")
        store.board.add_note(step_id=step.id, table_id=table.id, text="første")
        with CampStore.open(path, snapshot=True) as reader:
            assert [n.text for n in reader.board.notes(step.id, table.id)] == ["første"]
            store.board.add_note(step_id=step.id, table_id=table.id, text="anden")
            assert [n.text for n in reader.board.notes(step.id, table.id)] == ["første"]
            with pytest.raises(UserError):
                reader.board.add_note(step_id=step.id, table_id=table.id, text="nej")
        assert len(store.board.notes(step.id, table.id)) == 2


# -- a store that knows when its file was taken away --------------------------------------
def _taken_by_rename(path: Path) -> None:
    path.rename(path.with_name("flyttet.camp"))


def _taken_by_replace(path: Path) -> None:
    other = make_camp(path.with_name("other.camp"))
    os.replace(other, path)


def _wal_deleted_by_another_program(path: Path) -> None:
    # What happened before the fix: our locks gone (a plain open/close of the camp),
    # then another program, as the last connection it thinks it is, deletes the -wal.
    with open(path, "rb") as fh:
        fh.read(16)
    _outside_read(path)


@pytest.mark.parametrize("how", [_taken_by_rename, _taken_by_replace,
                                 _wal_deleted_by_another_program],
                         ids=["renamed", "replaced", "wal-deleted"])
def test_a_camp_taken_away_under_the_store_is_told_and_nothing_is_lost(
        tmp_path: Path, how) -> None:
    path = make_camp(tmp_path / "camp.camp")
    store = CampStore.open(path)
    try:
        step = store.frame.step_by_key("indicators")
        table = store.frame.table_by_code("H1-B1")
        store.board.add_note(step_id=step.id, table_id=table.id, text="gemt før")
        how(path)
        with pytest.raises(UserError) as info:
            store.board.add_note(step_id=step.id, table_id=table.id, text="skrevet bagefter")
        assert info.value.text == msg.FILE_TAKEN_AWAY
        copy = Path(info.value.fields["copy"])
        assert copy.parent == tmp_path and "reddet" in copy.name
        # Nothing more is written into a file without a name, and the user is told again.
        with pytest.raises(UserError) as again:
            store.board.add_note(step_id=step.id, table_id=table.id, text="endnu en")
        assert again.value.text == msg.FILE_TAKEN_AWAY
    finally:
        store.close()
    with CampStore.open(copy) as rescued:
        texts = [n.text for n in rescued.board.notes(rescued.frame.step_by_key("indicators").id,
                                               rescued.frame.table_by_code("H1-B1").id)]
        assert texts == ["gemt før", "skrevet bagefter"]
        assert rescued.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_check_after_each_commit_costs_no_file_handle(tmp_path: Path) -> None:
    """The watch only stats names: it never opens the camp (which would drop our locks)."""
    path = make_camp(tmp_path / "camp.camp")
    with CampStore.open(path) as store:
        step = store.frame.step_by_key("indicators")
        for n in range(20):
            store.board.add_note(step_id=step.id, table_id=None, text=f"note {n}")
            _outside_read(path) if n % 10 == 0 else None
        assert store.watch is not None and store.watch.intact()
        assert _deleted_handles(path) == []


@pytest.mark.parametrize("verb", [
    ["export-pdf", "{camp}", "--out", "{out}/camp.pdf"],
    ["export-pdf", "{camp}", "--table", "H1-B1", "--out", "{out}/bord.pdf"],
    ["export-sheet", "{camp}", "--out", "{out}/ark.csv"],
    ["export-bundle", "{camp}", "--table", "H1-B1", "--out", "{out}/H1-B1.campbundle"],
    ["export-cross", "{camp}", "--out", "{out}/cross.pdf"],
], ids=lambda v: "-".join(w for w in v if not w.startswith("{"))[:40])
def test_the_command_lines_readers_leave_an_open_camps_wal_alone(
        tmp_path: Path, verb: list[str]) -> None:
    """The organiser's read-only verbs on a camp the app has open: the app's -wal keeps
    its name and every later note reaches the file."""
    path = make_camp(tmp_path / "camp.camp")
    out = tmp_path / "out"
    out.mkdir()
    repo = Path(__file__).resolve().parents[2]
    with CampStore.open(path) as store:
        step = store.frame.step_by_key("indicators")
        table = store.frame.table_by_code("H1-B1")
        store.board.add_note(step_id=step.id, table_id=table.id, text="før")
        argv = [w.format(camp=path, out=out) for w in verb]
        done = subprocess.run([sys.executable, str(repo / "main.py"), *argv],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        _outside_read(path)
        assert _deleted_handles(path) == []
        store.board.add_note(step_id=step.id, table_id=table.id, text="efter")
        assert "'efter'" in _texts_seen_from_outside(path)
