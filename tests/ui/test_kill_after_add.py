"""A note typed at the table survives the app being killed right after Enter."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from facilitator.store import CampStore

CHILD = Path(__file__).with_name("app_child.py")


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
        step = store.step_by_key("indicators")
        table = store.table_by_code("H1-B1")
        assert [n.text for n in store.notes(step.id, table.id)] == [text]
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
