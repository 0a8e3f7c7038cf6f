"""The camp's vocabulary as plain dataclasses.

Field names equal the store's column names, so a row becomes an object without a
mapping table; the store is still the only place that knows those are columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from dataclasses import fields
from typing import Any
from typing import Self


class StepKind:
    """The kinds of program step the UI knows how to show."""

    NOTES = "notes"
    DILEMMAS = "dilemmas"
    FRONT_PAGE = "front_page"
    CONTRIBUTIONS = "contributions"
    BREAK = "break"
    # The dialogue box's tools (DESIGN.md §3); usable in any program.
    THERMOMETER = "thermometer"
    TRIANGLE = "triangle"
    DILEMMA_CARDS = "dilemma_cards"
    FREE_TEMPLATE = "free_template"
    AGREEMENTS = "agreements"

    ALL = (NOTES, DILEMMAS, FRONT_PAGE, CONTRIBUTIONS, BREAK,
           THERMOMETER, TRIANGLE, DILEMMA_CARDS, FREE_TEMPLATE, AGREEMENTS)
    #: Kinds whose content is a list of notes (votes, selection, order).
    NOTE_KINDS = (NOTES, DILEMMAS)
    #: The tools that make a file a dialogue (one group, counted in its details).
    DIALOGUE_KINDS = (THERMOMETER, TRIANGLE, DILEMMA_CARDS)


#: The tags a note may carry in a dilemma step (stored as the key, shown translated).
DILEMMA_TAGS = ("consideration", "tradeoff", "dilemma")

#: The key of the step that is open all day (»Opslagstavlen«): a note may be put on it
#: from any other step.
BULLETIN_BOARD = "bulletin_board"

#: The default actors of a new camp: (key, Danish name).
DEFAULT_ACTORS = (
    ("municipality", "Kommunen"),
    ("citizens", "Borgerne"),
    ("business", "Erhvervslivet"),
    ("local_community", "Lokalsamfundet"),
    ("others", "Andre"),
)

#: Actor keys understood in transcription sheets, with the Danish names used for new ones.
KNOWN_ACTORS = {
    "municipality": "Kommunen",
    "citizens": "Borgerne",
    "business": "Erhvervslivet",
    "local_community": "Lokalsamfundet",
    "politicians": "Politikerne",
    "employees": "Medarbejderne",
    "others": "Andre",
}


_FIELD_NAMES: dict[type, frozenset[str]] = {}


class _Row:
    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Self:
        # Cached per class: ``fields()`` on every row was a third of reading 10,000 notes.
        names = _FIELD_NAMES.get(cls)
        if names is None:
            names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls))  # type: ignore[arg-type]
        return cls(**{k: v for k, v in row.items() if k in names})


@dataclass(frozen=True)
class Camp(_Row):
    id: str
    title: str = ""
    core_task: str = ""
    purpose: str = ""
    date: str = ""
    venue: str = ""
    municipality: str = ""
    language: str = "da"
    participants: int = 0
    program: str = ""


@dataclass(frozen=True)
class MainGroup(_Row):
    id: str
    code: str
    name: str = ""
    position: int = 0


@dataclass(frozen=True)
class Table(_Row):
    id: str
    code: str
    main_group_id: str | None = None
    facilitator: str = ""
    chair: str = ""
    participants: int = 0
    position: int = 0


@dataclass(frozen=True)
class Step(_Row):
    id: str
    kind: str
    key: str = ""
    title: str = ""
    prompt: str = ""
    guidance: str = ""
    minutes: int = 0
    position: int = 0
    #: Dots (votes) each participant has to give on this step; 0 is no limit.
    dots: int = 0


@dataclass(frozen=True)
class Persona(_Row):
    id: str
    step_id: str
    name: str = ""
    description: str = ""
    position: int = 0


@dataclass(frozen=True)
class Actor(_Row):
    id: str
    name: str
    key: str = ""
    position: int = 0


@dataclass(frozen=True)
class Note(_Row):
    id: str
    step_id: str
    text: str
    table_id: str | None = None
    main_group_id: str | None = None
    votes: int = 0
    selected: bool = False
    tag: str = ""
    position: int = 0
    updated_at: str = ""
    #: The level of the inverted triangle (1 broad … 3 near); None outside triangle steps.
    level: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "selected", bool(self.selected))


@dataclass(frozen=True)
class FrontPage(_Row):
    id: str
    step_id: str
    table_id: str | None = None
    headline: str = ""
    story: str = ""
    quote: str = ""
    quote_by: str = ""
    position: int = 0


@dataclass(frozen=True)
class Contribution(_Row):
    id: str
    step_id: str
    text: str
    table_id: str | None = None
    prerequisite_id: str | None = None
    actor_id: str | None = None
    votes: int = 0
    selected: bool = False
    position: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "selected", bool(self.selected))


@dataclass
class Program:
    """A program template: the steps a camp or a dialogue starts from."""

    name: str
    title: str
    steps: list[Step] = field(default_factory=list)
    personas: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: Step key → card deck (resources/dialogue/<deck>.json) for dilemma-card steps.
    decks: dict[str, str] = field(default_factory=dict)
