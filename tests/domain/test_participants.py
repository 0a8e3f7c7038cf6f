"""Participant groups as data: counts checked, added up and told in Danish."""

from __future__ import annotations

import pytest

from facilitator.domain.messages import UserError
from facilitator.domain.participants import GROUP_KEYS
from facilitator.domain.participants import GROUPS
from facilitator.domain.participants import NOT_GIVEN
from facilitator.domain.participants import ParticipantCounts
from facilitator.domain.participants import added_up
from facilitator.domain.participants import check_count
from facilitator.domain.participants import group
from facilitator.domain.participants import mix_text


def test_the_five_groups_in_danish_in_their_order() -> None:
    assert [g.name for g in GROUPS] == [
        "borgere", "foreninger/erhverv", "politikere", "medarbejdere", "andre"]
    assert GROUP_KEYS == ("citizens", "associations", "politicians", "staff", "others")
    assert group("staff").name == "medarbejdere"
    with pytest.raises(UserError, match="ikke en deltagergruppe"):
        group("borgere")


@pytest.mark.parametrize("value, expected", [(0, 0), (12, 12), (9999, 9999), (" 7 ", 7)])
def test_a_count_is_a_whole_number_from_0_to_9999(value: object, expected: int) -> None:
    assert check_count(value) == expected


@pytest.mark.parametrize("value", [-1, 10_000, 2.0, "2,5", "", "to", None, True])
def test_anything_else_is_refused_in_danish(value: object) -> None:
    with pytest.raises(UserError) as refused:
        check_count(value)
    assert "helt tal fra 0 til 9999" in str(refused.value)


def test_counts_add_up_and_a_table_nobody_counted_stays_not_given() -> None:
    a = ParticipantCounts.of({"others": 1, "citizens": 4})
    b = ParticipantCounts.of({"citizens": 2, "staff": 0})
    assert a.counts == (("citizens", 4), ("others", 1))  # in the groups' order
    assert added_up([a, NOT_GIVEN, b]) == ParticipantCounts.of(
        {"citizens": 6, "staff": 0, "others": 1})
    assert added_up([a, b]).total == 7
    assert added_up([NOT_GIVEN, NOT_GIVEN]) == NOT_GIVEN and not NOT_GIVEN.given
    assert ParticipantCounts.of({"citizens": 0}).given  # a 0 entered is a count
    assert ParticipantCounts.of({"aliens": 3}) == NOT_GIVEN  # a newer app's group


def test_the_mix_in_words() -> None:
    assert mix_text(NOT_GIVEN) == ""
    assert mix_text(ParticipantCounts.of({"staff": 0})) == "ingen"
    assert mix_text(ParticipantCounts.of({"citizens": 3})) == "borgere: 3"
    assert mix_text(ParticipantCounts.of({"citizens": 3, "politicians": 1, "others": 2})) == \
        "borgere: 3, politikere: 1, andre: 2"


def test_the_people_with_dots_are_those_counted_else_those_entered() -> None:
    from facilitator.domain.participants import people_at_table

    assert people_at_table(ParticipantCounts.of({"citizens": 4, "staff": 1}), 2) == 5
    assert people_at_table(NOT_GIVEN, 6) == 6
    # Counted as nobody (a 0 typed in passing) says nothing about who votes.
    assert people_at_table(ParticipantCounts.of({"citizens": 0}), 6) == 6
