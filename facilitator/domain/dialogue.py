"""The dialogue box (DESIGN.md §3) as plain Python: its rows, its few rules and its deck.

A dialogue is a small meeting (a parent board, a student council, a local council) run by
one host on one laptop: where are we now (the thermometer), from broad to near (the
inverted triangle), short situations that open a conversation (the dilemma cards), an
optional free sheet, and the agreements the group leaves with. Many dialogue files are
later gathered by a coordinator; every row here therefore carries its own UUID and the
table (the dialogue) it belongs to.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from facilitator.domain.messages import BAD_LEVEL
from facilitator.domain.messages import BAD_QUESTION
from facilitator.domain.messages import BAD_READING
from facilitator.domain.messages import BAD_ROUND
from facilitator.domain.messages import DECK_MISSING

# Raised by the store as ``dlg.EMPTY_CARD`` and ``dlg.EMPTY_AGREEMENT``.
from facilitator.domain.messages import EMPTY_AGREEMENT as EMPTY_AGREEMENT
from facilitator.domain.messages import EMPTY_CARD as EMPTY_CARD
from facilitator.domain.messages import IMAGE_TOO_LARGE
from facilitator.domain.messages import NOT_AN_IMAGE
from facilitator.domain.messages import UserError
from facilitator.domain.model import _Row
from facilitator.resources import resource

DECKS_DIR = resource("dialogue")
DEFAULT_DECK = "default_deck"

#: The thermometer's scale, coldest first.
SCALE = tuple(range(1, 11))
#: When a reading was taken: at the start of the dialogue, or at its end.
ROUNDS = ("start", "end")
#: The inverted triangle's levels, broad (1) to near (3).
LEVELS = (1, 2, 3)
#: The three questions a group answers about a dilemma card.
QUESTIONS = ("what_would_you_do", "who_could_help", "what_helps")
#: Picture cards: what the file must start with, and the type we store it as.
IMAGE_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))
#: A picture card larger than this is refused (the UI scales photos down first).
MAX_IMAGE_BYTES = 8 * 1024 * 1024


# -- rows -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Dialogue(_Row):
    """Who met, where and when: one per table (a gathered file holds many)."""

    id: str
    table_id: str | None = None
    host: str = ""
    group_name: str = ""
    place: str = ""
    date: str = ""
    participants: int = 0
    updated_at: str = ""


@dataclass(frozen=True)
class Reading(_Row):
    """One mark on the thermometer: a participant's, or the whole group's."""

    id: str
    step_id: str
    value: int
    table_id: str | None = None
    round: str = "start"
    label: str = ""
    whole_group: bool = False
    position: int = 0
    updated_at: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "whole_group", bool(self.whole_group))


@dataclass(frozen=True)
class Card(_Row):
    """A dilemma card: a short situation, or a picture with a caption.

    The picture's bytes are read separately (``CampStore.card_image``): a deck is listed
    often, its photos are needed only when shown.
    """

    id: str
    step_id: str
    text: str = ""
    caption: str = ""
    mime: str = ""
    key: str = ""
    position: int = 0
    updated_at: str = ""

    @property
    def is_picture(self) -> bool:
        return bool(self.mime)


@dataclass(frozen=True)
class Reflection(_Row):
    """What the group said about a card, under one of the three questions."""

    id: str
    card_id: str
    question: str
    text: str = ""
    table_id: str | None = None
    updated_at: str = ""


@dataclass(frozen=True)
class TemplateAnswer(_Row):
    """What the group wrote under one prompt of the free sheet."""

    id: str
    step_id: str
    prompt_key: str
    text: str = ""
    prompt: str = ""
    table_id: str | None = None
    updated_at: str = ""


@dataclass(frozen=True)
class Agreement(_Row):
    """What we do, who does it, by when."""

    id: str
    step_id: str
    what: str
    who: str = ""
    by_when: str = ""
    table_id: str | None = None
    position: int = 0
    updated_at: str = ""


@dataclass(frozen=True)
class DeckCard:
    """A card of a deck file: a stable key (for gathering many dialogues) and its text."""

    key: str
    text: str


# -- checks -----------------------------------------------------------------------------
def check_reading(value: object, round_: str = "start") -> int:
    """The reading as an int 1–10, or a UserError saying what is wrong."""
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
        raise UserError(BAD_READING, value=value)
    if round_ not in ROUNDS:
        raise UserError(BAD_ROUND)
    return value


def check_level(level: object) -> int:
    if isinstance(level, bool) or level not in LEVELS:
        raise UserError(BAD_LEVEL)
    return int(level)


def check_question(question: str) -> str:
    if question not in QUESTIONS:
        raise UserError(BAD_QUESTION, question=question)
    return question


def image_mime(data: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` by the file's first bytes; None for anything else."""
    for magic, mime in IMAGE_MAGIC:
        if data.startswith(magic):
            return mime
    return None


