"""What a report reads from a camp: one typed, read-only interface.

Reports used to look store methods up by name (``getattr``) and went quiet when a name
was wrong: the organiser's analysis never reached the PDF. Exports now take a
:class:`CampReader`, whose parts are the reads of the store's parts
(``reader.frame.steps()``, ``reader.board.notes(...)``, ...);
:class:`~facilitator.store.CampStore` is one, and a test checks that it still has every
part and method listed here. Nothing here writes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Protocol
from typing import runtime_checkable

from facilitator.domain.analysis import CampOverview
from facilitator.domain.analysis import Consideration
from facilitator.domain.analysis import ConsolidatedPrerequisite
from facilitator.domain.analysis import RecurringMessage
from facilitator.domain.consolidation import Category
from facilitator.domain.dialogue import Agreement
from facilitator.domain.dialogue import Card
from facilitator.domain.dialogue import Dialogue
from facilitator.domain.dialogue import Reading
from facilitator.domain.dialogue import Reflection
from facilitator.domain.dialogue import TemplateAnswer
from facilitator.domain.followup import FollowupItem
from facilitator.domain.model import Actor
from facilitator.domain.model import Camp
from facilitator.domain.model import Contribution
from facilitator.domain.model import FrontPage
from facilitator.domain.model import MainGroup
from facilitator.domain.model import Note
from facilitator.domain.model import Persona
from facilitator.domain.model import Step
from facilitator.domain.model import Table
from facilitator.domain.participants import ParticipantCounts
from facilitator.store.base import Args


class FrameReader(Protocol):
    """The camp's frame (``store.frame``)."""

    def camp(self) -> Camp: ...
    def main_groups(self) -> list[MainGroup]: ...
    def tables(self) -> list[Table]: ...
    def table(self, table_id: str) -> Table: ...
    def table_by_code(self, code: str) -> Table | None: ...
    def steps(self) -> list[Step]: ...
    def personas(self, step_id: str) -> list[Persona]: ...
    def actors(self) -> list[Actor]: ...


class BoardReader(Protocol):
    """What the tables wrote (``store.board``)."""

    def notes(self, step_id: str, table_id: str | None = None, *,
              all_tables: bool = False) -> list[Note]: ...

    def front_pages(self, step_id: str, table_id: str | None = None, *,
                    all_tables: bool = False) -> list[FrontPage]: ...

    def contributions(self, step_id: str, table_id: str | None = None, *,
                      prerequisite_id: str | None = None,
                      all_tables: bool = False) -> list[Contribution]: ...


class ConsolidationReader(Protocol):
    """The organiser's consolidation (``store.consolidation``)."""

    def categories(self, step_id: str) -> list[Category]: ...
    def uncategorised_count(self, step_id: str) -> int: ...
    def note_categories(self, step_id: str) -> dict[str, str]: ...
    def counted_with(self, step_id: str) -> dict[str, str]: ...
    def counted_once_count(self, step_id: str) -> int: ...
    def excerpts(self, step_id: str) -> list[Note]: ...
    def step_summary(self, step_id: str) -> str: ...


class AnalysisReader(Protocol):
    """The organiser's analysis (``store.analysis``)."""

    def messages(self) -> list[RecurringMessage]: ...
    def considerations(self) -> list[Consideration]: ...
    def consolidated_prerequisites(self) -> list[ConsolidatedPrerequisite]: ...
    def camp_overview(self) -> CampOverview: ...


class DialogueReader(Protocol):
    """What a dialogue wrote (``store.dialogue_box``)."""

    def dialogue(self, table_id: str | None) -> Dialogue | None: ...
    def readings(self, step_id: str, table_id: str | None, *,
                 round: str | None = None) -> list[Reading]: ...
    def level_notes(self, step_id: str, table_id: str | None, level: int) -> list[Note]: ...
    def cards(self, step_id: str) -> list[Card]: ...
    def card_image(self, card_id: str) -> bytes | None: ...
    def reflections(self, step_id: str, table_id: str | None, *,
                    card_id: str | None = None) -> list[Reflection]: ...
    def discussed_cards(self, step_id: str, table_id: str | None) -> set[str]: ...
    def template_answers(self, step_id: str, table_id: str | None) -> list[TemplateAnswer]: ...
    def agreements(self, step_id: str, table_id: str | None) -> list[Agreement]: ...


class NamesReader(Protocol):
    """The camp's list of names (``store.names``)."""

    def pseudonyms(self) -> dict[str, str]: ...


class FollowupReader(Protocol):
    """The organiser's follow-up of contributions and agreements (``store.followup``)."""

    def items(self) -> list[FollowupItem]: ...
class ParticipantsReader(Protocol):
    """People per table by group (``store.participants``)."""

    def counts(self, table_id: str) -> ParticipantCounts: ...
    def by_table(self) -> dict[str, ParticipantCounts]: ...
    def camp_total(self) -> ParticipantCounts: ...


@runtime_checkable
class CampReader(Protocol):
    """The reads of a report (summary, table sheet, spreadsheet, dialogue reports)."""

    @property
    def path(self) -> Path | None: ...
    def records(self, sql: str, args: Args = ()) -> list[sqlite3.Row]:
        """Rows as read, for the store's own readers (a sheet's rows: store/transcription)."""
        ...

    @property
    def frame(self) -> FrameReader: ...
    @property
    def board(self) -> BoardReader: ...
    @property
    def consolidation(self) -> ConsolidationReader: ...
    @property
    def analysis(self) -> AnalysisReader: ...
    @property
    def dialogue_box(self) -> DialogueReader: ...
    @property
    def names(self) -> NamesReader: ...
    @property
    def followup(self) -> FollowupReader: ...
    @property
    def participants(self) -> ParticipantsReader: ...


#: Every part of :class:`CampReader` and the Protocol it must satisfy (for the test that
#: holds the real store to it).
PARTS: dict[str, type] = {
    "frame": FrameReader, "board": BoardReader, "consolidation": ConsolidationReader,
    "analysis": AnalysisReader, "dialogue_box": DialogueReader, "names": NamesReader,
    "followup": FollowupReader,
    "participants": ParticipantsReader,
}
