"""What the coordinator's overview shows: every dialogue gathered into a coordinator's
file, read from the store into plain dataclasses.

:func:`gathering_data` reads the thermometer per group and for all (medians), the
triangle's notes per level from all groups with the coordinator's categories, the cards
most talked about with every group's answers, the sheets and the agreements. Plain
Python (no reportlab, no Qt), shared by the overview PDF and the overview screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from facilitator.domain.analysis import CategoryCount
from facilitator.domain.dialogue import LEVELS
from facilitator.domain.dialogue import QUESTIONS
from facilitator.domain.dialogue import SCALE
from facilitator.domain.dialogue import RoundSummary
from facilitator.domain.dialogue import distribution
from facilitator.domain.dialogue import intro_lines
from facilitator.domain.dialogue import median
from facilitator.domain.dialogue import round_summary
from facilitator.domain.dialogue_trends import Trend
from facilitator.domain.dialogue_trends import dialogue_trend
from facilitator.domain.dialogue_trends import readings_of
from facilitator.domain.model import Step
from facilitator.domain.model import StepKind
from facilitator.export.dialogue_data import AgreementRow
from facilitator.export.dialogue_data import AgreementsPart
from facilitator.export.dialogue_data import CardRow
from facilitator.export.dialogue_data import CardsPart
from facilitator.export.dialogue_data import DialogueInfo
from facilitator.export.dialogue_data import FileInfo
from facilitator.export.dialogue_data import RoundsPart
from facilitator.export.dialogue_data import TrianglePart
from facilitator.export.dialogue_data import card_rows
from facilitator.export.dialogue_data import dialogue_info
from facilitator.export.dialogue_data import figures
from facilitator.export.dialogue_data import file_info
from facilitator.export.dialogue_data import has_content
from facilitator.export.dialogue_data import level_questions
from facilitator.export.dialogue_data import template_prompts
from facilitator.export.dialogue_data import with_image
from facilitator.export.report_data import NoteRow
from facilitator.export.report_data import StepPart
from facilitator.store.reader import CampReader


@dataclass(frozen=True)
class GroupReadings:
    info: DialogueInfo
    start: RoundSummary
    end: RoundSummary
    #: The words the group put to its marks ("glad", "træt"), in the order given.
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class ThermometerOverview(RoundsPart):
    groups: tuple[GroupReadings, ...]
    #: The readings over time (by date and year) and each dialogue's start → end.
    trend: Trend | None = None

    def figure(self) -> tuple[str, int]:
        return "readings", self.start.readings + self.end.readings


@dataclass(frozen=True)
class LevelOverview:
    level: int
    question: str
    #: Every group's notes on the level; ``owner`` is the dialogue's code.
    notes: tuple[NoteRow, ...]
    categories: tuple[CategoryCount, ...] = ()
    uncategorised: int = 0
    #: How many notes each dialogue (code) wrote on the level.
    per_group: tuple[tuple[str, int], ...] = ()
    #: Each note's category ('' for none), in the order of ``notes``.
    note_categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class TriangleOverview(TrianglePart[LevelOverview]):
    """Every group's notes per level, with the coordinator's categories of the step."""

    step_id: str
    categories: tuple[CategoryCount, ...] = ()
    uncategorised: int = 0
    summary: str = ""

    @property
    def categorised(self) -> bool:
        return bool(self.categories)


@dataclass(frozen=True)
class GroupAnswers:
    owner: str
    answers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class CardOverview:
    card: CardRow
    groups: tuple[GroupAnswers, ...]

    @property
    def count(self) -> int:
        return len(self.groups)


@dataclass(frozen=True)
class CardsOverview(CardsPart[CardOverview]):
    """The cards some group talked about, most talked about first (then deck order)."""


@dataclass(frozen=True)
class TemplateOverview(StepPart):
    #: (prompt, [(owner, answer)]) for each prompt of the sheet.
    prompts: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]

    def figure(self) -> tuple[str, int]:
        return "", 0


@dataclass(frozen=True)
class AgreementsOverview(AgreementsPart):
    """Every group's agreements, each with its group as ``owner``."""


