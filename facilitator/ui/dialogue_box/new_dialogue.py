"""A new dialogue file: the dialogue box's program, one table (the dialogue) and its details.

A dialogue runs on one laptop, so the file has a single table, coded ``D1``; the host
fills in who, where and when on the first page. Kept apart from the main window so that
tests and a later command-line verb make dialogues the same way.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from facilitator.program import load_program
from facilitator.store import CampStore

PROGRAM = "dialogue_box"
TABLE_CODE = "D1"


def create_dialogue(path: Path, *, host: str = "", group_name: str = "", place: str = "",
                    when: date | None = None) -> CampStore:
    """Create the dialogue file at ``path`` (never overwriting) and return it open."""
    day = (when or date.today()).isoformat()
    return CampStore.create(
        path, program=load_program(PROGRAM), title=Path(path).stem, date=day,
        fill=lambda s: s.dialogue_box.start_dialogue(table_code=TABLE_CODE, host=host,
                                        group_name=group_name, place=place, date=day))
