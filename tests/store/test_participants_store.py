"""Participants per table by group: stored, validated, carried in kits and bundles."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.messages import UserError
from facilitator.domain.participants import NOT_GIVEN
from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.store.bundles import collect
from facilitator.store.bundles import deliveries
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit
from facilitator.store.bundles import open_kit


def _table(store: CampStore, code: str = "H1-B1") -> str:
    table = store.frame.table_by_code(code)
    assert table is not None
    return table.id


def test_counts_are_kept_and_read_back_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "camp.camp"
    with CampStore.create(path, program=load_program("camp_day")) as store:
        table_id = store.frame.add_table(code="B1").id
        assert store.participants.counts(table_id) == NOT_GIVEN
        assert store.participants.set_count(table_id=table_id, group_key="citizens",
                                            people=6) is None
        assert store.participants.set_count(table_id=table_id, group_key="citizens",
                                            people=7) == 6
        store.participants.set_count(table_id=table_id, group_key="politicians", people=0)
    with CampStore.open(path) as again:
        counts = again.participants.counts(table_id)
        assert counts.given
        assert counts.counts == (("citizens", 7), ("politicians", 0))
        assert counts.total == 7
        assert again.participants.by_table() == {table_id: counts}
        assert again.participants.camp_total() == counts
        # »Not entered« again: the table counts as not counted.
        assert again.participants.set_count(table_id=table_id, group_key="citizens",
                                            people=None) == 7
        again.participants.set_count(table_id=table_id, group_key="politicians", people=None)
        assert again.participants.counts(table_id) == NOT_GIVEN
        assert again.participants.by_table() == {}


@pytest.mark.parametrize("people", [-1, 10_000, "tolv", "3.5", True])
def test_a_count_outside_0_to_9999_is_refused_in_danish(organiser: CampStore,
                                                        people: object) -> None:
    table_id = _table(organiser)
    with pytest.raises(UserError, match="helt tal fra 0 til 9999"):
        organiser.participants.set_count(table_id=table_id, group_key="citizens",
                                         people=people)  # type: ignore[arg-type]
    assert organiser.participants.counts(table_id) == NOT_GIVEN


def test_an_unknown_group_or_a_removed_table_is_refused(organiser: CampStore) -> None:
    table_id = _table(organiser)
    with pytest.raises(UserError, match="ikke en deltagergruppe"):
        organiser.participants.set_count(table_id=table_id, group_key="aliens", people=1)
    organiser.frame.delete_table(table_id=table_id)
    with pytest.raises(UserError, match="findes ikke længere"):
        organiser.participants.set_count(table_id=table_id, group_key="citizens", people=1)


def test_every_edit_adds_a_revision(organiser: CampStore) -> None:
    table_id = _table(organiser)
    for people in (1, 2, 3):
        organiser.participants.set_count(table_id=table_id, group_key="staff", people=people)
    row = organiser.conn.execute("SELECT revision, people FROM participant_count").fetchone()
    assert tuple(row) == (2, 3)


def test_a_deleted_table_counts_no_more(organiser: CampStore) -> None:
    table_id = _table(organiser)
    organiser.participants.set_count(table_id=table_id, group_key="others", people=4)
    organiser.frame.delete_table(table_id=table_id)
    assert organiser.participants.camp_total() == NOT_GIVEN


def test_a_bundle_carries_the_tables_counts_and_the_newer_revision_wins(
        organiser: CampStore, tmp_path: Path) -> None:
    """Entered in preparation, travelled in the kit, corrected at the table: collecting
    takes the table's correction; an older bundle sent again changes nothing back."""
    b1 = _table(organiser)
    b2 = organiser.frame.add_table(code="H1-B2").id
    organiser.participants.set_count(table_id=b1, group_key="citizens", people=5)
    organiser.participants.set_count(table_id=b2, group_key="staff", people=2)
    kit = tmp_path / "camp.campkit"
    export_kit(organiser, kit)
    laptop_path = open_kit(kit, tmp_path / "bord1.camp")
    with CampStore.open(laptop_path) as laptop:
        assert laptop.participants.counts(b1).counts == (("citizens", 5),)
        laptop.participants.set_count(table_id=b1, group_key="citizens", people=6)
        laptop.participants.set_count(table_id=b1, group_key="politicians", people=1)
        first = export_bundle(laptop, "H1-B1", tmp_path / "first.campbundle")
        assert first.counts["participant_count"] == 2  # its own table's rows only
        laptop.participants.set_count(table_id=b1, group_key="citizens", people=8)
        export_bundle(laptop, "H1-B1", tmp_path / "second.campbundle")
    summary = collect(organiser, [tmp_path / "second.campbundle"])
    assert summary.merged == 1
    assert organiser.participants.counts(b1).counts == (("citizens", 8), ("politicians", 1))
    assert organiser.participants.counts(b2).counts == (("staff", 2),)
    collect(organiser, [tmp_path / "first.campbundle"])  # older: revision 1 < 2
    assert organiser.participants.counts(b1).counts == (("citizens", 8), ("politicians", 1))
    # Counting people is not writing notes: the delivery still says »ingen noter«.
    assert [d.items for d in deliveries(organiser) if d.table_code == "H1-B1"] == [0]


def test_the_organisers_later_correction_wins_over_an_old_bundle(
        organiser: CampStore, tmp_path: Path) -> None:
    b1 = _table(organiser)
    kit = tmp_path / "camp.campkit"
    export_kit(organiser, kit)
    with CampStore.open(open_kit(kit, tmp_path / "bord1.camp")) as laptop:
        laptop.participants.set_count(table_id=b1, group_key="citizens", people=6)
        export_bundle(laptop, "H1-B1", tmp_path / "b1.campbundle")
    collect(organiser, [tmp_path / "b1.campbundle"])
    organiser.participants.set_count(table_id=b1, group_key="citizens", people=9)  # r1
    organiser.conn.execute("DELETE FROM delivery")  # as if never collected: merge again
    collect(organiser, [tmp_path / "b1.campbundle"])  # r0
    assert organiser.participants.counts(b1).counts == (("citizens", 9),)
