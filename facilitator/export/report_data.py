"""Everything a camp report shows, as plain dataclasses: the :class:`ReportData` tree.

Rendering never touches the store: :func:`~facilitator.export.report_reading.gather`
reads the camp once and hands back this tree in the order the report shows it
(program order; tables in main-group order).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from datetime import date

from facilitator.domain.analysis import CategoryCount
from facilitator.domain.analysis import RecurringMessage
from facilitator.domain.model import Persona
from facilitator.domain.participants import ParticipantCounts

UNASSIGNED_ACTOR = "Ikke fordelt"
TAG_LABELS = {"consideration": "Hensyn", "tradeoff": "Afvejning", "dilemma": "Dilemma"}


# -- the tree ------------------------------------------------------------------------------
@dataclass(frozen=True)
class StepPart:
    """What every step's part of a report (a camp's, a dialogue's) has: the step's key
    and its title."""

    key: str
    title: str


@dataclass(frozen=True)
class CampInfo:
    title: str
    core_task: str
    purpose: str
    date: str
    venue: str
    municipality: str
    language: str
    participants: int


@dataclass(frozen=True)
class TableInfo:
    code: str
    main_group: str
    main_group_name: str
    facilitator: str
    chair: str
    participants: int


@dataclass(frozen=True)
class NoteRow:
    text: str
    votes: int = 0
    selected: bool = False
    tag: str = ""
    owner: str = ""

    @property
    def tag_label(self) -> str:
        return TAG_LABELS.get(self.tag, self.tag)


@dataclass(frozen=True)
class OwnerNotes:
    """One table's notes of a step (or a main group's, or the whole camp's)."""

    owner: str
    notes: tuple[NoteRow, ...]


@dataclass(frozen=True)
class Consolidation:
    summary: str = ""
    categories: tuple[CategoryCount, ...] = ()
    uncategorised: int = 0
    excerpts: tuple[NoteRow, ...] = ()
    #: Notes counted with another of the same message in their category (not in the counts).
    counted_once: int = 0

    @property
    def consolidated(self) -> bool:
        return bool(self.categories)


@dataclass(frozen=True)
class NoteStep(StepPart):
    kind: str
    prompt: str
    groups: tuple[OwnerNotes, ...]
    personas: tuple[Persona, ...] = ()
    consolidation: Consolidation = field(default_factory=Consolidation)
    #: Dots each participant had to vote with on the step; 0 is no limit.
    dots: int = 0

    @property
    def notes(self) -> list[NoteRow]:
        return [n for g in self.groups for n in g.notes]


@dataclass(frozen=True)
class FrontPageRow:
    owner: str
    headline: str
    story: str
    quote: str = ""
    quote_by: str = ""


@dataclass(frozen=True)
class FrontPageStep(StepPart):
    prompt: str
    pages: tuple[FrontPageRow, ...]
    summary: str = ""


@dataclass(frozen=True)
class ContributionRow:
    text: str
    votes: int = 0
    selected: bool = False


@dataclass(frozen=True)
class ActorGroup:
    actor: str
    contributions: tuple[ContributionRow, ...]
    assigned: bool = True


@dataclass(frozen=True)
class PrerequisiteBlock:
    """A prerequisite and what each actor can contribute to it.

    ``status`` is "selected" for the table's selected prerequisites, "not_selected" for
    contributions whose prerequisite was unselected since, "missing" for those whose
    prerequisite is gone or was never given.
    """

    owner: str
    text: str
    votes: int
    status: str
    groups: tuple[ActorGroup, ...]
    idle_actors: tuple[str, ...] = ()

    @property
    def contributions(self) -> list[ContributionRow]:
        return [c for g in self.groups for c in g.contributions]


