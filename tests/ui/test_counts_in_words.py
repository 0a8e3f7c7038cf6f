"""Counts read right for 1 and for many, on screen, in the PDF and on the command line:
never "1 noter fra 1 bord", "3 borde i 1 hovedgrupper" or "bordpakke(r)"."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from facilitator.cli import main as cli_main
from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.ui.shell.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from export_fixtures import body_text

#: A plural noun after the number 1, or a form left open.
WRONG = re.compile(r"\b1 (noter|borde|hovedgrupper|rækker|bordpakker|nye|ændrede|slettede|"
                   r"aktører|avisforsider|dialoger|deltagere|målinger|stemmer|navne)\b"
                   r"|\((e?r)\)")


@pytest.fixture
def one_table_camp(tmp_path: Path) -> Path:
    """One main group, one table, one note: every count in it is 1."""
    path = tmp_path / "lille.camp"
    with CampStore.create(path, program=load_program("camp_day"), title="Lille camp",
                          date="2026-05-09") as store:
        group = store.frame.add_main_group(code="H1")
        table = store.frame.add_table(code="H1-B1", main_group_id=group.id)
        store.board.add_note(step_id=store.frame.step_by_key("indicators").id, table_id=table.id,
                       text="Flere bænke ved søen", selected=True)
    return path


def test_the_pdf_and_the_command_line_count_one_in_the_singular(
        one_table_camp: Path, tmp_path: Path, capsys) -> None:
    pdf = tmp_path / "opsamling.pdf"
    kit, laptop, folder = tmp_path / "lille.campkit", tmp_path / "bord.camp", tmp_path / "ind"
    folder.mkdir()
    assert cli_main(["export-pdf", str(one_table_camp), "--out", str(pdf)]) == 0
    assert cli_main(["export-kit", str(one_table_camp), "--out", str(kit)]) == 0
    assert cli_main(["open-kit", str(kit), "--camp", str(laptop)]) == 0
    with CampStore.open(laptop) as store:
        store.board.add_note(step_id=store.frame.step_by_key("indicators").id,
                       table_id=store.frame.table_by_code("H1-B1").id, text="Skrevet ved bordet")
    assert cli_main(["export-bundle", str(laptop), "--table", "H1-B1",
                     "--out", str(folder / "H1-B1.campbundle")]) == 0
    assert cli_main(["collect", str(one_table_camp), str(folder)]) == 0
    printed = capsys.readouterr().out
    text = body_text(pdf)
    assert "1 bord i 1 hovedgruppe" in text
    assert "1 note fra 1 bord" in text
    assert ": 1 bord, " in printed  # the kit
    assert "Bord H1-B1: 1 ny, 0 ændrede, 0 slettede" in printed
    assert [m.group(0) + " in " + (text + printed)[max(m.start() - 60, 0):m.end()]
            for m in WRONG.finditer(text + printed)] == []


def test_the_collection_screen_counts_one_table_in_the_singular(
        qtbot, one_table_camp: Path, monkeypatch) -> None:
    QSettings().clear()
    monkeypatch.setattr(MainWindow, "_warn", lambda self, text: None)
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert window.open_camp(one_table_camp)
        collect = window.camp_view.collect
        assert collect.summary_label.text() == "0 af 1 bord har leveret"
        assert WRONG.findall(collect.summary_label.text()) == []
    finally:
        window.close_camp()
