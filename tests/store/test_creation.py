"""A new camp appears whole or not at all, never over a file that appeared meanwhile, and a
kill while it is built (the command line's import into a new camp) leaves no half camp."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.crash_import import SHEET
from bench.crash_import import run
from facilitator import written_files
from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError
from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.store.database import APPEARED_MEANWHILE

PROGRAM = load_program("camp_day")


def names(folder: Path) -> list[str]:
    """What is in ``folder``, but the lock a camp open for writing has beside it."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def building_name(camp: Path, pid: int) -> str:
    """The temporary name process ``pid`` builds ``camp`` under."""
    return written_files.temporary_name(camp).name.replace(f"-{os.getpid()}-", f"-{pid}-")


def test_a_new_camp_gets_its_name_only_when_whole(tmp_path: Path) -> None:
    camp = tmp_path / "ny.camp"
    seen_while_building: list[list[str]] = []

    def fill(store: CampStore) -> None:
        store.frame.add_main_group(code="H1")
        seen_while_building.append(names(tmp_path))

    with CampStore.create(camp, program=PROGRAM, title="Ny", fill=fill) as store:
        assert store.path == camp
        assert store.frame.camp().title == "Ny"
        assert [g.code for g in store.frame.main_groups()] == ["H1"]
        store.frame.add_table(code="H1-B1", main_group_id=store.frame.main_groups()[0].id)
    # While it was built, the camp's name was free and only the hidden builder was there.
    [building] = seen_while_building
    assert "ny.camp" not in building
    [builder] = [n for n in building if not n.endswith(("-wal", "-shm", "-journal"))]
    assert builder.startswith(".ny.camp.") and builder.endswith(".tmp")
    assert f"-{os.getpid()}-" in builder
    assert names(tmp_path) == ["ny.camp"]
    with CampStore.open(camp) as store:
        assert [t.code for t in store.frame.tables()] == ["H1-B1"]


def test_the_new_camp_is_open_and_watched_under_its_own_name(tmp_path: Path) -> None:
    """The store returned is open on the final file: taking it away is noticed."""
    camp = tmp_path / "ny.camp"
    store = CampStore.create(camp, program=PROGRAM,
                             fill=lambda s: s.frame.add_main_group(code="H1"))
    try:
        step = store.frame.step_by_key("indicators")
        store.board.add_note(step_id=step.id, table_id=None, text="før")
        camp.rename(tmp_path / "flyttet.camp")
        with pytest.raises(UserError) as info:
            store.board.add_note(step_id=step.id, table_id=None, text="efter")
        assert info.value.text == msg.FILE_TAKEN_AWAY
    finally:
        store.close()


def test_a_file_that_appears_meanwhile_is_never_replaced(tmp_path: Path) -> None:
    camp = tmp_path / "ny.camp"

    def someone_else_saves(store: CampStore) -> None:
        camp.write_text("et andet programs fil", encoding="utf-8")

    with pytest.raises(UserError) as info:
        CampStore.create(camp, program=PROGRAM, fill=someone_else_saves)
    assert info.value.text == APPEARED_MEANWHILE
    assert "bliver ikke overskrevet" in str(info.value)
    assert camp.read_text(encoding="utf-8") == "et andet programs fil"
    assert names(tmp_path) == ["ny.camp"]  # no temporary file left either


def test_a_failed_build_leaves_nothing(tmp_path: Path) -> None:
    def fails(store: CampStore) -> None:
        store.frame.add_main_group(code="H1")
        raise UserError(msg.READ_ONLY)

    with pytest.raises(UserError):
        CampStore.create(tmp_path / "ny.camp", program=PROGRAM, fill=fails)
    assert names(tmp_path) == []


def test_what_a_killed_builder_left_is_removed_by_the_next_creation(tmp_path: Path) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead = int(gone.stdout)
    leftover = tmp_path / building_name(tmp_path / "ny.camp", dead)
    for name in (leftover.name, leftover.name + "-wal", leftover.name + "-shm"):
        (tmp_path / name).write_bytes(b"halv")
    # init's: never ours to remove
    alive = tmp_path / building_name(tmp_path / "ny.camp", 1)
    alive.write_bytes(b"en anden bygger")
    other = tmp_path / building_name(tmp_path / "anden.camp", dead)
    other.write_bytes(b"en anden camp")
    CampStore.create(tmp_path / "ny.camp", program=PROGRAM).close()
    assert names(tmp_path) == sorted([alive.name, "ny.camp"])


def test_killing_import_sheet_into_a_new_camp_leaves_no_camp_or_a_whole_one() -> None:
    """The suite's share of ``bench/crash_import.py`` (100 kills there): each kill leaves
    no camp file, or one that opens with every row of the sheet and exports its PDF."""
    assert SHEET.exists()
    figures = run(kills=12, seed=1515)
    assert figures["kills"] == 12
    assert figures["failures"] == 0
    assert figures["no_camp_file"] + figures["whole_camp"] == 12


def test_the_tables_a_version_promises_are_the_ones_its_migrations_make() -> None:
    """The half-made check reads the table names from the migration scripts' text; they
    must be exactly the tables the scripts make when run, for every schema version."""
    from facilitator.store import database
    from facilitator.store.bundle_checks import reference

    for number, _script in database.migrations():
        made = frozenset(name for kind, name in reference(number).objects if kind == "table")
        assert database._tables_of(number) == made, number
