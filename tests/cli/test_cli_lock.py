"""The command line beside another copy of the app that has the camp open to write:
verbs that write refuse with exit 2 and say why; verbs that only read still work."""

from __future__ import annotations

from pathlib import Path

from facilitator.cli import main
from facilitator.store import CampStore
from tests.badfiles import camp_digest
from tests.store.test_camp_lock import held_by_another_process

HELD_WORDS = "er allerede åben i Facilitator et andet sted"
SHEET = ("camp_id,camp_title,core_task,camp_date,participants,main_group,table,step,"
         "title,text,votes,selected,actor,prerequisite,source_page\n"
         "c,Testcamp,,,,H1,H1-B1,indicators,,Flere bænke,0,0,,,\n")


def test_writing_verbs_refuse_while_another_copy_holds_the_camp(
        camp_path: Path, tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "ark.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    bundle = tmp_path / "H1-B1.campbundle"
    assert main(["export-bundle", str(camp_path), "--table", "H1-B1", "--out", str(bundle)]) == 0
    capsys.readouterr()
    with held_by_another_process(camp_path):
        before = camp_digest(camp_path)
        for argv in (["import-sheet", str(sheet), "--camp", str(camp_path)],
                     ["collect", str(camp_path), str(bundle)]):
            assert main(argv) == 2, argv
            err = capsys.readouterr().err
            assert f"»{camp_path}« {HELD_WORDS}" in err
            assert "Traceback" not in err
        assert camp_digest(camp_path) == before
        # Looking is allowed: exports read a snapshot and take no lock.
        pdf = tmp_path / "opsamling.pdf"
        assert main(["export-pdf", str(camp_path), "--out", str(pdf)]) == 0
        assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["import-sheet", str(sheet), "--camp", str(camp_path)]) == 0
    with CampStore.open(camp_path, snapshot=True) as store:
        notes = store.board.notes(store.frame.step_by_key("indicators").id,
                            store.frame.table_by_code("H1-B1").id)
        assert [n.text for n in notes] == ["Flere bænke"]
