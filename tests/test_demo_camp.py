"""The built-in demo camp: built from its JSON through the store, complete, reopenable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.demo_camp import NOTE_STEPS
from facilitator.demo_camp import build_demo_camp
from facilitator.demo_camp import load_demo_data
from facilitator.domain.messages import UserError
from facilitator.domain.model import DILEMMA_TAGS
from facilitator.domain.model import StepKind
from facilitator.store import CampStore


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.camp"
    build_demo_camp(path)
    return path


@pytest.fixture
def store(demo_path: Path) -> Iterator[CampStore]:
    store = CampStore.open(demo_path)
    yield store
    store.close()


def _texts(value: object) -> Iterator[str]:
    """Every string in the demo JSON that is stored as written (actors and tags are keys)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("actor", "tag", "language"):
                continue
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, str) and value:
        yield value


def test_camp_details(store: CampStore) -> None:
    data = load_demo_data()["camp"]
    camp = store.frame.camp()
    for key, value in data.items():
        assert getattr(camp, key) == value
    assert camp.program == "camp_day"


def test_groups_and_tables(store: CampStore) -> None:
    groups = store.frame.main_groups()
    assert [g.code for g in groups] == ["H1", "H2"]
    tables = store.frame.tables()
    assert [t.code for t in tables] == ["H1-B1", "H1-B2", "H2-B1", "H2-B2"]
    by_group = {g.id: g.code for g in groups}
    assert all(t.code.startswith(by_group[t.main_group_id]) for t in tables)
    assert all(t.facilitator and t.chair and t.participants > 0 for t in tables)
    assert sum(t.participants for t in tables) == store.frame.camp().participants


def test_every_table_has_notes_in_every_note_step(store: CampStore) -> None:
    data = load_demo_data()
    specs = {t["code"]: t for g in data["main_groups"] for t in g["tables"]}
    note_steps = [s for s in store.frame.steps() if s.kind in StepKind.NOTE_KINDS]
    assert {s.key for s in note_steps} == set(NOTE_STEPS)
    for table in store.frame.tables():
        for step in note_steps:
            notes = store.board.notes(step.id, table.id)
            if step.key in ("bulletin_board", "good_idea") and not specs[table.code].get(step.key):
                continue
            assert notes, (table.code, step.key)
        # The day's three voted steps are always filled, with votes and a selection.
        for key in ("indicators", "dilemmas", "prerequisites"):
            step = store.frame.step_by_key(key)
            assert step is not None
            notes = store.board.notes(step.id, table.id)
            assert len(notes) >= (3 if key == "dilemmas" else 4)
            assert any(n.selected for n in notes) and any(n.votes for n in notes)


def test_bulletin_board_and_good_ideas(store: CampStore) -> None:
    board = store.frame.step_by_key("bulletin_board")
    idea = store.frame.step_by_key("good_idea")
    assert board is not None and idea is not None
    assert all(store.board.notes(board.id, t.id) for t in store.frame.tables())
    assert sum(1 for t in store.frame.tables() if store.board.notes(idea.id, t.id)) >= 2


def test_dilemma_tags(store: CampStore) -> None:
    step = store.frame.step_by_key("dilemmas")
    assert step is not None
    notes = store.board.notes(step.id, all_tables=True)
    assert {n.tag for n in notes} <= {"", *DILEMMA_TAGS}
    assert {n.tag for n in notes} >= set(DILEMMA_TAGS)
    assert store.frame.personas(step.id), "the program's cases come with the demo"


def test_one_front_page_per_table(store: CampStore) -> None:
    step = store.frame.step_by_key("front_pages")
    assert step is not None
    for table in store.frame.tables():
        pages = store.board.front_pages(step.id, table.id)
        assert len(pages) == 1
        page = pages[0]
        assert page.headline and page.story and page.quote and page.quote_by


def test_contributions_answer_two_selected_prerequisites(store: CampStore) -> None:
    step = store.frame.step_by_key("contributions")
    assert step is not None
    actors = {a.id: a.key for a in store.frame.actors()}
    for table in store.frame.tables():
        selected = store.board.selected_prerequisites(table.id)
        assert len(selected) == 2
        unanswered = store.board.contributions(step.id, table.id, prerequisite_id=None)
        assert unanswered == [], "every demo contribution answers a prerequisite"
        used_actors: set[str | None] = set()
        for prerequisite in selected:
            answers = store.board.contributions(step.id, table.id, prerequisite_id=prerequisite.id)
            assert len(answers) >= 3
            assert any(c.selected for c in answers)
            used_actors |= {actors.get(c.actor_id) if c.actor_id else None for c in answers}
        assert len(used_actors - {None}) >= 3
    every = store.board.contributions(step.id, all_tables=True)
    assert {c.prerequisite_id for c in every} <= {
        n.id for t in store.frame.tables() for n in store.board.selected_prerequisites(t.id)
    }
    assert any(c.actor_id is None for c in every), "some ideas are not yet given to an actor"
    assert set(actors) >= {c.actor_id for c in every if c.actor_id}


def test_every_text_in_the_json_is_in_the_store(store: CampStore) -> None:
    stored: set[str] = set()
    camp = store.frame.camp()
    stored |= {camp.title, camp.core_task, camp.purpose, camp.date, camp.venue,
               camp.municipality}
    stored |= {text for g in store.frame.main_groups() for text in (g.code, g.name)}
    for table in store.frame.tables():
        stored |= {table.code, table.facilitator, table.chair}
    for step in store.frame.steps():
        stored |= {n.text for n in store.board.notes(step.id, all_tables=True)}
        stored |= {c.text for c in store.board.contributions(step.id, all_tables=True)}
        for page in store.board.front_pages(step.id, all_tables=True):
            stored |= {page.headline, page.story, page.quote, page.quote_by}
    missing = [text for text in _texts(load_demo_data()) if text not in stored]
    assert missing == []


def test_json_is_well_formed() -> None:
    data = load_demo_data()
    actor_keys = {"municipality", "citizens", "business", "local_community", "others"}
    for group in data["main_groups"]:
        for table in group["tables"]:
            assert table["code"].startswith(group["code"] + "-")
            for key in NOTE_STEPS:
                for note in table.get(key, []):
                    assert note["text"] == note["text"].strip()
                    assert 0 <= note.get("votes", 0) <= 6
                    assert note.get("tag", "") in ("", *DILEMMA_TAGS)
                    for contribution in note.get("contributions", []):
                        assert contribution["actor"] in actor_keys | {None}
                        assert key == "prerequisites" and note["selected"]


def test_refuses_an_existing_file(demo_path: Path) -> None:
    with pytest.raises(UserError):
        build_demo_camp(demo_path)
