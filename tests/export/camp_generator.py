"""Whole random camps, built through the real store, for the generative export tests.

A hypothesis strategy draws a *plan* (plain data); :func:`build` carries it out with the
store's own edit methods, as the app would. Every non-empty text carries a unique marker
word (``q123z``), so a test can tell that each field reached a report, and the texts
themselves are anything a participant may type: Danish, emoji, right-to-left, combining
marks, markup, control characters, words too long for a column, pages of text.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from facilitator.domain.analysis import PurposeText
from facilitator.domain.messages import UserError
from facilitator.domain.model import KNOWN_ACTORS
from facilitator.domain.model import StepKind
from facilitator.domain.participants import GROUP_KEYS
from facilitator.domain.participants import MAX_COUNT
from facilitator.program import load_program
from facilitator.store import CampStore

WORDS = (
    "fællesskab", "Børn", "ÆØÅ", "æøå", "»citat«", "“godt”", "–", "…", "&", "<b>fed</b>",
    "&amp;", "Erdős", "ﬀ", "👍🏽", "🎉", "مرحبا", "你好", "e\u0301", "x²", "5 €", "#1", "'=1+2",
    "-minus", "@at", "Straße", "Ñandú", "\u200b", "a/b\\c", "%s", "{path}", "ord",
    "Lorem", "ipsum", "kommune", "borger", "forening", "idræt", "skole",
)
LONG_WORD = "Supercalifragilistiskekspialidociøst" * 6


def _text(draw: Any, *, long: bool) -> str:
    kind = draw(st.sampled_from(
        ["empty", "words", "unicode", "long_word"] + (["long"] if long else [])))
    if kind == "empty":
        return ""
    if kind == "words":
        return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=10)))
    if kind == "unicode":
        return draw(st.text(st.characters(exclude_categories=("Cs",)), min_size=1,
                            max_size=40))
    if kind == "long_word":
        return f"{draw(st.sampled_from(WORDS))} {LONG_WORD}"
    rng = random.Random(draw(st.integers(0, 10**6)))
    if draw(st.integers(0, 60)) == 0:  # now and then more than an Excel cell holds
        return " ".join(rng.choice(WORDS) for _ in range(7000))
    lines = ["".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 40))))
             for _ in range(rng.randint(8, 40))]
    return "\n".join(lines)


@st.composite
def texts(draw: Any, long: bool = True) -> str:
    return _text(draw, long=long)


@dataclass
class NotePlan:
    text: str
    owner: int  # a table index, -1 for the main group, -2 for the whole camp
    votes: int
    selected: bool
    tag: str
    category: int | None
    excerpt: bool
    once: bool = False  # counted as one message with the step's other such notes


@dataclass
class ContributionPlan:
    text: str
    table: int
    actor: int | None
    prerequisite: int | None  # index into the table's prerequisite notes
    votes: int
    selected: bool


@dataclass
class FrontPagePlan:
    table: int
    headline: str
    story: str
    quote: str
    quote_by: str


@dataclass
class CampPlan:
    fields: dict[str, str]
    tables: list[tuple[str, str, str, str]]  # group name, facilitator, chair, persona
    drop_steps: list[str]
    notes: dict[str, list[NotePlan]]
    categories: dict[str, list[str]]
    summaries: dict[str, str]
    front_pages: list[FrontPagePlan]
    contributions: list[ContributionPlan]
    messages: list[tuple[str, str]]
    purpose_texts: tuple[str, str]
    prerequisites: list[str]
    pseudonyms: list[str]
    extra_actor: str = ""
    #: Per table, people by group (None: nobody counted the table).
    participants: list[dict[str, int] | None] = field(default_factory=list)


NOTE_STEPS = ("indicators", "dilemmas", "prerequisites", "bulletin_board", "good_idea")


@st.composite
def camp_plans(draw: Any) -> CampPlan:
    short = texts(long=False)
    tables = draw(st.lists(st.tuples(short, short, short, short), min_size=0, max_size=3))
    n = len(tables)
    owners = st.integers(-2, n - 1) if n else st.integers(-2, -1)
    notes: dict[str, list[NotePlan]] = {}
    categories: dict[str, list[str]] = {}
    for key in NOTE_STEPS:
        names = draw(st.lists(short, max_size=3))
        categories[key] = names
        notes[key] = draw(st.lists(st.builds(
            NotePlan, text=texts(), owner=owners, votes=st.integers(0, 12),
            selected=st.booleans(),
            tag=st.sampled_from(["", "consideration", "tradeoff", "dilemma"]),
            category=st.none() | st.integers(0, max(len(names) - 1, 0)),
            excerpt=st.booleans(), once=st.booleans()), max_size=4))
    front_pages = draw(st.lists(st.builds(
        FrontPagePlan, table=st.integers(0, max(n - 1, 0)), headline=texts(), story=texts(),
        quote=texts(), quote_by=short), max_size=3)) if n else []
    contributions = draw(st.lists(st.builds(
        ContributionPlan, text=texts(), table=st.integers(0, max(n - 1, 0)),
        actor=st.none() | st.integers(0, 12), prerequisite=st.none() | st.integers(0, 3),
        votes=st.integers(0, 9), selected=st.booleans()), max_size=5)) if n else []
    return CampPlan(
        fields={k: draw(short) for k in ("title", "core_task", "purpose", "venue",
                                          "municipality")},
        tables=tables,
        drop_steps=draw(st.lists(st.sampled_from(
            ["dilemmas", "front_pages", "bulletin_board", "good_idea", "contributions"]),
            unique=True, max_size=2)),
        notes=notes, categories=categories,
        summaries={k: draw(texts()) for k in (*NOTE_STEPS, "front_pages", "contributions")},
        front_pages=front_pages, contributions=contributions,
        messages=draw(st.lists(st.tuples(short, texts()), max_size=3)),
        purpose_texts=(draw(texts()), draw(texts())),
        prerequisites=draw(st.lists(texts(), max_size=3)),
        pseudonyms=draw(st.lists(st.sampled_from(["Mette", "Anders Holm", "Bo"]),
                                 unique=True, max_size=2)),
        extra_actor=draw(short),
        participants=draw(st.lists(st.none() | st.dictionaries(
            st.sampled_from(GROUP_KEYS), st.integers(0, MAX_COUNT), max_size=5),
            min_size=n, max_size=n)),
    )


class _Markers:
    """Gives every non-empty text a unique word of its own."""

    def __init__(self) -> None:
        self._n = itertools.count(1)

    def __call__(self, text: str) -> str:
        if not text.strip():
            return text
        n = next(self._n)
        LABELS[f"q{n}z"] = _caller()
        return f"{text} q{n}z"


#: marker -> where it was made (file:line of the build step), for messages.
LABELS: dict[str, str] = {}


def _caller() -> str:
    import inspect

    frame = inspect.stack()[2]
    return f"line {frame.lineno}"


def build(plan: CampPlan, path: Path) -> Path:
    """Carry out ``plan`` through the store's own edit methods; returns the camp file."""
    mark = _Markers()
    with CampStore.create(path, program=load_program("camp_day"),
                          **{k: mark(v) for k, v in plan.fields.items()}, date="2026-05-09",
                          participants=len(plan.tables) * 9) as store:
        for key in plan.drop_steps:
            step = store.frame.step_by_key(key)
            if step is not None:
                store.frame.delete_step(step_id=step.id)
        group = store.frame.add_main_group(code="H1", name=mark(plan.tables[0][0])) \
            if plan.tables else store.frame.add_main_group(code="H1")
        tables = []
        for i, (_, facilitator, chair, _) in enumerate(plan.tables):
            tables.append(store.frame.add_table(code=f"H1-B{i + 1}", main_group_id=group.id,
                                          facilitator=mark(facilitator), chair=mark(chair)))
        for table, counts in zip(tables, plan.participants, strict=False):
            for key, people in (counts or {}).items():
                store.participants.set_count(table_id=table.id, group_key=key, people=people)
        if plan.extra_actor.strip():
            _ok(store.frame.add_actor, name=mark(plan.extra_actor))
        actors = store.frame.actors()
        prerequisites: dict[int, list[Any]] = {}
        for key, items in plan.notes.items():
            step = store.frame.step_by_key(key)
            if step is None:
                continue
            if key == "dilemmas" and plan.tables and plan.tables[0][3].strip():
                _ok(store.frame.add_persona, step_id=step.id, name=mark(plan.tables[0][3]),
                    description=mark(plan.tables[0][3]))
            cats = [c for c in (_ok(store.consolidation.add_category, step_id=step.id,
                                    name=mark(name))
                                for name in plan.categories[key]) if c is not None]
            once: list[str] = []
            for item in items:
                owner = _owner(item.owner, tables, group, key)
                if owner is None:
                    continue
                note = _ok(store.board.add_note, step_id=step.id, text=mark(item.text),
                           votes=item.votes, selected=item.selected,
                           tag=item.tag if key == "dilemmas" else "", **owner)
                if note is None:
                    continue
                if cats and item.category is not None:
                    store.consolidation.assign_note(note_id=note.id,
                                      category_id=cats[item.category % len(cats)].id)
                if item.excerpt:
                    store.consolidation.set_excerpt(note_id=note.id, excerpt=True)
                if item.once:
                    once.append(note.id)
                if key == "prerequisites" and note.table_id is not None:
                    prerequisites.setdefault(tables.index(
                        next(t for t in tables if t.id == note.table_id)), []).append(note)
            store.consolidation.count_as_one(note_ids=once)
        for key, text in plan.summaries.items():
            step = store.frame.step_by_key(key)
            if step is not None and text.strip():
                store.consolidation.set_step_summary(step_id=step.id, text=mark(text))
        front = store.frame.step_by_key("front_pages")
        for page in plan.front_pages if front is not None else ():
            _ok(store.board.add_front_page, step_id=front.id, table_id=tables[page.table].id,
                headline=mark(page.headline), story=mark(page.story), quote=mark(page.quote),
                quote_by=mark(page.quote_by))
        step = store.frame.step_by_key("contributions")
        for c in plan.contributions if step is not None else ():
            own = prerequisites.get(c.table, [])
            prerequisite = own[c.prerequisite % len(own)].id \
                if own and c.prerequisite is not None else None
            actor = actors[c.actor % len(actors)].id if c.actor is not None else None
            _ok(store.board.add_contribution, step_id=step.id, table_id=tables[c.table].id,
                text=mark(c.text), prerequisite_id=prerequisite, actor_id=actor,
                votes=c.votes, selected=c.selected)
        for heading, body in plan.messages:
            if heading.strip() or body.strip():
                store.analysis.add_message(heading=mark(heading), body=mark(body))
        for key, text in zip(PurposeText.ALL, plan.purpose_texts, strict=True):
            store.analysis.set_consideration(key=key, text=mark(text))
        for text in plan.prerequisites:
            _ok(store.analysis.add_consolidated_prerequisite, text=mark(text))
        for name in plan.pseudonyms:
            _ok(store.names.add_pseudonym, name=name)
    return path


