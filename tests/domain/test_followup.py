"""Follow-up rules: deadlines as typed, statuses, overdue, the view's filter and lists."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.domain import followup as fu
from facilitator.domain.messages import UserError


@pytest.mark.parametrize(("typed", "stored"), [
    ("09.05.2026", "2026-05-09"), ("9.5.2026", "2026-05-09"), ("9/5/2026", "2026-05-09"),
    ("2026-05-09", "2026-05-09"), (" 29.02.2028 ", "2028-02-29"), ("", ""), ("  ", ""),
    (date(2020, 1, 1), "2020-01-01")])
def test_a_deadline_is_read_as_the_reader_writes_it(typed, stored) -> None:
    assert fu.parse_deadline(typed) == stored


@pytest.mark.parametrize("typed", [
    "31.02.2026", "29.02.2027", "32.01.2026", "1.13.2026", "næste uge", "2026",
    "9.5.26", "2026-05-09T10:00", "١٢.٠٥.٢٠٢٦", "9" * 10_000, "😀"])
def test_text_that_is_no_date_is_refused_in_danish(typed) -> None:
    with pytest.raises(UserError) as caught:
        fu.parse_deadline(typed)
    assert "er ikke en dato" in caught.value.format(caught.value.text)


def test_a_past_deadline_is_overdue_until_done_or_dropped() -> None:
    item = fu.FollowupItem(id="a", kind=fu.CONTRIBUTION, text="x", deadline="2026-05-09",
                           status=fu.AGREED)
    assert item.overdue(date(2026, 5, 10)) and not item.overdue(date(2026, 5, 9))
    for closed in (fu.DONE, fu.DROPPED):
        assert not fu.FollowupItem(id="a", kind=fu.CONTRIBUTION, text="x",
                                   deadline="2026-05-09", status=closed).overdue(
            date(2030, 1, 1))
    assert not fu.FollowupItem(id="a", kind=fu.CONTRIBUTION, text="x").overdue()


def test_statuses_are_checked() -> None:
    assert [fu.check_status(s) for s in fu.STATUSES] == list(fu.STATUSES)
    assert list(fu.STATUS_LABELS.values()) == [
        "forslag", "aftalt", "i gang", "gennemført", "droppet"]
    with pytest.raises(UserError):
        fu.check_status("aftalt")


def test_filter_and_lists_by_actor() -> None:
    comment = fu.Comment(id="c", item_id="b", date="2026-06-01", text="Ringet til Bo")
    items = [
        fu.FollowupItem(id="a", kind=fu.CONTRIBUTION, text="Åbne hallen", actor_id="k",
                        actor_name="Kommunen", status=fu.DONE),
        fu.FollowupItem(id="b", kind=fu.CONTRIBUTION, text="Lave kaffe", actor_id="f",
                        actor_name="Foreningerne", deadline="2026-01-01",
                        comments=(comment,)),
        fu.FollowupItem(id="c", kind=fu.AGREEMENT, text="Mødes igen"),
        fu.FollowupItem(id="d", kind=fu.CONTRIBUTION, text="Flere busser", actor_id="k",
                        actor_name="Kommunen"),
    ]
    assert [i.id for i in items if fu.matches(i, actor="k")] == ["a", "d"]
    assert [i.id for i in items if fu.matches(i, actor="")] == ["c"]
    assert [i.id for i in items if fu.matches(i, status=fu.PROPOSED)] == ["b", "c", "d"]
    assert [i.id for i in items if fu.matches(i, text="bo ringet")] == ["b"]
    assert [i.id for i in items if fu.matches(i, text="KOMMUNEN hallen")] == ["a"]
    lists = fu.by_actor(items, ["Kommunen"])
    assert [(name, [i.id for i in found]) for name, found in lists] == [
        ("Kommunen", ["d", "a"]), ("Foreningerne", ["b"]), ("", ["c"])]
