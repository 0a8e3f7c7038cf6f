"""A bundle or kit is checked whole before a single row is merged or copied: the cases of
issue 15, each of which today's code let through, and a bundle of the previous version.

Each spoilt file is signed again with the app's own manifest code (``resign``), so its
checksum holds and only the checks behind it can refuse it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.domain.messages import UserError
from facilitator.store import CampStore
from facilitator.store import bundle_files as bf
from facilitator.store.bundles import collect
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import open_kit
from tests.bundle_fixtures import kit_of
from tests.bundle_fixtures import laptop_bundle
from tests.bundle_fixtures import organiser_camp
from tests.bundle_fixtures import resign_rows_only
from tests.bundle_fixtures import rows_digest
from tests.bundle_fixtures import spoil

LATER = "2030-01-01T00:00:00.000000Z"


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Camp 3, its kit and table H1-B1's bundle, made once (copied by each test)."""
    folder = tmp_path_factory.mktemp("day")
    camp = organiser_camp(folder / "arrangør.camp")
    kit = kit_of(camp, folder / "camp.campkit")
    return {"camp": camp, "kit": kit,
            "b1": laptop_bundle(kit, folder, "H1-B1"),
            "b2": laptop_bundle(kit, folder, "H1-B2")}


@pytest.fixture
def organiser(day: dict[str, Path], tmp_path: Path):
    copy = tmp_path / "arrangør.camp"
    copy.write_bytes(day["camp"].read_bytes())
    with CampStore.open(copy) as store:
        yield store


def refused_whole(organiser: CampStore, bundle: Path) -> UserError:
    """Collect ``bundle``: it must be refused, with nothing written to the camp."""
    before = rows_digest(organiser.conn)
    summary = collect(organiser, [bundle])
    assert summary.merged == 0 and len(summary.refused) == 1, summary
    assert rows_digest(organiser.conn) == before
    return summary.refused[0][1]


def reason(err: UserError) -> str:
    from facilitator.store import bundle_checks as bc

    assert err.text == bc.FILE_REFUSED, err
    return err.fields["reason"]


def note_of(store: CampStore, code: str) -> dict:
    return store.row(
        "SELECT n.* FROM note n JOIN camp_table t ON t.id = n.table_id "
        "WHERE t.code = ? AND n.deleted = 0 ORDER BY n.position LIMIT 1", [code])


def test_a_bundle_cannot_take_over_another_tables_note(
        day: dict[str, Path], organiser: CampStore, tmp_path: Path) -> None:
    """H1-B1's bundle carries H1-B3's note under its own table, later and deleted."""
    victim = note_of(organiser, "H1-B3")
    b1 = organiser.frame.table_by_code("H1-B1").id
    bad = spoil(day["b1"], tmp_path / "overtag.campbundle", [
        "INSERT INTO note (id, step_id, table_id, text, created_at, updated_at, deleted) "
        "VALUES (?, ?, ?, 'Overtaget', ?, ?, 1)",
        [victim["id"], victim["step_id"], b1, LATER, LATER]])
    err = refused_whole(organiser, bad)
    assert organiser.row("SELECT * FROM note WHERE id = ?", [victim["id"]]) == victim
    from facilitator.store import bundle_checks as bc
    assert reason(err) == bc.FOREIGN_ROW and victim["id"] in str(err)


def test_a_bundle_cannot_move_a_note_to_another_table_or_reuse_a_frame_id(
        day: dict[str, Path], organiser: CampStore, tmp_path: Path) -> None:
    """Its own note sent as another table's (added there), and a new note whose id is
    the camp's step: both refused whole."""
    own = note_of(organiser, "H1-B1")
    b2 = organiser.frame.table_by_code("H1-B2").id
    moved = spoil(day["b1"], tmp_path / "flyttet.campbundle", [
        "UPDATE note SET table_id = ?, updated_at = ? WHERE id = ?", [b2, LATER, own["id"]]])
    step = organiser.frame.step_by_key("indicators").id
    frame = spoil(day["b1"], tmp_path / "trin.campbundle", [
        "INSERT INTO note (id, step_id, table_id, text, created_at, updated_at) "
        "VALUES (?, ?, ?, 'Trinets id', ?, ?)",
        [step, step, organiser.frame.table_by_code("H1-B1").id, LATER, LATER]])
    from facilitator.store import bundle_checks as bc
    for bad in (moved, frame):
        assert reason(refused_whole(organiser, bad)) == bc.FOREIGN_ROW


