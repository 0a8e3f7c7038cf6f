"""Countdowns keep time from a monotonic start, paused or running, over zero and on."""

from __future__ import annotations

from facilitator.domain.countdown import Countdown
from facilitator.domain.countdown import Countdowns


def test_time_left_is_counted_from_the_start_not_from_ticks() -> None:
    countdown = Countdown(total=45 * 60)
    countdown.start(100.0)
    assert countdown.remaining(100.0) == 2700
    assert countdown.remaining(100.4) == 2700  # 44:59.6 still shows 45:00
    assert countdown.remaining(104.0) == 2696
    countdown.pause(104.0)
    assert countdown.remaining(999.0) == 2696
    countdown.start(1000.0)
    assert countdown.remaining(1000.0 + 2696 + 30) == -30


def test_each_table_and_step_has_its_own_and_zero_is_told_once() -> None:
    now = [0.0]
    countdowns = Countdowns(clock=lambda: now[0])
    first = countdowns.get("t1", "s1", 1)
    assert countdowns.get("t1", "s1", 1) is first
    assert countdowns.get("t2", "s1", 1) is not first
    first.start(0.0)
    now[0] = 59.0
    assert countdowns.due() == []
    now[0] = 60.0
    assert countdowns.due() == [("t1", "s1")]
    now[0] = 90.0
    assert countdowns.due() == []
    first.reset()
    assert not first.running and first.remaining(90.0) == 60


def test_changed_minutes_start_afresh_unless_under_way() -> None:
    countdowns = Countdowns(clock=lambda: 0.0)
    assert countdowns.get("t", "s", 30).total == 1800
    assert countdowns.get("t", "s", 45).total == 2700
    countdowns.get("t", "s", 45).start(0.0)
    assert countdowns.get("t", "s", 60).total == 2700
