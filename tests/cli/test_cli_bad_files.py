"""The command line against the bad-file corpus: a Danish line on stderr, exit code 2, no
traceback, and every existing camp file byte for byte as it was."""

from __future__ import annotations

import re
from pathlib import Path

import badfiles as bad
import pytest

from facilitator.cli import BAD_INPUT
from facilitator.cli import main
from facilitator.domain import messages as msg
from facilitator.store import CampStore
from facilitator.store import database
from facilitator.store.bundle_files import KIT_NOT_BUNDLE
from facilitator.store.bundle_files import NOT_A_KIT
from facilitator.store.bundles import OTHER_CAMP_BUNDLE
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit

CAMP_KINDS = sorted(bad.CAMP_FILES)


def run(capsys, *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def says(template: str, err: str) -> bool:
    """stderr holds ``template`` with its {fields} filled in."""
    pattern = "".join(".*?" if part.startswith("{") else re.escape(part)
                      for part in re.split(r"(\{\w+\})", template))
    return re.search(pattern, err, flags=re.DOTALL) is not None


def assert_bad_input(result: tuple[int, str, str], expected: str) -> None:
    code, _out, err = result
    assert code == BAD_INPUT
    assert says(expected, err), err
    assert bad.no_traceback(err) and "Error" not in err


@pytest.fixture
def bad_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "ind"
    folder.mkdir()
    return folder


# -- import-sheet -----------------------------------------------------------------------
@pytest.mark.parametrize("kind", sorted(bad.SHEETS))
def test_import_sheet_refuses_bad_sheets(capsys, camp_path: Path, bad_dir: Path,
                                         kind: str) -> None:
    make, expected, first_problem = bad.SHEETS[kind]
    sheet = make(bad_dir)
    before = bad.camp_digest(camp_path)
    result = run(capsys, "import-sheet", sheet, "--camp", camp_path)
    assert_bad_input(result, expected)
    if first_problem is not None:
        assert says(first_problem, result[2])
    assert bad.camp_digest(camp_path) == before
    # Into a camp that does not exist yet: none is made.
    new = camp_path.with_name("ny.camp")
    assert_bad_input(run(capsys, "import-sheet", sheet, "--camp", new), expected)
    assert not list(camp_path.parent.glob("ny.camp*"))


@pytest.mark.parametrize("kind", [k for k in CAMP_KINDS if k != "missing"])
def test_import_sheet_refuses_a_bad_camp(capsys, bad_dir: Path, tmp_path: Path,
                                         kind: str) -> None:
    make, expected = bad.CAMP_FILES[kind]
    camp = make(bad_dir)
    sheet = bad.tab_delimited(tmp_path)  # a good sheet
    before = bad.folder_state(bad_dir)
    assert_bad_input(run(capsys, "import-sheet", sheet, "--camp", camp), expected)
    assert bad.folder_state(bad_dir) == before


def test_import_sheet_into_a_locked_camp(capsys, camp_path: Path, tmp_path: Path) -> None:
    sheet = bad.tab_delimited(tmp_path)
    with bad.locked(camp_path):
        before = bad.camp_digest(camp_path)
        result = run(capsys, "import-sheet", sheet, "--camp", camp_path)
        assert bad.camp_digest(camp_path) == before
    assert_bad_input(result, msg.IN_USE)


def test_import_sheet_into_a_read_only_camp(capsys, camp_path: Path, tmp_path: Path,
                                            monkeypatch) -> None:
    # Simulated: tests run as root, where chmod does not stop writes.
    monkeypatch.setattr(database, "is_writable", lambda path: False)
    before = bad.camp_digest(camp_path)
    result = run(capsys, "import-sheet", bad.tab_delimited(tmp_path), "--camp", camp_path)
    assert_bad_input(result, msg.READ_ONLY)
    assert bad.camp_digest(camp_path) == before


def test_import_sheet_of_100000_rows_with_a_bad_last_row(capsys, camp_path: Path,
                                                         bad_dir: Path) -> None:
    before = bad.camp_digest(camp_path)
    result = run(capsys, "import-sheet", bad.many_rows(bad_dir, bad_last=True),
                 "--camp", camp_path)
    assert_bad_input(result, "Række 100001: ukendt trin »frokost«")
    assert bad.camp_digest(camp_path) == before


# -- collect ----------------------------------------------------------------------------
def other_camp_bundle(folder: Path) -> Path:
    from facilitator.program import load_program

    other = folder / "anden.camp"
    with CampStore.create(other, program=load_program("camp_day"), title="Anden") as store:
        store.frame.add_table(code="H1-B1")
        export_bundle(store, "H1-B1", folder / "anden.campbundle")
    for side in ("", "-wal", "-shm"):
        folder.joinpath("anden.camp" + side).unlink(missing_ok=True)
    return folder / "anden.campbundle"


@pytest.mark.parametrize("kind", [*CAMP_KINDS, "other_camp", "kit"])
def test_collect_refuses_bad_bundles(capsys, camp_path: Path, bad_dir: Path, kind: str) -> None:
    if kind == "other_camp":
        bundle, expected = other_camp_bundle(bad_dir), OTHER_CAMP_BUNDLE
    elif kind == "kit":
        bundle, expected = bad_dir / "kit.campbundle", KIT_NOT_BUNDLE
        with CampStore.open(camp_path, read_only=True) as store:
            export_kit(store, bundle)
    else:
        make, expected = bad.from_outside(kind)
        bundle = make(bad_dir)
    before, folder = bad.camp_digest(camp_path), bad.folder_state(bad_dir)
    result = run(capsys, "collect", camp_path, bundle)
    assert bad.camp_digest(camp_path) == before
    assert bad.folder_state(bad_dir) == folder
    if kind == "directory":  # a folder is searched for bundles, and this one has none
        assert result[0] == 0 and "Ingen bordpakker fundet" in result[1]
        return
    assert_bad_input(result, "Afvist: " + expected)


@pytest.mark.parametrize("kind", CAMP_KINDS)
def test_collect_into_a_bad_camp(capsys, bad_dir: Path, tmp_path: Path, kind: str) -> None:
    make, expected = bad.CAMP_FILES[kind]
    camp = make(bad_dir)
    before = bad.folder_state(bad_dir)
    assert_bad_input(run(capsys, "collect", camp, tmp_path), expected)
    assert bad.folder_state(bad_dir) == before


# -- open-kit, and the verbs that read a camp -------------------------------------------
@pytest.mark.parametrize("kind", [*CAMP_KINDS, "bundle"])
def test_open_kit_refuses_bad_kits(capsys, camp_path: Path, bad_dir: Path, tmp_path: Path,
                                   kind: str) -> None:
    if kind == "bundle":
        kit, expected = bad_dir / "b.campkit", NOT_A_KIT
        with CampStore.open(camp_path, read_only=True) as store:
            export_bundle(store, "H1-B1", kit)
    else:
        make, expected = bad.from_outside(kind)
        kit = make(bad_dir)
    target = tmp_path / "bord.camp"
    assert_bad_input(run(capsys, "open-kit", kit, "--camp", target), expected)
    assert not list(tmp_path.glob("bord.camp*"))


@pytest.mark.parametrize("verb", ["export-sheet", "export-kit", "export-bundle"])
@pytest.mark.parametrize("kind", CAMP_KINDS)
def test_exports_refuse_a_bad_camp(capsys, bad_dir: Path, tmp_path: Path, verb: str,
                                   kind: str) -> None:
    make, expected = bad.CAMP_FILES[kind]
    camp = make(bad_dir)
    out = tmp_path / {"export-sheet": "ud.csv", "export-kit": "ud.campkit",
                      "export-bundle": "ud.campbundle"}[verb]
    extra = ["--table", "H1-B1"] if verb == "export-bundle" else []
    before = bad.folder_state(bad_dir)
    assert_bad_input(run(capsys, verb, camp, "--out", out, *extra), expected)
    assert not out.exists() and bad.folder_state(bad_dir) == before


# -- writers never overwrite what is not theirs --------------------------------------------
def _camp_with_a_note(path: Path) -> Path:
    from facilitator.program import load_program

    with CampStore.create(path, program=load_program("camp_day"), title="Min camp") as store:
        group = store.frame.add_main_group(code="H1")
        table = store.frame.add_table(code="H1-B1", main_group_id=group.id)
        store.board.add_note(step_id=store.frame.step_by_key("indicators").id, table_id=table.id,
                       text="Skal ikke forsvinde")
    return path


@pytest.mark.parametrize("verb", [
    ["export-bundle", "{camp}", "--table", "H1-B1", "--out", "{target}"],
    ["export-kit", "{camp}", "--out", "{target}"],
    ["export-pdf", "{camp}", "--out", "{target}"],
    ["export-sheet", "{camp}", "--out", "{target}"],
    ["export-dialogue", "{camp}", "--out", "{target}"],
], ids=lambda v: v[0])
@pytest.mark.parametrize("victim", ["source", "other-camp"])
def test_no_writer_overwrites_a_camp(tmp_path: Path, capsys, verb: list[str],
                                     victim: str) -> None:
    """`export-bundle CAMP --out CAMP` once replaced the camp with a bundle: every writer
    now refuses a camp (its source or another), exit 2, nothing changed."""
    import hashlib

    camp = _camp_with_a_note(tmp_path / "camp.camp")
    suffix = {"export-pdf": ".pdf", "export-sheet": ".csv", "export-dialogue": ".pdf"}.get(
        verb[0], ".camp")
    if victim == "source":
        target = camp
    else:
        target = _camp_with_a_note(tmp_path / f"anden{suffix}")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    argv = [w.format(camp=camp, target=target) for w in verb]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "overskrevet" in err or "gemmes fra" in err or "er en af campene" in err \
        or "som PDF" in err or ".csv eller .xlsx" in err, err
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    with CampStore.open(target) as store:
        assert [n.text for n in store.board.notes(store.frame.step_by_key("indicators").id,
                                            all_tables=True)] == ["Skal ikke forsvinde"]


def test_a_bundle_replaces_an_older_bundle_but_not_a_kit(tmp_path: Path, capsys) -> None:
    camp = _camp_with_a_note(tmp_path / "camp.camp")
    bundle, kit = tmp_path / "H1-B1.campbundle", tmp_path / "camp.campkit"
    assert main(["export-bundle", str(camp), "--table", "H1-B1", "--out", str(bundle)]) == 0
    assert main(["export-bundle", str(camp), "--table", "H1-B1", "--out", str(bundle)]) == 0
    assert main(["export-kit", str(camp), "--out", str(kit)]) == 0
    assert main(["export-kit", str(camp), "--out", str(kit)]) == 0
    assert main(["export-bundle", str(camp), "--table", "H1-B1", "--out", str(kit)]) == 2
    assert "er et kit og bliver ikke overskrevet" in capsys.readouterr().err
    assert main(["export-kit", str(camp), "--out", str(bundle)]) == 2
    assert "er en bordpakke og bliver ikke overskrevet" in capsys.readouterr().err
