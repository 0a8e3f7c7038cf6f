"""The camp as a workbook: all notes first (it imports again), then a sheet per step."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from facilitator.domain.messages import UserError
from facilitator.domain.transcription import COLUMNS
from facilitator.domain.transcription import STEP_KEYS
from facilitator.export.workbook import ALL_NOTES
from facilitator.export.workbook import build_workbook
from facilitator.export.workbook import sheet_name
from facilitator.sheet_files import read_sheet
from facilitator.store import CampStore
from facilitator.store.transcription import export_rows

FORMULAS = ("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "=HYPERLINK(\"x\")")


@pytest.fixture
def filled(store: CampStore) -> CampStore:
    t1, t2 = store.frame.tables()
    indicators = store.frame.step_by_key("indicators")
    prerequisites = store.frame.step_by_key("prerequisites")
    for text in FORMULAS:
        store.board.add_note(step_id=indicators.id, table_id=t1.id, text=text)
    store.board.add_note(step_id=indicators.id, table_id=t2.id, text="Karen Hansen siger ja")
    store.board.add_note(step_id=prerequisites.id, table_id=t1.id, text="Busser om aftenen")
    return store


def load(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)  # not data_only: a formula would show as one


def test_all_notes_then_one_sheet_per_step(filled: CampStore, tmp_path: Path) -> None:
    out = tmp_path / "noter.xlsx"
    summary = build_workbook(filled, out)
    steps = [sheet_name(s.title) for s in filled.frame.steps() if s.key in STEP_KEYS]
    assert len(steps) == len(STEP_KEYS)  # the lunch break has no sheet
    assert summary.sheets == (ALL_NOTES, *steps)
    assert summary.rows == len(FORMULAS) + 2
    book = load(out)
    try:
        assert book.sheetnames == [ALL_NOTES, *steps]
        for sheet in book.worksheets:
            header = [c.value for c in next(sheet.iter_rows(max_row=1))]
            assert header == list(COLUMNS)
            assert sheet.freeze_panes == "A2"
            assert sheet.auto_filter.ref is not None
            assert sheet.auto_filter.ref.startswith("A1:V")
            assert sheet.column_dimensions["J"].width > 40  # the text column is wide
        indicator_sheet = book["Indikatorer på succes"]
        assert indicator_sheet.max_row == 1 + len(FORMULAS) + 1
        assert {r[7] for r in indicator_sheet.iter_rows(min_row=2, values_only=True)} == {
            "indicators"}
        assert book["Forudsætninger"].max_row == 2
        assert book["Hvordan kan vi bidrage"].max_row == 1  # header only, filter still on
        assert book[ALL_NOTES].max_row == 1 + summary.rows
    finally:
        book.close()


def test_formula_like_text_stays_a_string(filled: CampStore, tmp_path: Path) -> None:
    out = tmp_path / "noter.xlsx"
    build_workbook(filled, out)
    book = load(out)
    try:
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
        text_col = COLUMNS.index("text")
        texts = [r[text_col].value for r in book[ALL_NOTES].iter_rows(min_row=2)]
        assert set(FORMULAS) <= set(texts)
        cells = [r[text_col] for r in book[ALL_NOTES].iter_rows(min_row=2)]
        assert all(c.data_type == "s" for c in cells)
        votes = [r[COLUMNS.index("votes")] for r in book[ALL_NOTES].iter_rows(min_row=2)]
        assert all(c.data_type == "n" for c in votes)  # numbers stay numbers
    finally:
        book.close()


def test_the_workbook_imports_again_from_its_first_sheet(filled: CampStore,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "noter.xlsx"
    build_workbook(filled, out)
    assert read_sheet(out) == export_rows(filled)


def test_names_are_replaced_and_the_camp_is_unchanged(filled: CampStore,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "noter.xlsx"
    before = [n.text for n in filled.board.notes(filled.frame.step_by_key("indicators").id,
                                           all_tables=True)]
    build_workbook(filled, out, pseudonyms={"karen hansen": "K.H."})
    texts = [r.text for r in read_sheet(out)]
    assert "K.H. siger ja" in texts and not any("Karen" in t for t in texts)
    after = [n.text for n in filled.board.notes(filled.frame.step_by_key("indicators").id,
                                          all_tables=True)]
    assert after == before


def test_an_unwritable_place_is_a_message_and_leaves_nothing(filled: CampStore,
                                                             tmp_path: Path) -> None:
    with pytest.raises(UserError) as info:
        build_workbook(filled, tmp_path / "mangler" / "noter.xlsx")
    assert "kan ikke gemmes" in str(info.value) and "mappen findes ikke" in str(info.value)
    folder = tmp_path / "ud"
    (folder / "noter.xlsx").mkdir(parents=True)
    with pytest.raises(UserError):
        build_workbook(filled, folder / "noter.xlsx")
    assert [p.name for p in folder.iterdir()] == ["noter.xlsx"]


@pytest.mark.parametrize(("title", "taken", "expected"), [
    ("Indikatorer på succes", (), "Indikatorer på succes"),
    ("Hvad/hvem: [A]*?\\", (), "Hvad-hvem- -A"),
    ("Hvordan kan vi bidrage?", (), "Hvordan kan vi bidrage"),
    ("Afvejninger for at lykkes (dilemmaer)", (), "Afvejninger for at lykkes (dile"),
    ("'Citat'", (), "Citat"),
    ("", (), "Trin"),
    ("History", (), "Trin History"),
    ("Alle noter", ("Alle noter",), "Alle noter (2)"),
    ("Forudsætninger", ("forudsætninger", "Forudsætninger (2)"), "Forudsætninger (3)"),
    ("x" * 40, ("x" * 31,), "x" * 27 + " (2)"),
    ("Kommunen\x03", (), "Kommunen"),
    ("Borg\x87erne\x13\x0b i \ud800 byen", (), "Borg erne i byen"),
    ("\x00\x1f", (), "Trin"),
])
def test_sheet_names_follow_excels_rules(title: str, taken: tuple[str, ...],
                                         expected: str) -> None:
    name = sheet_name(title, taken)
    assert name == expected
    assert len(name) <= 31 and not set("[]:*?/\\") & set(name)


def test_the_people_counted_at_the_tables_are_the_last_sheet(filled: CampStore,
                                                             tmp_path: Path) -> None:
    t1, t2 = filled.frame.tables()
    filled.participants.set_count(table_id=t1.id, group_key="citizens", people=5)
    filled.participants.set_count(table_id=t1.id, group_key="politicians", people=1)
    filled.participants.set_count(table_id=t2.id, group_key="citizens", people=0)
    out = tmp_path / "noter.xlsx"
    summary = build_workbook(filled, out)
    assert summary.sheets[-1] == "Deltagere"
    book = load(out)
    try:
        rows = list(book["Deltagere"].iter_rows(values_only=True))
    finally:
        book.close()
    assert rows == [
        ("Bord", "Hovedgruppe", "Borgere", "Foreninger/erhverv", "Politikere", "Medarbejdere",
         "Andre", "I alt"),
        ("H1-B1", "H1", 5, 0, 1, 0, 0, 6),
        ("H1-B2", "H1", 0, 0, 0, 0, 0, 0),
        ("I alt", None, 5, 0, 1, 0, 0, 6)]
    # The first sheet still imports again as it did: the new sheet is after it.
    assert read_sheet(out) == export_rows(filled)