def _owner(owner: int, tables: list[Any], group: Any, key: str) -> dict[str, Any] | None:
    """A table's, or on the open boards a main group's or the whole camp's; None where
    the app has no such owner (a table step in a camp without tables)."""
    if owner >= 0 and tables:
        return {"table_id": tables[owner % len(tables)].id}
    if key in ("bulletin_board", "good_idea") and owner == -1:
        return {"table_id": None, "main_group_id": group.id}
    if key in ("bulletin_board", "good_idea"):
        return {"table_id": None}
    return {"table_id": tables[0].id} if tables else None


def _ok(edit: Any, **kwargs: Any) -> Any:
    """The edit, or None where the store refuses it as the app would (an empty note,
    a duplicate category name): a refusal is part of what a user can meet."""
    try:
        return edit(**kwargs)
    except UserError:
        return None


# -- what a camp holds, read back through the store --------------------------------------
@dataclass
class Held:
    """The texts a camp holds, by the reports that must show them."""

    camp: list[str] = field(default_factory=list)
    tables: dict[str, list[str]] = field(default_factory=dict)
    analysis: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    summaries: list[str] = field(default_factory=list)
    excerpts: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    #: What a spreadsheet of the camp holds (XLSX and CSV).
    sheet: list[str] = field(default_factory=list)

    def everything(self) -> Iterator[str]:
        yield from self.camp
        for texts in self.tables.values():
            yield from texts
        yield from (*self.analysis, *self.categories, *self.summaries)


