"""Gathering dialogues: three groups' bundles into one coordinator file, one overview.

Two ways in, the same overview out: the hosts opened the coordinator's kit and each
picked a table (ids match, plain collect), or each host made a dialogue file of their
own and the coordinator gathers bundles from three different files (steps matched by
key, deck cards by key, each dialogue its own table).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from gathering_fixtures import CARD_COUNTS
from gathering_fixtures import GROUPS
from gathering_fixtures import LEVEL_COUNTS
from gathering_fixtures import OVERALL_END_MEDIAN
from gathering_fixtures import OVERALL_START_MEDIAN
from gathering_fixtures import START_MEDIANS
from gathering_fixtures import fill
from gathering_fixtures import own_dialogue
from gathering_fixtures import picture

from facilitator.export.gathering_data import CardsOverview
from facilitator.export.gathering_data import ThermometerOverview
from facilitator.export.gathering_data import TriangleOverview
from facilitator.export.gathering_data import gathering_data
from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.store import bundle_files as bf
from facilitator.store.bundles import OTHER_CAMP_BUNDLE
from facilitator.store.bundles import collect
from facilitator.store.bundles import deliveries
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit
from facilitator.store.bundles import open_kit
from facilitator.ui.dialogue_box.new_dialogue import create_dialogue


def section(data, kind):
    return next(s for s in data.sections if isinstance(s, kind))


def check_overview(coordinator: CampStore, codes: list[str]) -> None:
    """The three groups, whatever the way they were gathered, with ``codes`` in order."""
    data = gathering_data(coordinator)
    by_name = {d.group_name: d for d in data.dialogues}
    assert [by_name[g["group"]].code for g in GROUPS] == codes
    assert data.participants == 5 + 3 + 2

    thermometer = section(data, ThermometerOverview)
    medians = {g.info.group_name: g.start.median for g in thermometer.groups}
    assert tuple(medians[g["group"]] for g in GROUPS) == START_MEDIANS
    assert thermometer.start.readings == 10 and thermometer.start.median == OVERALL_START_MEDIAN
    assert thermometer.start.counts == (0, 0, 1, 2, 1, 2, 2, 1, 0, 1)
    assert thermometer.end.readings == 4 and thermometer.end.median == OVERALL_END_MEDIAN
    third = next(g for g in thermometer.groups if g.info.group_name == GROUPS[2]["group"])
    assert third.end.group_only and third.end.median == 5

    triangle = section(data, TriangleOverview)
    assert {lv.level: len(lv.notes) for lv in triangle.levels} == LEVEL_COUNTS
    level1 = triangle.levels[0]
    assert dict(level1.per_group) == dict(zip(codes, (2, 1, 1), strict=True))
    assert level1.question.startswith("Hvad kan gøre, at børn og familier")
    assert [n.owner for n in level1.notes] == [codes[0], codes[0], codes[1], codes[2]]

    cards = section(data, CardsOverview)
    counts = {c.card.key: c.count for c in cards.cards}
    assert counts == CARD_COUNTS
    assert [c.card.key for c in cards.cards][:2] == ["neighbour_divorce", "club_fees"]
    top = cards.cards[0]
    assert {g.owner for g in top.groups} == set(codes)
    assert ("what_would_you_do", "Ringe på med en kop kaffe") in top.groups[0].answers


# -- dialogue files the hosts made on their own ------------------------------------------------
@pytest.fixture
def own_bundles(tmp_path: Path) -> list[Path]:
    out = []
    for i, group in enumerate(GROUPS):
        with own_dialogue(tmp_path / f"host{i}.camp", group) as store:
            path = tmp_path / f"dialog{i}.campbundle"
            export_bundle(store, "D1", path)
            out.append(path)
    return out


def test_bundles_of_three_dialogue_files_gather_into_one_overview(
        tmp_path: Path, own_bundles: list[Path]) -> None:
    with create_dialogue(tmp_path / "koordinator.camp") as coordinator:
        summary = collect(coordinator, own_bundles)
        assert summary.refused == []
        # The coordinator's own D1 keeps its code; the dialogues get the next free ones.
        assert sorted(summary.tables) == ["D2", "D3", "D4"]
        assert [t.code for t in coordinator.frame.tables()] == ["D1", "D2", "D3", "D4"]
        check_overview(coordinator, ["D2", "D3", "D4"])
        # Steps, deck and actors are the coordinator's: matched by key, never duplicated.
        assert len(coordinator.frame.steps()) == 5
        assert len(
            coordinator.dialogue_box.cards(coordinator.frame.step_by_key("dilemma_cards").id)) == 14
        assert len(coordinator.frame.actors()) == 5
        assert {d.table_code: d.delivered for d in deliveries(coordinator)} == {
            "D1": False, "D2": True, "D3": True, "D4": True}

        # Collecting the same bundles again changes nothing.
        before = gathering_data(coordinator)
        again = collect(coordinator, own_bundles)
        assert again.refused == []
        assert all((e.new, e.changed, e.deleted) == (0, 0, 0) for e in again.tables.values())
        assert gathering_data(coordinator) == before
        assert len(coordinator.frame.tables()) == 4


def test_a_host_edits_and_deletes_then_sends_again(tmp_path: Path) -> None:
    host_path = tmp_path / "host.camp"
    with own_dialogue(host_path, GROUPS[0]) as host:
        export_bundle(host, "D1", tmp_path / "first.campbundle")
    with create_dialogue(tmp_path / "koordinator.camp") as coordinator:
        collect(coordinator, [tmp_path / "first.campbundle"])
        with CampStore.open(host_path) as host:
            table = host.frame.tables()[0].id
            step = host.frame.step_by_key("triangle").id
            notes = host.dialogue_box.level_notes(step, table, 1)
            host.board.update_note(note_id=notes[0].id, text="Skilsmisse")
            host.board.delete_note(note_id=notes[1].id)
            reading = host.dialogue_box.readings(host.frame.step_by_key("thermometer").id, table)[0]
            host.dialogue_box.delete_reading(reading_id=reading.id)
            export_bundle(host, "D1", tmp_path / "second.campbundle")
        summary = collect(coordinator, [tmp_path / "second.campbundle"])
        [entry] = summary.tables.values()
        assert entry.table_code == "D2"
        assert (entry.changed, entry.deleted) == (1, 2)
        data = gathering_data(coordinator)
        level1 = section(data, TriangleOverview).levels[0]
        assert [n.text for n in level1.notes] == ["Skilsmisse"]
        assert section(data, ThermometerOverview).start.readings == 4


def test_a_picture_card_a_host_made_travels_with_its_reflections(tmp_path: Path) -> None:
    with own_dialogue(tmp_path / "host.camp", GROUPS[1]) as host:
        step = host.frame.step_by_key("dilemma_cards").id
        card = host.dialogue_box.add_card(step_id=step, caption="Legepladsen om aftenen",
                                          image=picture(),
                             image_name="legeplads.png")
        host.dialogue_box.set_reflection(card_id=card.id, table_id=host.frame.tables()[0].id,
                            question="what_helps", text="Voksne, der er til stede")
        export_bundle(host, "D1", tmp_path / "b.campbundle")
    with create_dialogue(tmp_path / "koordinator.camp") as coordinator:
        collect(coordinator, [tmp_path / "b.campbundle"])
        step = coordinator.frame.step_by_key("dilemma_cards").id
        deck = coordinator.dialogue_box.cards(step)
        assert len(deck) == 15 and deck[-1].caption == "Legepladsen om aftenen"
        assert coordinator.dialogue_box.card_image(deck[-1].id) == picture()
        cards = section(gathering_data(coordinator, images=True), CardsOverview)
        mine = next(c for c in cards.cards if c.card.caption == "Legepladsen om aftenen")
        assert mine.card.image == picture()
        assert mine.groups[0].answers == (("what_helps", "Voksne, der er til stede"),)


def test_a_bundle_of_another_program_is_still_refused(tmp_path: Path, camp_path: Path) -> None:
    with CampStore.open(camp_path) as camp:
        export_bundle(camp, "H1-B1", tmp_path / "camp.campbundle")
    with create_dialogue(tmp_path / "koordinator.camp") as coordinator:
        summary = collect(coordinator, [tmp_path / "camp.campbundle"])
        [(_, err)] = summary.refused
        assert err.text == OTHER_CAMP_BUNDLE
        assert [t.code for t in coordinator.frame.tables()] == ["D1"]
    # … and a dialogue bundle into a camp of the camp day likewise.
    with own_dialogue(tmp_path / "host.camp", GROUPS[0]) as host:
        export_bundle(host, "D1", tmp_path / "d.campbundle")
    with CampStore.open(camp_path) as camp:
        [(_, err)] = collect(camp, [tmp_path / "d.campbundle"]).refused
        assert err.text == OTHER_CAMP_BUNDLE


# -- the coordinator's kit -----------------------------------------------------------------------
def test_three_hosts_from_one_coordinator_kit(tmp_path: Path) -> None:
    """Every host opens the kit and picks a table: ids match, collect works unchanged."""
    coordinator_path = tmp_path / "koordinator.camp"
    with create_dialogue(coordinator_path) as coordinator:
        coordinator.frame.add_table(code="D2")
        coordinator.frame.add_table(code="D3")
        export_kit(coordinator, tmp_path / "dialog.campkit")
    bundles = []
    for i, (group, code) in enumerate(zip(GROUPS, ("D1", "D2", "D3"), strict=True)):
        laptop = tmp_path / f"host{i}.camp"
        open_kit(tmp_path / "dialog.campkit", laptop)
        with CampStore.open(laptop) as host:
            fill(host, host.frame.table_by_code(code).id, group)
            bundles.append(tmp_path / f"{code}.campbundle")
            export_bundle(host, code, bundles[-1])
    with CampStore.open(coordinator_path) as coordinator:
        summary = collect(coordinator, bundles)
        assert summary.refused == [] and sorted(summary.tables) == ["D1", "D2", "D3"]
        assert [t.code for t in coordinator.frame.tables()] == ["D1", "D2", "D3"]
        check_overview(coordinator, ["D1", "D2", "D3"])
        assert len(
            coordinator.dialogue_box.cards(coordinator.frame.step_by_key("dilemma_cards").id)) == 14
        # One dialogue row per table: the kit's D1 row was the host's to fill in.
        assert len(coordinator.dialogue_box.dialogues()) == 3


def test_a_bundle_carries_only_its_own_dialogue(tmp_path: Path) -> None:
    with create_dialogue(tmp_path / "koordinator.camp") as store:
        store.frame.add_table(code="D2")
        fill(store, store.frame.table_by_code("D1").id, GROUPS[0])
        fill(store, store.frame.table_by_code("D2").id, GROUPS[1])
        export_bundle(store, "D2", tmp_path / "d2.campbundle")
    content = bf.read_bundle(tmp_path / "d2.campbundle")
    d2 = content.manifest.table_id
    for table in ("dialogue", "reading", "card_reflection", "template_answer", "agreement"):
        rows = content.rows[table]
        assert all(r["table_id"] == d2 for r in rows), table
    assert {r["group_name"] for r in content.rows["dialogue"]} == {GROUPS[1]["group"]}
    assert len(content.rows["reading"]) == 3
    assert len(content.rows["card"]) == 14  # the deck travels whole


def test_a_bundle_from_before_dialogues_travelled_is_still_read(tmp_path: Path) -> None:
    """A bundle whose manifest vouches for the camp-day tables only (an older app)."""
    with own_dialogue(tmp_path / "host.camp", GROUPS[0]) as host:
        export_bundle(host, "D1", tmp_path / "b.campbundle")
    conn = sqlite3.connect(tmp_path / "b.campbundle", isolation_level=None)
    for table in ("dialogue", "reading", "card", "card_reflection", "template_answer",
                  "agreement"):
        conn.execute(f"DELETE FROM {table}")  # the old app left these empty
    sha, counts = bf.content_digest(conn, bf.BASE_HASHED_TABLES, schema=False)
    conn.execute("UPDATE bundle_manifest SET sha256 = ?, counts = ?",
                 [sha, json.dumps(counts)])
    conn.close()
    content = bf.read_bundle(tmp_path / "b.campbundle")
    assert set(content.manifest.counts) == set(bf.BASE_HASHED_TABLES)
    assert content.rows["reading"] == []
    with create_dialogue(tmp_path / "koordinator.camp") as coordinator:
        summary = collect(coordinator, [tmp_path / "b.campbundle"])
        assert summary.refused == []
        assert sum(e.new for e in summary.tables.values()) == len(GROUPS[0]["notes"])


def test_triangle_notes_take_categories_per_level(tmp_path: Path,
                                                   own_bundles: list[Path]) -> None:
    with create_dialogue(tmp_path / "koordinator.camp") as coordinator:
        collect(coordinator, own_bundles)
        step = coordinator.frame.step_by_key("triangle").id
        money = coordinator.consolidation.add_category(step_id=step, name="Økonomi")
        community = coordinator.consolidation.add_category(step_id=step, name="Fællesskab")
        for note in coordinator.board.notes(step, all_tables=True):
            if note.text.startswith("Økonomi"):
                coordinator.consolidation.assign_note(note_id=note.id, category_id=money.id)
            elif note.level == 2:
                coordinator.consolidation.assign_note(note_id=note.id, category_id=community.id)
        triangle = section(gathering_data(coordinator), TriangleOverview)
        levels = {lv.level: lv for lv in triangle.levels}
        assert [(c.name, c.count) for c in levels[1].categories] == [("Økonomi", 2)]
        assert levels[1].uncategorised == 2
        assert [(c.name, c.count) for c in levels[2].categories] == [("Fællesskab", 3)]
        assert levels[3].categories == () and levels[3].uncategorised == 2
        assert [(c.name, c.count) for c in triangle.categories] == [
            ("Økonomi", 2), ("Fællesskab", 3)]
        assert triangle.uncategorised == 4
        assert levels[1].note_categories.count("Økonomi") == 2
        # The two groups' »Økonomi« notes said the same: counted once, still both shown.
        said = [n.id for n in coordinator.board.notes(step, all_tables=True)
                if n.text.startswith("Økonomi")]
        coordinator.consolidation.count_as_one(note_ids=said)
        triangle = section(gathering_data(coordinator), TriangleOverview)
        levels = {lv.level: lv for lv in triangle.levels}
        assert [(c.name, c.count) for c in levels[1].categories] == [("Økonomi", 1)]
        assert levels[1].note_categories.count("Økonomi") == 2
        assert [(c.name, c.count) for c in triangle.categories] == [
            ("Økonomi", 1), ("Fællesskab", 3)]


def test_the_camp_day_program_is_not_a_dialogue_program(tmp_path: Path) -> None:
    from facilitator.store.bundles import may_gather

    store = CampStore.in_memory(program=load_program("camp_day"))
    assert not may_gather(store, {"program": "camp_day"})
    dialogue = CampStore.in_memory(program=load_program("dialogue_box"))
    assert may_gather(dialogue, {"program": "dialogue_box"})
    assert not may_gather(dialogue, {"program": "camp_day"})
