"""The organiser's follow-up of contributions and agreements (issue 18): saved, kept on
reopening, and never touched by a table's bundle collected later."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain import followup as fu
from facilitator.domain.messages import UserError
from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.store.bundles import collect
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit
from tests.bundle_fixtures import kit_of
from tests.bundle_fixtures import laptop_bundle
from tests.bundle_fixtures import organiser_camp
from tests.bundle_fixtures import spoil


def _followed(store: CampStore) -> dict[str, tuple[object, ...]]:
    """Every item's organiser fields and comments, by id."""
    return {i.id: (i.fields, tuple((c.date, c.text) for c in i.comments))
            for i in store.followup.items()}


def test_fields_and_comments_are_saved_and_kept_on_reopening(tmp_path: Path) -> None:
    path = tmp_path / "camp.camp"
    with CampStore.create(path, program=load_program("camp_day")) as store:
        step = store.frame.step_by_key("contributions")
        table = store.frame.add_table(code="B1")
        actors = store.frame.actors()
        item = store.board.add_contribution(step_id=step.id, table_id=table.id,
                                            text="Vi åbner hallen om aftenen",
                                            actor_id=actors[0].id)
        [found] = store.followup.items()
        assert (found.kind, found.actor_id, found.status, found.deadline) == (
            fu.CONTRIBUTION, actors[0].id, fu.PROPOSED, "")
        fields = store.followup.set_fields(item_id=item.id, actor_id=actors[1].id,
                                           person="  Bo   Jensen ", deadline="9.5.2026",
                                           status=fu.AGREED)
        assert fields == fu.FollowupFields(actor_id=actors[1].id, person="Bo Jensen",
                                           deadline="2026-05-09", status=fu.AGREED)
        store.followup.add_comment(item_id=item.id, date="01.06.2026", text="Ringet op")
        later = store.followup.add_comment(item_id=item.id, date="2026-06-20",
                                           text="Nøglen er udleveret")
        gone = store.followup.add_comment(item_id=item.id, date="2026-06-21", text="Fejl")
        store.followup.delete_comment(comment_id=gone.id)
    with CampStore.open(path) as store:
        [found] = store.followup.items()
        assert (found.actor_id, found.actor_name, found.person, found.deadline,
                found.status) == (actors[1].id, actors[1].name, "Bo Jensen", "2026-05-09",
                                  fu.AGREED)
        assert [(c.date, c.text) for c in found.comments] == [
            ("2026-06-01", "Ringet op"), ("2026-06-20", "Nøglen er udleveret")]
        assert found.latest_comment == later
        # Back to the contribution's own actor.
        store.followup.set_fields(item_id=item.id, actor_id=None)
        assert store.followup.item(item.id).actor_id == actors[0].id


def test_bad_dates_are_refused_in_danish_and_a_past_deadline_is_kept(tmp_path: Path) -> None:
    with CampStore.create(tmp_path / "c.camp", program=load_program("camp_day")) as store:
        step = store.frame.step_by_key("contributions")
        item = store.board.add_contribution(step_id=step.id, table_id=None, text="Bidrag")
        for bad in ("31.02.2026", "næste uge", "2026-13-01", "1.1.26"):
            with pytest.raises(UserError) as caught:
                store.followup.set_fields(item_id=item.id, deadline=bad)
            assert "er ikke en dato" in caught.value.format(caught.value.text)
        with pytest.raises(UserError):
            store.followup.add_comment(item_id=item.id, date="", text="Uden dato")
        with pytest.raises(UserError):
            store.followup.add_comment(item_id=item.id, date="01.01.2026", text="   ")
        with pytest.raises(UserError):
            store.followup.set_fields(item_id=item.id, status="færdig")
        with pytest.raises(UserError):
            store.followup.set_fields(item_id="no-such-item", status=fu.DONE)
        assert store.followup.fields(item.id) == fu.FollowupFields()
        store.followup.set_fields(item_id=item.id, deadline="01.01.2020")
        assert store.followup.item(item.id).overdue()
        store.followup.set_fields(item_id=item.id, status=fu.DONE)
        assert not store.followup.item(item.id).overdue()


def test_agreements_of_a_dialogue_are_followed_up(tmp_path: Path) -> None:
    with CampStore.create(tmp_path / "d.camp", program=load_program("dialogue_box")) as store:
        table = store.frame.add_table(code="D1")
        step = store.frame.step_by_key("agreements")
        agreement = store.dialogue_box.add_agreement(
            step_id=step.id, table_id=table.id, what="Mødes igen", who="Karen",
            by_when="efter sommerferien")
        [item] = store.followup.items()
        assert (item.kind, item.text, item.person, item.said_when, item.table_code) == (
            fu.AGREEMENT, "Mødes igen", "Karen", "efter sommerferien", "D1")
        store.followup.set_fields(item_id=agreement.id, person="Karen Holm",
                                  status=fu.IN_PROGRESS)
        assert store.followup.item(agreement.id).person == "Karen Holm"


