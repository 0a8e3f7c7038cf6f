"""The export verbs: the camp summary and table sheets as PDF, across camps, workbooks.

Both fixture camps go in through ``import-sheet`` and out through ``export-pdf``; the PDF
must hold every text of the sheet (after the same normalisation the report applies to
characters its font lacks), every section and every table. Failures say why in Danish,
exit with 2 and leave no file behind; the camp files are never changed.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from pathlib import Path

import openpyxl
import pytest

from facilitator.app import CLI_VERBS
from facilitator.cli import main
from facilitator.export.pdf.text import printable
from facilitator.sheet_files import read_sheet
from facilitator.store import CampStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from export_fixtures import body_text
from export_fixtures import normalise
from export_fixtures import page_texts

FIXTURES = ("camp_ff.csv", "camp_ub.csv")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sheet(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def shown(text: str) -> str:
    """A text as the report prints it: characters the font lacks replaced, spaces one."""
    return normalise(printable(text))


def furniture(camp: Path) -> tuple[str, ...]:
    with CampStore.open(camp, read_only=True) as store:
        c = store.frame.camp()
    from facilitator.export.pdf.text import danish_date

    return (f"Opsamling på camp · {c.title}", f"{c.core_task} · {danish_date(c.date)}")


def imported(tmp_path: Path, fixtures_dir: Path, name: str) -> Path:
    camp = tmp_path / f"{Path(name).stem}.camp"
    assert main(["import-sheet", str(fixtures_dir / name), "--camp", str(camp)]) == 0
    return camp


#: Each fixture imported and exported once for the tests that only read the result.
_EXPORTED: dict[str, tuple[str, Path, Path]] = {}


@pytest.fixture(params=FIXTURES)
def exported(request, fixtures_dir: Path,
             tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    name = request.param
    if name not in _EXPORTED:
        folder = tmp_path_factory.mktemp("export")
        camp = imported(folder, fixtures_dir, name)
        out = folder / "opsamling.pdf"
        assert main(["export-pdf", str(camp), "--out", str(out)]) == 0
        _EXPORTED[name] = (name, camp, out)
    return _EXPORTED[name]


def test_the_verbs_are_routed_from_the_app() -> None:
    assert {"export-pdf", "export-cross", "export-sheet"} <= CLI_VERBS


def test_the_summary_holds_every_text_of_the_sheet(exported, fixtures_dir: Path) -> None:
    name, camp, out = exported
    text = body_text(out, furniture=furniture(camp))
    rows = sheet(fixtures_dir / name)
    missing = [r["text"] for r in rows if r["text"] and shown(r["text"]) not in text]
    missing += [r["title"] for r in rows if r["title"] and shown(r["title"]) not in text]
    missing += [r["prerequisite"] for r in rows
                if r["prerequisite"] and shown(r["prerequisite"]) not in text]
    assert missing == []


def test_the_summary_has_every_section_and_table(exported, fixtures_dir: Path) -> None:
    name, camp, out = exported
    text = body_text(out, furniture=furniture(camp))
    with CampStore.open(camp, read_only=True) as store:
        titles = [s.title for s in store.frame.steps() if s.kind != "break"]
        codes = [t.code for t in store.frame.tables()]
    for heading in ("Indhold", "Om campen", "Borde og hovedgrupper", "Bilag: Rådata", *titles,
                    *(f"Rådata: {t}" for t in titles)):
        assert heading in text, heading
    assert set(codes) == {r["table"] for r in sheet(fixtures_dir / name) if r["table"]}
    for code in codes:
        assert f"Bord {code}" in text, code
    cover = normalise(page_texts(out)[0])
    first = sheet(fixtures_dir / name)[0]
    assert first["camp_title"] in cover and first["core_task"] in cover


def test_categories_made_in_the_camp_are_in_the_summary(tmp_path: Path,
                                                       fixtures_dir: Path) -> None:
    camp = imported(tmp_path, fixtures_dir, "camp_ff.csv")
    with CampStore.open(camp) as store:
        step = store.frame.step_by_key("indicators")
        notes = store.board.notes(step.id, all_tables=True)
        made = [store.consolidation.add_category(step_id=step.id, name=n)
                for n in ("Fællesskab på tværs", "Information og viden", "Økonomi")]
        for i, note in enumerate(notes[:-3]):
            store.consolidation.assign_note(note_id=note.id, category_id=made[i % 3].id)
        counts = {c.name: c.count for c in store.consolidation.categories(step.id)}
    before = digest(camp)
    out = tmp_path / "opsamling.pdf"
    assert main(["export-pdf", str(camp), "--out", str(out)]) == 0
    text = body_text(out, furniture=furniture(camp))
    for category, count in counts.items():
        assert re.search(re.escape(category) + rf" {count} \d+ %", text), category
    assert "Ikke kategoriseret 3" in text
    assert digest(camp) == before


@pytest.mark.parametrize("name", FIXTURES)
def test_one_tables_sheet_holds_that_table_only(tmp_path: Path, fixtures_dir: Path, capsys,
                                                 name: str) -> None:
    camp = imported(tmp_path, fixtures_dir, name)
    rows = sheet(fixtures_dir / name)
    code = rows[0]["table"]
    out = tmp_path / "bordark.pdf"
    capsys.readouterr()
    assert main(["export-pdf", str(camp), "--out", str(out), "--table", code.lower()]) == 0
    assert str(out) in capsys.readouterr().out
    text = body_text(out)
    mine = {shown(r["text"]) for r in rows if r["table"] == code and r["text"]}
    assert [t for t in mine if t not in text] == []
    others = {shown(r["text"]) for r in rows if r["table"] != code and r["text"]} - mine
    leaked = [t for t in others if t not in text]
    assert len(leaked) == len(others)  # nothing of the other tables
    assert f"Bord {code}" in text
    assert not any(other in text for other in {r["table"] for r in rows} - {code, ""})


def test_names_are_replaced_and_the_camp_file_stays_as_it_was(tmp_path: Path,
                                                              fixtures_dir: Path) -> None:
    camp = imported(tmp_path, fixtures_dir, "camp_ub.csv")
    with CampStore.open(camp) as store:
        store.names.add_pseudonym(name="Nina", replacement="Borger A")
        step = store.frame.step_by_key("indicators")
        table = store.frame.tables()[0]
        store.board.add_note(step_id=step.id, table_id=table.id,
                             text="Karen Hansen og KAREN hansen")
        store.names.add_pseudonym(name="Karen Hansen")
    before = digest(camp)
    plain, replaced = tmp_path / "med navne.pdf", tmp_path / "uden navne.pdf"
    assert main(["export-pdf", str(camp), "--out", str(plain)]) == 0
    assert main(["export-pdf", str(camp), "--out", str(replaced), "--pseudonymise"]) == 0
    assert "Nina" in body_text(plain) and "Karen Hansen" in body_text(plain)
    text = body_text(replaced)
    assert "Nina" not in text and "Karen" not in text and "KAREN" not in text
    assert "At presse Borger A til et pålæg" in text
    assert "Borger As motivation" in text  # "Ninas", the genitive
    assert "K.H. og K.H." in text
    sheet_out = tmp_path / "noter.xlsx"
    assert main(["export-sheet", str(camp), "--out", str(sheet_out), "--pseudonymise"]) == 0
    texts = " ".join(r.text for r in read_sheet(sheet_out))
    assert "Nina" not in texts and "Borger A" in texts and "K.H." in texts
    csv_out = tmp_path / "noter.csv"
    assert main(["export-sheet", str(camp), "--out", str(csv_out), "--pseudonymise"]) == 0
    assert "Nina" not in csv_out.read_text(encoding="utf-8-sig")
    assert digest(camp) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [camp.name, plain.name, replaced.name, sheet_out.name, csv_out.name])


def test_across_camps(tmp_path: Path, fixtures_dir: Path, capsys) -> None:
    camps = [imported(tmp_path, fixtures_dir, name) for name in FIXTURES]
    with CampStore.open(camps[1]) as store:
        store.analysis.add_message(heading="PRAKTIK", body="Flere praktikpladser i kommunen.")
    before = [digest(c) for c in camps]
    out = tmp_path / "på tværs.pdf"
    capsys.readouterr()
    assert main(["export-cross", *map(str, camps), "--out", str(out)]) == 0
    assert "2 camps" in capsys.readouterr().out
    text = body_text(out)
    for expected in ("Camp 3: Fællesskaber og fritid", "Camp 3: Uddannelse og beskæftigelse",
                     "PRAKTIK", "Flere praktikpladser i kommunen."):
        assert expected in text
    assert [digest(c) for c in camps] == before


def test_the_workbook_has_a_sheet_per_step_and_imports_again(tmp_path: Path,
                                                              fixtures_dir: Path) -> None:
    camp = imported(tmp_path, fixtures_dir, "camp_ff.csv")
    out = tmp_path / "noter.xlsx"
    assert main(["export-sheet", str(camp), "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        names = book.sheetnames
    finally:
        book.close()
    assert names[0] == "Alle noter" and "Indikatorer på succes" in names and len(names) > 5
    again = tmp_path / "igen.camp"
    assert main(["import-sheet", str(out), "--camp", str(again)]) == 0
    out2 = tmp_path / "igen.xlsx"
    assert main(["export-sheet", str(again), "--out", str(out2)]) == 0
    assert read_sheet(out2) == read_sheet(out)
    assert len(read_sheet(out)) == len(sheet(fixtures_dir / "camp_ff.csv"))


def bad_cases(tmp: Path, camp: Path) -> dict[str, tuple[list[str], str, Path]]:
    not_a_camp = tmp / "noter.camp"
    not_a_camp.write_text("ikke en camp", encoding="utf-8")
    blocked = tmp / "optaget"
    blocked.write_text("en fil, ikke en mappe", encoding="utf-8")
    return {
        "unknown table": (["export-pdf", str(camp), "--out", str(tmp / "a.pdf"),
                           "--table", "H9-B9"], "intet bord med koden »H9-B9«", tmp / "a.pdf"),
        "bad camp file": (["export-pdf", str(not_a_camp), "--out", str(tmp / "b.pdf")],
                          "ikke en camp-fil", tmp / "b.pdf"),
        "missing camp": (["export-pdf", str(tmp / "væk.camp"), "--out", str(tmp / "c.pdf")],
                         "findes ikke", tmp / "c.pdf"),
        "unwritable output": (["export-pdf", str(camp), "--out", str(blocked / "d.pdf")],
                              "kan ikke gemmes", blocked / "d.pdf"),
        "not a pdf": (["export-pdf", str(camp), "--out", str(tmp / "e.docx")], ".pdf",
                      tmp / "e.docx"),
        "over the camp": (["export-pdf", str(camp), "--out", str(camp)], ".pdf", camp),
        "bad camp across": (["export-cross", str(camp), str(not_a_camp), "--out",
                             str(tmp / "f.pdf")], "ikke en camp-fil", tmp / "f.pdf"),
        "sheet unwritable": (["export-sheet", str(camp), "--out", str(blocked / "g.xlsx")],
                             "kan ikke gemmes", blocked / "g.xlsx"),
    }


@pytest.mark.parametrize("case", ["unknown table", "bad camp file", "missing camp",
                                  "unwritable output", "not a pdf", "over the camp",
                                  "bad camp across", "sheet unwritable"])
def test_bad_input_exits_2_with_a_danish_message_and_no_file(tmp_path: Path,
                                                             fixtures_dir: Path, capsys,
                                                             case: str) -> None:
    camp = imported(tmp_path, fixtures_dir, "camp_ff.csv")
    argv, expected, target = bad_cases(tmp_path, camp)[case]
    before = digest(camp)
    listing = sorted(p.name for p in tmp_path.iterdir())
    capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert digest(camp) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no file, no leftover
    if target != camp:
        assert not target.exists()


def test_an_unforeseen_error_is_one_line_and_exit_1(tmp_path: Path, monkeypatch, capsys,
                                                     camp_path: Path) -> None:
    """A fault of ours on the command line: one line in Danish, exit 1, no file written,
    the camp as it was."""
    import hashlib

    from facilitator import cli
    from facilitator.export.pdf.document import ReportDoc

    def broken(self, story) -> None:
        Path(self.filename).write_bytes(b"%PDF-1.4 half")
        raise ZeroDivisionError("a bug in the layout")

    monkeypatch.setattr(ReportDoc, "build_all", broken)
    before = hashlib.sha256(camp_path.read_bytes()).hexdigest()
    out = tmp_path / "opsamling.pdf"
    assert cli.main(["export-pdf", str(camp_path), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("Uventet fejl (ZeroDivisionError: a bug in the layout).")
    assert "Intet er gemt, og campen er uændret." in err[0]
    assert not out.exists() and not list(tmp_path.glob(".opsamling*"))
    assert hashlib.sha256(camp_path.read_bytes()).hexdigest() == before


def test_every_report_verb_replaces_the_listed_names(tmp_path: Path) -> None:
    """--pseudonymise on the cross-camp report and the dialogue box's three PDFs too:
    a name on the file's list is printed as its replacement, nowhere as itself."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from gathering_fixtures import GROUPS
    from gathering_fixtures import own_dialogue

    from facilitator.domain.analysis import PurposeText
    from facilitator.program import load_program

    dialogue = tmp_path / "dialog.camp"
    with own_dialogue(dialogue, GROUPS[0]) as store:
        steps = {s.key: s.id for s in store.frame.steps()}
        table = store.frame.tables()[0]
        store.dialogue_box.add_level_note(step_id=steps["triangle"], table_id=table.id, level=1,
                             text="Karen Hansen hjælper naboen")
        store.dialogue_box.add_card(step_id=steps["dilemma_cards"],
                                    text="Karen Hansen mister sit job")
        store.names.add_pseudonym(name="Karen Hansen", replacement="Borger A")
    camp = tmp_path / "camp.camp"
    with CampStore.create(camp, program=load_program("camp_day"), title="Navne") as store:
        store.analysis.add_message(heading="Karen Hansen", body="Karen Hansen samler foreningerne.")
        store.analysis.set_consideration(key=PurposeText.IMPLICATIONS,
                                         text="Som Karen Hansen sagde.")
        store.names.add_pseudonym(name="Karen Hansen", replacement="Borger A")
    verbs = {
        "cross.pdf": ["export-cross", str(camp)],
        "dialog.pdf": ["export-dialogue", str(dialogue)],
        "samlet.pdf": ["export-gathering", str(dialogue)],
        "kit.pdf": ["export-dialogue-kit", str(dialogue)],
    }
    for name, verb in verbs.items():
        plain, replaced = tmp_path / f"med-{name}", tmp_path / f"uden-{name}"
        assert main([*verb, "--out", str(plain)]) == 0
        assert main([*verb, "--out", str(replaced), "--pseudonymise"]) == 0
        assert "Karen Hansen" in normalise(body_text(plain)), name
        text = normalise(body_text(replaced))
        assert "Karen Hansen" not in text and "Borger A" in text, name
