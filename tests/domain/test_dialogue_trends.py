"""Trends across dialogues: medians and spreads by date and year, start → end."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.dialogue import median
from facilitator.domain.dialogue_trends import ALL
from facilitator.domain.dialogue_trends import DATE
from facilitator.domain.dialogue_trends import YEAR
from facilitator.domain.dialogue_trends import DialogueReadings
from facilitator.domain.dialogue_trends import Spread
from facilitator.domain.dialogue_trends import dialogue_trend
from facilitator.domain.dialogue_trends import spread


def d(code: str, date: str, start=(), end=()) -> DialogueReadings:
    return DialogueReadings(code=code, name=f"Gruppe {code}", date=date, start=tuple(start),
                            end=tuple(end))


def test_spread_is_five_numbers() -> None:
    assert spread([]) is None
    assert spread([7]) == Spread(readings=1, low=7, q1=7.0, median=7.0, q3=7.0, high=7)
    assert spread([4, 1, 3, 2]) == Spread(readings=4, low=1, q1=1.75, median=2.5, q3=3.25,
                                           high=4)
    assert spread([3, 4, 4, 5, 6, 6, 7, 7, 8, 10]) == Spread(
        readings=10, low=3, q1=4.25, median=6.0, q3=7.0, high=10)


@given(st.lists(st.integers(1, 10), min_size=1, max_size=60))
def test_spread_is_ordered_and_its_median_is_the_median(values) -> None:
    s = spread(values)
    assert s is not None
    assert s.low <= s.q1 <= s.median <= s.q3 <= s.high
    assert s.median == median(values) and s.readings == len(values)


def test_readings_by_date_with_every_dialogue_start_to_end() -> None:
    trend = dialogue_trend([
        d("D2", "2026-09-14", start=[7, 5, 8], end=[8, 9]),
        d("D1", "2026-03-02", start=[3, 4], end=[6]),
        d("D3", "2026-09-14", start=[6], end=[5]),
        d("D4", "", start=[2], end=[]),
        d("D5", "2026-10-01"),  # no readings: not on the chart
    ])
    assert [(p.kind, p.key, p.codes) for p in trend.by_date] == [
        (DATE, "2026-03-02", ("D1",)), (DATE, "2026-09-14", ("D2", "D3"))]
    september = trend.by_date[1]
    assert september.start.median == 6.5 and september.start.readings == 4
    assert september.end.median == 8.0 and (september.end.low, september.end.high) == (5, 9)
    assert trend.by_year == ()  # one year: no years to compare
    assert trend.undated is not None and trend.undated.codes == ("D4",)
    assert trend.overall.kind == ALL and trend.overall.start.readings == 7
    assert [(x.code, x.start, x.end, x.change) for x in trend.dialogues] == [
        ("D1", 3.5, 6.0, 2.5), ("D2", 7.0, 8.5, 1.5), ("D3", 6.0, 5.0, -1.0),
        ("D4", 2.0, None, None)]
    assert [x.code for x in trend.changes] == ["D1", "D2", "D3"]
    assert trend.change_counts() == (2, 0, 1)
    assert trend.median_change() == 1.5


def test_dialogues_over_several_years_are_also_grouped_by_year() -> None:
    trend = dialogue_trend([d("D1", "2024-05-01", start=[4]), d("D2", "2025-05-01", start=[6]),
                            d("D3", "2025-11-20T10:00", start=[8], end=[9])])
    assert [(p.kind, p.key, p.codes) for p in trend.by_year] == [
        (YEAR, "2024", ("D1",)), (YEAR, "2025", ("D2", "D3"))]
    assert trend.by_year[1].start.median == 7.0
    assert trend.by_year[1].end.median == 9.0


def test_nothing_one_dialogue_or_one_day_gives_sensible_trends() -> None:
    empty = dialogue_trend([])
    assert not empty.has_readings and empty.by_date == () and empty.dialogues == ()
    assert empty.median_change() is None and empty.change_counts() == (0, 0, 0)
    unread = dialogue_trend([d("D1", "2026-01-01")])
    assert not unread.has_readings and unread.overall.start is None
    one = dialogue_trend([d("D1", "ikke en dato", start=[5], end=[5])])
    assert one.by_date == () and one.undated.codes == ("D1",)
    assert one.change_counts() == (0, 1, 0) and one.median_change() == 0
    same_day = dialogue_trend([d(f"D{i}", "2026-02-02", start=[i]) for i in range(1, 5)])
    assert len(same_day.by_date) == 1 and same_day.by_date[0].start == same_day.overall.start
    assert same_day.changes == ()


@given(st.lists(st.tuples(st.sampled_from(["", "2024-01-05", "2025-06-30", "2026-09-14",
                                           "x"]),
                          st.lists(st.integers(1, 10), max_size=5),
                          st.lists(st.integers(1, 10), max_size=5)), max_size=8))
def test_any_dialogues_add_up(rows) -> None:
    dialogues = [d(f"D{i}", date, start, end) for i, (date, start, end) in enumerate(rows)]
    trend = dialogue_trend(dialogues)
    read = [x for x in dialogues if x.start or x.end]
    points = [*trend.by_date, *([trend.undated] if trend.undated else [])]
    assert sorted(c for p in points for c in p.codes) == sorted(x.code for x in read)
    if trend.by_year:
        assert sum(p.dialogues for p in trend.by_year) == sum(p.dialogues for p in trend.by_date)
    total = sum(len(x.start) for x in dialogues)
    assert (trend.overall.start.readings if trend.overall.start else 0) == total
