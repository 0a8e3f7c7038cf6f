"""The analysis in the camp file: recurring messages, the purpose statement's texts,
consolidated prerequisites, selected contributions per actor and the camp's overview."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.domain.analysis import NOT_DISTRIBUTED
from facilitator.domain.analysis import PrerequisiteSource
from facilitator.domain.analysis import PurposeText
from facilitator.domain.analysis import grouped_by_core_task
from facilitator.domain.messages import UserError
from facilitator.store import APPLICATION_ID
from facilitator.store import SCHEMA_VERSION
from facilitator.store import CampStore
from facilitator.store import database


def headings(store: CampStore) -> list[str]:
    return [m.heading for m in store.analysis.messages()]


# -- recurring messages --------------------------------------------------------------
def test_the_analysis_is_schema_four(camp_path: Path) -> None:
    assert (4, "004_analysis.sql") in [(n, p.name) for n, p in database.migrations()]
    assert SCHEMA_VERSION >= 4
    conn = sqlite3.connect(camp_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert {"message", "analysis_text", "consolidated_prerequisite"} <= tables


def test_messages_are_added_edited_and_kept(store: CampStore, camp_path: Path) -> None:
    assert store.analysis.messages() == []
    first = store.analysis.add_message(heading="TVÆRGÅENDE SAMARBEJDE",
                              body="Et behov for og vilje til at indgå i samarbejder.")
    second = store.analysis.add_message(heading="Fokus på miljø og natur")
    assert (first.position, second.position) == (0, 1)
    assert second.body == ""
    changed = store.analysis.update_message(message_id=second.id, body="Et stort ønske om at "
                                   "beskytte og udnytte naturen.")
    assert changed.heading == "Fokus på miljø og natur"
    assert changed.updated_at > second.updated_at
    # Nothing changed: the row is not touched.
    same = store.analysis.update_message(message_id=first.id, heading=first.heading)
    assert same.updated_at == first.updated_at
    # Text is stored as written (the organiser may be in the middle of a word).
    store.analysis.update_message(message_id=first.id, heading="Tværgående ")
    assert store.analysis.message(first.id).heading == "Tværgående "
    store.close()

    with CampStore.open(camp_path) as again:
        assert headings(again) == ["Tværgående ", "Fokus på miljø og natur"]
        assert again.analysis.messages()[1].body.startswith("Et stort ønske")


def test_messages_are_reordered_deleted_and_restored(store: CampStore,
                                                     camp_path: Path) -> None:
    ids = [store.analysis.add_message(heading=h).id for h in ("A", "B", "C", "D")]
    assert store.analysis.move_message(message_id=ids[3], index=0) == [ids[3], ids[0], ids[1],
                                                                       ids[2]]
    assert headings(store) == ["D", "A", "B", "C"]
    assert [m.position for m in store.analysis.messages()] == [0, 1, 2, 3]
    store.analysis.move_message(message_id=ids[3], index=99)  # clamped: last
    assert headings(store) == ["A", "B", "C", "D"]

    place = store.analysis.delete_message(message_id=ids[1])
    assert place == 1
    assert headings(store) == ["A", "C", "D"]
    # A new message meanwhile does not take the deleted one's place back.
    extra = store.analysis.add_message(heading="E")
    store.analysis.restore_message(message_id=ids[1], index=place)
    assert headings(store) == ["A", "B", "C", "D", "E"]
    store.analysis.delete_message(message_id=extra.id)
    store.close()

    with CampStore.open(camp_path) as again:
        assert headings(again) == ["A", "B", "C", "D"]
        row = again.row("SELECT deleted FROM message WHERE id = ?", [extra.id])
        assert row == {"deleted": 1}  # a tombstone, not a gap


def test_a_message_is_added_at_an_index(store: CampStore) -> None:
    store.analysis.add_message(heading="A")
    store.analysis.add_message(heading="C")
    store.analysis.add_message(heading="B", index=1)
    assert headings(store) == ["A", "B", "C"]


# -- the purpose statement's texts ---------------------------------------------------
def test_considerations_are_set_undone_and_kept(store: CampStore, camp_path: Path) -> None:
    assert [c.text for c in store.analysis.considerations()] == ["", ""]
    assert [c.key for c in store.analysis.considerations()] == list(PurposeText.ALL)
    previous = store.analysis.set_consideration(
        key=PurposeText.CONSIDERATIONS,
        text="Det kunne overvejes at ændre overskriften, så den siger formål og ikke middel.")
    assert previous == ""
    store.analysis.set_consideration(key=PurposeText.IMPLICATIONS,
                            text="Et stærkt fokus på initiativer på tværs.")
    assert store.analysis.set_consideration(key=PurposeText.IMPLICATIONS, text="Tværs") == \
        "Et stærkt fokus på initiativer på tværs."
    store.analysis.set_consideration(key=PurposeText.IMPLICATIONS, text="")  # cleared: a tombstone
    assert store.analysis.consideration(PurposeText.IMPLICATIONS).text == ""
    assert store.row("SELECT deleted FROM analysis_text WHERE key = ?",
                      [PurposeText.IMPLICATIONS]) == {"deleted": 1}
    with pytest.raises(UserError):
        store.analysis.set_consideration(key="purpose", text="x")
    store.frame.update_camp(purpose="Formålet er at skabe engagerende fællesskaber for alle.")
    store.close()

    with CampStore.open(camp_path) as again:
        assert again.analysis.consideration(PurposeText.CONSIDERATIONS).text.startswith(
            "Det kunne overvejes")
        assert again.analysis.consideration(PurposeText.IMPLICATIONS).text == ""
        assert again.frame.camp().purpose.startswith("Formålet er")


# -- consolidated prerequisites ------------------------------------------------------
@pytest.fixture
def prerequisites(store: CampStore) -> dict[str, str]:
    """The prerequisites step with notes at both tables, two selected, one category."""
    step = store.frame.step_by_key("prerequisites")
    assert step is not None
    b1, b2 = store.frame.tables()
    made = {
        "Tilgængelighed til lokaler": store.board.add_note(
            step_id=step.id, table_id=b1.id, text="Tilgængelighed til lokaler", selected=True),
        "Økonomi til foreninger": store.board.add_note(
            step_id=step.id, table_id=b1.id, text="Økonomi til foreninger"),
        "Frivillige der vil": store.board.add_note(
            step_id=step.id, table_id=b2.id, text="Frivillige der vil", selected=True),
    }
    facilities = store.consolidation.add_category(step_id=step.id, name="Fysiske faciliteter")
    store.consolidation.assign_notes(note_ids=[made["Tilgængelighed til lokaler"].id],
                       category_id=facilities.id)
    return {"step": step.id, "category": facilities.id,
            **{text: note.id for text, note in made.items()}}


def test_consolidated_prerequisites_crud(store: CampStore, camp_path: Path) -> None:
    a = store.analysis.add_consolidated_prerequisite(text="  Lige muligheder – alle landsbyer ")
    assert a.text == "Lige muligheder – alle landsbyer"
    b = store.analysis.add_consolidated_prerequisite(text="Frivillig indsats")
    c = store.analysis.add_consolidated_prerequisite(text="Netværk", index=0)
    texts = lambda: [p.text for p in store.analysis.consolidated_prerequisites()]  # noqa: E731
    assert texts() == ["Netværk", "Lige muligheder – alle landsbyer", "Frivillig indsats"]
    with pytest.raises(UserError):
        store.analysis.add_consolidated_prerequisite(text="   ")
    with pytest.raises(UserError):
        store.analysis.update_consolidated_prerequisite(prerequisite_id=b.id, text="")
    store.analysis.update_consolidated_prerequisite(prerequisite_id=b.id, text="Frivillig indsats!")
    store.analysis.move_consolidated_prerequisite(prerequisite_id=c.id, index=2)
    assert texts() == ["Lige muligheder – alle landsbyer", "Frivillig indsats!", "Netværk"]
    place = store.analysis.delete_consolidated_prerequisite(prerequisite_id=a.id)
    assert place == 0 and texts() == ["Frivillig indsats!", "Netværk"]
    store.analysis.restore_consolidated_prerequisite(prerequisite_id=a.id, index=place)
    assert texts()[0] == "Lige muligheder – alle landsbyer"
    places = store.analysis.delete_consolidated_prerequisites(prerequisite_ids=[c.id, a.id])
    assert places == [2, 0] and texts() == ["Frivillig indsats!"]
    store.analysis.restore_consolidated_prerequisites(prerequisite_ids=[c.id, a.id], indexes=places)
    assert texts() == ["Lige muligheder – alle landsbyer", "Frivillig indsats!", "Netværk"]
    store.close()

    with CampStore.open(camp_path) as again:
        assert [p.text for p in again.analysis.consolidated_prerequisites()] == [
            "Lige muligheder – alle landsbyer", "Frivillig indsats!", "Netværk"]


def test_prerequisites_are_made_from_categories_and_selected_notes(
        store: CampStore, prerequisites: dict[str, str]) -> None:
    sources = store.analysis.prerequisite_sources()
    assert [(s.text, s.is_category, s.count, s.table_code) for s in sources] == [
        ("Fysiske faciliteter", True, 1, ""),
        ("Tilgængelighed til lokaler", False, 0, "H1-B1"),
        ("Frivillige der vil", False, 0, "H1-B2"),
    ]
    made = store.analysis.add_consolidated_prerequisites(sources=[sources[0], sources[2]])
    assert [(p.text, p.category_id, p.note_id) for p in made] == [
        ("Fysiske faciliteter", prerequisites["category"], None),
        ("Frivillige der vil", None, prerequisites["Frivillige der vil"]),
    ]
    # What is used is offered no more, until it is deleted again.
    assert [s.text for s in store.analysis.prerequisite_sources()] == ["Tilgængelighed til lokaler"]
    store.analysis.delete_consolidated_prerequisites(prerequisite_ids=[p.id for p in made])
    assert len(store.analysis.prerequisite_sources()) == 3
    with pytest.raises(UserError):
        store.analysis.add_consolidated_prerequisites(sources=[PrerequisiteSource(text=" ")])
    assert store.analysis.consolidated_prerequisites() == []  # all or nothing


# -- selected contributions per actor ------------------------------------------------
def test_selected_contributions_are_grouped_by_actor(
        store: CampStore, prerequisites: dict[str, str], camp_path: Path) -> None:
    step = store.frame.step_by_key("contributions")
    assert step is not None
    b1, b2 = store.frame.tables()
    actors = {a.key: a for a in store.frame.actors()}
    politicians = store.frame.add_actor(name="Politikerne", key="politicians")
    lokaler, frivillige = prerequisites["Tilgængelighed til lokaler"], \
        prerequisites["Frivillige der vil"]

    def add(table, text, actor, prerequisite, selected=True, votes=0):
        return store.board.add_contribution(
            step_id=step.id, table_id=table.id, text=text, prerequisite_id=prerequisite,
            actor_id=actor.id if actor else None, selected=selected, votes=votes)

    add(b2, "Foreningernes dag en gang om året", actors["local_community"], frivillige)
    add(b1, "Åbne skolernes lokaler om aftenen", actors["municipality"], lokaler, votes=4)
    add(b1, "Booking på nettet", actors["municipality"], lokaler, selected=False)
    add(b2, "Frivillig fredag", actors["business"], frivillige)
    add(b2, "Tovholder i hver landsby", None, frivillige)
    gone = add(b1, "Deltage i dialog", politicians, lokaler)
    deleted = add(b1, "Slettet bidrag", actors["citizens"], lokaler)
    store.board.delete_contribution(contribution_id=deleted.id)
    store.frame.delete_actor(actor_id=politicians.id)
    store.close()

    with CampStore.open(camp_path, read_only=True) as again:
        groups = again.analysis.selected_contributions_by_actor()
    assert [g.actor_name for g in groups] == [
        "Kommunen", "Borgerne", "Erhvervslivet", "Lokalsamfundet", "Andre", NOT_DISTRIBUTED]
    shown = {g.actor_name: [(c.table_code, c.text, c.prerequisite) for c in g.contributions]
             for g in groups}
    assert shown["Kommunen"] == [
        ("H1-B1", "Åbne skolernes lokaler om aftenen", "Tilgængelighed til lokaler")]
    assert shown["Borgerne"] == []
    assert shown["Erhvervslivet"] == [("H1-B2", "Frivillig fredag", "Frivillige der vil")]
    assert shown["Lokalsamfundet"] == [
        ("H1-B2", "Foreningernes dag en gang om året", "Frivillige der vil")]
    # No actor, or an actor removed since: "Ikke fordelt", in table order.
    assert shown[NOT_DISTRIBUTED] == [
        ("H1-B1", gone.text, "Tilgængelighed til lokaler"),
        ("H1-B2", "Tovholder i hver landsby", "Frivillige der vil")]
    assert groups[-1].not_distributed and not groups[0].not_distributed
    assert groups[0].contributions[0].votes == 4


def test_no_ikke_fordelt_group_when_every_contribution_has_an_actor(
        store: CampStore) -> None:
    assert all(g.actor_id is not None for g in store.analysis.selected_contributions_by_actor())


# -- the camp's overview -------------------------------------------------------------
def test_camp_overview_has_messages_and_category_counts(
        store: CampStore, prerequisites: dict[str, str], camp_path: Path) -> None:
    indicators = store.frame.step_by_key("indicators")
    assert indicators is not None
    b1, _ = store.frame.tables()
    notes = [store.board.add_note(step_id=indicators.id, table_id=b1.id, text=t).id
             for t in ("Solceller", "Vindmøller", "Nye job", "Glade børn")]
    energy = store.consolidation.add_category(step_id=indicators.id, name="Energi/miljø")
    jobs = store.consolidation.add_category(step_id=indicators.id, name="Erhvervsliv")
    store.consolidation.assign_notes(note_ids=notes[:2], category_id=energy.id)
    store.consolidation.assign_notes(note_ids=[notes[2]], category_id=jobs.id)
    store.analysis.add_message(heading="Fokus på miljø og natur", body="Vedvarende energi.")
    store.analysis.add_message(heading="Branding af Lejre")
    store.close()

    with CampStore.open(camp_path, read_only=True) as again:
        overview = again.analysis.camp_overview()
        with pytest.raises(UserError):
            again.analysis.add_message(heading="Skrivebeskyttet")
    assert (overview.title, overview.core_task) == ("Testcamp", "Trivsel")
    assert [m.heading for m in overview.messages] == ["Fokus på miljø og natur",
                                                      "Branding af Lejre"]
    assert overview.counts("indicators") == {"Energi/miljø": 2, "Erhvervsliv": 1}
    assert overview.counts("prerequisites") == {"Fysiske faciliteter": 1}
    assert overview.counts("front_pages") == {}  # not a note step
    step = next(s for s in overview.steps if s.key == "indicators")
    assert (step.title, step.uncategorised, step.total) == ("Indikatorer på succes", 1, 4)


def test_camps_are_grouped_by_core_task(store: CampStore) -> None:
    from dataclasses import replace

    base = store.analysis.camp_overview()
    camps = [replace(base, title="A", core_task="Bæredygtig vækst"),
             replace(base, title="B", core_task=""),
             replace(base, title="C", core_task="Trivsel og læring"),
             replace(base, title="D", core_task=" bæredygtig  VÆKST")]
    groups = grouped_by_core_task(camps)
    assert [(name, [c.title for c in members]) for name, members in groups] == [
        ("Bæredygtig vækst", ["A", "D"]), ("Trivsel og læring", ["C"]), ("", ["B"])]


# -- an older camp file --------------------------------------------------------------
def schema_three_camp(path: Path) -> None:
    """A camp file as the version before the analysis wrote it (migrations 1–3 only)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for number, script in database.migrations():
            if number <= 3:
                conn.executescript(script.read_text(encoding="utf-8"))
        conn.execute("INSERT INTO camp (id, title, core_task, created_at, updated_at) "
                     "VALUES ('c1', 'Gammel camp', 'Trivsel', 'x', 'x')")
        conn.execute("PRAGMA user_version = 3")
    finally:
        conn.close()


def test_a_schema_three_file_is_migrated_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "gammel.camp"
    schema_three_camp(path)
    with CampStore.open(path, read_only=True) as viewed:  # a private migrated copy
        assert viewed.analysis.messages() == []
        assert viewed.analysis.camp_overview().title == "Gammel camp"
    assert not path.with_name(path.name + ".v3.bak").exists()
    with CampStore.open(path) as store:
        store.analysis.add_message(heading="Efter opgraderingen")
    assert path.with_name(path.name + ".v3.bak").exists()
    with CampStore.open(path) as store:
        assert headings(store) == ["Efter opgraderingen"]
