"""Rolling backups: whole snapshots, the newest N kept, restore and delete."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from facilitator.domain.messages import UserError
from facilitator.store import CampStore
from facilitator.store.backups import backup_folder
from facilitator.store.backups import delete_camp
from facilitator.store.backups import list_backups
from facilitator.store.backups import make_backup
from facilitator.store.backups import restore_backup


def add(store: CampStore, text: str) -> None:
    store.board.add_note(step_id=store.frame.step_by_key("indicators").id,
                   table_id=store.frame.tables()[0].id, text=text)


def texts(path: Path) -> list[str]:
    with CampStore.open(path) as store:
        return [n.text for n in store.board.notes(store.frame.step_by_key("indicators").id,
                                            store.frame.tables()[0].id)]


def test_backups_roll_and_keep_the_newest(camp_path: Path, tmp_path: Path) -> None:
    folder = backup_folder(tmp_path / "appdata", camp_path)
    with CampStore.open(camp_path) as store:
        for i in range(5):
            add(store, f"note {i}")
            make_backup(store.conn, camp_path, folder, keep=3)
            time.sleep(0.002)
    backups = list_backups(folder)
    assert len(backups) == 3
    assert backups[0].created > backups[-1].created
    assert texts(backups[0].path) == [f"note {i}" for i in range(5)]
    assert texts(backups[2].path) == [f"note {i}" for i in range(3)]
    if os.name == "posix":
        assert stat.S_IMODE(backups[0].path.stat().st_mode) == 0o600
    assert not list(folder.glob("*.tmp"))


def test_restore_backs_up_the_current_state_first(camp_path: Path, tmp_path: Path) -> None:
    folder = backup_folder(tmp_path / "appdata", camp_path)
    with CampStore.open(camp_path) as store:
        add(store, "før")
        old = make_backup(store.conn, camp_path, folder)
        add(store, "efter")
    safety = restore_backup(camp_path, old, folder)
    assert texts(camp_path) == ["før"]
    assert texts(safety) == ["før", "efter"]
    # And the restore itself can be undone by restoring the safety copy.
    restore_backup(camp_path, safety, folder)
    assert texts(camp_path) == ["før", "efter"]


def test_a_bad_backup_is_refused_and_the_camp_untouched(camp_path: Path, tmp_path: Path) -> None:
    folder = backup_folder(tmp_path / "appdata", camp_path)
    bad = tmp_path / "bad.camp"
    bad.write_bytes(b"not a camp")
    before = camp_path.read_bytes()
    with pytest.raises(UserError):
        restore_backup(camp_path, bad, folder)
    assert camp_path.read_bytes() == before


def test_delete_camp_removes_file_wal_shm_and_backups(camp_path: Path, tmp_path: Path) -> None:
    folder = backup_folder(tmp_path / "appdata", camp_path)
    with CampStore.open(camp_path) as store:
        add(store, "x")
        make_backup(store.conn, camp_path, folder)
        delete_camp_while_open = camp_path.with_name(camp_path.name + "-wal").exists()
    assert delete_camp_while_open
    delete_camp(camp_path, folder)
    assert not camp_path.exists()
    assert not camp_path.with_name(camp_path.name + "-wal").exists()
    assert not camp_path.with_name(camp_path.name + "-shm").exists()
    assert not folder.exists()


def test_delete_refuses_what_is_not_a_camp(tmp_path: Path) -> None:
    other = tmp_path / "thesis.camp"
    other.write_text("my thesis", encoding="utf-8")
    with pytest.raises(UserError):
        delete_camp(other, tmp_path / "nothing")
    assert other.read_text(encoding="utf-8") == "my thesis"
