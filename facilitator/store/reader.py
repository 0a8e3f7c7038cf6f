"""What a camp report reads from a camp: one typed, read-only interface.

Reports used to look store methods up by name (``getattr``) and went quiet when a name
was wrong: the organiser's analysis never reached the PDF. Exports now take a
:class:`CampReader`; :class:`~facilitator.store.CampStore` is one, and a test checks that
it still has every method listed here.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from facilitator.domain.analysis import (
    Consideration,
    ConsolidatedPrerequisite,
    RecurringMessage,
)
from facilitator.domain.consolidation import Category
from facilitator.domain.model import (
    Actor,
    Camp,
    Contribution,
    FrontPage,
    MainGroup,
    Note,
    Persona,
    Step,
    Table,
)


@runtime_checkable
class CampReader(Protocol):
    """The reads of a camp report (summary, table sheet, spreadsheet)."""

    def camp(self) -> Camp: ...
    def main_groups(self) -> list[MainGroup]: ...
    def tables(self) -> list[Table]: ...
    def table(self, table_id: str) -> Table: ...
    def steps(self) -> list[Step]: ...
    def personas(self, step_id: str) -> list[Persona]: ...
    def actors(self) -> list[Actor]: ...

    def notes(self, step_id: str, table_id: str | None = None, *,
              all_tables: bool = False) -> list[Note]: ...

    def front_pages(self, step_id: str, table_id: str | None = None, *,
                    all_tables: bool = False) -> list[FrontPage]: ...

    def contributions(self, step_id: str, table_id: str | None = None, *,
                      prerequisite_id: str | None = None,
                      all_tables: bool = False) -> list[Contribution]: ...

    # consolidation
    def categories(self, step_id: str) -> list[Category]: ...
    def uncategorised_count(self, step_id: str) -> int: ...
    def note_categories(self, step_id: str) -> dict[str, str]: ...
    def excerpts(self, step_id: str) -> list[Note]: ...
    def step_summary(self, step_id: str) -> str: ...

    # the organiser's analysis
    def messages(self) -> list[RecurringMessage]: ...
    def considerations(self) -> list[Consideration]: ...
    def consolidated_prerequisites(self) -> list[ConsolidatedPrerequisite]: ...

    def pseudonyms(self) -> dict[str, str]: ...
