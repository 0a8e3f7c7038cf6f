"""Trends across dialogues: the thermometer read in many dialogues over time (issue 18).

A coordinator gathers dialogues held on different days, sometimes over years. Each
dialogue reads the thermometer at its start and at its end. This module pools the
readings by date (and by year when the dialogues span more than one year), with the
median and the spread (quartiles, lowest and highest) of each period and of all
dialogues together, and lists each dialogue's change from start to end.

Plain Python (no Qt, no SQL): the gathering PDF and the overview screen draw the same
numbers. Dialogues without readings, one dialogue, or every dialogue on one day give
fewer points, never an error.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Day

from facilitator.domain.dates import parse_date
from facilitator.domain.dialogue import SCALE
from facilitator.domain.dialogue import RoundSummary
from facilitator.domain.dialogue import median

#: The kinds of :class:`TrendPoint`: one date, one year, the undated, all together.
DATE, YEAR, UNDATED, ALL = "date", "year", "undated", "all"


@dataclass(frozen=True)
class Spread:
    """A set of readings in five numbers: lowest, lower quartile, median, upper quartile,
    highest (quartiles by linear interpolation between readings, as a box plot's)."""

    readings: int
    low: int
    q1: float
    median: float
    q3: float
    high: int


def spread(values: Iterable[int]) -> Spread | None:
    """The readings' five numbers; None when there are none."""
    ordered = sorted(values)
    if not ordered:
        return None
    middle = median(ordered)
    assert middle is not None
    if len(ordered) == 1:
        q1 = q3 = float(ordered[0])
    else:
        q1, _q2, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    return Spread(readings=len(ordered), low=ordered[0], q1=float(q1), median=middle,
                  q3=float(q3), high=ordered[-1])


@dataclass(frozen=True)
class DialogueReadings:
    """One dialogue's thermometer: who, when (ISO date, may be empty), and the values
    counted at its start and at its end."""

    code: str
    name: str
    date: str
    start: tuple[int, ...] = ()
    end: tuple[int, ...] = ()

    @property
    def day(self) -> Day | None:
        return parse_date(self.date) if self.date else None


def readings_of(code: str, name: str, date: str, start: RoundSummary,
                end: RoundSummary) -> DialogueReadings:
    """A dialogue's readings as its two rounds count them (participants' own numbers, or
    the whole group's mark where none gave their own)."""
    def values(summary: RoundSummary) -> tuple[int, ...]:
        return tuple(v for v, n in zip(SCALE, summary.counts, strict=False) for _ in range(n))

    return DialogueReadings(code=code, name=name, date=date, start=values(start),
                            end=values(end))


@dataclass(frozen=True)
class TrendPoint:
    """The readings of some dialogues pooled: one date, one year, the undated, or all."""

    kind: str
    #: "2026-09-14", "2026", "" (undated and all).
    key: str
    codes: tuple[str, ...]
    start: Spread | None
    end: Spread | None

    @property
    def dialogues(self) -> int:
        return len(self.codes)


@dataclass(frozen=True)
class StartEnd:
    """One dialogue's median at its start and at its end."""

    code: str
    name: str
    date: str
    start: float | None
    end: float | None

    @property
    def change(self) -> float | None:
        if self.start is None or self.end is None:
            return None
        return self.end - self.start


@dataclass(frozen=True)
class Trend:
    by_date: tuple[TrendPoint, ...]
    #: Only when the dated dialogues span more than one year.
    by_year: tuple[TrendPoint, ...]
    undated: TrendPoint | None
    overall: TrendPoint
    #: Every dialogue with readings, in date order (undated last).
    dialogues: tuple[StartEnd, ...]

    @property
    def has_readings(self) -> bool:
        return self.overall.start is not None or self.overall.end is not None

    @property
    def changes(self) -> tuple[StartEnd, ...]:
        """The dialogues read both at the start and at the end."""
        return tuple(d for d in self.dialogues if d.change is not None)

    def change_counts(self) -> tuple[int, int, int]:
        """How many dialogues ended higher, the same, lower than they started."""
        found = [d.change for d in self.changes if d.change is not None]
        return (sum(1 for c in found if c > 0), sum(1 for c in found if c == 0),
                sum(1 for c in found if c < 0))

    def median_change(self) -> float | None:
        """The middle change from start to end (medians), over the dialogues read twice."""
        return median(d.change for d in self.changes if d.change is not None)


def pooled_point(kind: str, key: str, members: Sequence[DialogueReadings]) -> TrendPoint:
    return TrendPoint(kind=kind, key=key, codes=tuple(m.code for m in members),
                      start=spread(v for m in members for v in m.start),
                      end=spread(v for m in members for v in m.end))


def dialogue_trend(dialogues: Iterable[DialogueReadings]) -> Trend:
    """The trend of the dialogues' readings (see the module's text)."""
    read = [d for d in dialogues if d.start or d.end]
    dated = sorted(((day, d) for d in read if (day := d.day) is not None),
                   key=lambda pair: (pair[0], pair[1].code))
    undated = [d for d in read if d.day is None]
    by_day: dict[Day, list[DialogueReadings]] = {}
    for day, d in dated:
        by_day.setdefault(day, []).append(d)
    by_year: dict[int, list[DialogueReadings]] = {}
    for day, members in by_day.items():
        by_year.setdefault(day.year, []).extend(members)
    years = (tuple(pooled_point(YEAR, str(y), m) for y, m in by_year.items())
             if len(by_year) > 1 else ())
    return Trend(
        by_date=tuple(pooled_point(DATE, day.isoformat(), m) for day, m in by_day.items()),
        by_year=years,
        undated=pooled_point(UNDATED, "", undated) if undated else None,
        overall=pooled_point(ALL, "", read),
        dialogues=tuple(StartEnd(code=d.code, name=d.name, date=d.date,
                                 start=median(d.start), end=median(d.end))
                        for d in [*(d for _, d in dated), *undated]))