def held(path: Path) -> Held:
    """Every user text of the camp at ``path``, as the store gives it back."""
    out = Held()
    with CampStore.open(path, snapshot=True) as store:
        camp = store.frame.camp()
        out.camp += [camp.title, camp.core_task, camp.purpose, camp.venue]
        out.sheet += [camp.title, camp.core_task]
        out.sheet += [a.name for a in store.frame.actors() if a.key not in KNOWN_ACTORS
                      and any(c.actor_id == a.id for s in store.frame.steps()
                             for c in store.board.contributions(s.id, all_tables=True))]
        groups = {g.id: g for g in store.frame.main_groups()}
        codes = {t.id: t.code for t in store.frame.tables()}
        for table in store.frame.tables():
            out.tables[table.code] = [table.facilitator, table.chair,
                                      groups[table.main_group_id].name]
        own: dict[str | None, list[str]] = {}
        for step in store.frame.steps():
            if step.kind in StepKind.NOTE_KINDS:
                for note in store.board.notes(step.id, all_tables=True):
                    own.setdefault(codes.get(note.table_id or ""), []).append(note.text)
                    out.sheet.append(note.text)
                out.categories += [c.name for c in store.consolidation.categories(step.id)]
                out.excerpts += [n.text for n in store.consolidation.excerpts(step.id)]
                if step.kind == StepKind.DILEMMAS:
                    out.camp += [t for p in store.frame.personas(step.id)
                                 for t in (p.name, p.description)]
            elif step.kind == StepKind.FRONT_PAGE:
                for page in store.board.front_pages(step.id, all_tables=True):
                    own.setdefault(codes.get(page.table_id or ""), []).extend(
                        [page.headline, page.story, page.quote, page.quote_by])
                    out.quotes += [page.quote, page.quote_by]
                    out.sheet += [page.headline, page.story, page.quote, page.quote_by]
            elif step.kind == StepKind.CONTRIBUTIONS:
                for c in store.board.contributions(step.id, all_tables=True):
                    own.setdefault(codes.get(c.table_id or ""), []).append(c.text)
                    out.sheet.append(c.text)
            out.summaries.append(store.consolidation.step_summary(step.id))
        for code, texts in own.items():
            if code is None:
                out.camp += texts
            else:
                out.tables.setdefault(code, []).extend(texts)
        out.analysis += [t for m in store.analysis.messages() for t in (m.heading, m.body)]
        out.analysis += [c.text for c in store.analysis.considerations()]
        out.analysis += [p.text for p in store.analysis.consolidated_prerequisites()]
        out.sheet += [*out.categories, *out.summaries, *out.analysis]
    if not any(text.strip() for text in out.sheet[2:]):
        # The sheet names the camp in each row's columns: a camp with nothing written in
        # it has no rows, and so no title or core task (only the header row).
        del out.sheet[:2]
    return out
