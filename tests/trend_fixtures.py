"""A coordinator's file of dialogues held over two years, for the tests of the trend
across dialogues (the overview screen and its PDF)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from gathering_fixtures import GROUPS
from gathering_fixtures import fill

from facilitator.ui.dialogue_box.new_dialogue import create_dialogue

#: (code, date, group of GROUPS) of each dialogue; D5 was held but read nothing.
DATED = [("D1", "2025-03-10", 0), ("D2", "2025-03-10", 1), ("D3", "2026-09-14", 2),
         ("D4", "2026-11-02", 0), ("D5", "2026-11-20", None)]
#: D1 and D4 hold group 0 (start 4 5 7 8 10, end 7 8 9); D2 group 1 (6 6 7, no end);
#: D3 group 2 (3 4, the whole group's 5 at the end).


def dated_dialogues(path: Path) -> Path:
    """A coordinator's file with the dialogues of ``DATED``."""
    with create_dialogue(path, when=date(2025, 3, 10)) as store:
        tables = {t.code: t for t in store.frame.tables()}
        for code, day, group in DATED:
            table = tables.get(code) or store.frame.add_table(code=code)
            if group is not None:
                fill(store, table.id, GROUPS[group])
            dialogue = store.dialogue_box.ensure_dialogue(table_id=table.id)
            name = (GROUPS[group]["group"] if group is not None else "Ungdomsskolen")
            if code == "D4":  # the same group again, under a name too long for a label
                name = "Forældrerådet, Stenerup Børnehus (igen)"
            store.dialogue_box.update_dialogue(dialogue_id=dialogue.id, date=day,
                                               group_name=name)
    return path
