"""Dates and times as a reader of the chosen language writes them: one place for all.

The GUI, the PDFs and the command line all format through here, so a camp day never
shows 09:00 on one screen and 09.00 on the next. Danish follows Dansk Sprognævn: a
period between hours and minutes (kl. 09.00; two-digit hours so a column of times lines
up), a date in prose as "9. maj 2026", in tables and lists as "09.05.2026". English
(British, like the translation): "9 May 2026", "09/05/2026", "09:00".

Plain Python rather than QLocale: the export layer may not import Qt, and a PDF whose
words are Danish must get Danish dates whatever the laptop's or the UI's language.
"""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import time

_MONTHS = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_WEEKDAYS = {
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
#: How a date is keyed into a date field, in Qt's notation (a plain string: no Qt here).
DATE_EDIT_FORMAT = {"da": "dd.MM.yyyy", "en": "dd/MM/yyyy"}
TIME_EDIT_FORMAT = {"da": "HH.mm", "en": "HH:mm"}
#: How the store writes a moment (UTC, ISO 8601 with microseconds).
STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

_language = "da"


def use_language(code: str) -> None:
    """Format in ``code`` from now on (the UI's chosen language; the CLI stays Danish)."""
    global _language
    _language = code if code in _MONTHS else "da"


def language(code: str | None = None) -> str:
    return code if code in _MONTHS else _language


def parse_date(value: str | date | None) -> date | None:
    """A date from an ISO text ('2026-05-09', also with a time after it); None if none."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except (ValueError, TypeError):
        return None


def long_date(value: str | date, lang: str | None = None) -> str:
    """'9. maj 2026' / '9 May 2026'; text that is no date is returned as written."""
    day = parse_date(value)
    if day is None:
        return str(value or "").strip()
    month = _MONTHS[language(lang)][day.month - 1]
    if language(lang) == "da":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def weekday_date(value: str | date, lang: str | None = None) -> str:
    """'lørdag den 9. maj 2026' / 'Saturday 9 May 2026' (a newspaper's date line);
    '' for no date."""
    day = parse_date(value)
    if day is None:
        return ""
    weekday = _WEEKDAYS[language(lang)][day.weekday()]
    joiner = " den " if language(lang) == "da" else " "
    return f"{weekday}{joiner}{long_date(day, lang)}"


def short_date(value: str | date, lang: str | None = None) -> str:
    """'09.05.2026' / '09/05/2026': a date in a table or a list."""
    day = parse_date(value)
    if day is None:
        return str(value or "").strip()
    separator = "." if language(lang) == "da" else "/"
    return f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}"


def clock(moment: time | datetime, lang: str | None = None, *, seconds: bool = False) -> str:
    """'09.45' / '09:45'; the word before it ("kl.", "at") belongs to the sentence."""
    separator = "." if language(lang) == "da" else ":"
    text = f"{moment.hour:02d}{separator}{moment.minute:02d}"
    return f"{text}{separator}{moment.second:02d}" if seconds else text


def date_and_time(moment: datetime, lang: str | None = None, *, seconds: bool = False) -> str:
    """'09.05.2026 kl. 14.03' / '09/05/2026 14:03': a moment in a list or a message."""
    joiner = " kl. " if language(lang) == "da" else " "
    return f"{short_date(moment, lang)}{joiner}{clock(moment, lang, seconds=seconds)}"


def stamp_as_local(stamp: str, lang: str | None = None) -> str:
    """A stored UTC stamp as local date and time; '' stays '', an odd text as written."""
    if not stamp:
        return ""
    try:
        moment = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return stamp
    return date_and_time(moment.astimezone(), lang)
