"""The consolidation rules: names, counts and merging, without Qt or SQLite."""

from __future__ import annotations

import pytest

from facilitator.domain.consolidation import DUPLICATE_CATEGORY_NAME
from facilitator.domain.consolidation import EMPTY_CATEGORY_NAME
from facilitator.domain.consolidation import MERGE_ACROSS_STEPS
from facilitator.domain.consolidation import MERGE_INTO_ITSELF
from facilitator.domain.consolidation import Category
from facilitator.domain.consolidation import CategoryCounts
from facilitator.domain.consolidation import category_label
from facilitator.domain.consolidation import check_merge
from facilitator.domain.consolidation import count_notes
from facilitator.domain.consolidation import merged
from facilitator.domain.consolidation import name_key
from facilitator.domain.consolidation import normalise_name
from facilitator.domain.consolidation import validate_category_name
from facilitator.domain.consolidation import with_counts
from facilitator.domain.messages import UserError

ENERGY = Category(id="c1", step_id="s1", name="Energi/miljø", position=0)
BUSINESS = Category(id="c2", step_id="s1", name="Erhvervsliv", position=1)


def test_names_are_trimmed_and_inner_spaces_collapsed() -> None:
    assert normalise_name("  Energi /   miljø \n") == "Energi / miljø"
    assert name_key("ENERGI/Miljø") == name_key("energi/miljø ")


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_an_empty_name_is_refused(name: str) -> None:
    with pytest.raises(UserError) as caught:
        validate_category_name(name, [ENERGY])
    assert caught.value.text == EMPTY_CATEGORY_NAME


@pytest.mark.parametrize("name", ["Energi/miljø", "energi/MILJØ", "  energi/miljø  "])
def test_a_name_taken_in_the_step_is_refused_whatever_its_case(name: str) -> None:
    with pytest.raises(UserError) as caught:
        validate_category_name(name, [ENERGY, BUSINESS])
    assert caught.value.text == DUPLICATE_CATEGORY_NAME
    assert "Energi/miljø" in str(caught.value)


def test_a_category_may_keep_its_own_name_in_another_case() -> None:
    assert validate_category_name("ENERGI/MILJØ", [ENERGY, BUSINESS],
                                  category_id="c1") == "ENERGI/MILJØ"
    with pytest.raises(UserError):
        validate_category_name("erhvervsliv", [ENERGY, BUSINESS], category_id="c1")


def test_a_new_name_comes_back_cleaned() -> None:
    assert validate_category_name(" Trafik  og veje ", [ENERGY]) == "Trafik og veje"


def test_counts_per_category_and_uncategorised() -> None:
    notes = ["n1", "n2", "n3", "n4", "n5"]
    assignments = {"n1": "c1", "n2": "c1", "n3": "c2", "gone": "c1", "n5": "deleted-cat"}
    counts = count_notes(notes, assignments, ["c1", "c2", "c3"])
    assert counts.by_category == {"c1": 2, "c2": 1, "c3": 0}
    # n4 has no category; n5's category is gone, so it counts as uncategorised too.
    assert counts.uncategorised == 2
    assert counts.total == len(notes)


def test_categories_carry_their_counts_in_panel_order() -> None:
    counts = CategoryCounts({"c1": 38, "c2": 19}, 4)
    shown = with_counts([BUSINESS, ENERGY], counts)
    assert [(c.name, c.count) for c in shown] == [("Energi/miljø", 38), ("Erhvervsliv", 19)]
    assert category_label(shown[0].name, shown[0].count) == "Energi/miljø (38)"


def test_merging_moves_every_note_of_the_source_to_the_target() -> None:
    assignments = {"n1": "c1", "n2": "c2", "n3": "c1", "n4": "c3"}
    after, moved = merged(assignments, "c1", "c2")
    assert after == {"n1": "c2", "n2": "c2", "n3": "c2", "n4": "c3"}
    assert set(moved) == {"n1", "n3"}
    counts = count_notes(list(assignments), after, ["c2", "c3"])
    assert counts.by_category == {"c2": 3, "c3": 1}


def test_merge_into_itself_or_across_steps_is_refused() -> None:
    with pytest.raises(UserError) as caught:
        check_merge(ENERGY, ENERGY)
    assert caught.value.text == MERGE_INTO_ITSELF
    other_step = Category(id="c9", step_id="s2", name="Energi")
    with pytest.raises(UserError) as caught:
        check_merge(ENERGY, other_step)
    assert caught.value.text == MERGE_ACROSS_STEPS
    check_merge(ENERGY, BUSINESS)
