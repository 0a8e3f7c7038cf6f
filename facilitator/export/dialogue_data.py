"""What the dialogue-box documents show, read from the store into plain dataclasses first.

Two readings of a dialogue file, both plain Python (no reportlab, no Qt), so that the
PDFs and the coordinator's overview screen show the same numbers:

* :func:`dialogue_data` — one dialogue (one table): who met, the thermometer, the
  triangle's notes per level, each card the group talked about with its answers, the
  free sheet and the agreements, in program order.
* :func:`gathering_data` — every dialogue gathered into a coordinator's file: the
  thermometer per group and for all (medians), the triangle's notes per level from all
  groups with the coordinator's categories, the cards most talked about with every
  group's answers, the sheets and the agreements.

Only the store's public reading methods are used; texts of the program (questions,
levels) come from the steps' own prompts, so a program sets its own wording.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from facilitator.domain import messages as msg
from facilitator.domain.dialogue import (
    LEVELS,
    QUESTIONS,
    ROUNDS,
    SCALE,
    RoundSummary,
    distribution,
    intro_lines,
    median,
    numbered_lines,
    round_summary,
)
from facilitator.domain.messages import QT_TRANSLATE_NOOP, UserError
from facilitator.domain.model import Step, StepKind, Table
from facilitator.export.report_data import CategoryRow, NoteRow
from facilitator.store.reader import CampReader

#: The three questions about a card, as the host's screen asks them.
QUESTION_LABELS = {
    "what_would_you_do": "Hvad ville du gøre?",
    "who_could_help": "Hvem kunne hjælpe?",
    "what_helps": "Hvad hjælper her?",
}
ROUND_LABELS = {"start": "Start", "end": "Slut"}
#: The thermometer's ends, as the host's screen names them.
TOP_LABEL = "Det går rigtig godt"
BOTTOM_LABEL = "Det går rigtig skidt"
#: The triangle's questions when a program's prompt has no numbered lines (DESIGN.md §3).
DEFAULT_LEVEL_QUESTIONS = (
    "Hvad kan gøre, at børn og familier i perioder ikke trives i hverdagen?",
    "Hvad har vi i vores by i dag, som hjælper og beskytter?",
    "Hvordan vil jeg – og vi – hjælpe og blive hjulpet?",
)
#: The free sheet's prompts when a program's prompt has no numbered lines.
DEFAULT_TEMPLATE_PROMPTS = (
    "Det bedste ved fællesskabet her er …",
    "Vi kunne gøre mere af …",
    "Vi drømmer om …",
)

NO_DIALOGUE = QT_TRANSLATE_NOOP(
    "Messages", "Filen har ingen dialog at dokumentere. Opret en dialog med »Ny dialog«.")
WHICH_DIALOGUE = QT_TRANSLATE_NOOP(
    "Messages",
    "Filen har flere dialoger ({codes}). Vælg, hvilken dialog der skal dokumenteres.")


# -- the tree ------------------------------------------------------------------------------
@dataclass(frozen=True)
class FileInfo:
    """The dialogue file itself: its title, municipality, program and date."""

    title: str
    municipality: str = ""
    program: str = ""
    date: str = ""
    language: str = "da"


@dataclass(frozen=True)
class DialogueInfo:
    """Who met, where and when: one table of the file."""

    table_id: str
    code: str
    host: str = ""
    group_name: str = ""
    place: str = ""
    date: str = ""
    participants: int = 0

    @property
    def name(self) -> str:
        """What the group is called in headings: its name, else its code."""
        return self.group_name.strip() or f"Dialog {self.code}"

    @property
    def label(self) -> str:
        """Code and name together, for lists of many dialogues."""
        name = self.group_name.strip()
        return f"{self.code} · {name}" if name else self.code


@dataclass(frozen=True)
class ReadingRow:
    value: int
    round: str = "start"
    label: str = ""
    whole_group: bool = False


@dataclass(frozen=True)
class ThermometerSection:
    key: str
    title: str
    prompt: str
    readings: tuple[ReadingRow, ...]
    start: RoundSummary
    end: RoundSummary

    @property
    def both(self) -> bool:
        return bool(self.start.readings and self.end.readings)


@dataclass(frozen=True)
class LevelNotes:
    level: int
    question: str
    notes: tuple[NoteRow, ...]


@dataclass(frozen=True)
class TriangleSection:
    key: str
    title: str
    intro: str
    levels: tuple[LevelNotes, ...]


@dataclass(frozen=True)
class CardRow:
    """A dilemma card: its text, or its picture (bytes, when read) and caption."""

    id: str
    key: str = ""
    text: str = ""
    caption: str = ""
    mime: str = ""
    image: bytes | None = None
    number: int = 0

    @property
    def is_picture(self) -> bool:
        return bool(self.mime)

    @property
    def title(self) -> str:
        """One line naming the card: its text, else its caption, else 'Billedkort'."""
        return " ".join((self.text or self.caption or "Billedkort").split())


@dataclass(frozen=True)
class DiscussedCard:
    card: CardRow
    #: (question key, the group's answer) in the order of the questions; empty ones left out.
    answers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class CardsSection:
    key: str
    title: str
    prompt: str
    cards: tuple[DiscussedCard, ...]
    deck_size: int


@dataclass(frozen=True)
class TemplateSection:
    key: str
    title: str
    intro: str
    #: (prompt, answer) for each prompt of the sheet, answered or not.
    answers: tuple[tuple[str, str], ...]

    @property
    def answered(self) -> bool:
        return any(text.strip() for _, text in self.answers)


@dataclass(frozen=True)
class AgreementRow:
    what: str
    who: str = ""
    by_when: str = ""
    owner: str = ""


@dataclass(frozen=True)
class AgreementsSection:
    key: str
    title: str
    prompt: str
    agreements: tuple[AgreementRow, ...]


DialogueSection = (ThermometerSection | TriangleSection | CardsSection | TemplateSection
                   | AgreementsSection)


@dataclass(frozen=True)
class DialogueData:
    file: FileInfo
    info: DialogueInfo
    sections: tuple[DialogueSection, ...]

    def figures(self) -> dict[str, int]:
        """The dialogue in numbers: readings, notes, cards talked about, agreements."""
        out = {"readings": 0, "notes": 0, "cards": 0, "agreements": 0}
        for s in self.sections:
            if isinstance(s, ThermometerSection):
                out["readings"] += sum(1 for r in s.readings if not r.whole_group)
            elif isinstance(s, TriangleSection):
                out["notes"] += sum(len(level.notes) for level in s.levels)
            elif isinstance(s, CardsSection):
                out["cards"] += len(s.cards)
            elif isinstance(s, AgreementsSection):
                out["agreements"] += len(s.agreements)
        return out

    def texts(self) -> Iterable[str]:
        """Every user text (for tests of what the font can draw)."""
        i = self.info
        yield from (self.file.title, i.host, i.group_name, i.place)
        for s in self.sections:
            yield s.title
            if isinstance(s, ThermometerSection):
                yield from (r.label for r in s.readings)
            elif isinstance(s, TriangleSection):
                for level in s.levels:
                    yield level.question
                    yield from (n.text for n in level.notes)
            elif isinstance(s, CardsSection):
                for c in s.cards:
                    yield from (c.card.text, c.card.caption, *(t for _, t in c.answers))
            elif isinstance(s, TemplateSection):
                for prompt, text in s.answers:
                    yield from (prompt, text)
            else:
                for a in s.agreements:
                    yield from (a.what, a.who, a.by_when)


# -- one dialogue --------------------------------------------------------------------------
def file_info(store: CampReader) -> FileInfo:
    camp = store.frame.camp()
    return FileInfo(title=camp.title, municipality=camp.municipality, program=program_title(
        camp.program), date=camp.date, language=camp.language or "da")


def program_title(name: str) -> str:
    """The program's own title ("Dialogkassen – …"); '' when it cannot be read."""
    if not name:
        return ""
    from facilitator.program import ProgramError, load_program

    try:
        return load_program(name).title
    except (ProgramError, OSError):
        return ""


