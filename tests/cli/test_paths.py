"""Paths the OS gives that are not valid UTF-8 (a stick written by an old Windows, a
Latin-1 byte in a bundle's name): every verb works with them, or refuses in words —
never a UnicodeEncodeError. Run as a program with a strict UTF-8 stdout, as a terminal
in a UTF-8 locale has it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHEET = ("camp_id,camp_title,core_task,camp_date,participants,main_group,table,step,"
         "title,text,votes,selected,actor,prerequisite,source_page\n"
         "c,Lejre,,,,H1,H1-B1,indicators,,Flere bænke,0,0,,,\n")

pytestmark = pytest.mark.skipif(
    os.name != "posix" or sys.platform == "darwin",
    reason="only file systems that keep any bytes in a name (macOS refuses them)")


def run(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, str(REPO / "main.py"), *argv], cwd=folder, env=env,
                          capture_output=True, text=True, errors="replace", check=False,
                          timeout=300)


def test_names_that_are_not_utf8_work_through_every_verb(tmp_path: Path) -> None:
    (tmp_path / "ark.csv").write_text(SHEET, encoding="utf-8")
    camp, bundle, pdf, kit, laptop = (os.fsdecode(name) for name in (
        b"lejre-\xe6.camp", b"H1-B1-\xe6.campbundle", b"opsamling-\xe6.pdf",
        b"kit-\xf8.campkit", b"bord-\xe5.camp"))
    steps = [
        ("import-sheet", "ark.csv", "--camp", camp),
        ("export-bundle", camp, "--table", "H1-B1", "--out", bundle),
        ("collect", camp, bundle),
        ("collect", camp, "."),
        ("export-pdf", camp, "--out", pdf),
        ("export-kit", camp, "--out", kit),
        ("open-kit", kit, "--camp", laptop),
    ]
    for argv in steps:
        done = run(tmp_path, *argv)
        assert done.returncode == 0, (argv, done.stderr)
        assert "Traceback" not in done.stderr and "Uventet fejl" not in done.stderr
    assert "opsamling-\\udce6.pdf" in run(tmp_path, "export-pdf", camp, "--out", pdf).stdout
    names = {os.fsencode(p.name) for p in tmp_path.iterdir()}
    assert {b"lejre-\xe6.camp", b"H1-B1-\xe6.campbundle", b"opsamling-\xe6.pdf",
            b"kit-\xf8.campkit", b"bord-\xe5.camp"} <= names
    assert (tmp_path / pdf).read_bytes().startswith(b"%PDF")

    # And one that is not there is refused in words, its name escaped, not a crash.
    missing = os.fsdecode(b"findes-ikke-\xe6.camp")
    for argv in (("export-pdf", missing, "--out", "x.pdf"), ("collect", missing, ".")):
        done = run(tmp_path, *argv)
        assert done.returncode == 2, done.stderr
        assert "»findes-ikke-\\udce6.camp« findes ikke eller er ikke en fil." in done.stderr
