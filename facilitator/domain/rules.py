"""Small rules of the camp day that both the UI and the CLI must agree on."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from typing import TypeVar

from facilitator.domain.model import Contribution
from facilitator.domain.model import Note
from facilitator.domain.model import Step

MAX_VOTES = 999
def clean_note_text(text: str) -> str | None:
    """The text to store for a typed note, or None when there is nothing to add.

    Only the ends are trimmed: a participant's line breaks, emoji and right-to-left
    text are kept exactly as written.
    """
    stripped = text.strip()
    return stripped or None


def clamp_votes(votes: int) -> int:
    return max(0, min(MAX_VOTES, int(votes)))


T = TypeVar("T", Note, Contribution)


def sorted_by_votes(items: Iterable[T]) -> list[T]:
    """Most votes first; equal votes keep their order on the board."""
    return sorted(items, key=lambda n: (-n.votes, n.position))


def note_counts(notes: Sequence[Note | Contribution]) -> tuple[int, int, int]:
    """(notes, votes, selected): the live counts shown under a note list."""
    return (len(notes), sum(n.votes for n in notes), sum(1 for n in notes if n.selected))


#: The most dots a participant can have on a step: more is a typo, not a method.
MAX_DOTS = 99


@dataclass(frozen=True)
class DotsUsed:
    """A table's votes on a step against its dots: participants × dots per participant."""

    used: int
    #: All the table's dots, or None while its number of participants is not known.
    available: int | None

    @property
    def left(self) -> int | None:
        return None if self.available is None else max(0, self.available - self.used)

    @property
    def over(self) -> int:
        """Votes beyond the table's dots (0 when within them, or when unknown)."""
        return 0 if self.available is None else max(0, self.used - self.available)


def dots_used(votes: int, participants: int, per_participant: int) -> DotsUsed:
    """The counter shown under a voting step's notes; a table of 0 people is "unknown"."""
    return DotsUsed(used=votes,
                    available=participants * per_participant if participants > 0 else None)


def planned_times(steps: Sequence[Step], start: datetime) -> list[tuple[datetime, datetime]]:
    """The planned start and end of each step when the day starts at ``start``."""
    times = []
    at = start
    for step in steps:
        end = at + timedelta(minutes=step.minutes)
        times.append((at, end))
        at = end
    return times


def moved(ids: Sequence[str], item_id: str, new_index: int) -> list[str]:
    """The order of ``ids`` after ``item_id`` is moved to ``new_index`` (clamped)."""
    order = [i for i in ids if i != item_id]
    new_index = max(0, min(len(order), new_index))
    order.insert(new_index, item_id)
    return order


def timer_state(remaining_seconds: int, total_seconds: int) -> str:
    """'ok', 'soon' (last 20 % or 2 minutes) or 'over': drives the timer's colour."""
    if remaining_seconds <= 0:
        return "over"
    if remaining_seconds <= max(120, total_seconds // 5):
        return "soon"
    return "ok"