def dialogue_info(store: CampReader, table: Table) -> DialogueInfo:
    d = store.dialogue_box.dialogue(table.id)
    if d is None:
        return DialogueInfo(table_id=table.id, code=table.code,
                            participants=table.participants)
    return DialogueInfo(table_id=table.id, code=table.code, host=d.host,
                        group_name=d.group_name, place=d.place, date=d.date,
                        participants=d.participants or table.participants)


def level_questions(step: Step) -> list[str]:
    """The triangle's three questions from the step's numbered prompt lines."""
    found = numbered_lines(step.prompt)
    return found[:len(LEVELS)] if len(found) >= len(LEVELS) else list(DEFAULT_LEVEL_QUESTIONS)


def template_prompts(step: Step) -> list[str]:
    return numbered_lines(step.prompt) or list(DEFAULT_TEMPLATE_PROMPTS)


def choose_table(store: CampReader, table_code: str | None) -> Table:
    """The dialogue to document: the named one, else the file's only one (or the only one
    with anything in it); a UserError when there is none or the choice is not clear."""
    if table_code is not None:
        table = store.frame.table_by_code(table_code)
        if table is None:
            raise UserError(msg.UNKNOWN_TABLE, code=table_code)
        return table
    tables = store.frame.tables()
    if len(tables) == 1:
        return tables[0]
    used = [t for t in tables if has_content(store, t)]
    if len(used) == 1:
        return used[0]
    if not tables:
        raise UserError(NO_DIALOGUE)
    raise UserError(WHICH_DIALOGUE, codes=", ".join(t.code for t in (used or tables)))


