"""Everything a report shows, gathered from the store into plain dataclasses first.

Rendering never touches the store: :func:`gather` reads the camp once through the
``CampStore`` methods and hands back a :class:`ReportData` tree in the order the
report shows it (program order; tables in main-group order). Nothing is left out:
notes of a main group or of the whole camp (bulletin board, the good idea), notes of a
table removed since, contributions whose prerequisite is no longer selected and those
no actor has taken yet all have a place.

The store is read through :class:`~facilitator.store.reader.CampReader`, one typed
interface: consolidation (categories with counts, a summary, excerpts) and the
organiser's analysis are read like everything else, never looked up by name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from facilitator.domain import messages as msg
from facilitator.domain.analysis import PurposeText
from facilitator.domain.messages import UserError
from facilitator.domain.model import Note, StepKind
from facilitator.store.reader import CampReader

UNASSIGNED_ACTOR = "Ikke fordelt"
TAG_LABELS = {"consideration": "Hensyn", "tradeoff": "Afvejning", "dilemma": "Dilemma"}


# -- the tree ------------------------------------------------------------------------------
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
class CategoryRow:
    name: str
    count: int


@dataclass(frozen=True)
class Consolidation:
    summary: str = ""
    categories: tuple[CategoryRow, ...] = ()
    uncategorised: int = 0
    excerpts: tuple[NoteRow, ...] = ()

    @property
    def consolidated(self) -> bool:
        return bool(self.categories)


@dataclass(frozen=True)
class Persona:
    name: str
    description: str


@dataclass(frozen=True)
class NoteStep:
    key: str
    kind: str
    title: str
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
class FrontPageStep:
    key: str
    title: str
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
class ContributionStep:
    key: str
    title: str
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
class AnalysisMessage:
    heading: str
    text: str


@dataclass(frozen=True)
class Analysis:
    """The organiser's analysis of the camp (seed 003's "Analyse af camps").

    ``by_actor`` holds every contribution of the camp, selected or not, by actor:
    (actor, assigned, [(table, contribution)]), "Ikke fordelt" last.
    """

    messages: tuple[AnalysisMessage, ...] = ()
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
            yield from (m.heading, m.text)
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


# -- pseudonyms ----------------------------------------------------------------------------
class Pseudonyms:
    """Replace real names by the names to print, as whole words, in every user text."""

    def __init__(self, mapping: Mapping[str, str] | None) -> None:
        names = sorted((k for k in (mapping or {}) if k.strip()), key=len, reverse=True)
        self._mapping = dict(mapping or {})
        self._pattern = (re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
                         if names else None)

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self._mapping[m.group(0)], text)


# -- gathering -----------------------------------------------------------------------------
def gather(store: CampReader, *, table_code: str | None = None,
           pseudonyms: Mapping[str, str] | None = None) -> ReportData:
    """Read the camp (or one table of it, by code) into a :class:`ReportData`.

    For one table only that table's notes, front pages and contributions are read, and
    neither consolidation nor analysis (they belong to the whole camp).
    """
    return _Gatherer(store, table_code, Pseudonyms(pseudonyms)).run()


class _Gatherer:
    def __init__(self, store: CampReader, table_code: str | None, names: Pseudonyms) -> None:
        self.store = store
        self.p = names
        self.main_groups = {g.id: g for g in store.frame.main_groups()}
        self.tables = list(store.frame.tables())
        self.only = None
        if table_code is not None:
            match = [t for t in self.tables if t.code.casefold() == table_code.casefold()]
            if not match:
                raise UserError(msg.UNKNOWN_TABLE, code=table_code)
            self.only = match[0]
        self.table_order = {t.id: i for i, t in enumerate(self.tables)}
        self.table_codes = {t.id: t.code for t in self.tables}

    def run(self) -> ReportData:
        camp = self.store.frame.camp()
        infos = tuple(self._table_info(t) for t in self.tables
                      if self.only is None or t.id == self.only.id)
        participants = camp.participants or sum(t.participants for t in infos)
        info = CampInfo(
            title=self.p(camp.title), core_task=self.p(camp.core_task),
            purpose=self.p(camp.purpose), date=camp.date, venue=self.p(camp.venue),
            municipality=camp.municipality, language=camp.language or "da",
            participants=participants if self.only is None else
            (infos[0].participants if infos else 0),
        )
        steps = self.store.frame.steps()
        notes = {s.id: self._notes(s.id) for s in steps if s.kind in StepKind.NOTE_KINDS}
        notes_by_id = {n.id: n for step_notes in notes.values() for n in step_notes}
        prerequisites = self._prerequisite_step_id(steps)
        sections: list[Section] = []
        for step in steps:
            if step.kind in StepKind.NOTE_KINDS:
                sections.append(self._note_step(step, notes[step.id]))
            elif step.kind == StepKind.FRONT_PAGE:
                sections.append(self._front_page_step(step))
            elif step.kind == StepKind.CONTRIBUTIONS:
                sections.append(self._contribution_step(step, notes_by_id, prerequisites))
        return ReportData(camp=info, tables=infos, sections=tuple(sections),
                          analysis=self._analysis(sections) if self.only is None else None,
                          table=infos[0] if self.only is not None and infos else None)

    # -- owners ---------------------------------------------------------------------------
    def _table_info(self, table: Any) -> TableInfo:
        group = self.main_groups.get(table.main_group_id)
        return TableInfo(
            code=table.code, main_group=group.code if group else "",
            main_group_name=self.p(group.name) if group else "",
            facilitator=self.p(table.facilitator), chair=self.p(table.chair),
            participants=table.participants,
        )

    def _owner(self, table_id: str | None, main_group_id: str | None) -> tuple[tuple, str]:
        """(sort key, label) of the table, main group or camp an item belongs to."""
        if table_id is not None:
            if table_id in self.table_order:
                return (0, self.table_order[table_id]), self.table_codes[table_id]
            code = self._removed_table_code(table_id)
            return (1, code), f"{code} (bord fjernet)"
        if main_group_id is not None:
            group = self.main_groups.get(main_group_id)
            label = f"Hovedgruppe {group.code}" if group else "Hovedgruppe (fjernet)"
            return (2, group.position if group else 10**6, label), label
        return (3,), "Hele campen"

    def _removed_table_code(self, table_id: str) -> str:
        try:
            return self.store.frame.table(table_id).code
        except (AssertionError, LookupError):
            return "?"

    def _mine(self, table_id: str | None) -> bool:
        return self.only is None or table_id == self.only.id

    # -- note steps -----------------------------------------------------------------------
    def _notes(self, step_id: str) -> list[Note]:
        if self.only is not None:
            return list(self.store.board.notes(step_id, self.only.id))
        return list(self.store.board.notes(step_id, all_tables=True))

    def _note_row(self, note: Note, owner: str) -> NoteRow:
        return NoteRow(text=self.p(note.text), votes=note.votes, selected=note.selected,
                       tag=note.tag, owner=owner)

    def _grouped(self, items: Iterable[Any],
                 make: Callable[[Any, str], Any]) -> list[tuple[str, list[Any]]]:
        buckets: dict[tuple, tuple[str, list[Any]]] = {}
        for item in items:
            if not self._mine(item.table_id):
                continue
            key, label = self._owner(item.table_id, getattr(item, "main_group_id", None))
            buckets.setdefault(key, (label, []))[1].append(make(item, label))
        return [buckets[k] for k in sorted(buckets)]

    def _note_step(self, step: Any, notes: list[Note]) -> NoteStep:
        groups = tuple(OwnerNotes(label, tuple(rows))
                       for label, rows in self._grouped(notes, self._note_row))
        personas = tuple(Persona(self.p(p.name), self.p(p.description))
                         for p in self.store.frame.personas(step.id)) \
            if step.kind == StepKind.DILEMMAS else ()
        consolidation = self._consolidation(step.id) if self.only is None else Consolidation()
        return NoteStep(key=step.key, kind=step.kind, title=step.title, prompt=step.prompt,
                        groups=groups, personas=personas, consolidation=consolidation,
                        dots=step.dots)

    def _summary(self, step_id: str) -> str:
        return self.p(self.store.consolidation.step_summary(step_id)) if self.only is None else ""

    def _consolidation(self, step_id: str) -> Consolidation:
        rows = tuple(CategoryRow(self.p(c.name), int(c.count))
                     for c in self.store.consolidation.categories(step_id))
        excerpt_rows = tuple(
            self._note_row(n, self._owner(n.table_id, n.main_group_id)[1])
            for n in self.store.consolidation.excerpts(step_id))
        return Consolidation(
            summary=self._summary(step_id), categories=rows,
            uncategorised=self.store.consolidation.uncategorised_count(step_id) if rows else 0,
            excerpts=excerpt_rows,
        )

    # -- front pages ------------------------------------------------------------------------
    def _front_page_step(self, step: Any) -> FrontPageStep:
        if self.only is not None:
            pages = self.store.board.front_pages(step.id, self.only.id)
        else:
            pages = self.store.board.front_pages(step.id, all_tables=True)

        def make(page: Any, owner: str) -> FrontPageRow:
            return FrontPageRow(owner=owner, headline=self.p(page.headline),
                                story=self.p(page.story), quote=self.p(page.quote),
                                quote_by=self.p(page.quote_by))

        rows = tuple(r for _, group in self._grouped(pages, make) for r in group)
        return FrontPageStep(key=step.key, title=step.title, prompt=step.prompt, pages=rows,
                             summary=self._summary(step.id))

    # -- contributions -----------------------------------------------------------------------
    @staticmethod
    def _prerequisite_step_id(steps: Sequence[Any]) -> str | None:
        for step in steps:
            if step.key == "prerequisites" and step.kind in StepKind.NOTE_KINDS:
                return step.id
        return None

    def _contribution_step(self, step: Any, notes_by_id: dict[str, Note],
                           prerequisites_step: str | None) -> ContributionStep:
        actors = list(self.store.frame.actors())
        actor_names = {a.id: self.p(a.name) for a in actors}
        # A table's own contributions are filtered here: asking the store by table also
        # filters by prerequisite, and every prerequisite must be reported.
        items = self.store.board.contributions(step.id, all_tables=True)

        by_prerequisite: dict[tuple[str | None, str | None], list[Any]] = {}
        for c in items:
            if self._mine(c.table_id):
                by_prerequisite.setdefault((c.table_id, c.prerequisite_id), []).append(c)

        selected = [n for n in notes_by_id.values()
                    if n.step_id == prerequisites_step and n.selected and self._mine(n.table_id)]
        keyed: list[tuple[tuple, PrerequisiteBlock]] = []
        for note in selected:
            sort, owner = self._owner(note.table_id, note.main_group_id)
            found = by_prerequisite.pop((note.table_id, note.id), [])
            keyed.append(((sort, 0, note.position), self._block(
                owner, self.p(note.text), note.votes, "selected", found, actors, actor_names)))
        for (table_id, prerequisite_id), found in by_prerequisite.items():
            sort, owner = self._owner(table_id, None)
            note = notes_by_id.get(prerequisite_id or "")
            status = "not_selected" if note is not None else "missing"
            text = self.p(note.text) if note is not None else ""
            keyed.append(((sort, 1, note.position if note else 10**6), self._block(
                owner, text, note.votes if note else 0, status, found, actors, actor_names)))
        keyed.sort(key=lambda kv: kv[0])
        return ContributionStep(key=step.key, title=step.title, prompt=step.prompt,
                                actors=tuple(actor_names[a.id] for a in actors),
                                blocks=tuple(b for _, b in keyed),
                                summary=self._summary(step.id))

    def _block(self, owner: str, text: str, votes: int, status: str, items: list[Any],
               actors: Sequence[Any], names: Mapping[str, str]) -> PrerequisiteBlock:
        by_actor: dict[str | None, list[ContributionRow]] = {}
        for c in sorted(items, key=lambda c: c.position):
            actor = c.actor_id if c.actor_id in names else None
            by_actor.setdefault(actor, []).append(
                ContributionRow(self.p(c.text), c.votes, c.selected))
        groups = [ActorGroup(names[a.id], tuple(by_actor[a.id]))
                  for a in actors if a.id in by_actor]
        if None in by_actor:
            groups.append(ActorGroup(UNASSIGNED_ACTOR, tuple(by_actor[None]), assigned=False))
        idle = tuple(names[a.id] for a in actors if a.id not in by_actor)
        return PrerequisiteBlock(owner=owner, text=text, votes=votes, status=status,
                                 groups=tuple(groups), idle_actors=idle)

    # -- analysis ---------------------------------------------------------------------------
    def _analysis(self, sections: Sequence[Section]) -> Analysis:
        """The organiser's texts, and every contribution of the camp by actor."""
        messages = tuple(AnalysisMessage(self.p(m.heading), self.p(m.body))
                         for m in self.store.analysis.messages() if m.heading or m.body)
        texts = {c.key: self.p(c.text) for c in self.store.analysis.considerations()}
        prerequisites = tuple(
            self.p(c.text) for c in self.store.analysis.consolidated_prerequisites()
                              if c.text.strip())
        return Analysis(messages=messages,
                        implications=texts.get(PurposeText.IMPLICATIONS, ""),
                        considerations=texts.get(PurposeText.CONSIDERATIONS, ""),
                        prerequisites=prerequisites, by_actor=_all_by_actor(sections))


def _all_by_actor(sections: Sequence[Section]
                  ) -> tuple[tuple[str, bool, tuple[tuple[str, ContributionRow], ...]], ...]:
    """Every contribution of every contribution step, by actor (camp order, then actors
    no longer in the camp, "Ikke fordelt" last), each with the table it came from."""
    order: list[str] = []
    found: dict[tuple[str, bool], list[tuple[str, ContributionRow]]] = {}
    for section in sections:
        if not isinstance(section, ContributionStep):
            continue
        order += [a for a in section.actors if a not in order]
        for block in section.blocks:
            for group in block.groups:
                found.setdefault((group.actor, group.assigned), []).extend(
                    (block.owner, c) for c in group.contributions)
    keys = sorted(found, key=lambda k: (not k[1], order.index(k[0]) if k[0] in order
                                        else len(order), k[0]))
    return tuple((actor, assigned, tuple(found[(actor, assigned)]))
                 for actor, assigned in keys)
