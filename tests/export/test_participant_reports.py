"""People by group in the reports: »Om campen«, the table sheet, the report across camps.

What nobody counted is never shown as zeros: a camp with no counts has no participant
part at all, an uncounted table is named as »ikke opgivet«.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator.export.camp_exports import camp_pdf
from facilitator.export.camp_exports import cross_pdf
from facilitator.program import load_program
from facilitator.store import CampStore


def text_of(path: Path) -> str:
    """The PDF's text with single spaces (a table's cells come out as words)."""
    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def make_camp(path: Path, title: str, counts: dict[str, dict[str, int]]) -> Path:
    with CampStore.create(path, program=load_program("camp_day"), title=title,
                          core_task="Trivsel", date="2026-05-09") as store:
        group = store.frame.add_main_group(code="H1")
        for code in ("H1-B1", "H1-B2", "H1-B3"):
            table = store.frame.add_table(code=code, main_group_id=group.id)
            for key, people in counts.get(code, {}).items():
                store.participants.set_count(table_id=table.id, group_key=key, people=people)
    return path


@pytest.fixture(scope="module")
def camps(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("deltagere")
    counted = make_camp(folder / "talt.camp", "Camp Syd", {
        "H1-B1": {"citizens": 6, "politicians": 2},
        "H1-B2": {"associations": 3, "staff": 1, "others": 0},
    })
    uncounted = make_camp(folder / "utalt.camp", "Camp Nord", {})
    return counted, uncounted


def test_om_campen_has_the_mix_the_tables_and_the_total(camps, tmp_path: Path) -> None:
    counted, _ = camps
    text = text_of(camp_pdf(counted, tmp_path / "camp.pdf"))
    assert ("I alt 12 deltagere ved 2 af 3 borde – borgere: 6, foreninger/erhverv: 3, "
            "politikere: 2, medarbejdere: 1.") in text
    assert "H1-B1 6 0 2 0 0 8" in text
    assert "H1-B2 0 3 0 1 0 4" in text
    assert "I alt 6 3 2 1 0 12" in text
    assert "Antal deltagere ikke opgivet for H1-B3." in text


def test_a_camp_nobody_counted_shows_no_participant_part(camps, tmp_path: Path) -> None:
    _, uncounted = camps
    text = text_of(camp_pdf(uncounted, tmp_path / "camp.pdf"))
    assert "ikke opgivet" not in text
    assert "BORGERE" not in text and "I alt 0" not in text


def test_the_table_sheet_has_its_own_tables_mix(camps, tmp_path: Path) -> None:
    counted, _ = camps
    b1 = text_of(camp_pdf(counted, tmp_path / "b1.pdf", table_code="H1-B1"))
    assert "DELTAGERGRUPPER borgere: 6, politikere: 2 (i alt 8)" in b1
    b2 = text_of(camp_pdf(counted, tmp_path / "b2.pdf", table_code="H1-B2"))
    assert "foreninger/erhverv: 3, medarbejdere: 1 (i alt 4)" in b2
    b3 = text_of(camp_pdf(counted, tmp_path / "b3.pdf", table_code="H1-B3"))
    assert "DELTAGERGRUPPER" not in b3


def test_across_camps_the_camps_stand_side_by_side_with_their_mix(camps,
                                                                   tmp_path: Path) -> None:
    counted, uncounted = camps
    text = text_of(cross_pdf([counted, uncounted], tmp_path / "cross.pdf"))
    assert "Deltagere efter gruppe" in text
    assert "Camp Syd 6 (50 %) 3 (25 %) 2 (17 %) 1 (8 %) 0 (0 %) 12" in text
    assert "Camp Nord ikke opgivet" in text
    alone = text_of(cross_pdf([uncounted], tmp_path / "alone.pdf"))
    assert "Deltagere efter gruppe" not in alone
