"""Deleted means gone: tombstones travel without their text, collecting writes none into
the camp, and »delete for good« leaves no copy of it in the camp file or its -wal.

Every check looks at the raw bytes of the files (read only while no connection of ours
holds them, docs/durability.md).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.domain.messages import UserError
from facilitator.store import CampStore
from facilitator.store import bundle_files as bf
from facilitator.store.bundles import collect
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit
from facilitator.store.bundles import open_kit
from facilitator.store.purge import PURGE_COPY_LEFT
from facilitator.store.purge import deleted_with_text
from facilitator.store.purge import purge_deleted

REPO = Path(__file__).resolve().parents[2]

#: What the organiser deleted in its own tables (they travel in kits).
ORGANISERS = ("SLETTET-KATEGORI", "SLETTET-BUDSKAB", "SLETTET-FORUDSAETNING", "SLETTET-NAVN",
              "SLETTET-PERSONA", "SLETTET-ARRANGOERNOTE")
#: What a table deleted at its laptop.
TABLES = ("SLETTET-BORDNOTE", "SLETTET-FORSIDE", "SLETTET-BIDRAG")


def raw(path: Path) -> bytes:
    """The file and its -wal, as bytes (no connection of ours may hold the file)."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def found(path: Path, words: tuple[str, ...]) -> list[str]:
    data = raw(path)
    return [w for w in words if w.encode() in data]


def delete_organisers_own(store: CampStore) -> None:
    step = store.frame.step_by_key("indicators").id
    store.consolidation.delete_category(category_id=store.consolidation.add_category(step_id=step,
                                                         name="SLETTET-KATEGORI").id)
    store.analysis.delete_message(
        message_id=store.analysis.add_message(heading="SLETTET-BUDSKAB").id)
    store.analysis.delete_consolidated_prerequisite(
        prerequisite_id=store.analysis.add_consolidated_prerequisite(
        text="SLETTET-FORUDSAETNING").id)
    store.names.delete_pseudonym(pseudonym_id=store.names.add_pseudonym(name="SLETTET-NAVN").id)
    store.frame.delete_persona(persona_id=store.frame.add_persona(
        step_id=store.frame.step_by_key("dilemmas").id, name="SLETTET-PERSONA").id)
    store.board.delete_note(note_id=store.board.add_note(step_id=step, table_id=None,
                                             text="SLETTET-ARRANGOERNOTE").id)
    store.board.add_note(step_id=step, table_id=None, text="LEVENDE-ARRANGOERNOTE")


def delete_at_the_table(store: CampStore) -> str:
    """Write and delete a note, a front page and a contribution; the note's id."""
    table = store.frame.table_by_code("H1-B1").id
    step = {s.key: s.id for s in store.frame.steps()}
    note = store.board.add_note(step_id=step["indicators"], table_id=table, text="SLETTET-BORDNOTE")
    store.board.delete_note(note_id=note.id)
    store.board.delete_front_page(front_page_id=store.board.add_front_page(
        step_id=step["front_pages"], table_id=table, headline="SLETTET-FORSIDE").id)
    store.board.delete_contribution(contribution_id=store.board.add_contribution(
        step_id=step["contributions"], table_id=table, text="SLETTET-BIDRAG").id)
    store.board.add_note(step_id=step["indicators"], table_id=table, text="LEVENDE-BORDNOTE")
    return note.id


def test_bundles_and_kits_carry_deleted_rows_without_their_text(
        tmp_path: Path, organiser: CampStore) -> None:
    delete_organisers_own(organiser)
    kit = tmp_path / "kit.campkit"
    export_kit(organiser, kit)
    assert found(kit, ORGANISERS) == [] and found(kit, ("LEVENDE-ARRANGOERNOTE",))
    # The organiser's own camp keeps them: a deletion there can still be undone.
    assert [r[0] for r in organiser.conn.execute(
        "SELECT text FROM note WHERE deleted = 1")] == ["SLETTET-ARRANGOERNOTE"]

    laptop_path = open_kit(kit, tmp_path / "bord.camp")
    with CampStore.open(laptop_path) as laptop:
        note = delete_at_the_table(laptop)
        bundle = tmp_path / "bord.campbundle"
        export_bundle(laptop, "H1-B1", bundle)
        assert laptop.board.restore_note(note_id=note).text == "SLETTET-BORDNOTE"  # undo works
    assert found(bundle, TABLES + ORGANISERS) == []
    assert found(bundle, ("LEVENDE-BORDNOTE",))
    with sqlite3.connect(bundle) as conn:
        assert conn.execute("SELECT COUNT(*) FROM note WHERE deleted = 1").fetchone()[0] == 1


