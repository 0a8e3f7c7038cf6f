"""The follow-up export (issue 18): one list per actor of what is agreed, by whom, by
when, with status and latest comment, as XLSX and PDF, from camps and dialogue files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from facilitator.domain.messages import UserError
from facilitator.export.followup_exports import export_followup
from facilitator.export.followup_exports import read_followup
from facilitator.program import load_program
from facilitator.store import CampStore
from tests.export.followup_fixtures import camp_with_followup
from tests.export.followup_fixtures import dialogue_with_agreement


def test_the_lists_say_who_does_what_by_when(tmp_path: Path) -> None:
    camp = camp_with_followup(tmp_path / "lejre.camp")
    lists = read_followup([camp], today=date(2026, 7, 1))
    assert [name for name, _ in lists.lists] == ["Kommunen", "Borgerne", "Uden aktør"]
    kommune = dict(lists.lists)["Kommunen"]
    [hall] = kommune
    assert (hall.what, hall.person, hall.deadline, hall.status, hall.comment, hall.source) == (
        "Åbne hallen om aftenen", "Bo Jensen", "01.09.2099", "aftalt",
        "20.06.2026: Nøglen udleveret", "B1")
    borgere = dict(lists.lists)["Borgerne"]
    assert [(r.what, r.deadline, r.status, r.overdue) for r in borgere] == [
        ("Forældre kører på skift", "", "forslag", False),
        ("Flere busser til Hvalsø", "31.01.2020 (overskredet)", "i gang", True)]


def test_xlsx_has_every_item_and_a_sheet_per_actor(tmp_path: Path) -> None:
    camp = camp_with_followup(tmp_path / "lejre.camp")
    dialogue = dialogue_with_agreement(tmp_path / "dialog.camp")
    out = export_followup([camp, dialogue], tmp_path / "opfølgning.xlsx")
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Alle", "Kommunen", "Borgerne", "Uden aktør"]
    rows = [list(r) for r in book["Alle"].iter_rows(values_only=True)]
    assert rows[0] == ["Aktør", "Hvad", "Fra", "Hvem", "Frist", "Status", "Seneste kommentar"]
    assert ["Kommunen", "Åbne hallen om aftenen", "Camp Lejre · B1", "Bo Jensen",
            "01.09.2099", "aftalt", "20.06.2026: Nøglen udleveret"] in rows
    assert ["Uden aktør", "Mødes igen i juni", "Dialog på biblioteket · D1", "Karen",
            "efter sommerferien", "gennemført", None] in rows
    assert len(rows) == 1 + 5
    kommune = [list(r) for r in book["Kommunen"].iter_rows(values_only=True)]
    assert [r[0] for r in kommune[1:]] == ["Åbne hallen om aftenen"]
    book.close()


def test_pdf_has_one_list_per_actor(tmp_path: Path) -> None:
    camp = camp_with_followup(tmp_path / "lejre.camp")
    out = export_followup([camp], tmp_path / "opfølgning.pdf")
    with out.open("rb") as handle:
        text = " ".join(p.extract_text() or "" for p in PdfReader(handle).pages)
    flat = " ".join(text.split())
    assert "Opfølgning på bidrag og aftaler" in flat
    for expected in ("Kommunen", "Borgerne", "Uden aktør", "Åbne hallen om aftenen",
                     "Bo Jensen", "01.09.2099", "aftalt", "Nøglen udleveret",
                     "overskredet", "i gang", "Lektiecafé"):
        assert expected in flat, expected
    assert flat.index("Kommunen") < flat.index("Åbne hallen") < flat.index("Borgerne") \
        < flat.index("Forældre kører") < flat.index("Uden aktør") < flat.index("Lektiecafé")
    assert "Ringet op" not in flat  # only the latest comment


def test_bad_targets_are_refused_and_no_camp_is_changed(tmp_path: Path) -> None:
    camp = camp_with_followup(tmp_path / "lejre.camp")
    before = camp.read_bytes()
    for target in (tmp_path / "opfølgning.docx", camp):
        with pytest.raises(UserError):
            export_followup([camp], target)
    with pytest.raises(UserError):
        export_followup([], tmp_path / "tom.pdf")
    assert camp.read_bytes() == before
    assert not (tmp_path / "opfølgning.docx").exists()


def test_a_comment_longer_than_a_cell_goes_on_below_whole(tmp_path: Path) -> None:
    """Excel counts an emoji as two: the text is split by Excel's count, never cut."""
    from facilitator.store import CampStore

    camp = camp_with_followup(tmp_path / "lejre.camp")
    long = "🙂 " * 12_000 + "slut"  # 24,004 characters, 36,004 of Excel's units
    with CampStore.open(camp) as store:
        item = next(i for i in store.followup.items() if i.text == "Åbne hallen om aftenen")
        store.followup.add_comment(item_id=item.id, date="2026-06-30", text=long)
    out = export_followup([camp], tmp_path / "opfølgning.xlsx")
    book = openpyxl.load_workbook(out, read_only=True)
    cells = [row[-1] for row in book["Kommunen"].iter_rows(values_only=True)][1:]
    book.close()
    assert "".join(c for c in cells if c) == "30.06.2026: " + long


def test_an_actor_named_with_control_characters_still_gives_a_workbook(tmp_path: Path) -> None:
    """An actor's name becomes a sheet's name, and the sheet's name is written into the
    workbook's XML: a control character in it (pasted from anywhere) made a file that
    Excel and openpyxl refuse. Found by the generative export test."""
    path = tmp_path / "camp.camp"
    with CampStore.create(path, program=load_program("camp_day"), title="Camp") as store:
        step = store.frame.step_by_key("contributions")
        table = store.frame.add_table(code="B1")
        actor = store.frame.add_actor(name="Kommunen\x03 og\x0b skolen")
        store.board.add_contribution(step_id=step.id, table_id=table.id, text="Åbne hallen",
                                     actor_id=actor.id)
    out = export_followup([path], tmp_path / "opfølgning.xlsx")
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Alle", "Kommunen og skolen"]
    assert [r[0] for r in book["Kommunen og skolen"].iter_rows(values_only=True)][1:] == [
        "Åbne hallen"]
    book.close()
