"""The command line: every verb, Danish messages, exit codes, and camps left untouched."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.sheet_files import read_sheet
from facilitator.store import CampStore

REPO = Path(__file__).resolve().parents[2]
FIXTURES = ("camp_ff.csv", "camp_ub.csv")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sheet_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def camp_counts(path: Path) -> tuple[Counter, Counter]:
    per_table, per_step = Counter(), Counter()
    with CampStore.open(path, read_only=True) as store:
        for kind in ("note", "front_page", "contribution"):
            for r in store.rows(
                f"SELECT COALESCE(t.code, '') AS code, s.key FROM {kind} x "
                "JOIN step s ON s.id = x.step_id LEFT JOIN camp_table t ON t.id = x.table_id "
                "WHERE x.deleted = 0"
            ):
                per_table[r["code"]] += 1
                per_step[r["key"]] += 1
    return per_table, per_step


@pytest.fixture
def ff_camp(tmp_path: Path, fixtures_dir: Path) -> Path:
    camp = tmp_path / "ff.camp"
    assert main(["import-sheet", str(fixtures_dir / "camp_ff.csv"), "--camp", str(camp)]) == 0
    return camp


@pytest.mark.parametrize("name", FIXTURES)
def test_fixtures_import_with_exact_counts(tmp_path: Path, fixtures_dir: Path, capsys,
                                           name: str) -> None:
    camp = tmp_path / "ny.camp"
    assert main(["import-sheet", str(fixtures_dir / name), "--camp", str(camp)]) == 0
    raw = sheet_rows(fixtures_dir / name)
    out = capsys.readouterr().out
    assert f"Indlæst {len(raw)} rækker" in out and "(ny camp)" in out
    per_table, per_step = camp_counts(camp)
    assert per_table == Counter(r["table"] for r in raw)
    assert per_step == Counter(r["step"] for r in raw)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("name", FIXTURES)
def test_export_import_export_gives_the_same_sheet(tmp_path: Path, fixtures_dir: Path,
                                                   name: str, suffix: str) -> None:
    first, second = tmp_path / "første.camp", tmp_path / "anden.camp"
    out1, out2 = tmp_path / f"ud1{suffix}", tmp_path / f"ud2{suffix}"
    assert main(["import-sheet", str(fixtures_dir / name), "--camp", str(first)]) == 0
    assert main(["export-sheet", str(first), "--out", str(out1)]) == 0
    assert main(["import-sheet", str(out1), "--camp", str(second)]) == 0
    assert main(["export-sheet", str(second), "--out", str(out2)]) == 0
    assert read_sheet(out1) == read_sheet(out2)
    if suffix == ".csv":
        assert out1.read_bytes() == out2.read_bytes()
    assert camp_counts(first) == camp_counts(second)
    original = {(r.table, r.step, r.text, r.votes, r.selected, r.actor, r.prerequisite)
                for r in read_sheet(fixtures_dir / name)}
    assert {(r.table, r.step, r.text, r.votes, r.selected, r.actor, r.prerequisite)
            for r in read_sheet(out1)} == original


HEADER = ("camp_id,camp_title,core_task,camp_date,participants,main_group,table,step,title,"
          "text,votes,selected,actor,prerequisite,source_page")
GOOD = "ff,,,,,H1,H1-B1,indicators,,Fint,1,0,,,"

MALFORMED = {
    "wrong header": ("camp,tekst,step\nff,Hej,indicators\n", ["Række 1:"]),
    "non-numeric vote": (f"{HEADER}\n{GOOD}\nff,,,,,H1,H1-B1,indicators,,Hej,tre,0,,,\n",
                         ["Række 3:", "»tre«"]),
    "unknown step": (f"{HEADER}\n{GOOD}\n{GOOD}\nff,,,,,H1,H1-B1,frokost,,Mad,0,0,,,\n",
                     ["Række 4:", "»frokost«"]),
    "unknown actor": (f"{HEADER}\nff,,,,,H1,H1-B1,contributions,,Hej,0,0,borgmesteren,,\n",
                      ["Række 2:", "»borgmesteren«"]),
    "binary file": (None, ["ikke et regneark"]),
}


@pytest.mark.parametrize("case", MALFORMED)
@pytest.mark.parametrize("target", ["existing", "new"])
def test_malformed_sheets_are_refused(tmp_path: Path, ff_camp: Path, capsys, case: str,
                                      target: str) -> None:
    text, expected = MALFORMED[case]
    sheet = tmp_path / "dårligt.csv"
    if text is None:
        sheet.write_bytes(ff_camp.read_bytes()[:4096])
    else:
        sheet.write_text(text, encoding="utf-8")
    camp = ff_camp if target == "existing" else tmp_path / "ny.camp"
    before = digest(ff_camp)
    capsys.readouterr()
    assert main(["import-sheet", str(sheet), "--camp", str(camp)]) == 2
    err = capsys.readouterr().err
    for part in expected:
        assert part in err
    assert "Traceback" not in err
    assert digest(ff_camp) == before
    assert target == "existing" or not camp.exists()


def test_sheet_of_another_camp_leaves_the_camp_unchanged(ff_camp: Path, fixtures_dir: Path,
                                                        capsys) -> None:
    before = digest(ff_camp)
    assert main(["import-sheet", str(fixtures_dir / "camp_ub.csv"), "--camp", str(ff_camp)]) == 2
    assert "Arket er fra camp »ub«" in capsys.readouterr().err
    assert digest(ff_camp) == before


def test_a_new_camp_is_removed_when_its_import_fails(tmp_path: Path, fixtures_dir: Path,
                                                     capsys) -> None:
    program = json.loads((REPO / "resources/programs/camp_day.json").read_text("utf-8"))
    program["steps"] = [s for s in program["steps"] if s["key"] != "good_idea"]
    (tmp_path / "kort.json").write_text(json.dumps(program), encoding="utf-8")
    camp = tmp_path / "ny.camp"
    code = main(["import-sheet", str(fixtures_dir / "camp_ub.csv"), "--camp", str(camp),
                 "--program", str(tmp_path / "kort.json")])
    assert code == 2
    assert "Række 103: campens program har intet trin »good_idea«" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kort.json"]


def test_kit_bundle_and_collect(tmp_path: Path, ff_camp: Path, capsys) -> None:
    kit, laptop = tmp_path / "ff.campkit", tmp_path / "bord.camp"
    assert main(["export-kit", str(ff_camp), "--out", str(kit)]) == 0
    assert main(["open-kit", str(kit), "--camp", str(laptop)]) == 0
    with CampStore.open(laptop) as store:
        store.board.add_note(step_id=store.frame.step_by_key("indicators").id,
                       table_id=store.frame.table_by_code("H1-B2").id, text="Skrevet ved bordet")
    folder = tmp_path / "pakker"
    folder.mkdir()
    bundle = folder / "H1-B2.campbundle"
    assert main(["export-bundle", str(laptop), "--table", "H1-B2", "--out", str(bundle)]) == 0
    capsys.readouterr()
    assert main(["collect", str(ff_camp), str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Bord H1-B2: 1 ny, 0 ændrede, 0 slettede" in out
    assert "Mangler stadig pakke fra: H1-B1, H1-B3" in out
    assert main(["collect", str(ff_camp), str(bundle)]) == 0
    assert "Bord H1-B2: 0 nye" in capsys.readouterr().out
    assert camp_counts(ff_camp)[0]["H1-B2"] == 44

    before = digest(ff_camp)
    assert main(["collect", str(ff_camp), str(kit)]) == 2
    assert "Afvist: »" in capsys.readouterr().err
    assert digest(ff_camp) == before


@pytest.mark.parametrize("argv", [
    [],
    ["bland"],
    ["collect", "x.camp"],
    ["export-bundle", "x.camp", "--out", "y"],
])
def test_usage_errors_exit_2(argv: list[str], capsys) -> None:
    assert main(argv) == 2
    assert "forkert brug" in capsys.readouterr().err


def test_bad_input_is_explained_in_danish(tmp_path: Path, ff_camp: Path, capsys) -> None:
    assert main(["export-sheet", str(ff_camp), "--out", str(tmp_path / "ud.txt")]) == 2
    assert ".csv eller .xlsx" in capsys.readouterr().err
    assert main(["export-bundle", str(ff_camp), "--table", "H9", "--out",
                 str(tmp_path / "b")]) == 2
    assert "intet bord med koden »H9«" in capsys.readouterr().err
    assert main(["export-kit", str(tmp_path / "findes-ikke.camp"), "--out",
                 str(tmp_path / "k")]) == 2
    assert "findes ikke" in capsys.readouterr().err
    assert main(["export-sheet", str(ff_camp), "--out", str(tmp_path / "ingen" / "ud.csv")]) == 2
    assert "ud.csv« kan ikke gemmes" in capsys.readouterr().err
    assert main(["export-kit", str(ff_camp), "--out", str(tmp_path / "ingen" / "k")]) == 2
    assert "kan ikke gemmes" in capsys.readouterr().err
    assert main(["--help"]) == 0


def test_as_a_program_no_traceback(tmp_path: Path) -> None:
    sheet = tmp_path / "billede.csv"
    sheet.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "facilitator.cli", "import-sheet", str(sheet), "--camp",
         str(tmp_path / "x.camp")],
        env=env, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 2
    assert "ikke et regneark" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.camp").exists()


def test_the_same_sheet_twice_is_refused_unless_again(tmp_path: Path, ff_camp: Path,
                                                       fixtures_dir: Path, capsys) -> None:
    """The same rows (here saved as a workbook under another name) would double every
    note: exit 2 and a message, the camp unchanged; ``--again`` imports them anyway."""
    from facilitator.export.transcription_sheet import write_sheet

    capsys.readouterr()
    once = sum(camp_counts(ff_camp)[0].values())
    copy = tmp_path / "kopi med nyt navn.xlsx"
    write_sheet(read_sheet(fixtures_dir / "camp_ff.csv"), copy)
    before = digest(ff_camp)
    assert main(["import-sheet", str(copy), "--camp", str(ff_camp)]) == 2
    err = capsys.readouterr().err
    assert "»kopi med nyt navn.xlsx« er allerede indlæst i campen" in err
    assert "148 rækker, som »camp_ff.csv«" in err
    assert "kommer hver note to gange. Intet er indlæst." in err
    assert "--again" in err and "Traceback" not in err
    assert digest(ff_camp) == before

    assert main(["import-sheet", str(copy), "--camp", str(ff_camp), "--again"]) == 0
    assert sum(camp_counts(ff_camp)[0].values()) == 2 * once
    # Once imported again, it is still the same sheet: refused a third time.
    assert main(["import-sheet", str(fixtures_dir / "camp_ff.csv"), "--camp", str(ff_camp)]) == 2
    # One row changed is another sheet.
    rows = sheet_rows(fixtures_dir / "camp_ff.csv")
    rows[0]["text"] += " (rettet)"
    changed = tmp_path / "rettet.csv"
    with changed.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert main(["import-sheet", str(changed), "--camp", str(ff_camp)]) == 0