def test_collecting_leaves_no_text_in_the_tombstones_it_lays_in(
        tmp_path: Path, organiser: CampStore) -> None:
    """A bundle of an older app still carries the text of its deleted rows: the camp
    takes the deletion, not the words, also where the camp had the row alive."""
    kit = tmp_path / "kit.campkit"
    export_kit(organiser, kit)
    with CampStore.open(open_kit(kit, tmp_path / "bord.camp")) as laptop:
        table = laptop.frame.table_by_code("H1-B1").id
        step = laptop.frame.step_by_key("indicators").id
        alive = laptop.board.add_note(step_id=step, table_id=table, text="SLETTET-SENERE")
        export_bundle(laptop, "H1-B1", tmp_path / "1.campbundle")
        laptop.board.delete_note(note_id=alive.id)
        delete_at_the_table(laptop)
        export_bundle(laptop, "H1-B1", tmp_path / "2.campbundle")
    collect(organiser, [tmp_path / "1.campbundle"])
    assert organiser.board.note(alive.id).text == "SLETTET-SENERE"

    old = tmp_path / "2.campbundle"
    conn = sqlite3.connect(old, isolation_level=None)
    try:  # as an app before this one wrote it: the tombstones with their words
        conn.execute("UPDATE note SET text = 'SLETTET-SENERE' WHERE id = ?", [alive.id])
        conn.execute("UPDATE note SET text = 'SLETTET-BORDNOTE' WHERE deleted = 1 AND id <> ?",
                     [alive.id])
        conn.execute("UPDATE front_page SET headline = 'SLETTET-FORSIDE' WHERE deleted = 1")
        conn.execute("UPDATE contribution SET text = 'SLETTET-BIDRAG' WHERE deleted = 1")
        table_id = conn.execute("SELECT table_id FROM bundle_manifest").fetchone()[0]
        bf.stamp_manifest(conn, kind="bundle", table_id=table_id, table_code="H1-B1")
    finally:
        conn.close()
    summary = collect(organiser, [old])
    assert summary.refused == [] and summary.tables["H1-B1"].deleted == 1
    rows = organiser.conn.execute(
        "SELECT text FROM note WHERE deleted = 1 UNION ALL "
        "SELECT headline FROM front_page WHERE deleted = 1 UNION ALL "
        "SELECT text FROM contribution WHERE deleted = 1")
    assert [r[0] for r in rows] == [""] * 4


#: The organiser's app deletes for good, then dies before closing the camp: whatever
#: SQLite left in the -wal stays on the disk to be looked at.
PURGE_AND_DIE = r"""
import os, sys
from pathlib import Path
from facilitator.store import CampStore
from facilitator.store.purge import purge_deleted

store = CampStore.open(Path(sys.argv[1]))
store.conn.execute("PRAGMA secure_delete = OFF")  # as SQLite is built on some systems
note = store.board.add_note(step_id=store.frame.step_by_key("indicators").id, table_id=None,
                      text="SLETTET-LIGE-FOER")  # in the -wal, deleted at once
store.board.delete_note(note_id=note.id)
print(purge_deleted(store).total, flush=True)
os._exit(0)
"""