@dataclass(frozen=True)
class ContributionStep(StepPart):
    prompt: str
    actors: tuple[str, ...]
    blocks: tuple[PrerequisiteBlock, ...]
    summary: str = ""

    def selected_by_actor(self) -> list[tuple[str, list[tuple[str, ContributionRow]]]]:
        """Each actor (camp order, "Ikke fordelt" last) with its selected contributions."""
        order = [*self.actors, UNASSIGNED_ACTOR]
        found: dict[str, list[tuple[str, ContributionRow]]] = {}
        for block in self.blocks:
            for group in block.groups:
                for c in group.contributions:
                    if c.selected:
                        found.setdefault(group.actor, []).append((block.owner, c))
        extra = [a for a in found if a not in order]
        return [(a, found[a]) for a in [*order, *extra] if a in found]


@dataclass(frozen=True)
class Analysis:
    """The organiser's analysis of the camp (seed 003's "Analyse af camps").

    ``by_actor`` holds every contribution of the camp, selected or not, by actor:
    (actor, assigned, [(table, contribution)]), "Ikke fordelt" last.
    """

    messages: tuple[RecurringMessage, ...] = ()
    implications: str = ""
    considerations: str = ""
    prerequisites: tuple[str, ...] = ()
    by_actor: tuple[tuple[str, bool, tuple[tuple[str, ContributionRow], ...]], ...] = ()

    @property
    def written(self) -> bool:
        """True when the organiser wrote any of it (the overview is the tables')."""
        return bool(self.messages or self.implications or self.considerations
                    or self.prerequisites)

    @property
    def shown(self) -> bool:
        return self.written or bool(self.by_actor)

    def texts(self) -> Iterator[str]:
        for m in self.messages:
            yield from (m.heading, m.body)
        yield from (self.implications, self.considerations, *self.prerequisites)
        for actor, _, items in self.by_actor:
            yield actor
            yield from (c.text for _, c in items)


Section = NoteStep | FrontPageStep | ContributionStep


@dataclass(frozen=True)
class ReportData:
    camp: CampInfo
    tables: tuple[TableInfo, ...]
    sections: tuple[Section, ...]
    analysis: Analysis | None = None
    table: TableInfo | None = None
    made_on: date = field(default_factory=date.today)
    #: People by group per table (code, counts), in table order; uncounted ones too.
    participants: tuple[tuple[str, ParticipantCounts], ...] = ()

    @property
    def table_count(self) -> int:
        return len(self.tables)

    @property
    def main_group_count(self) -> int:
        return len({t.main_group for t in self.tables if t.main_group})

    def figures(self) -> dict[str, int]:
        """The camp in numbers: notes, votes, selected, front pages, contributions."""
        notes = [n for s in self.sections if isinstance(s, NoteStep) for n in s.notes]
        contributions = [c for s in self.sections if isinstance(s, ContributionStep)
                         for b in s.blocks for c in b.contributions]
        pages = [p for s in self.sections if isinstance(s, FrontPageStep) for p in s.pages]
        return {
            "notes": len(notes),
            "votes": sum(n.votes for n in notes) + sum(c.votes for c in contributions),
            "selected": sum(n.selected for n in notes) + sum(c.selected for c in contributions),
            "front_pages": len(pages),
            "contributions": len(contributions),
        }

    def texts(self) -> Iterator[str]:
        """Every user text in the report (to check what the font can show)."""
        c = self.camp
        yield from (c.title, c.core_task, c.purpose, c.venue, c.municipality)
        for t in self.tables:
            yield from (t.code, t.main_group, t.main_group_name, t.facilitator, t.chair)
        for s in self.sections:
            yield s.title
            yield s.prompt
            if isinstance(s, NoteStep):
                yield from (n.text for n in s.notes)
                yield from (p.name + p.description for p in s.personas)
                yield s.consolidation.summary
                yield from (cat.name for cat in s.consolidation.categories)
            elif isinstance(s, FrontPageStep):
                yield s.summary
                for p in s.pages:
                    yield from (p.headline, p.story, p.quote, p.quote_by)
            else:
                yield s.summary
                yield from s.actors
                for b in s.blocks:
                    yield b.text
                    yield from (c.text for c in b.contributions)
        if self.analysis is not None:
            yield from self.analysis.texts()