def has_content(store: CampReader, table: Table) -> bool:
    """Whether the table's dialogue has details or anything its group said."""
    d = store.dialogue_box.dialogue(table.id)
    if d is not None and any((d.host, d.group_name, d.place, d.participants)):
        return True
    for step in store.frame.steps():
        if step.kind == StepKind.THERMOMETER and store.dialogue_box.readings(step.id, table.id):
            return True
        if step.kind == StepKind.TRIANGLE and any(
                store.dialogue_box.level_notes(step.id, table.id, level) for level in LEVELS):
            return True
        if step.kind == StepKind.DILEMMA_CARDS and store.dialogue_box.discussed_cards(step.id,
                                                                                      table.id):
            return True
        if step.kind == StepKind.FREE_TEMPLATE and any(
                a.text.strip() for a in store.dialogue_box.template_answers(step.id, table.id)):
            return True
        if step.kind == StepKind.AGREEMENTS and store.dialogue_box.agreements(step.id, table.id):
            return True
    return False


def dialogue_data(store: CampReader, table_code: str | None = None, *,
                  images: bool = True) -> DialogueData:
    """One dialogue of the file, in program order (see :func:`choose_table`)."""
    table = choose_table(store, table_code)
    sections: list[DialogueSection] = []
    for step in store.frame.steps():
        section = _dialogue_section(store, step, table.id, images=images)
        if section is not None:
            sections.append(section)
    return DialogueData(file=file_info(store), info=dialogue_info(store, table),
                        sections=tuple(sections))


def _dialogue_section(store: CampReader, step: Step, table_id: str, *,
                      images: bool) -> DialogueSection | None:
    if step.kind == StepKind.THERMOMETER:
        readings = store.dialogue_box.readings(step.id, table_id)
        rows = tuple(ReadingRow(value=r.value, round=r.round, label=r.label,
                                whole_group=r.whole_group)
                     for r in sorted(readings, key=lambda r: (ROUNDS.index(r.round), r.position)))
        return ThermometerSection(key=step.key, title=step.title, prompt=step.prompt,
                                  readings=rows, start=round_summary(readings, "start"),
                                  end=round_summary(readings, "end"))
    if step.kind == StepKind.TRIANGLE:
        levels = tuple(
            LevelNotes(level=level, question=question, notes=tuple(
                NoteRow(text=n.text, votes=n.votes, selected=n.selected)
                for n in store.dialogue_box.level_notes(step.id, table_id, level)))
            for level, question in zip(LEVELS, level_questions(step), strict=True))
        return TriangleSection(key=step.key, title=step.title, intro=intro_lines(step.prompt),
                               levels=levels)
    if step.kind == StepKind.DILEMMA_CARDS:
        deck = card_rows(store, step.id, images=False)
        by_card: dict[str, dict[str, str]] = {}
        for r in store.dialogue_box.reflections(step.id, table_id):
            if r.text.strip():
                by_card.setdefault(r.card_id, {})[r.question] = r.text.strip()
        cards = tuple(
            DiscussedCard(card=_with_image(store, c) if images else c,
                          answers=tuple((q, by_card[c.id][q]) for q in QUESTIONS
                                        if q in by_card[c.id]))
            for c in deck if c.id in by_card)
        return CardsSection(key=step.key, title=step.title, prompt=step.prompt, cards=cards,
                            deck_size=len(deck))
    if step.kind == StepKind.FREE_TEMPLATE:
        saved = {a.prompt_key: a for a in store.dialogue_box.template_answers(step.id, table_id)}
        prompts = template_prompts(step)
        answers = [(prompts[i], saved[str(i + 1)].text if str(i + 1) in saved else "")
                   for i in range(len(prompts))]
        # Answers under prompts the program no longer has are kept, with their own wording.
        answers += [(a.prompt or a.prompt_key, a.text) for key, a in sorted(saved.items())
                    if not key.isdigit() or not 1 <= int(key) <= len(prompts)]
        return TemplateSection(key=step.key, title=step.title, intro=intro_lines(step.prompt),
                               answers=tuple(answers))
    if step.kind == StepKind.AGREEMENTS:
        rows = tuple(AgreementRow(what=a.what, who=a.who, by_when=a.by_when)
                     for a in store.dialogue_box.agreements(step.id, table_id))
        return AgreementsSection(key=step.key, title=step.title, prompt=step.prompt,
                                 agreements=rows)
    return None


