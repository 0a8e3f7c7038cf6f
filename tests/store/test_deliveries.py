"""An empty bundle is a delivery without notes, and shown as such."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.store.bundles import collect
from facilitator.store.bundles import deliveries
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit
from facilitator.store.bundles import open_kit


@pytest.fixture
def organiser(tmp_path: Path):
    store = CampStore.create(tmp_path / "arrangør.camp", program=load_program("camp_day"),
                             title="Camp 3")
    group = store.frame.add_main_group(code="H1").id
    for code in ("H1-B1", "H1-B2", "H1-B3"):
        store.frame.add_table(code=code, main_group_id=group)
    yield store
    store.close()


def test_a_bundle_counts_the_live_items_of_its_table(tmp_path: Path,
                                                    organiser: CampStore) -> None:
    kit = tmp_path / "kit.campkit"
    export_kit(organiser, kit)
    for code, write, delete in (("H1-B1", 3, 1), ("H1-B2", 0, 0), ("H1-B3", 1, 1)):
        with CampStore.open(open_kit(kit, tmp_path / f"{code}.camp")) as laptop:
            table = laptop.frame.table_by_code(code).id
            step = laptop.frame.step_by_key("indicators").id
            notes = [laptop.board.add_note(step_id=step, table_id=table, text=f"{code} {i}")
                     for i in range(write)]
            for note in notes[:delete]:
                laptop.board.delete_note(note_id=note.id)
            export_bundle(laptop, code, tmp_path / f"{code}.campbundle")
    organiser.board.add_note(step_id=organiser.frame.step_by_key("indicators").id,
                             # not the bundle's
                       table_id=organiser.frame.table_by_code("H1-B2").id, text="Arrangørens")
    collect(organiser, sorted(tmp_path.glob("*.campbundle")))
    found = {d.table_code: (d.delivered, d.items, d.empty) for d in deliveries(organiser)}
    assert found == {"H1-B1": (True, 2, False), "H1-B2": (True, 0, True),
                     "H1-B3": (True, 0, True)}
    assert [r[0] for r in organiser.conn.execute(
        "SELECT items FROM delivery ORDER BY bundle")] == [2, 0, 0]
