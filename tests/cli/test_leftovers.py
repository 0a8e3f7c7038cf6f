"""Temporary files a killed export (or backup, copy, restore) leaves behind are removed
by the next export into that folder, or when the camp next opens; nothing else is
touched, and no temporary file a live process may still be writing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from facilitator import written_files
from facilitator.cli import main
from facilitator.store import CampStore
from facilitator.store.backups import make_backup

REPO = Path(__file__).resolve().parents[2]


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


def _killed_export(camp: Path, out: Path) -> list[Path]:
    """Run ``export-pdf`` and SIGKILL it while its temporary PDF is being written;
    returns the temporary files it left."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for _ in range(10):
        proc = subprocess.Popen([sys.executable, str(REPO / "main.py"), "export-pdf",
                                 str(camp), "--out", str(out)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while proc.poll() is None:
                left = list(out.parent.glob(f".{out.name}.*.tmp"))
                if left:
                    os.kill(proc.pid, signal.SIGKILL)
                    proc.wait()
                    if not out.exists():
                        return left
                time.sleep(0.002)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        out.unlink(missing_ok=True)
    raise AssertionError("the export always finished before it could be killed")


def test_the_next_export_removes_what_a_killed_export_left(
        camp_path: Path, tmp_path: Path, capsys) -> None:
    reports = tmp_path / "rapporter"
    reports.mkdir()
    out = reports / "opsamling.pdf"
    left = _killed_export(camp_path, out)
    assert [p.name for p in reports.iterdir()] == [p.name for p in left]
    # Beside it: the user's own files, a temporary file this (live) process is writing,
    # one from another computer sharing the folder, one of the old style but fresh.
    keep = {
        "noter.tmp": 0, "opsamling.pdf.tmp.txt": 0,
        written_files.temporary_name(reports / "andet.pdf").name: 0,
        ".andet.pdf.abcdef-1-123456.tmp": 0,
        "gammel.camp.tmp": 0,
    }
    # Gone: a temporary file of a process that is dead, and old-style names an hour old.
    dead = written_files.temporary_name(reports / "tabel.pdf").name.replace(
        f"-{os.getpid()}-", f"-{_dead_pid()}-")
    gone = {dead: 0, ".bord.campbundle.tmp": 2 * 3600, ".opsamling.pdf.k3j_x9q2.tmp": 2 * 3600,
            "H1.camp.restore.tmp": 2 * 3600, "kopi.camp.tmp-journal": 2 * 3600}
    for name, age in {**keep, **gone}.items():
        (reports / name).write_text("halv")
        os.utime(reports / name, (time.time() - age, time.time() - age))

    assert main(["export-pdf", str(camp_path), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in reports.iterdir()) == sorted([*keep, out.name])


def test_opening_the_camp_and_a_backup_tidy_their_folders(
        camp_path: Path, tmp_path: Path) -> None:
    dead = _dead_pid()

    def leftover(target: Path) -> Path:
        name = written_files.temporary_name(target).name.replace(f"-{os.getpid()}-",
                                                                 f"-{dead}-")
        path = target.with_name(name)
        path.write_text("halv")
        return path

    beside = leftover(camp_path.with_name("rapport.pdf"))
    restore = leftover(camp_path)
    with CampStore.open(camp_path, snapshot=True):
        assert beside.exists()  # a look takes no lock and tidies nothing
    with CampStore.open(camp_path):
        assert not beside.exists() and not restore.exists()
    folder = tmp_path / "backups"
    folder.mkdir()
    half_backup = leftover(folder / "test-20260101-120000-000000.camp")
    made = make_backup(camp_path, camp_path, folder)
    assert sorted(folder.iterdir()) == [made]
    assert not half_backup.exists()
