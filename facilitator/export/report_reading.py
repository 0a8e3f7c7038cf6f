"""Reading a camp into the :class:`~facilitator.export.report_data.ReportData` tree.

:func:`gather` reads the camp once, through
:class:`~facilitator.store.reader.CampReader` (one typed interface: consolidation and the
organiser's analysis are read like everything else, never looked up by name), in the
order the report shows it. Nothing is left out: notes of a main group or of the whole
camp (bulletin board, the good idea), notes of a table removed since, contributions
whose prerequisite is no longer selected and those no actor has taken yet all have a
place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from facilitator.domain import messages as msg
from facilitator.domain.analysis import CategoryCount
from facilitator.domain.analysis import PurposeText
from facilitator.domain.messages import UserError
from facilitator.domain.model import Actor
from facilitator.domain.model import Contribution
from facilitator.domain.model import FrontPage
from facilitator.domain.model import Note
from facilitator.domain.model import Step
from facilitator.domain.model import StepKind
from facilitator.domain.model import Table
from facilitator.domain.participants import NOT_GIVEN
from facilitator.export.report_data import UNASSIGNED_ACTOR
from facilitator.export.report_data import ActorGroup
from facilitator.export.report_data import Analysis
from facilitator.export.report_data import CampInfo
from facilitator.export.report_data import Consolidation
from facilitator.export.report_data import ContributionRow
from facilitator.export.report_data import ContributionStep
from facilitator.export.report_data import FrontPageRow
from facilitator.export.report_data import FrontPageStep
from facilitator.export.report_data import NoteRow
from facilitator.export.report_data import NoteStep
from facilitator.export.report_data import OwnerNotes
from facilitator.export.report_data import PrerequisiteBlock
from facilitator.export.report_data import ReportData
from facilitator.export.report_data import Section
from facilitator.export.report_data import TableInfo
from facilitator.export.report_files import NameMap
from facilitator.store.reader import CampReader


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
           pseudonyms: NameMap | None = None) -> ReportData:
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
        counted = self.store.participants.by_table()
        return ReportData(camp=info, tables=infos, sections=tuple(sections),
                          analysis=self._analysis(sections) if self.only is None else None,
                          table=infos[0] if self.only is not None and infos else None,
                          participants=tuple((t.code, counted.get(t.id, NOT_GIVEN))
                                             for t in self.tables
                                             if self.only is None or t.id == self.only.id))

    # -- owners ---------------------------------------------------------------------------
    def _table_info(self, table: Table) -> TableInfo:
        group = self.main_groups.get(table.main_group_id or "")
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

    def _note_step(self, step: Step, notes: list[Note]) -> NoteStep:
        groups = tuple(OwnerNotes(label, tuple(rows))
                       for label, rows in self._grouped(notes, self._note_row))
        personas = tuple(replace(p, name=self.p(p.name), description=self.p(p.description))
                         for p in self.store.frame.personas(step.id)) \
            if step.kind == StepKind.DILEMMAS else ()
        consolidation = self._consolidation(step.id) if self.only is None else Consolidation()
        return NoteStep(key=step.key, kind=step.kind, title=step.title, prompt=step.prompt,
                        groups=groups, personas=personas, consolidation=consolidation,
                        dots=step.dots)

    def _summary(self, step_id: str) -> str:
        return self.p(self.store.consolidation.step_summary(step_id)) if self.only is None else ""

    def _consolidation(self, step_id: str) -> Consolidation:
        rows = tuple(CategoryCount(self.p(c.name), int(c.count))
                     for c in self.store.consolidation.categories(step_id))
        excerpt_rows = tuple(
            self._note_row(n, self._owner(n.table_id, n.main_group_id)[1])
            for n in self.store.consolidation.excerpts(step_id))
        return Consolidation(
            summary=self._summary(step_id), categories=rows,
            uncategorised=self.store.consolidation.uncategorised_count(step_id) if rows else 0,
            excerpts=excerpt_rows,
            counted_once=self.store.consolidation.counted_once_count(step_id) if rows else 0,
        )

    # -- front pages ------------------------------------------------------------------------
    def _front_page_step(self, step: Step) -> FrontPageStep:
        if self.only is not None:
            pages = self.store.board.front_pages(step.id, self.only.id)
        else:
            pages = self.store.board.front_pages(step.id, all_tables=True)

        def make(page: FrontPage, owner: str) -> FrontPageRow:
            return FrontPageRow(owner=owner, headline=self.p(page.headline),
                                story=self.p(page.story), quote=self.p(page.quote),
                                quote_by=self.p(page.quote_by))

        rows = tuple(r for _, group in self._grouped(pages, make) for r in group)
        return FrontPageStep(key=step.key, title=step.title, prompt=step.prompt, pages=rows,
                             summary=self._summary(step.id))

    # -- contributions -----------------------------------------------------------------------
    @staticmethod
    def _prerequisite_step_id(steps: Sequence[Step]) -> str | None:
        for step in steps:
            if step.key == "prerequisites" and step.kind in StepKind.NOTE_KINDS:
                return step.id
        return None

    def _contribution_step(self, step: Step, notes_by_id: dict[str, Note],
                           prerequisites_step: str | None) -> ContributionStep:
        actors = list(self.store.frame.actors())
        actor_names = {a.id: self.p(a.name) for a in actors}
        # A table's own contributions are filtered here: asking the store by table also
        # filters by prerequisite, and every prerequisite must be reported.
        items = self.store.board.contributions(step.id, all_tables=True)

        by_prerequisite: dict[tuple[str | None, str | None], list[Contribution]] = {}
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
            asked = notes_by_id.get(prerequisite_id or "")
            status = "not_selected" if asked is not None else "missing"
            text = self.p(asked.text) if asked is not None else ""
            keyed.append(((sort, 1, asked.position if asked else 10**6), self._block(
                owner, text, asked.votes if asked else 0, status, found, actors, actor_names)))
        keyed.sort(key=lambda kv: kv[0])
        return ContributionStep(key=step.key, title=step.title, prompt=step.prompt,
                                actors=tuple(actor_names[a.id] for a in actors),
                                blocks=tuple(b for _, b in keyed),
                                summary=self._summary(step.id))

    def _block(self, owner: str, text: str, votes: int, status: str, items: list[Contribution],
               actors: Sequence[Actor], names: Mapping[str, str]) -> PrerequisiteBlock:
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
        messages = tuple(replace(m, heading=self.p(m.heading), body=self.p(m.body))
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