def test_delete_for_good_leaves_no_copy_in_the_camp_or_its_wal(
        tmp_path: Path, organiser: CampStore) -> None:
    organiser.conn.execute("PRAGMA secure_delete = OFF")  # as SQLite is built on some systems
    delete_organisers_own(organiser)
    long = organiser.board.add_note(step_id=organiser.frame.step_by_key("good_idea").id,
                                    table_id=None,
                              text="lang " * 2000 + "SLETTET-LANG-SLUT")  # overflow pages
    organiser.board.delete_note(note_id=long.id)
    kit = tmp_path / "kit.campkit"
    export_kit(organiser, kit)
    with CampStore.open(open_kit(kit, tmp_path / "bord.camp")) as laptop:
        table = laptop.frame.table_by_code("H1-B1").id
        note = laptop.board.add_note(step_id=laptop.frame.step_by_key("indicators").id,
                                     table_id=table,
                               text="SLETTET-AF-ARRANGOEREN")
        at_table = laptop.board.add_note(step_id=laptop.frame.step_by_key("good_idea").id,
                                   table_id=table, text="SLETTET-VED-BORDET " * 1000)
        export_bundle(laptop, "H1-B1", tmp_path / "0.campbundle")
        laptop.board.delete_note(note_id=at_table.id)
        export_bundle(laptop, "H1-B1", tmp_path / "1.campbundle")
    collect(organiser, [tmp_path / "0.campbundle"])
    collect(organiser, [tmp_path / "1.campbundle"])  # the long note's pages freed, not wiped
    organiser.board.delete_note(note_id=note.id)
    organiser.board.update_note(
        note_id=organiser.board.notes(organiser.frame.step_by_key("indicators").id)[0].id,
                          text="LEVENDE-ARRANGOERNOTE rettet")  # an old version, freed
    words = (*ORGANISERS, "SLETTET-AF-ARRANGOEREN", "SLETTET-LANG-SLUT")
    assert deleted_with_text(organiser) == len(words)
    tombstones = {t: organiser.conn.execute(
        f"SELECT COUNT(*) FROM {t} WHERE deleted = 1").fetchone()[0]
        for t in ("note", "category", "message", "consolidated_prerequisite", "persona")}
    camp = organiser.path
    organiser.close()
    assert found(camp, (*words, "SLETTET-VED-BORDET")) == [*words, "SLETTET-VED-BORDET"]

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", PURGE_AND_DIE, str(camp)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(len(words) + 1)
    assert found(camp, (*words, "SLETTET-LIGE-FOER", "SLETTET-VED-BORDET")) == []
    assert found(camp, ("LEVENDE-ARRANGOERNOTE rettet",))

    with CampStore.open(camp) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert deleted_with_text(store) == 0
        tombstones["note"] += 1
        assert tombstones == {t: store.conn.execute(
            f"SELECT COUNT(*) FROM {t} WHERE deleted = 1").fetchone()[0] for t in tombstones}
        assert store.names.pseudonym_list() == []
        # The same bundle again, and the table's next one (still with the note alive,
        # stamped later): the tombstone stays, and empty.
        with CampStore.open(tmp_path / "bord.camp") as laptop:
            export_bundle(laptop, "H1-B1", tmp_path / "2.campbundle")
        for bundle in ("1", "2"):
            assert collect(store, [tmp_path / f"{bundle}.campbundle"]).refused == []
            row = store.conn.execute("SELECT text, deleted FROM note WHERE id = ?",
                                     [note.id]).fetchone()
            assert tuple(row) == ("", 1)


def test_delete_for_good_while_an_export_reads_the_camp_says_a_copy_is_left(
        tmp_path: Path, organiser: CampStore) -> None:
    """An export holds a snapshot of the camp: the -wal cannot be emptied under it. The
    texts are emptied, the user is told a copy is left, and the next try finishes."""
    delete_organisers_own(organiser)
    export = CampStore.open(organiser.path, snapshot=True)
    try:
        with pytest.raises(UserError) as info:
            purge_deleted(organiser)
        assert info.value.text == PURGE_COPY_LEFT
        assert deleted_with_text(organiser) == 0
    finally:
        export.close()
    assert purge_deleted(organiser).total == 0
    camp = organiser.path
    organiser.close()
    assert found(camp, ORGANISERS) == []
