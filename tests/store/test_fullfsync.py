"""On macOS fsync leaves data in the drive's cache: writable connections ask SQLite for
F_FULLFSYNC, and our own files are flushed with it (the platform is patched here)."""

from __future__ import annotations

import fcntl
import os
import sys
import urllib.request  # noqa: F401 - imported on macOS with _scproxy, which Linux lacks
from pathlib import Path

import pytest

from facilitator.domain.transcription import SheetRow
from facilitator.export.camp_exports import camp_pdf
from facilitator.export.transcription_sheet import write_sheet
from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.store.backups import make_backup

F_FULLFSYNC = 51  # the value in macOS's <sys/fcntl.h>


def _pragmas(store: CampStore) -> tuple[int, int]:
    return (store.conn.execute("PRAGMA fullfsync").fetchone()[0],
            store.conn.execute("PRAGMA checkpoint_fullfsync").fetchone()[0])


@pytest.mark.parametrize(("platform", "expected"), [("darwin", (1, 1)), ("linux", (0, 0))])
def test_writable_connections_ask_for_fullfsync_on_macos(
        camp_path: Path, tmp_path: Path, monkeypatch, platform: str,
        expected: tuple[int, int]) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    with CampStore.open(camp_path) as store:
        assert _pragmas(store) == expected
    with CampStore.create(tmp_path / "ny.camp", program=load_program("camp_day")) as store:
        assert _pragmas(store) == expected
    with CampStore.open(camp_path, snapshot=True) as look:
        assert _pragmas(look) == (0, 0)  # a reader writes nothing to flush


def test_our_own_files_are_flushed_with_f_fullfsync_on_macos(
        camp_path: Path, tmp_path: Path, monkeypatch) -> None:
    asked: list[int] = []
    fsyncs: list[int] = []
    real_fcntl, real_fsync = fcntl.fcntl, os.fsync

    def fake_fcntl(fd: int, cmd: int, *args: object) -> int:
        if cmd == F_FULLFSYNC:
            asked.append(fd)
            return 0
        return real_fcntl(fd, cmd, *args)

    def counting_fsync(fd: int) -> None:
        fsyncs.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", F_FULLFSYNC, raising=False)
    monkeypatch.setattr(fcntl, "fcntl", fake_fcntl)
    monkeypatch.setattr(os, "fsync", counting_fsync)
    make_backup(camp_path, camp_path, tmp_path / "backups")  # a copy made by SQLite
    write_sheet([SheetRow(table="H1-B1", step="indicators", text="Flere bænke")],
                tmp_path / "ark.csv")  # a file we write ourselves
    camp_pdf(camp_path, tmp_path / "opsamling.pdf")
    assert len(asked) >= 3
    assert fsyncs == []  # F_FULLFSYNC instead, not as well
