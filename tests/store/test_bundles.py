"""Kits out, bundles back: four laptops, one organiser, and every bundle we must refuse."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError
from facilitator.program import load_program
from facilitator.store import SCHEMA_VERSION
from facilitator.store import CampStore
from facilitator.store import bundle_files as bf
from facilitator.store.bundles import collect
from facilitator.store.bundles import deliveries
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit
from facilitator.store.bundles import open_kit

REPO = Path(__file__).resolve().parents[2]
TABLES = {"H1": ("H1-B1", "H1-B2"), "H2": ("H2-B3", "H2-B4")}

#: One table laptop: open its copy of the kit (first time), write, export its bundle.
LAPTOP = r"""
import sys
from pathlib import Path
from facilitator.store import CampStore
from facilitator.store.bundles import export_bundle, open_kit

kit, camp, code, out, count = sys.argv[1:6]
camp = Path(camp)
open_kit(Path(kit), camp)
with CampStore.open(camp) as store:
    table = store.frame.table_by_code(code)
    step = {s.key: s.id for s in store.frame.steps()}
    for i in range(int(count)):
        store.board.add_note(step_id=step["indicators"], table_id=table.id, text=f"{code} nr. {i}",
                       votes=i % 4)
    pre = store.board.add_note(step_id=step["prerequisites"], table_id=table.id,
                         text=f"{code} forudsætning", selected=True)
    actor = store.frame.add_actor(name=f"Foreningerne ved {code}")
    for who in (actor.id, None):
        store.board.add_contribution(step_id=step["contributions"], table_id=table.id,
                               text=f"{code} bidrag", prerequisite_id=pre.id, actor_id=who)
    store.board.add_front_page(step_id=step["front_pages"], table_id=table.id, headline=code)
    export_bundle(store, code, Path(out))
"""

#: The same laptop later: edit its first note, delete its second, export again.
LAPTOP_EDIT = r"""
import sys
from pathlib import Path
from facilitator.store import CampStore
from facilitator.store.bundles import export_bundle

camp, code, out = sys.argv[1:4]
with CampStore.open(Path(camp)) as store:
    table = store.frame.table_by_code(code)
    notes = store.board.notes(store.frame.step_by_key("indicators").id, table.id)
    store.board.update_note(note_id=notes[0].id, text="Rettet efter frokost")
    store.board.delete_note(note_id=notes[1].id)
    export_bundle(store, code, Path(out))