OverviewSection = (ThermometerOverview | TriangleOverview | CardsOverview | TemplateOverview
                   | AgreementsOverview)


@dataclass(frozen=True)
class GatheringData:
    file: FileInfo
    #: The dialogues with anything in them, in table order.
    dialogues: tuple[DialogueInfo, ...]
    sections: tuple[OverviewSection, ...]
    #: Tables of the file still without a dialogue (a kit's tables not yet delivered).
    waiting: tuple[str, ...] = ()
    names: dict[str, str] = field(default_factory=dict)

    @property
    def participants(self) -> int:
        return sum(d.participants for d in self.dialogues)

    def figures(self) -> dict[str, int]:
        return figures(self.sections, dialogues=len(self.dialogues),
                       participants=self.participants)


def pooled(summaries: Sequence[RoundSummary], round_: str) -> RoundSummary:
    """Every group's readings of a round together: the whole file's distribution."""
    counts = [sum(s.counts[i] for s in summaries) for i in range(len(SCALE))]
    values = [v for v, c in zip(SCALE, counts, strict=True) for _ in range(c)]
    return RoundSummary(round=round_, counts=tuple(distribution(values)),
                        median=median(values), readings=len(values))


def gathering_data(store: CampReader, *, images: bool = False) -> GatheringData:
    """Every dialogue of the coordinator's file, side by side (see the module's text)."""
    tables = store.frame.tables()
    used = [t for t in tables if has_content(store, t)]
    infos = [dialogue_info(store, t) for t in used]
    sections: list[OverviewSection] = []
    for step in store.frame.steps():
        section = _overview_section(store, step, infos, images=images)
        if section is not None:
            sections.append(section)
    return GatheringData(
        file=file_info(store), dialogues=tuple(infos), sections=tuple(sections),
        waiting=tuple(t.code for t in tables if t not in used),
        names={i.code: i.name for i in infos})


def _overview_section(store: CampReader, step: Step, infos: list[DialogueInfo], *,
                      images: bool) -> OverviewSection | None:
    if step.kind == StepKind.THERMOMETER:
        groups = []
        for info in infos:
            readings = store.dialogue_box.readings(step.id, info.table_id)
            groups.append(GroupReadings(info=info, words=tuple(
                r.label for r in readings if r.label.strip()),
                start=round_summary(readings, "start"),
                                        end=round_summary(readings, "end")))
        return ThermometerOverview(
            key=step.key, title=step.title, groups=tuple(groups),
            start=pooled([g.start for g in groups], "start"),
            end=pooled([g.end for g in groups], "end"),
            trend=dialogue_trend(readings_of(g.info.code, g.info.name, g.info.date, g.start,
                                             g.end) for g in groups))
    if step.kind == StepKind.TRIANGLE:
        return _triangle_overview(store, step, infos)
    if step.kind == StepKind.DILEMMA_CARDS:
        return _cards_overview(store, step, infos, images=images)
    if step.kind == StepKind.FREE_TEMPLATE:
        prompts = template_prompts(step)
        answered: list[tuple[str, tuple[tuple[str, str], ...]]] = []
        answers = {info.code: {a.prompt_key: a for a in
                               store.dialogue_box.template_answers(step.id, info.table_id)}
                   for info in infos}
        saved = {code: {k: a.text for k, a in found.items()} for code, found in answers.items()}
        for i, prompt in enumerate(prompts):
            key = str(i + 1)
            answered.append((prompt, tuple((code, texts[key].strip())
                                           for code, texts in saved.items()
                                           if texts.get(key, "").strip())))
        # As in each dialogue's own report: answers under prompts the program no longer
        # has are kept, under their own wording.
        known = {str(i + 1) for i in range(len(prompts))}
        extra: dict[str, list[tuple[str, str]]] = {}
        for code, found in answers.items():
            for key, a in sorted(found.items()):
                if key not in known and a.text.strip():
                    extra.setdefault(a.prompt or a.prompt_key, []).append((code, a.text.strip()))
        answered += [(prompt, tuple(items)) for prompt, items in extra.items()]
        return TemplateOverview(key=step.key, title=step.title, prompts=tuple(answered))
    if step.kind == StepKind.AGREEMENTS:
        rows = tuple(AgreementRow(what=a.what, who=a.who, by_when=a.by_when, owner=info.code)
                     for info in infos for a in store.dialogue_box.agreements(step.id,
                                                                              info.table_id))
        return AgreementsOverview(key=step.key, title=step.title, agreements=rows)
    return None


