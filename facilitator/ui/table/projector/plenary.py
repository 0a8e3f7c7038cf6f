"""What a main group presents after lunch: the notes its tables chose, page by page.

Read from the camp file. On the organiser's laptop the collected bundles are already
merged into it, so the same read shows every table that has delivered. A page never
mixes two steps, so its heading can name the step the notes answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator.domain.model import MainGroup
from facilitator.ui.table.projector.board import BoardItem

if TYPE_CHECKING:
    from facilitator.store import CampStore

#: Notes on one page: few enough to read aloud and see from the back of the room.
PAGE_SIZE = 6


@dataclass(frozen=True)
class PlenaryPage:
    step_title: str
    prompt: str
    items: tuple[BoardItem, ...]


def plenary_pages(store: CampStore, group: MainGroup, *,
                  page_size: int = PAGE_SIZE) -> list[PlenaryPage]:
    """The group's selected notes, step by step in program order, then table by table
    in the tables' order, each labelled with its table's code."""
    tables = {t.id: t.code for t in store.frame.tables() if t.main_group_id == group.id}
    pages: list[PlenaryPage] = []
    for step in store.frame.steps():
        chosen = [n for n in store.board.notes(step.id, all_tables=True)
                  if n.selected and (n.table_id in tables or (
                      n.table_id is None and n.main_group_id == group.id))]
        # Every note here was chosen: no star on each, only the dots and the table.
        items = [BoardItem(n.text, n.votes, False, tables.get(n.table_id or "", group.code))
                 for n in chosen]
        for start in range(0, len(items), page_size):
            pages.append(PlenaryPage(step.title, step.prompt,
                                     tuple(items[start:start + page_size])))
    return pages
