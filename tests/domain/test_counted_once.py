"""Notes that say the same thing, counted once: the rules the counts and undo rely on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.consolidation import count_apart
from facilitator.domain.consolidation import count_as_one
from facilitator.domain.consolidation import count_notes
from facilitator.domain.consolidation import live_messages
from facilitator.domain.consolidation import message_groups


def applied(marks: dict[str, str | None], counted_with: dict[str, str]) -> dict[str, str]:
    after = dict(counted_with)
    for note_id, first in marks.items():
        if first is None:
            after.pop(note_id, None)
        else:
            after[note_id] = first
    return after


def test_a_category_counts_a_message_once() -> None:
    notes = ["a", "b", "c", "d"]
    placed = {"a": "X", "b": "X", "c": "X", "d": "Y"}
    assert count_notes(notes, placed, ["X", "Y"]).by_category == {"X": 3, "Y": 1}
    once = {"b": "a", "c": "a"}
    assert count_notes(notes, placed, ["X", "Y"], once).by_category == {"X": 1, "Y": 1}
    # A repeat placed elsewhere is a voice there; the notes still to sort all count.
    placed["c"] = "Y"
    assert count_notes(notes, placed, ["X", "Y"], once).by_category == {"X": 1, "Y": 2}
    assert count_notes(notes, {"d": "Y"}, ["X", "Y"], once).uncategorised == 3
    # The first note deleted: the two repeats left are still one message.
    placed = {"b": "X", "c": "X"}
    assert count_notes(["b", "c"], placed, ["X"], once).by_category == {"X": 1}


def test_count_as_one_joins_groups_under_one_first_note() -> None:
    marks = count_as_one(["a", "b"], {})
    assert marks == {"b": "a"}
    counted = applied(marks, {})
    # c joins b's group: b's first (a) still heads it, so marks never chain.
    marks = count_as_one(["c", "b"], counted)
    assert marks == {"c": "a"}
    counted = applied(marks, counted)
    assert message_groups(counted) == {"a": ["a", "b", "c"]}
    # Two groups joined are one, headed by the first group's first note.
    counted["e"] = "d"
    joined = message_groups(applied(count_as_one(["e", "b"], counted), counted))
    assert {first: sorted(group) for first, group in joined.items()} == {
        "d": ["a", "b", "c", "d", "e"]}
    assert count_as_one(["a", "b"], {"b": "a"}) == {}  # already one: nothing to do
    assert count_as_one(["a"], {}) == {}


def test_count_apart_leaves_the_rest_one_message() -> None:
    counted = {"b": "a", "c": "a"}
    # The first leaves: b heads what is left.
    assert applied(count_apart(["a"], counted), counted) == {"c": "b"}
    # A repeat leaves: the others stay as they are.
    assert count_apart(["c"], counted) == {"c": None}
    # Two of three leave: the one left over counts on its own.
    assert applied(count_apart(["a", "b"], counted), counted) == {}
    assert count_apart(["z"], counted) == {}


marks_of = st.dictionaries(st.sampled_from("abcdefg"), st.sampled_from("abcdefg"), max_size=6)


@given(st.lists(st.sampled_from("abcdefg"), min_size=1, max_size=5, unique=True),
       st.lists(st.sampled_from("abcdefg"), max_size=4, unique=True),
       st.dictionaries(st.sampled_from("abcdefg"), st.sampled_from("xyz"), max_size=7))
def test_marks_never_chain(together: list[str], apart: list[str],
                           start: dict[str, str]) -> None:
    """Whatever the organiser joins and separates, a first note is never a repeat, and
    applying the returned marks' previous values (the undo) gives the start back."""
    counted = dict(start)  # groups headed by x, y, z: never a note joined or separated
    for step in (count_as_one(together, counted), count_apart(apart, counted)):
        before = dict(counted)
        counted = applied(step, counted)
        assert not set(counted.values()) & set(counted), counted
        undo = {n: before.get(n) for n in step}
        assert applied(undo, counted) == before
    if len(together) > 1 and not set(apart) & set(together):
        assert len({counted.get(n, n) for n in together}) == 1


def test_the_live_notes_keep_their_message_when_one_is_deleted() -> None:
    counted = {"b": "a", "c": "a", "e": "d"}
    assert live_messages(counted, "abcde") == counted
    assert live_messages(counted, "cbde") == {"b": "c", "e": "d"}  # a gone: first in order
    assert live_messages(counted, "abd") == {"b": "a"}  # c gone; e gone: d alone
    # Changes are reckoned against the rows as stored, so none is left pointing at a.
    view = live_messages(counted, "bcde")
    assert count_as_one(["e", "c"], view, counted) == {"b": "d", "c": "d"}
    assert count_apart(["c"], view, counted) == {"b": None, "c": None}