def card_rows(store: CampReader, step_id: str, *, images: bool = True) -> list[CardRow]:
    """A card step's deck in order, numbered 1 … n; pictures read when ``images``."""
    rows = [CardRow(id=c.id, key=c.key, text=c.text, caption=c.caption, mime=c.mime,
                    number=i) for i, c in enumerate(store.dialogue_box.cards(step_id), start=1)]
    return [_with_image(store, c) for c in rows] if images else rows


def _with_image(store: CampReader, card: CardRow) -> CardRow:
    if not card.is_picture or card.image is not None:
        return card
    return CardRow(id=card.id, key=card.key, text=card.text, caption=card.caption,
                   mime=card.mime, image=store.dialogue_box.card_image(card.id), number=card.number)


# -- many dialogues gathered ----------------------------------------------------------------
@dataclass(frozen=True)
class GroupReadings:
    info: DialogueInfo
    start: RoundSummary
    end: RoundSummary
    #: The words the group put to its marks ("glad", "træt"), in the order given.
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class ThermometerOverview:
    key: str
    title: str
    groups: tuple[GroupReadings, ...]
    start: RoundSummary
    end: RoundSummary

    @property
    def both(self) -> bool:
        return bool(self.start.readings and self.end.readings)


@dataclass(frozen=True)
class LevelOverview:
    level: int
    question: str
    #: Every group's notes on the level; ``owner`` is the dialogue's code.
    notes: tuple[NoteRow, ...]
    categories: tuple[CategoryRow, ...] = ()
    uncategorised: int = 0
    #: How many notes each dialogue (code) wrote on the level.
    per_group: tuple[tuple[str, int], ...] = ()
    #: Each note's category ('' for none), in the order of ``notes``.
    note_categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class TriangleOverview:
    step_id: str
    key: str
    title: str
    intro: str
    levels: tuple[LevelOverview, ...]
    categories: tuple[CategoryRow, ...] = ()
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
class CardsOverview:
    key: str
    title: str
    #: The cards some group talked about, most talked about first (then deck order).
    cards: tuple[CardOverview, ...]
    deck_size: int


@dataclass(frozen=True)
class TemplateOverview:
    key: str
    title: str
    #: (prompt, [(owner, answer)]) for each prompt of the sheet.
    prompts: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


@dataclass(frozen=True)
class AgreementsOverview:
    key: str
    title: str
    agreements: tuple[AgreementRow, ...]


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
        out = {"dialogues": len(self.dialogues), "participants": self.participants,
               "readings": 0, "notes": 0, "cards": 0, "agreements": 0}
        for s in self.sections:
            if isinstance(s, ThermometerOverview):
                out["readings"] += s.start.readings + s.end.readings
            elif isinstance(s, TriangleOverview):
                out["notes"] += sum(len(level.notes) for level in s.levels)
            elif isinstance(s, CardsOverview):
                out["cards"] += len(s.cards)
            elif isinstance(s, AgreementsOverview):
                out["agreements"] += len(s.agreements)
        return out


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
            end=pooled([g.end for g in groups], "end"))
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
    levels = []
    for level, question in zip(LEVELS, level_questions(step), strict=True):
        notes: list[NoteRow] = []
        note_categories: list[str] = []
        counts: dict[str, int] = {}
        per_group = []
        uncategorised = 0
        for info in infos:
            mine = store.dialogue_box.level_notes(step.id, info.table_id, level)
            per_group.append((info.code, len(mine)))
            for n in mine:
                notes.append(NoteRow(text=n.text, votes=n.votes, selected=n.selected,
                                     owner=info.code))
                category = assigned.get(n.id)
                note_categories.append(names.get(category or "", ""))
                if category in names:
                    counts[category] = counts.get(category, 0) + 1
                else:
                    uncategorised += 1
        levels.append(LevelOverview(
            level=level, question=question, notes=tuple(notes),
            categories=tuple(CategoryRow(names[c], counts[c]) for c in order if c in counts),
            uncategorised=uncategorised if names else 0, per_group=tuple(per_group),
            note_categories=tuple(note_categories)))
    totals = {c: sum(cat.count for lv in levels for cat in lv.categories if cat.name == names[c])
              for c in order}
    summary = store.consolidation.step_summary(step.id)
    return TriangleOverview(
        step_id=step.id, key=step.key, title=step.title, intro=intro_lines(step.prompt),
        levels=tuple(levels),
        categories=tuple(CategoryRow(names[c], n) for c, n in totals.items() if n),
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
    cards = [CardOverview(card=_with_image(store, c) if images else c, groups=tuple(said[c.id]))
             for c in deck if c.id in said]
    cards.sort(key=lambda c: (-c.count, c.card.number))
    return CardsOverview(key=step.key, title=step.title, cards=tuple(cards),
                         deck_size=len(deck))
