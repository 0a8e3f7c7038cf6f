"""What one dialogue's documentation shows, read from the store into plain dataclasses.

:func:`dialogue_data` reads one dialogue (one table): who met, the thermometer, the
triangle's notes per level, each card the group talked about with its answers, the
free sheet and the agreements, in program order. Plain Python (no reportlab, no Qt);
the coordinator's overview of many dialogues (:mod:`facilitator.export.gathering_data`)
reads through the same pieces, so the PDFs and the overview screen show the same
numbers.

Only the store's public reading methods are used; texts of the program (questions,
levels) come from the steps' own prompts, so a program sets its own wording.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic
from typing import Protocol
from typing import TypeVar

from facilitator.domain import messages as msg
from facilitator.domain.dialogue import LEVELS
from facilitator.domain.dialogue import QUESTIONS
from facilitator.domain.dialogue import ROUNDS
from facilitator.domain.dialogue import RoundSummary
from facilitator.domain.dialogue import intro_lines
from facilitator.domain.dialogue import numbered_lines
from facilitator.domain.dialogue import round_summary
from facilitator.domain.messages import NO_DIALOGUE
from facilitator.domain.messages import WHICH_DIALOGUE
from facilitator.domain.messages import UserError
from facilitator.domain.model import Step
from facilitator.domain.model import StepKind
from facilitator.domain.model import Table
from facilitator.export.report_data import NoteRow
from facilitator.export.report_data import StepPart
from facilitator.program import ProgramError
from facilitator.program import load_program
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



# -- the tree ------------------------------------------------------------------------------
#: What a card part lists per card (a dialogue's answers, or every group's).
CardT = TypeVar("CardT")


class Level(Protocol):
    """A triangle level's notes (one dialogue's, or every group's)."""

    @property
    def notes(self) -> tuple[NoteRow, ...]: ...


#: What a triangle part lists per level.
LevelT = TypeVar("LevelT", bound=Level)


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
class RoundsPart(StepPart):
    """A thermometer's part: the start and the end round summed up."""

    start: RoundSummary
    end: RoundSummary

    @property
    def both(self) -> bool:
        return bool(self.start.readings and self.end.readings)


@dataclass(frozen=True)
class ThermometerSection(RoundsPart):
    prompt: str
    readings: tuple[ReadingRow, ...]

    def figure(self) -> tuple[str, int]:
        return "readings", sum(1 for r in self.readings if not r.whole_group)


@dataclass(frozen=True)
class LevelNotes:
    level: int
    question: str
    notes: tuple[NoteRow, ...]


@dataclass(frozen=True)
class TrianglePart(StepPart, Generic[LevelT]):
    """A triangle step's part, one dialogue's or all of them: what is said before the
    questions, and the three levels; their notes are the figure."""

    intro: str
    levels: tuple[LevelT, ...]

    def figure(self) -> tuple[str, int]:
        return "notes", sum(len(level.notes) for level in self.levels)


@dataclass(frozen=True)
class TriangleSection(TrianglePart[LevelNotes]):
    pass


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
class CardsPart(StepPart, Generic[CardT]):
    """A card step's part, one dialogue's or all of them: the cards talked about (they
    are the figure) and how many the deck has."""

    cards: tuple[CardT, ...]
    deck_size: int

    def figure(self) -> tuple[str, int]:
        return "cards", len(self.cards)


@dataclass(frozen=True)
class CardsSection(CardsPart[DiscussedCard]):
    prompt: str


@dataclass(frozen=True)
class TemplateSection(StepPart):
    intro: str
    #: (prompt, answer) for each prompt of the sheet, answered or not.
    answers: tuple[tuple[str, str], ...]

    @property
    def answered(self) -> bool:
        return any(text.strip() for _, text in self.answers)

    def figure(self) -> tuple[str, int]:
        return "", 0


@dataclass(frozen=True)
class AgreementRow:
    what: str
    who: str = ""
    by_when: str = ""
    owner: str = ""


@dataclass(frozen=True)
class AgreementsPart(StepPart):
    """An agreements step's part, one dialogue's or all of them; the agreements are the
    figure."""

    agreements: tuple[AgreementRow, ...]

    def figure(self) -> tuple[str, int]:
        return "agreements", len(self.agreements)


@dataclass(frozen=True)
class AgreementsSection(AgreementsPart):
    prompt: str


DialogueSection = (ThermometerSection | TriangleSection | CardsSection | TemplateSection
                   | AgreementsSection)


class Figured(Protocol):
    """A part that counts towards the key figures (readings, notes, cards, agreements)."""

    def figure(self) -> tuple[str, int]: ...


def figures(sections: Iterable[Figured], **first: int) -> dict[str, int]:
    """``first``, then the dialogue in numbers: readings, notes, cards talked about,
    agreements (each section's :meth:`figure`)."""
    out = {**first, "readings": 0, "notes": 0, "cards": 0, "agreements": 0}
    for section in sections:
        name, count = section.figure()
        if name:
            out[name] += count
    return out


@dataclass(frozen=True)
class DialogueData:
    file: FileInfo
    info: DialogueInfo
    sections: tuple[DialogueSection, ...]

    def figures(self) -> dict[str, int]:
        return figures(self.sections)


# -- one dialogue --------------------------------------------------------------------------
def file_info(store: CampReader) -> FileInfo:
    camp = store.frame.camp()
    return FileInfo(title=camp.title, municipality=camp.municipality, program=program_title(
        camp.program), date=camp.date, language=camp.language or "da")


def program_title(name: str) -> str:
    """The program's own title ("Dialogkassen – …"); '' when it cannot be read."""
    if not name:
        return ""
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
        ordered = tuple(
            ReadingRow(value=r.value, round=r.round, label=r.label, whole_group=r.whole_group)
            for r in sorted(readings, key=lambda r: (ROUNDS.index(r.round), r.position)))
        return ThermometerSection(key=step.key, title=step.title, prompt=step.prompt,
                                  readings=ordered, start=round_summary(readings, "start"),
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
            DiscussedCard(card=with_image(store, c) if images else c,
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
    return [with_image(store, c) for c in rows] if images else rows


def with_image(store: CampReader, card: CardRow) -> CardRow:
    if not card.is_picture or card.image is not None:
        return card
    return CardRow(id=card.id, key=card.key, text=card.text, caption=card.caption,
                   mime=card.mime, image=store.dialogue_box.card_image(card.id), number=card.number)
