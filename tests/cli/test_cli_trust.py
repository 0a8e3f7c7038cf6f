"""The command line's part of issue 15: an empty delivery named, deleted text purged."""

from __future__ import annotations

from pathlib import Path

from facilitator.cli import main
from facilitator.store import CampStore


def test_collect_names_a_table_that_delivered_no_notes(tmp_path: Path, camp_path: Path,
                                                       capsys) -> None:
    kit, laptop = tmp_path / "kit.campkit", tmp_path / "bord.camp"
    bundle = tmp_path / "H1-B2.campbundle"
    assert main(["export-kit", str(camp_path), "--out", str(kit)]) == 0
    assert main(["open-kit", str(kit), "--camp", str(laptop)]) == 0
    assert main(["export-bundle", str(laptop), "--table", "H1-B2", "--out", str(bundle)]) == 0
    capsys.readouterr()
    assert main(["collect", str(camp_path), str(bundle)]) == 0
    out = capsys.readouterr().out
    assert "Bord H1-B2: 0 nye, 0 ændrede, 0 slettede" in out
    assert "Leveret, ingen noter: H1-B2\n" in out
    assert "Mangler stadig pakke fra: H1-B1\n" in out
    with CampStore.open(camp_path) as store:
        store.board.add_note(step_id=store.frame.step_by_key("indicators").id,
                       table_id=store.frame.table_by_code("H1-B2").id, text="Arrangørens")
    # Only what the bundle carried counts: the organiser's own note does not fill it.
    assert main(["collect", str(camp_path), str(bundle)]) == 0
    assert "Leveret, ingen noter: H1-B2\n" in capsys.readouterr().out


def delete_organisers_own(store: CampStore) -> None:
    step = store.frame.step_by_key("indicators").id
    store.consolidation.delete_category(category_id=store.consolidation.add_category(step_id=step,
                                                         name="SLETTET-KATEGORI").id)
    store.names.delete_pseudonym(pseudonym_id=store.names.add_pseudonym(name="SLETTET-NAVN").id)
    store.board.delete_note(note_id=store.board.add_note(step_id=step, table_id=None,
                                             text="SLETTET-NOTE").id)


def test_delete_for_good_on_the_command_line(camp_path: Path, capsys) -> None:
    with CampStore.open(camp_path) as store:
        delete_organisers_own(store)
    words = (b"SLETTET-KATEGORI", b"SLETTET-NAVN", b"SLETTET-NOTE")
    assert all(w in camp_path.read_bytes() for w in words)
    assert main(["purge-deleted", str(camp_path)]) == 0
    out = capsys.readouterr().out
    assert out == (f"Teksten i 3 slettede ting er slettet for altid i {camp_path}: "
                   "1 note, 1 kategori, 1 navn i rapporter.\n")
    assert not any(w in camp_path.read_bytes() for w in words)
    assert not camp_path.with_name(camp_path.name + "-wal").exists()
    assert main(["purge-deleted", str(camp_path)]) == 0
    assert "Ingen slettede tekster" in capsys.readouterr().out