def check_card_image(data: bytes, name: str = "") -> str:
    """The picture's MIME type, or a UserError the host can act on."""
    mime = image_mime(bytes(data[:16]))
    if mime is None:
        raise UserError(NOT_AN_IMAGE, name=name or "?")
    if len(data) > MAX_IMAGE_BYTES:
        raise UserError(IMAGE_TOO_LARGE, name=name or "?",
                        size=f"{len(data) / 1024 / 1024:.1f}".replace(".", ","),
                        limit=MAX_IMAGE_BYTES // 1024 // 1024)
    return mime


# -- the thermometer's numbers ----------------------------------------------------------
def distribution(values: Iterable[int]) -> list[int]:
    """How many readings gave each value: ten counts, for 1 … 10."""
    counts = [0] * len(SCALE)
    for value in values:
        if value in SCALE:
            counts[value - 1] += 1
    return counts


def median(values: Iterable[float]) -> float | None:
    """The middle reading (the mean of the two middle ones for an even count); None if none."""
    ordered = sorted(values)
    if not ordered:
        return None
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[mid])
    return (ordered[mid - 1] + ordered[mid]) / 2


@dataclass(frozen=True)
class RoundSummary:
    """One round of readings as the chart shows it."""

    round: str
    counts: tuple[int, ...]
    median: float | None
    readings: int
    #: True when only the whole group's reading(s) exist and they are what is counted.
    group_only: bool = False


def round_summary(readings: Sequence[Reading], round_: str) -> RoundSummary:
    """The participants' readings of a round; the whole group's when there are none."""
    mine = [r for r in readings if r.round == round_]
    people = [r.value for r in mine if not r.whole_group]
    group_only = not people and bool(mine)
    values = people or [r.value for r in mine]
    return RoundSummary(round=round_, counts=tuple(distribution(values)),
                        median=median(values), readings=len(values), group_only=group_only)


def format_median(value: float | None) -> str:
    """A median the Danish way: 7 or 6,5; a dash when there are no readings."""
    if value is None:
        return "–"
    return str(int(value)) if value == int(value) else f"{value:.1f}".replace(".", ",")


# -- prompts written as numbered lines --------------------------------------------------
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.+?)\s*$")


def numbered_lines(prompt: str) -> list[str]:
    """The "1. …", "2. …" lines of a step's prompt, in order (the triangle's levels, the
    free sheet's prompts): a program sets its own questions as data."""
    return [m.group(2) for line in prompt.splitlines() if (m := _NUMBERED.match(line))]


def intro_lines(prompt: str) -> str:
    """The prompt without its numbered lines: what is said before the questions."""
    return "\n".join(line for line in prompt.splitlines() if not _NUMBERED.match(line)).strip()


# -- dilemma cards ----------------------------------------------------------------------
def load_deck(name_or_path: str | Path = DEFAULT_DECK) -> list[DeckCard]:
    """A deck file: ``{"cards": [{"key": …, "text": …}, …]}`` in resources/dialogue."""
    path = Path(name_or_path)
    if not path.suffix:
        path = DECKS_DIR / f"{name_or_path}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        cards = [DeckCard(key=str(c["key"]), text=str(c["text"]).strip())
                 for c in data["cards"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(DECK_MISSING, deck=str(name_or_path), detail=str(exc)) from exc
    if not cards or any(not c.text for c in cards) or len({c.key for c in cards}) != len(cards):
        raise UserError(DECK_MISSING, deck=str(name_or_path), detail="kort")
    return cards


def draw_card(cards: Sequence[Card], *, discussed: Iterable[str] = (),
              current: str | None = None, rng: random.Random | None = None) -> Card | None:
    """A random card, preferring those the group has not talked about yet.

    The card already shown is drawn again only when it is the only one left.
    """
    if not cards:
        return None
    rng = rng or random.Random()
    done = set(discussed)
    for pool in ([c for c in cards if c.id not in done and c.id != current],
                 [c for c in cards if c.id != current], list(cards)):
        if pool:
            return rng.choice(pool)
    return None
