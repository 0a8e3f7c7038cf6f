"""The command line refuses a spoilt bundle or kit with the message and exit code 2, and
goes on with the good bundles beside it."""

from __future__ import annotations

from pathlib import Path

from facilitator.cli import BAD_INPUT
from facilitator.cli import main
from facilitator.store import CampStore
from tests.bundle_fixtures import kit_of
from tests.bundle_fixtures import laptop_bundle
from tests.bundle_fixtures import organiser_camp
from tests.bundle_fixtures import rows_digest
from tests.bundle_fixtures import spoil


def test_collect_and_open_kit_refuse_spoilt_files_in_words(tmp_path: Path, capsys) -> None:
    camp = organiser_camp(tmp_path / "arrangør.camp")
    kit = kit_of(camp, tmp_path / "camp.campkit")
    folder = tmp_path / "pakker"
    folder.mkdir()
    good = laptop_bundle(kit, tmp_path, "H1-B2")
    (folder / "H1-B2.campbundle").write_bytes(good.read_bytes())
    spoil(laptop_bundle(kit, tmp_path, "H1-B1"), folder / "H1-B1.campbundle",
          "UPDATE note SET text = CAST(text AS BLOB)")
    trap = spoil(kit, tmp_path / "fælde.campkit",
                 "CREATE VIEW hemmelig AS SELECT text FROM note")

    assert main(["collect", str(camp), str(folder)]) == BAD_INPUT
    out, err = capsys.readouterr()
    assert "Bord H1-B2: " in out and "Traceback" not in err
    assert "H1-B1.campbundle« er ikke, som Facilitator skriver den: en værdi mangler " \
           "eller har forkert type (note.text). Intet er indlæst fra den." in err
    with CampStore.open(camp) as store:
        before = rows_digest(store.conn)
        assert store.conn.execute(
            "SELECT COUNT(*) FROM note WHERE text LIKE 'H1-B1 %'").fetchone()[0] == 0

    assert main(["open-kit", str(trap), "--camp", str(tmp_path / "laptop.camp")]) == BAD_INPUT
    _, err = capsys.readouterr()
    assert "fælde.campkit« er ikke, som Facilitator skriver den: den har en del, som " \
           "Facilitator ikke laver (hemmelig)." in err
    assert not (tmp_path / "laptop.camp").exists()
    with CampStore.open(camp) as store:
        assert rows_digest(store.conn) == before
