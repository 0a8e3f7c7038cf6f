"""The one date and time format, in both languages."""

from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import time

from facilitator.domain import dates


def test_danish_follows_sprognaevnet_and_english_the_british_way() -> None:
    day, moment = date(2026, 5, 9), datetime(2026, 5, 9, 9, 5, 7)
    assert dates.long_date(day, "da") == "9. maj 2026"
    assert dates.long_date("2026-05-09", "en") == "9 May 2026"
    assert dates.weekday_date("2026-05-09", "da") == "lørdag den 9. maj 2026"
    assert dates.weekday_date("2026-05-09", "en") == "Saturday 9 May 2026"
    assert dates.short_date(day, "da") == "09.05.2026"
    assert dates.short_date(day, "en") == "09/05/2026"
    assert dates.clock(time(9, 0), "da") == "09.00"
    assert dates.clock(time(9, 0), "en") == "09:00"
    assert dates.date_and_time(moment, "da") == "09.05.2026 kl. 09.05"
    assert dates.date_and_time(moment, "en", seconds=True) == "09/05/2026 09:05:07"


def test_the_chosen_language_is_the_default_and_no_date_is_kept_as_written() -> None:
    try:
        dates.use_language("en")
        assert dates.long_date("2026-12-04") == "4 December 2026"
    finally:
        dates.use_language("da")
    assert dates.long_date("2026-12-04") == "4. december 2026"
    assert dates.long_date("sidst i maj") == "sidst i maj"
    assert dates.weekday_date("") == ""
    assert dates.stamp_as_local("") == "" and dates.stamp_as_local("i går") == "i går"
