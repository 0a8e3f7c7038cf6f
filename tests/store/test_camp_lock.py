"""One writer per camp file: the lock beside it (store/camp_lock.py, docs/durability.md)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from facilitator.domain.messages import UserError
from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.store.backups import delete_camp
from facilitator.store.backups import make_backup
from facilitator.store.backups import restore_backup
from facilitator.store.camp_lock import HELD_ELSEWHERE
from facilitator.store.camp_lock import lock_path
from tests.badfiles import camp_digest

REPO = Path(__file__).resolve().parents[2]


#: Another copy of the app: with the camp open to write, or creating it (lock only).
OPENS = ("from facilitator.store import CampStore; s = CampStore.open(sys.argv[1]);"
         " held = not s.read_only; done = s.close")
CREATES = ("from pathlib import Path; from facilitator.store import camp_lock;"
           " s = camp_lock.take(Path(sys.argv[1])); held = s is not None;"
           " done = s.release if s else (lambda: None)")


@contextmanager
def held_by_another_process(camp: Path, how: str = OPENS) -> Iterator[subprocess.Popen[str]]:
    """Another process holding ``camp``, until the block ends (then it closes the camp)
    or the test kills it."""
    proc = subprocess.Popen(
        [sys.executable, "-c",
         f"import sys; {how}; print('HELD' if held else 'NOT HELD', flush=True);"
         " sys.stdin.read(); done()", str(camp)],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert proc.stdout.readline().strip() == "HELD"
        yield proc
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
        proc.stdout.close()


def test_a_second_writable_store_in_the_same_process_is_read_only(camp_path: Path) -> None:
    first = CampStore.open(camp_path)
    try:
        assert not first.read_only and lock_path(camp_path).exists()
        with CampStore.open(camp_path) as second:
            assert second.read_only and second.held_elsewhere
            step = second.frame.steps()[0]
            with pytest.raises(UserError):
                second.board.add_note(step_id=step.id, table_id=None, text="her")
        first.board.add_note(step_id=first.frame.steps()[0].id, table_id=None, text="dér")
    finally:
        first.close()
    assert not lock_path(camp_path).exists()  # given up, and its file gone with it
    with CampStore.open(camp_path) as again:
        assert not again.read_only and not again.held_elsewhere


def test_read_only_looks_take_no_lock(camp_path: Path) -> None:
    with CampStore.open(camp_path, snapshot=True), CampStore.open(camp_path, read_only=True):
        assert not lock_path(camp_path).exists()
        with CampStore.open(camp_path) as writer:
            assert not writer.read_only


def test_a_worker_beside_the_window_shares_its_lock_and_writes(camp_path: Path) -> None:
    with CampStore.open(camp_path) as window:
        step = window.frame.steps()[0]
        with CampStore.open_beside(window) as worker:
            assert not worker.read_only
            worker.board.add_note(step_id=step.id, table_id=None, text="fra indsamlingen")
        # The worker's close left the window's hold: still one writer, still locked.
        assert lock_path(camp_path).exists()
        with CampStore.open(camp_path) as third:
            assert third.held_elsewhere
        window.board.add_note(step_id=step.id, table_id=None, text="fra vinduet")
        assert sorted(n.text for n in window.board.notes(step.id)) == [
            "fra indsamlingen", "fra vinduet"]


def test_another_process_holding_the_camp_makes_this_one_read_only(camp_path: Path) -> None:
    with held_by_another_process(camp_path):
        with CampStore.open(camp_path) as store:
            assert store.read_only and store.held_elsewhere


def test_creating_a_camp_another_copy_is_creating_is_refused(tmp_path: Path) -> None:
    new = tmp_path / "ny.camp"
    with held_by_another_process(new, CREATES):
        with pytest.raises(UserError) as info:
            CampStore.create(new, program=load_program("camp_day"))
        assert info.value.text == HELD_ELSEWHERE
        assert not new.exists()


def test_restore_and_delete_refuse_while_another_copy_holds_the_camp(
        camp_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    backup = make_backup(camp_path, camp_path, folder)
    with held_by_another_process(camp_path):
        before = camp_digest(camp_path)
        with pytest.raises(UserError) as restore:
            restore_backup(camp_path, backup, folder)
        assert restore.value.text == HELD_ELSEWHERE
        assert str(camp_path) in str(restore.value)
        with pytest.raises(UserError) as delete:
            delete_camp(camp_path, folder)
        assert delete.value.text == HELD_ELSEWHERE
        assert camp_digest(camp_path) == before
        assert [b.name for b in folder.iterdir()] == [backup.name]  # no safety copy made
    restore_backup(camp_path, backup, folder)  # the other copy closed: it may now


def test_a_killed_holder_leaves_no_stale_lock(camp_path: Path, tmp_path: Path) -> None:
    with held_by_another_process(camp_path) as proc:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert lock_path(camp_path).exists()  # the file stays, but nobody locks it
    with CampStore.open(camp_path) as store:
        assert not store.read_only
    delete_camp(camp_path, tmp_path / "backups")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_delete_removes_the_lock_file_too(camp_path: Path, tmp_path: Path) -> None:
    lock_path(camp_path).write_text("")  # left by a copy that was killed
    delete_camp(camp_path, tmp_path / "backups")
    assert list(tmp_path.iterdir()) == []


def test_a_lock_file_removed_as_it_is_opened_is_not_trusted(
        camp_path: Path, monkeypatch) -> None:
    """The unlink/relock race: we open the lock file, its holder (another process) closes
    the camp and removes the file, then our lock succeeds on a file without a name. The
    name is checked after locking, so we lock the new file instead — one a third copy
    then finds held."""
    from facilitator.store import camp_lock

    real_open, opened = os.open, []

    def open_then_the_holder_lets_go(path, flags, mode=0o777):
        fd = real_open(path, flags, mode)
        opened.append(os.fstat(fd).st_ino)
        if len(opened) == 1:
            holder.stdin.close()  # the other copy closes the camp: unlink, unlock
            holder.wait(timeout=30)
        return fd

    with held_by_another_process(camp_path) as holder:
        monkeypatch.setattr(camp_lock.os, "open", open_then_the_holder_lets_go)
        lock = camp_lock.take(camp_path)
        monkeypatch.undo()
    try:
        assert lock is not None and len(opened) == 2  # tried again on a fresh file
        assert lock_path(camp_path).exists()  # which has the name (its inode may be reused)
        with held_by_another_process(camp_path, CREATES.replace("held = s is not None",
                                                                "held = s is None")):
            pass  # a third copy finds the camp held (it prints HELD when take gave None)
    finally:
        lock.release()
