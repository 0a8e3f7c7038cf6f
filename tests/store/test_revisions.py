"""Time that cannot lie: which copy of a row wins when a bundle is collected.

The table laptop runs in its own process with its clock wrong by some hours (the
stdlib clock the store reads is shifted there), as a laptop on a USB stick's round trip
would: the organiser's camp stamps its edits with the true time.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from facilitator.store import CampStore
from facilitator.store import bundle_files as bf
from facilitator.store.bundle_checks import FILE_REFUSED
from facilitator.store.bundles import collect
from facilitator.store.bundles import export_kit

REPO = Path(__file__).resolve().parents[2]

#: One step on a table laptop whose clock is ``hours`` off: open a kit, add or edit a
#: note, or export the table's bundle. Prints the id of a note it adds.
LAPTOP = r"""
import sys
from datetime import datetime, timedelta
from pathlib import Path

import facilitator.store.base as base


class WrongClock(datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.now(tz) + timedelta(hours=float(sys.argv[1]))


base.datetime = WrongClock
from facilitator.store import CampStore
from facilitator.store.bundles import export_bundle, open_kit

hours, verb, camp, *rest = sys.argv[1:]
if verb == "open":
    open_kit(Path(rest[0]), Path(camp))
    sys.exit(0)
with CampStore.open(Path(camp)) as store:
    table = store.frame.table_by_code("H1-B1")
    if verb == "add":
        note = store.board.add_note(step_id=store.frame.step_by_key("indicators").id,
                                    table_id=table.id,
                              text=rest[0])
        print(note.id)
    elif verb == "edit":
        store.board.update_note(note_id=rest[0], text=rest[1])
    elif verb == "bundle":
        export_bundle(store, "H1-B1", Path(rest[0]))
"""


class Laptop:
    """A table laptop in its own process, its clock ``hours`` off the true time."""

    def __init__(self, camp: Path, hours: float) -> None:
        self.camp, self.hours = camp, hours

    def __call__(self, verb: str, *args: str | Path) -> str:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        done = subprocess.run(
            [sys.executable, "-c", LAPTOP, str(self.hours), verb, str(self.camp),
             *map(str, args)], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()


def kit_laptop(tmp_path: Path, organiser: CampStore, name: str, hours: float) -> Laptop:
    kit = tmp_path / f"{name}.campkit"
    export_kit(organiser, kit)
    laptop = Laptop(tmp_path / f"{name}.camp", hours)
    laptop("open", kit)
    return laptop


def text(store: CampStore, note_id: str) -> str:
    return store.board.note(note_id).text


def test_a_laptop_clock_three_hours_fast_cannot_revert_the_organisers_correction(
        tmp_path: Path, organiser: CampStore) -> None:
    laptop = kit_laptop(tmp_path, organiser, "bord", hours=3)
    note = laptop("add", "Fra bordet")
    laptop("bundle", tmp_path / "1.campbundle")
    laptop("edit", note, "Rettet ved bordet")
    laptop("bundle", tmp_path / "2.campbundle")
    collect(organiser, [tmp_path / "2.campbundle"])
    assert text(organiser, note) == "Rettet ved bordet"

    organiser.board.update_note(note_id=note, text="Rettet af arrangøren")
    # The same bundle again, an older one, and a later one that did not touch the note:
    # the laptop's copy of the note is stamped hours after the correction, and still
    # the correction stays.
    laptop("add", "En ny note")
    laptop("bundle", tmp_path / "3.campbundle")
    for bundle in ("2", "1", "3"):
        summary = collect(organiser, [tmp_path / f"{bundle}.campbundle"])
        assert summary.refused == []
        assert text(organiser, note) == "Rettet af arrangøren", bundle
    assert summary.tables["H1-B1"].new == 1 and summary.tables["H1-B1"].changed == 0
    row = organiser.conn.execute("SELECT revision FROM note WHERE id = ?", [note]).fetchone()
    assert row[0] == 2  # the laptop's edit, then the organiser's


def test_an_edit_made_after_the_organisers_has_arrived_wins_whatever_the_clock(
        tmp_path: Path, organiser: CampStore) -> None:
    """A laptop whose clock is three hours slow: its edits on the same version as the
    organiser's are decided by time (and lose, being stamped earlier); an edit made on
    a new kit that carried the organiser's correction wins though stamped earlier."""
    laptop = kit_laptop(tmp_path, organiser, "bord", hours=-3)
    note = laptop("add", "Fra bordet")
    laptop("bundle", tmp_path / "1.campbundle")
    collect(organiser, [tmp_path / "1.campbundle"])
    organiser.board.update_note(note_id=note, text="Rettet af arrangøren")

    laptop("edit", note, "Rettet ved bordet uden at kende rettelsen")  # the same version
    laptop("bundle", tmp_path / "2.campbundle")
    collect(organiser, [tmp_path / "2.campbundle"])
    assert text(organiser, note) == "Rettet af arrangøren"  # a tie: the later stamp wins

    later = kit_laptop(tmp_path, organiser, "bord-igen", hours=-3)  # a new kit
    later("edit", note, "Rettet ved bordet efter rettelsen")
    later("bundle", tmp_path / "3.campbundle")
    collect(organiser, [tmp_path / "3.campbundle"])
    assert text(organiser, note) == "Rettet ved bordet efter rettelsen"


def test_a_bundle_of_an_older_schema_counts_as_revision_nought(
        tmp_path: Path, organiser: CampStore) -> None:
    """A bundle from an app before schema 7 has no revisions: its rows count as 0, so
    they win by time over an unedited row and lose to any edit made since."""
    laptop = kit_laptop(tmp_path, organiser, "bord", hours=3)
    kept, replaced = laptop("add", "Bliver rettet her"), laptop("add", "Ældre version")
    laptop("bundle", tmp_path / "1.campbundle")
    collect(organiser, [tmp_path / "1.campbundle"])
    organiser.board.update_note(note_id=kept, text="Rettet af arrangøren")

    laptop("edit", kept, "Gammel app")
    laptop("edit", replaced, "Gammel app")
    old = tmp_path / "gammel.campbundle"
    laptop("bundle", old)
    conn = sqlite3.connect(old, isolation_level=None)
    try:  # as the app before schema 7 wrote it (so without schema 8's dots either)
        conn.execute("DROP TABLE counted_with")  # nor schema 11's table
        conn.execute("DROP TABLE participant_count")  # nor schema 10's table
        conn.execute("DROP TABLE followup_comment")  # nor schema 9's
        conn.execute("DROP TABLE followup")
        conn.execute("ALTER TABLE step DROP COLUMN dots")
        for table in bf.HASHED_TABLES[1:]:
            if table != "participant_count":
                conn.execute(f"ALTER TABLE {table} DROP COLUMN revision")
        conn.execute("ALTER TABLE delivery DROP COLUMN items")
        conn.execute("DROP TABLE sheet_import")
        table_id = conn.execute("SELECT table_id FROM bundle_manifest").fetchone()[0]
        bf.stamp_manifest(conn, kind="bundle", table_id=table_id, table_code="H1-B1")
        conn.execute("PRAGMA user_version = 6")
    finally:
        conn.close()
    summary = collect(organiser, [old])
    assert summary.refused == []
    assert text(organiser, kept) == "Rettet af arrangøren"
    assert text(organiser, replaced) == "Gammel app"


def test_a_revision_that_is_no_number_refuses_the_bundle_whole(
        tmp_path: Path, organiser: CampStore) -> None:
    laptop = kit_laptop(tmp_path, organiser, "bord", hours=0)
    note = laptop("add", "Fra bordet")
    laptop("bundle", tmp_path / "1.campbundle")
    collect(organiser, [tmp_path / "1.campbundle"])
    laptop("edit", note, "Rettet ved bordet")
    bad = tmp_path / "2.campbundle"
    laptop("bundle", bad)
    conn = sqlite3.connect(bad, isolation_level=None)
    try:
        conn.execute("UPDATE note SET revision = 'mange' WHERE id = ?", [note])
        table_id = conn.execute("SELECT table_id FROM bundle_manifest").fetchone()[0]
        bf.stamp_manifest(conn, kind="bundle", table_id=table_id, table_code="H1-B1")
    finally:
        conn.close()
    summary = collect(organiser, [bad])
    # Refused by the checks on arrival, before a row is read (store/bundle_checks.py).
    assert [err.text for _path, err in summary.refused] == [FILE_REFUSED]
    assert "note.revision" in summary.refused[0][1].format(FILE_REFUSED)
    assert text(organiser, note) == "Fra bordet"
