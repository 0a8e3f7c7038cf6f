"""``facilitator export-followup CAMP… --out FILE``: the follow-up as .xlsx or .pdf."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pypdf import PdfReader

from facilitator.cli import main
from tests.export.followup_fixtures import camp_with_followup
from tests.export.followup_fixtures import dialogue_with_agreement


def test_export_followup_writes_xlsx_and_pdf_by_the_suffix(tmp_path: Path, capsys) -> None:
    camp = camp_with_followup(tmp_path / "lejre.camp")
    dialogue = dialogue_with_agreement(tmp_path / "dialog.camp")
    xlsx, pdf = tmp_path / "opf.xlsx", tmp_path / "opf.pdf"
    assert main(["export-followup", str(camp), str(dialogue), "--out", str(xlsx)]) == 0
    assert "Opfølgningen (5 punkter hos 3 aktører) er gemt i" in capsys.readouterr().out
    book = openpyxl.load_workbook(xlsx, read_only=True)
    cells = [c for r in book["Alle"].iter_rows(values_only=True) for c in r if c]
    book.close()
    assert "Mødes igen i juni" in cells and "Åbne hallen om aftenen" in cells
    assert main(["export-followup", str(camp), "--out", str(pdf)]) == 0
    with pdf.open("rb") as handle:
        text = " ".join(p.extract_text() or "" for p in PdfReader(handle).pages)
    assert "Åbne hallen om aftenen" in text and "Bo Jensen" in text


def test_export_followup_refuses_in_danish(tmp_path: Path, capsys) -> None:
    camp = camp_with_followup(tmp_path / "lejre.camp")
    assert main(["export-followup", str(camp), "--out", str(tmp_path / "x.txt")]) == 2
    assert "gemmes som regneark (.xlsx) eller PDF (.pdf)" in capsys.readouterr().err
    assert main(["export-followup", str(tmp_path / "findes-ikke.camp"),
                 "--out", str(tmp_path / "x.pdf")]) == 2
    assert capsys.readouterr().err.strip()
