"""The organiser's analysis of a camp, and the view across camps (DESIGN.md §2, levels 3–4).

After consolidation the organiser writes the camp's *analysis*: a few recurring messages
("Gennemgående budskaber", a heading and a paragraph each), what the camp means for the
core task's purpose statement ("Betydning for formålsbeskrivelsen" and the considerations
it gives rise to), the consolidated prerequisites ("Sammenfatning af forudsætninger") and
the selected contributions per actor. Across camps, each core task's recurring messages
are read side by side. Plain Python, so the rules are tested without Qt or SQLite.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field

from facilitator.domain.messages import EMPTY_PREREQUISITE
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UNKNOWN_PURPOSE_TEXT
from facilitator.domain.messages import UserError
from facilitator.domain.model import _Row
from facilitator.domain.participants import NOT_GIVEN
from facilitator.domain.participants import ParticipantCounts

#: The group of contributions the tables have not given to an actor (translated in the UI).
NOT_DISTRIBUTED = QT_TRANSLATE_NOOP("Messages", "Ikke fordelt")
#: How a camp without a core task is grouped across camps (translated in the UI).
NO_CORE_TASK = QT_TRANSLATE_NOOP("Messages", "Uden kerneopgave")


class PurposeText:
    """The camp's two texts about its core task's purpose statement.

    ``IMPLICATIONS``: what the camp's input says about the purpose ("Formål,
    forudsætninger, bidrag og rådata fra campen giver anledning til …").
    ``CONSIDERATIONS``: what could be considered changed in its wording ("Det kunne
    overvejes at …").
    """

    IMPLICATIONS = "purpose_implications"
    CONSIDERATIONS = "considerations"
    ALL = (IMPLICATIONS, CONSIDERATIONS)


@dataclass(frozen=True)
class RecurringMessage(_Row):
    """A recurring message of the camp: "TVÆRGÅENDE SAMARBEJDE" and a paragraph."""

    id: str
    heading: str = ""
    body: str = ""
    position: int = 0
    updated_at: str = ""


@dataclass(frozen=True)
class Consideration(_Row):
    """One of the camp's texts about the purpose statement (see :class:`PurposeText`)."""

    key: str
    text: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class ConsolidatedPrerequisite(_Row):
    """A prerequisite as the organiser sums them up ("Tilgængelighed – transport …").

    ``category_id`` or ``note_id`` say where it came from when it was made from a
    category of the prerequisites step or from a selected prerequisite note.
    """

    id: str
    text: str
    position: int = 0
    category_id: str | None = None
    note_id: str | None = None
    updated_at: str = ""


@dataclass(frozen=True)
class PrerequisiteSource:
    """Something of the prerequisites step a consolidated prerequisite can be made from:
    one of its categories (with its note count) or a note a table selected."""

    text: str
    category_id: str | None = None
    note_id: str | None = None
    count: int = 0
    table_code: str = ""

    @property
    def is_category(self) -> bool:
        return self.category_id is not None


@dataclass(frozen=True)
class SelectedContribution:
    """A contribution a table selected, with where it came from."""

    id: str
    text: str
    table_code: str = ""
    prerequisite: str = ""
    votes: int = 0


@dataclass(frozen=True)
class ActorContributions:
    """One actor's selected contributions; ``actor_id`` None is "Ikke fordelt"."""

    actor_id: str | None
    actor_name: str
    contributions: tuple[SelectedContribution, ...] = ()

    @property
    def not_distributed(self) -> bool:
        return self.actor_id is None


@dataclass(frozen=True)
class CategoryCount:
    name: str
    count: int


@dataclass(frozen=True)
class StepCounts:
    """One note step's categories with their counts, in the organiser's order."""

    key: str
    title: str
    categories: tuple[CategoryCount, ...] = ()
    uncategorised: int = 0

    @property
    def total(self) -> int:
        return self.uncategorised + sum(c.count for c in self.categories)


@dataclass(frozen=True)
class CampOverview:
    """What one camp brings to the view across camps."""

    title: str
    core_task: str
    purpose: str = ""
    date: str = ""
    messages: tuple[RecurringMessage, ...] = ()
    steps: tuple[StepCounts, ...] = field(default_factory=tuple)
    participants: int = 0
    #: People by group, every counted table added up (schema 10).
    participant_mix: ParticipantCounts = NOT_GIVEN

    def counts(self, step_key: str) -> dict[str, int]:
        """Category name → count for the step with ``step_key`` (empty when none)."""
        for step in self.steps:
            if step.key == step_key:
                return {c.name: c.count for c in step.categories}
        return {}

    @property
    def core_task_key(self) -> str:
        return core_task_key(self.core_task)


# -- rules --------------------------------------------------------------------------
def clean_prerequisite(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise UserError(EMPTY_PREREQUISITE)
    return cleaned


def check_purpose_key(key: str) -> str:
    if key not in PurposeText.ALL:
        raise UserError(UNKNOWN_PURPOSE_TEXT, key=key)
    return key


def core_task_key(core_task: str) -> str:
    """What makes two camps' core tasks the same: case and spacing do not count."""
    return " ".join(core_task.split()).casefold()


def grouped_by_core_task(
    overviews: Iterable[CampOverview],
) -> list[tuple[str, list[CampOverview]]]:
    """Camps grouped per core task, in the order the core tasks first appear.

    The group's name is the core task as the first camp spells it; camps without one
    share the group named "" (shown as "Uden kerneopgave"), placed last.
    """
    groups: dict[str, tuple[str, list[CampOverview]]] = {}
    for overview in overviews:
        key = overview.core_task_key
        name = " ".join(overview.core_task.split())
        groups.setdefault(key, (name, []))[1].append(overview)
    ordered = [groups[k] for k in groups if k]
    if "" in groups:
        ordered.append(groups[""])
    return ordered
