"""Step countdowns that keep time while nobody looks at them.

A countdown is computed from when it was started on a monotonic clock, never from
ticks counted by a widget: a page that is hidden, a laptop that is busy or a timer that
fires late cannot make it lose time. One countdown per (table, step) lives beside the
open camp for the whole session, so looking at another step and coming back shows the
same time still counting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass
class Countdown:
    """One step's countdown. Time left may go below zero: the overrun is shown as -0:30."""

    total: int
    #: Seconds used while running, up to the last pause.
    used: float = 0.0
    #: The clock's reading at the last start; None while paused.
    started_at: float | None = None
    #: Whether reaching zero has been announced (once per run through zero).
    announced: bool = False

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def remaining(self, now: float) -> int:
        """Whole seconds left (negative when over), rounded so 44:59.4 shows 45:00."""
        used = self.used + (now - self.started_at if self.started_at is not None else 0.0)
        left = self.total - used
        return math.ceil(left) if left > 0 else int(left)

    def start(self, now: float) -> None:
        if self.started_at is None and self.total > 0:
            self.started_at = now

    def pause(self, now: float) -> None:
        if self.started_at is not None:
            self.used += now - self.started_at
            self.started_at = None

    def reset(self) -> None:
        self.used, self.started_at, self.announced = 0.0, None, False


class Countdowns:
    """Every step countdown of the open camp, by (table id, step id)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        #: Where "now" comes from; tests set a clock they can move on.
        self.clock = clock
        self._all: dict[tuple[str, str], Countdown] = {}

    def get(self, table_id: str, step_id: str, minutes: int) -> Countdown:
        """The step's countdown at this table, made at ``minutes`` on first use.

        A step whose planned minutes changed starts afresh unless it is under way.
        """
        key = (table_id, step_id)
        found = self._all.get(key)
        if found is None or (found.total != minutes * 60 and not found.running
                             and not found.used):
            found = self._all[key] = Countdown(total=minutes * 60)
        return found

    def running(self) -> Iterator[tuple[tuple[str, str], Countdown]]:
        return ((key, c) for key, c in self._all.items() if c.running)

    def due(self) -> list[tuple[str, str]]:
        """The (table, step) countdowns that have just reached zero: each is told once."""
        now = self.clock()
        reached = []
        for key, countdown in self.running():
            if not countdown.announced and countdown.remaining(now) <= 0:
                countdown.announced = True
                reached.append(key)
        return reached
