"""How long a text may be: one rule for typing, pasting, importing and collecting.

Kept apart from :mod:`facilitator.domain.rules` (and its row types), so that a text field
can apply it without loading the camp's model: the start screen's fields use it too.
"""

from __future__ import annotations

from facilitator.domain.messages import TEXT_TOO_LONG
from facilitator.domain.messages import UserError

#: The longest text one note (or any other text a group writes) may hold, in characters:
#: far beyond anything written at a table, and small enough that every screen and report
#: stays quick. Typing, pasting, importing and collecting all refuse longer texts.
TEXT_LIMIT = 100_000


def danish_number(value: int) -> str:
    """100000 as a Dane writes it: 100.000."""
    return f"{value:,}".replace(",", ".")


def check_text_length(text: object) -> None:
    """Refuse a text longer than :data:`TEXT_LIMIT` (UserError), whoever writes it; never
    cut it short, so nothing the user wrote is lost without a word."""
    if isinstance(text, str) and len(text) > TEXT_LIMIT:
        raise UserError(TEXT_TOO_LONG, length=danish_number(len(text)),
                        limit=danish_number(TEXT_LIMIT))