def test_a_newer_bundle_of_the_same_table_leaves_the_followup_as_it_was(
        tmp_path: Path) -> None:
    """The issue's round trip: owner, deadline and status set on contributions, then a
    newer bundle of the same table collected, and the organiser's fields unchanged."""
    camp = organiser_camp(tmp_path / "arrangør.camp")
    kit = kit_of(camp, tmp_path / "camp.campkit")
    first = laptop_bundle(kit, tmp_path, "H1-B1")
    with CampStore.open(camp) as store:
        assert collect(store, [first]).merged == 1
        items = store.followup.items()
        own = next(i for i in items if i.text == "H1-B1 bidrag")
        others = [i for i in items if i.id != own.id][:3]
        actors = store.frame.actors()
        for n, item in enumerate([own, *others]):
            store.followup.set_fields(item_id=item.id, actor_id=actors[n % len(actors)].id,
                                      person=f"Person {n}", deadline=f"0{n + 1}.09.2026",
                                      status=fu.STATUSES[n % len(fu.STATUSES)])
            store.followup.add_comment(item_id=item.id, date="2026-06-01", text=f"Nr. {n}")
        before = _followed(store)
    # The laptop goes on: the same contribution edited (text, actor), a bundle again.
    with CampStore.open(tmp_path / "H1-B1.camp") as laptop:
        step = laptop.frame.step_by_key("contributions")
        [mine] = [c for c in laptop.board.contributions(step.id, all_tables=True)
                  if c.text == "H1-B1 bidrag"]
        laptop.board.update_contribution(contribution_id=mine.id, text="H1-B1 bidrag, rettet",
                                         actor_id=laptop.frame.actors()[-1].id, votes=3)
        export_bundle(laptop, "H1-B1", tmp_path / "H1-B1-igen.campbundle")
    with CampStore.open(camp) as store:
        summary = collect(store, [tmp_path / "H1-B1-igen.campbundle"])
        assert summary.merged == 1 and summary.tables["H1-B1"].changed >= 1
        assert store.board.contribution(own.id).text == "H1-B1 bidrag, rettet"
        assert _followed(store) == before
        assert store.followup.item(own.id).actor_id == actors[0].id  # the organiser's


def test_followup_rows_never_travel_and_a_bundle_that_carries_some_changes_nothing(
        tmp_path: Path) -> None:
    camp = organiser_camp(tmp_path / "arrangør.camp")
    with CampStore.open(camp) as store:
        item = store.followup.items()[0]
        store.followup.set_fields(item_id=item.id, person="Hemmelig Person", status=fu.DONE)
        store.followup.add_comment(item_id=item.id, date="2026-01-02", text="Privat")
        export_kit(store, tmp_path / "camp.campkit")
    with CampStore.open(tmp_path / "camp.campkit", read_only=True) as kit:
        assert kit.followup.fields(item.id) == fu.FollowupFields()
        assert all(not i.comments for i in kit.followup.items())
    bundle = laptop_bundle(tmp_path / "camp.campkit", tmp_path, "H1-B2")
    # A hand-made bundle that brings follow-up of its own: never read.
    forged = spoil(bundle, tmp_path / "forged.campbundle", [
        "INSERT INTO followup (item_id, kind, person, status, created_at, updated_at) "
        "VALUES (?, 'contribution', 'Ukendt', 'dropped', '2030-01-01', '2030-01-01')",
        [item.id]])
    with CampStore.open(camp) as store:
        before = _followed(store)
        assert collect(store, [forged]).merged == 1  # its table's rows are welcome
        after = _followed(store)
        assert {k: after[k] for k in before} == before
        assert store.followup.item(item.id).person == "Hemmelig Person"


def test_a_removed_actor_cannot_own_an_item(tmp_path: Path) -> None:
    """The list would show such an item without an owner: refused, nothing saved."""
    with CampStore.create(tmp_path / "c.camp", program=load_program("camp_day")) as store:
        step = store.frame.step_by_key("contributions")
        item = store.board.add_contribution(step_id=step.id, table_id=None, text="Bidrag")
        actor = store.frame.actors()[0]
        store.frame.delete_actor(actor_id=actor.id)
        with pytest.raises(UserError):
            store.followup.set_fields(item_id=item.id, actor_id=actor.id)
        assert store.followup.fields(item.id) == fu.FollowupFields()
