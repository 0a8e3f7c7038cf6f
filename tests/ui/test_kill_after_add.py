"""The app killed at the table: right after Enter, or at random moments while typing,
voting and editing. Nothing it reported as saved is lost; the file stays sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from bench.crash_harness import kill_process
from bench.crash_harness import make_camp
from bench.crash_harness import verify
from facilitator.store import CampStore

CHILD = Path(__file__).with_name("app_child.py")
GUI_CHILD = Path(__file__).with_name("gui_crash_child.py")


def test_note_survives_sigkill_right_after_enter(camp_path: Path, tmp_path: Path) -> None:
    text = "Flere bænke ved søen – æøå 👍"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(camp_path), "H1-B1", text],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "ADDED", child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    with CampStore.open(camp_path) as store:
        step = store.frame.step_by_key("indicators")
        table = store.frame.table_by_code("H1-B1")
        assert [n.text for n in store.board.notes(step.id, table.id)] == [text]
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


GUI_KILLS = 12


def test_the_app_killed_while_typing_voting_and_editing_loses_nothing(tmp_path: Path) -> None:
    """The GUI version of the store's kill test, in fewer runs: the app types notes,
    votes and rewrites them by keyboard; a SIGKILL at a random moment loses no edit it
    had reported, and the file passes integrity_check."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    camp = make_camp(tmp_path / "gui-crash.camp")
    results = []
    for n in range(GUI_KILLS):
        lines = kill_process([sys.executable, str(GUI_CHILD), str(camp), str(n)], seed=n,
                             max_delay=1.5, env=env)
        results.append(verify(camp, lines))
    assert [r.detail for r in results if r.corrupt] == []
    assert sum(r.lost for r in results) == 0
    assert sum(r.reported for r in results) > GUI_KILLS * 5  # the app really was writing
    with CampStore.open(camp) as store:  # and all three kinds of edit were made
        notes = store.board.notes(store.frame.step_by_key("indicators").id,
                                  store.frame.tables()[0].id)
    assert any(n.votes for n in notes) and any(not n.text.endswith("#0") for n in notes)