def test_a_note_whose_text_is_a_blob_is_refused(
        day: dict[str, Path], organiser: CampStore, tmp_path: Path) -> None:
    bad = spoil(day["b1"], tmp_path / "blob.campbundle",
                "UPDATE note SET text = CAST(text AS BLOB), updated_at = '2030-01-01T00:00:00Z'")
    err = refused_whole(organiser, bad)
    from facilitator.store import bundle_checks as bc
    assert reason(err) == bc.WRONG_KIND and "note.text" in str(err)
    assert organiser.conn.execute(
        "SELECT COUNT(*) FROM note WHERE typeof(text) <> 'text'").fetchone()[0] == 0


def test_a_blob_timestamp_is_refused_and_the_folder_collect_goes_on(
        day: dict[str, Path], organiser: CampStore, tmp_path: Path) -> None:
    """The first bundle of the folder has a BLOB updated_at on a note the camp has; the
    second, a good one, is still collected."""
    folder = tmp_path / "delt mappe"
    folder.mkdir()
    spoil(day["b1"], folder / "a-H1-B1.campbundle",
          "UPDATE note SET updated_at = CAST(updated_at AS BLOB)")
    (folder / "b-H1-B2.campbundle").write_bytes(day["b2"].read_bytes())
    summary = collect(organiser, [folder])
    assert [p.name for p, _ in summary.refused] == ["a-H1-B1.campbundle"]
    from facilitator.store import bundle_checks as bc
    assert reason(summary.refused[0][1]) == bc.WRONG_KIND
    assert summary.merged == 1 and list(summary.tables) == ["H1-B2"]
    assert organiser.conn.execute(
        "SELECT COUNT(*) FROM note WHERE text LIKE 'H1-B2 ny note %'").fetchone()[0] == 3
    assert organiser.conn.execute(
        "SELECT COUNT(*) FROM note WHERE text LIKE 'H1-B1%'").fetchone()[0] == 0


def test_a_trigger_added_to_a_kit_never_reaches_a_laptop(
        day: dict[str, Path], tmp_path: Path) -> None:
    bad = spoil(day["kit"], tmp_path / "fælde.campkit", """
        CREATE TRIGGER fælde AFTER INSERT ON note
        BEGIN DELETE FROM note WHERE id <> NEW.id; END;
    """)
    laptop = tmp_path / "laptop.camp"
    with pytest.raises(UserError) as info:
        open_kit(bad, laptop)
    assert not laptop.exists()
    from facilitator.store import bundle_checks as bc
    assert reason(info.value) == bc.EXTRA_PART and "fælde" in str(info.value)


def test_a_generated_column_in_a_bundle_is_refused_before_it_runs(
        day: dict[str, Path], organiser: CampStore, tmp_path: Path) -> None:
    bad = spoil(day["b1"], tmp_path / "beregnet.campbundle",
                "ALTER TABLE note ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(text))")
    err = refused_whole(organiser, bad)
    from facilitator.store import bundle_checks as bc
    assert reason(err) == bc.CHANGED_PART and "note" in str(err)


def test_values_beyond_our_limits_are_refused(
        day: dict[str, Path], organiser: CampStore, tmp_path: Path) -> None:
    """A text one character over the limit, an id not shaped as ours, a time that is
    no time, a flag that is no flag."""
    from facilitator.domain.text_limit import TEXT_LIMIT
    from facilitator.store import bundle_checks as bc
    cases = {
        "lang": (f"UPDATE note SET text = substr(printf('%.*c', {TEXT_LIMIT + 1}, 'x'), 1) "
                 "WHERE rowid = (SELECT MIN(rowid) FROM note)", bc.TOO_LONG),
        "id": ("UPDATE front_page SET id = 'forside-1' WHERE rowid = (SELECT MIN(rowid) "
               "FROM front_page)", bc.BAD_ID),
        "tid": ("UPDATE note SET updated_at = 'i går' WHERE rowid = (SELECT MIN(rowid) "
                "FROM note)", bc.BAD_TIME),
        "flag": ("UPDATE note SET deleted = 7 WHERE rowid = (SELECT MIN(rowid) FROM note)",
                 bc.BAD_NUMBER),
    }
    for name, (sql, why) in cases.items():
        bad = spoil(day["b1"], tmp_path / f"{name}.campbundle", sql)
        assert reason(refused_whole(organiser, bad)) == why, name