def _triangle_overview(store: CampReader, step: Step,
                       infos: list[DialogueInfo]) -> TriangleOverview:
    names = {c.id: c.name for c in store.consolidation.categories(step.id)}
    order = list(names)
    assigned = store.consolidation.note_categories(step.id)
    first_of = store.consolidation.counted_with(step.id)
    levels = []
    for level, question in zip(LEVELS, level_questions(step), strict=True):
        notes: list[NoteRow] = []
        note_categories: list[str] = []
        counts: dict[str, int] = {}
        per_group = []
        uncategorised = 0
        seen: set[tuple[str, str]] = set()
        for info in infos:
            mine = store.dialogue_box.level_notes(step.id, info.table_id, level)
            per_group.append((info.code, len(mine)))
            for n in mine:
                notes.append(NoteRow(text=n.text, votes=n.votes, selected=n.selected,
                                     owner=info.code))
                category = assigned.get(n.id)
                note_categories.append(names.get(category or "", ""))
                if category in names:
                    message = (category, first_of.get(n.id, n.id))  # counted once
                    counts[category] = counts.get(category, 0) + (message not in seen)
                    seen.add(message)
                else:
                    uncategorised += 1
        levels.append(LevelOverview(
            level=level, question=question, notes=tuple(notes),
            categories=tuple(CategoryCount(names[c], counts[c]) for c in order if c in counts),
            uncategorised=uncategorised if names else 0, per_group=tuple(per_group),
            note_categories=tuple(note_categories)))
    totals = {c: sum(cat.count for lv in levels for cat in lv.categories if cat.name == names[c])
              for c in order}
    summary = store.consolidation.step_summary(step.id)
    return TriangleOverview(
        step_id=step.id, key=step.key, title=step.title, intro=intro_lines(step.prompt),
        levels=tuple(levels),
        categories=tuple(CategoryCount(names[c], n) for c, n in totals.items() if n),
        uncategorised=sum(lv.uncategorised for lv in levels),
        summary=summary)


def _cards_overview(store: CampReader, step: Step, infos: list[DialogueInfo], *,
                    images: bool) -> CardsOverview:
    deck = card_rows(store, step.id, images=False)
    said: dict[str, list[GroupAnswers]] = {}
    for info in infos:
        mine: dict[str, dict[str, str]] = {}
        for r in store.dialogue_box.reflections(step.id, info.table_id):
            if r.text.strip():
                mine.setdefault(r.card_id, {})[r.question] = r.text.strip()
        for card_id, answers in mine.items():
            said.setdefault(card_id, []).append(GroupAnswers(
                owner=info.code,
                answers=tuple((q, answers[q]) for q in QUESTIONS if q in answers)))
    cards = [CardOverview(card=with_image(store, c) if images else c, groups=tuple(said[c.id]))
             for c in deck if c.id in said]
    cards.sort(key=lambda c: (-c.count, c.card.number))
    return CardsOverview(key=step.key, title=step.title, cards=tuple(cards),
                         deck_size=len(deck))