"""


def run_python(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen) -> None:
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err


@pytest.fixture
def organiser(tmp_path: Path):
    store = CampStore.create(tmp_path / "arrangør.camp", program=load_program("camp_day"),
                             title="Camp 3")
    for group_code, codes in TABLES.items():
        group = store.frame.add_main_group(code=group_code)
        for code in codes:
            store.frame.add_table(code=code, main_group_id=group.id)
    yield store
    store.close()


def dump(store: CampStore) -> list[str]:
    return list(store.conn.iterdump())


def live(store: CampStore, table: str, code: str) -> list[dict]:
    return store.rows(
        f"SELECT x.* FROM {table} x JOIN camp_table t ON t.id = x.table_id "
        "WHERE t.code = ? AND x.deleted = 0 ORDER BY x.position", [code])


def test_four_laptops(tmp_path: Path, organiser: CampStore) -> None:
    kit = tmp_path / "camp.campkit"
    export_kit(organiser, kit)
    shared = tmp_path / "delt mappe"
    shared.mkdir()
    counts = dict(zip(TABLES["H1"] + TABLES["H2"], (5, 8, 3, 13), strict=True))
    laptops = {code: tmp_path / f"laptop-{code}" / "camp.camp" for code in counts}
    procs = []
    for code, n in counts.items():
        laptops[code].parent.mkdir()
        procs.append(run_python(LAPTOP, str(kit), str(laptops[code]), code,
                                str(shared / f"{code}.campbundle"), str(n)))
    for proc in procs:
        finish(proc)
    # A sync tool's second copy of a bundle must not be collected.
    shutil.copy(shared / "H1-B1.campbundle", shared / "H1-B1 (conflicted copy).campbundle")
    shutil.copy(shared / "H1-B2.campbundle", shared / "H1-B2.sync-conflict-2026.campbundle")

    assert not any(d.delivered for d in deliveries(organiser))
    first = collect(organiser, [shared])
    second = collect(organiser, [shared])
    assert first.refused == [] and second.refused == []
    assert len(first.skipped) == 2
    for code, n in counts.items():
        # n notes + 1 prerequisite, 2 contributions, 1 front page; then nothing new.
        assert (first.tables[code].new, first.tables[code].changed) == (n + 4, 0)
        assert (second.tables[code].new, second.tables[code].changed,
                second.tables[code].deleted) == (0, 0, 0)
        assert len(live(organiser, "note", code)) == n + 1
        assert len(live(organiser, "contribution", code)) == 2
        assert len(live(organiser, "front_page", code)) == 1
    total = organiser.conn.execute("SELECT COUNT(*) FROM note").fetchone()[0]
    assert total == sum(counts.values()) + len(counts)
    assert len(organiser.frame.actors()) == 5 + 4  # each laptop's own actor, once
    assert all(d.delivered and d.bundles == 1 for d in deliveries(organiser))

    finish(run_python(LAPTOP_EDIT, str(laptops["H2-B4"]), "H2-B4",
                      str(shared / "H2-B4.campbundle")))
    third = collect(organiser, [shared])
    assert (third.tables["H2-B4"].changed, third.tables["H2-B4"].deleted) == (1, 1)
    assert third.tables["H2-B4"].new == 0 and third.tables["H1-B1"].changed == 0
    step = organiser.frame.step_by_key("indicators").id
    texts = [n["text"] for n in live(organiser, "note", "H2-B4") if n["step_id"] == step]
    assert texts[0] == "Rettet efter frokost"
    assert "H2-B4 nr. 1" not in texts and len(texts) == counts["H2-B4"] - 1
    b4 = next(d for d in deliveries(organiser) if d.table_code == "H2-B4")
    assert (b4.bundles, b4.changed_rows, b4.deleted_rows) == (2, 1, 1)


def laptop(tmp_path: Path, organiser: CampStore, code: str = "H1-B1") -> CampStore:
    kit = tmp_path / "kit.campkit"
    if not kit.exists():
        export_kit(organiser, kit)
    return CampStore.open(open_kit(kit, tmp_path / f"{code}.camp"))


def test_kit_opens_as_the_same_camp(tmp_path: Path, organiser: CampStore) -> None:
    manifest = export_kit(organiser, tmp_path / "kit.campkit")
    assert manifest.kind == "kit" and manifest.counts["camp_table"] == 4
    with laptop(tmp_path, organiser) as copy:
        assert copy.frame.camp().id == organiser.frame.camp().id
        assert [t.code for t in copy.frame.tables()] == [t.code for t in organiser.frame.tables()]
        assert copy.conn.execute("SELECT COUNT(*) FROM bundle_manifest").fetchone()[0] == 0
        copy.board.add_note(step_id=copy.frame.step_by_key("indicators").id,
                      table_id=copy.frame.table_by_code("H1-B1").id, text="Virker")
    with pytest.raises(UserError) as info:
        open_kit(tmp_path / "kit.campkit", tmp_path / "H1-B1.camp")
    assert info.value.text == msg.ALREADY_EXISTS
    export_bundle(organiser, "H1-B1", tmp_path / "b.campbundle")
    with pytest.raises(UserError) as info:
        open_kit(tmp_path / "b.campbundle", tmp_path / "ny.camp")
    assert info.value.text == bf.NOT_A_KIT and not (tmp_path / "ny.camp").exists()


def test_bundle_holds_its_table_only(tmp_path: Path, organiser: CampStore) -> None:
    step = organiser.frame.step_by_key("indicators").id
    b1, b2 = organiser.frame.table_by_code("H1-B1"), organiser.frame.table_by_code("H1-B2")
    organiser.board.add_note(step_id=step, table_id=b1.id, text="B1 lever")
    gone = organiser.board.add_note(step_id=step, table_id=b1.id, text="B1 slettet")
    organiser.board.delete_note(note_id=gone.id)
    organiser.board.add_note(step_id=step, table_id=b2.id, text="B2 hemmelig")
    organiser.board.add_note(step_id=organiser.frame.step_by_key("good_idea").id, table_id=None,
                       text="Campens")
    out = tmp_path / "b1.campbundle"
    out.write_text("en gammel pakke")
    manifest = export_bundle(organiser, "H1-B1", out)
    assert not list(tmp_path.glob("*.tmp"))
    conn = sqlite3.connect(out)
    try:
        notes = conn.execute("SELECT text, deleted FROM note ORDER BY text").fetchall()
        assert notes == [("", 1), ("B1 lever", 0)]  # the tombstone travels, its text not
        assert conn.execute("SELECT COUNT(*) FROM delivery").fetchone()[0] == 0
        assert conn.execute("SELECT table_code, kind FROM bundle_manifest").fetchall() == [
            ("H1-B1", "bundle")]
    finally:
        conn.close()
    assert manifest.counts["note"] == 2 and manifest.counts["camp_table"] == 4
    assert b"B2 hemmelig" not in out.read_bytes() and b"B1 slettet" not in out.read_bytes()
    with pytest.raises(UserError) as info:
        export_bundle(organiser, "H9-B9", tmp_path / "x.campbundle")
    assert info.value.text == msg.UNKNOWN_TABLE


def test_newest_change_wins_and_the_frame_stays_the_organisers(
        tmp_path: Path, organiser: CampStore) -> None:
    with laptop(tmp_path, organiser) as table_laptop:
        table = table_laptop.frame.table_by_code("H1-B1")
        note = table_laptop.board.add_note(step_id=table_laptop.frame.step_by_key("indicators").id,
                                     table_id=table.id, text="Fra bordet")
        table_laptop.frame.update_table(table_id=table.id, facilitator="Anne")
        table_laptop.frame.update_step(step_id=table_laptop.frame.step_by_key("indicators").id,
                                 title="Bordets egen titel")
        export_bundle(table_laptop, "H1-B1", tmp_path / "b1.campbundle")
    collect(organiser, [tmp_path / "b1.campbundle"])
    assert organiser.frame.table_by_code("H1-B1").facilitator == "Anne"
    assert organiser.frame.step_by_key("indicators").title == "Indikatorer på succes"
    organiser.board.update_note(note_id=note.id, text="Rettet af arrangøren")
    again = collect(organiser, [tmp_path / "b1.campbundle"])
    assert again.tables["H1-B1"].changed == 0
    assert organiser.board.note(note.id).text == "Rettet af arrangøren"
    assert organiser.conn.execute("SELECT COUNT(*) FROM delivery").fetchone()[0] == 1


def test_a_bundle_collected_before_is_not_read_again(
        tmp_path: Path, organiser: CampStore) -> None:
    """Collecting a folder again glances at each manifest: a bundle already merged (same
    checksum, same stamp) is counted with nothing new, its rows not read; a bundle the
    camp has not had is still read whole and checked."""
    frame = tmp_path / "frame.camp"
    organiser.conn.execute("PRAGMA wal_checkpoint(FULL)")
    shutil.copy(organiser.path, frame)
    with laptop(tmp_path, organiser) as table_laptop:
        table_laptop.board.add_note(step_id=table_laptop.frame.step_by_key("indicators").id,
                              table_id=table_laptop.frame.table_by_code("H1-B1").id,
                                    text="Fra bordet")
        export_bundle(table_laptop, "H1-B1", tmp_path / "b1.campbundle")
    first = collect(organiser, [tmp_path / "b1.campbundle"])
    assert (first.tables["H1-B1"].new, first.merged) == (1, 1)
    conn = sqlite3.connect(tmp_path / "b1.campbundle")  # spoilt after it was collected
    conn.execute("UPDATE note SET text = 'Ændret bagefter'")
    conn.commit()
    conn.close()
    again = collect(organiser, [tmp_path / "b1.campbundle"])
    assert again.refused == [] and again.tables["H1-B1"].bundles == ["b1.campbundle"]
    assert (again.tables["H1-B1"].new, again.tables["H1-B1"].changed) == (0, 0)
    assert again.merged == 0
    assert [n["text"] for n in live(organiser, "note", "H1-B1")] == ["Fra bordet"]
    with CampStore.open(frame) as fresh:  # a camp that never had it reads and refuses it
        refused = collect(fresh, [tmp_path / "b1.campbundle"]).refused
    assert [err.text for _path, err in refused] == [bf.BUNDLE_DAMAGED]


def damage(path: Path, how: str, tmp_path: Path) -> Path:
    """A copy of a good bundle, spoiled in one way."""
    bad = tmp_path / f"{how}.campbundle"
    shutil.copy(path, bad)
    if how == "corrupt":
        with open(bad, "r+b") as fh:
            fh.seek(4096)
            fh.write(b"\xff" * 200)
    elif how == "truncated":
        bad.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif how in ("newer", "tampered", "foreign"):
        conn = sqlite3.connect(bad)
        try:
            if how == "newer":
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
            elif how == "foreign":
                conn.execute("PRAGMA application_id = 42")
            else:
                conn.execute("UPDATE note SET text = 'Forfalsket'")
                conn.commit()
        finally:
            conn.close()
    elif how == "text":
        bad.write_text("camp_id;step\nff;indicators\n", encoding="utf-8")
    return bad


@pytest.mark.parametrize(("how", "texts"), [
    ("corrupt", {msg.DAMAGED, bf.BUNDLE_DAMAGED}),
    ("truncated", {msg.DAMAGED, bf.BUNDLE_DAMAGED}),
    ("newer", {msg.NEWER_SCHEMA}),
    ("tampered", {bf.BUNDLE_DAMAGED}),
    ("foreign", {msg.FOREIGN_SQLITE}),
    ("text", {msg.NOT_SQLITE}),
])
def test_damaged_bundles_are_refused(tmp_path: Path, organiser: CampStore, how: str,
                                     texts: set[str]) -> None:
    with laptop(tmp_path, organiser) as table_laptop:
        table_laptop.board.add_note(step_id=table_laptop.frame.step_by_key("indicators").id,
                              table_id=table_laptop.frame.table_by_code("H1-B1").id, text="Note")
        export_bundle(table_laptop, "H1-B1", tmp_path / "good.campbundle")
    bad = damage(tmp_path / "good.campbundle", how, tmp_path)
    before = dump(organiser)
    summary = collect(organiser, [bad])
    assert summary.tables == {}
    [(path, err)] = summary.refused
    assert path == bad and err.text in texts
    assert dump(organiser) == before


def test_bundles_of_another_camp_and_non_bundles_are_refused(
        tmp_path: Path, organiser: CampStore) -> None:
    other = CampStore.create(tmp_path / "anden.camp", program=load_program("camp_day"),
                             title="En anden camp")
    try:
        other.frame.add_table(code="H1-B1")
        other.board.add_note(step_id=other.frame.step_by_key("indicators").id,
                       table_id=other.frame.table_by_code("H1-B1").id, text="Forkert camp")
        export_bundle(other, "H1-B1", tmp_path / "anden.campbundle")
    finally:
        other.close()
    export_kit(organiser, tmp_path / "kit.campkit")
    before = dump(organiser)
    summary = collect(organiser, [tmp_path / "anden.campbundle", tmp_path / "kit.campkit",
                                  tmp_path / "anden.camp", tmp_path / "findes-ikke.campbundle"])
    assert [err.text for _, err in summary.refused] == [
        "»{path}« hører til en anden camp (»{other}«) end den åbne (»{camp}«). "
        "Intet er indlæst fra den.",
        bf.KIT_NOT_BUNDLE, bf.NOT_A_BUNDLE, msg.NOT_A_FILE]
    assert "En anden camp" in str(summary.refused[0][1])
    assert dump(organiser) == before
