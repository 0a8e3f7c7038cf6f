"""Two copies of the app on one camp (docs/durability.md, "One writer per camp").

The other copy is a real process running the real main window (tests/ui/second_copy.py).
Whichever opened the camp first writes it; the second shows it read-only and says why,
and a restore is refused while the other holds the file. Once the other copy is gone —
closed, or killed — the camp opens writable again.
"""

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
from facilitator.store import CampStore
from facilitator.store.backups import delete_camp
from facilitator.store.backups import make_backup
from facilitator.store.backups import restore_backup
from facilitator.store.camp_lock import HELD_ELSEWHERE
from facilitator.store.camp_lock import lock_path
from tests.badfiles import camp_digest

REPO = Path(__file__).resolve().parents[2]
HELD_WORDS = "åben i Facilitator et andet sted"


class OtherCopy:
    """The app in another process, driven a line at a time."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.opened = self.answer()

    def answer(self) -> str:
        line = self.proc.stdout.readline()
        assert line, f"the other copy ended: {self.proc.stderr.read()[-3000:]}"
        return line.rstrip("\n")

    def ask(self, command: str) -> str:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.answer()

    def quit(self) -> None:
        assert self.ask("quit") == "DONE"
        assert self.proc.wait(timeout=30) == 0

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)


@contextmanager
def other_copy(camp: Path, tmp_path: Path) -> Iterator[OtherCopy]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "XDG_CONFIG_HOME": str(tmp_path / "other-config"),
           "XDG_DATA_HOME": str(tmp_path / "other-data")}
    proc = subprocess.Popen([sys.executable, "-m", "tests.ui.second_copy", str(camp)],
                            cwd=REPO, env=env, text=True, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        yield OtherCopy(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            stream.close()


@pytest.fixture
def window(qtbot):
    from facilitator.ui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    yield w
    w.close_camp()


def _banner(window) -> str:
    banner = window.camp_view.read_only_banner
    return "" if banner.isHidden() else banner.text()


def test_the_second_copy_shows_the_camp_read_only_and_a_restore_is_refused(
        window, camp_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    backup = make_backup(camp_path, camp_path, folder)
    with other_copy(camp_path, tmp_path) as other:
        assert other.opened.startswith("WRITABLE")
        before = camp_digest(camp_path)

        assert window.open_camp(camp_path)
        window.show()
        assert window.session.read_only
        assert HELD_WORDS in _banner(window)
        assert "skrivebeskyttet" in window.windowTitle()
        assert not window.backups_action.isEnabled()
        assert not window.delete_action.isEnabled()
        # What the menu would call, refused in words while the other copy writes:
        window.close_camp()
        with pytest.raises(UserError) as restore:
            restore_backup(camp_path, backup, folder)
        assert restore.value.text == HELD_ELSEWHERE
        assert HELD_WORDS in str(restore.value)
        with pytest.raises(UserError) as delete:
            delete_camp(camp_path, folder)
        assert delete.value.text == HELD_ELSEWHERE
        assert camp_path.exists() and camp_digest(camp_path) == before

        other.quit()
    assert not lock_path(camp_path).exists()  # the other copy took its lock file along
    assert window.open_camp(camp_path)
    assert not window.session.read_only
    assert _banner(window) == ""
    assert window.backups_action.isEnabled()


def test_after_the_other_copy_is_killed_the_camp_opens_writable(
        window, camp_path: Path, tmp_path: Path) -> None:
    with other_copy(camp_path, tmp_path) as other:
        assert other.opened.startswith("WRITABLE")
        assert window.open_camp(camp_path)
        assert window.session.read_only
        window.close_camp()
        other.kill()
    # The OS dropped its lock with the process: nothing stale to break, nothing to ask.
    assert window.open_camp(camp_path)
    assert not window.session.read_only
    step = window.session.store.frame.step_by_key("indicators")
    window.session.store.board.add_note(step_id=step.id, table_id=None, text="efter kill")
    window.close_camp()
    with CampStore.open(camp_path, snapshot=True) as store:
        assert [n.text for n in store.board.notes(step.id)] == ["efter kill"]


def test_the_other_copy_opened_second_is_read_only_and_cannot_restore(
        window, camp_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    backup = make_backup(camp_path, camp_path, folder)
    assert window.open_camp(camp_path)
    assert not window.session.read_only
    with other_copy(camp_path, tmp_path) as other:
        assert other.opened.startswith("READ-ONLY")
        assert HELD_WORDS in other.opened
        refused = other.ask(f"restore {backup} {folder}")
        assert refused.startswith("REFUSED") and HELD_WORDS in refused
        window.close_camp()  # this copy lets go; the other stays read-only until reopened
        assert other.ask("state").startswith("READ-ONLY")
        other.quit()