def test_a_text_of_exactly_the_limit_is_collected(
        day: dict[str, Path], organiser: CampStore, tmp_path: Path) -> None:
    from facilitator.domain.text_limit import TEXT_LIMIT
    long = "æ" * (TEXT_LIMIT - 1) + "🎉"
    b1 = organiser.frame.table_by_code("H1-B1").id
    ok = spoil(day["b1"], tmp_path / "lang.campbundle", [
        "UPDATE note SET text = ?, updated_at = ? WHERE id = (SELECT id FROM note WHERE "
        "table_id = ? AND deleted = 0 ORDER BY position LIMIT 1)", [long, LATER, b1]])
    summary = collect(organiser, [ok])
    assert summary.refused == [] and summary.merged == 1
    assert organiser.conn.execute("SELECT COUNT(*) FROM note WHERE text = ?",
                                  [long]).fetchone()[0] == 1


def test_a_bundle_of_the_previous_version_still_collects(
        day: dict[str, Path], organiser: CampStore, tmp_path: Path) -> None:
    """Written by the app before the checksum covered the schema: its manifest counts
    rows only. It is collected (its schema checked object for object all the same), and
    the same file with a trigger added is still refused."""
    old = tmp_path / "gammel.campbundle"
    old.write_bytes(day["b1"].read_bytes())
    assert bf.SCHEMA_MARK in bf.read_bundle(old).manifest.counts  # written today
    resign_rows_only(old)
    assert bf.SCHEMA_MARK not in bf.read_bundle(old).manifest.counts
    summary = collect(organiser, [old])
    assert summary.refused == [] and summary.merged == 1
    # 3 notes, a front page, a prerequisite and the contribution answering it
    assert summary.tables["H1-B1"].new == 6
    assert organiser.conn.execute(
        "SELECT COUNT(*) FROM note WHERE text = 'H1-B1 rettet på bordet'").fetchone()[0] == 1
    trap = spoil(day["b1"], tmp_path / "gammel-fælde.campbundle",
                 "CREATE TRIGGER t AFTER UPDATE ON note BEGIN DELETE FROM note; END;",
                 sign=False)
    resign_rows_only(trap)
    err = refused_whole(organiser, trap)
    from facilitator.store import bundle_checks as bc
    assert reason(err) == bc.EXTRA_PART


def test_a_changed_schema_fails_the_checksum_of_a_new_bundle(
        day: dict[str, Path], organiser: CampStore, tmp_path: Path) -> None:
    """An index dropped after the bundle was signed: the schema is refused, and its hash
    no longer matches either."""
    bad = spoil(day["b1"], tmp_path / "indeks.campbundle",
                "DROP INDEX note_by_step_table", sign=False)
    conn = sqlite3.connect(bad)
    try:
        stored = conn.execute("SELECT sha256 FROM bundle_manifest").fetchone()[0]
        assert bf.content_digest(conn)[0] != stored
    finally:
        conn.close()
    from facilitator.store import bundle_checks as bc
    assert reason(refused_whole(organiser, bad)) == bc.MISSING_PART


def test_a_kit_made_today_opens_on_a_laptop(day: dict[str, Path], tmp_path: Path) -> None:
    laptop = open_kit(day["kit"], tmp_path / "laptop.camp")
    with CampStore.open(laptop) as store:
        assert len(store.frame.tables()) == 3
        export_bundle(store, "H1-B3", tmp_path / "b3.campbundle")
    assert bf.read_bundle(tmp_path / "b3.campbundle").manifest.table_code == "H1-B3"


def test_a_huge_text_is_refused_without_reaching_python(
        day: dict[str, Path], organiser: CampStore, tmp_path: Path) -> None:
    """20 million characters in one note: SQLite measures it, Python never holds it."""
    import tracemalloc

    bad = spoil(day["b1"], tmp_path / "kæmpe.campbundle",
                "UPDATE note SET text = printf('%.*c', 20000000, 'x') "
                "WHERE rowid = (SELECT MIN(rowid) FROM note)")
    tracemalloc.start()
    try:
        err = refused_whole(organiser, bad)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    from facilitator.store import bundle_checks as bc
    assert reason(err) == bc.TOO_LONG and "note.text" in str(err)
    assert peak < 5_000_000, peak
