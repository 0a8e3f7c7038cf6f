"""Program templates: the dots each participant has to give on a step (issue 16)."""

from __future__ import annotations

import pytest

from facilitator.program.templates import ProgramError
from facilitator.program.templates import load_program
from facilitator.program.templates import parse_program
from facilitator.store import CampStore


def test_camp_day_gives_three_dots_on_its_voting_steps() -> None:
    """The guidance's "tre prikker" is data: the indicators, dilemmas and prerequisites."""
    program = load_program("camp_day")
    assert {s.key: s.dots for s in program.steps} == {
        "indicators": 3, "dilemmas": 3, "front_pages": 0, "lunch": 0,
        "prerequisites": 3, "contributions": 0, "bulletin_board": 0, "good_idea": 0}


def test_dialogue_box_has_no_limit() -> None:
    assert {s.dots for s in load_program("dialogue_box").steps} == {0}


def test_a_new_camp_stores_each_steps_dots() -> None:
    with CampStore.in_memory(program=load_program("camp_day"), title="Prikker") as store:
        assert store.frame.step_by_key("indicators").dots == 3
        assert store.frame.step_by_key("bulletin_board").dots == 0
        step = store.frame.update_step(step_id=store.frame.step_by_key("indicators").id, dots=5)
        assert store.frame.step(step.id).dots == 5


@pytest.mark.parametrize("dots", [-1, "3", 2.5, True, 100])
def test_a_bad_number_of_dots_is_refused(dots: object) -> None:
    data = {"steps": [{"kind": "notes", "key": "a", "dots_per_participant": dots}]}
    with pytest.raises(ProgramError, match="dots_per_participant"):
        parse_program(data)
