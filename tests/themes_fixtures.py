"""Two camps and a dialogue file whose categories recur, for the tests of the themes
across camps (the cross-camp view and its PDF)."""

from __future__ import annotations

from pathlib import Path

from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.ui.dialogue_box.new_dialogue import create_dialogue

#: title, core task, categories of the indicator step (name → notes).
CAMPS = {
    "fritid": ("Camp om fællesskaber og fritid", "Fællesskaber og fritid",
               {"Frivillige": 12, "Trivsel": 5, "Trafik": 2, "Fælleskab": 3}),
    "job": ("Camp om uddannelse og job", "Uddannelse og beskæftigelse",
            {"trivsel": 7, "Fokus på frivillig indsats": 4, "Job": 3}),
}
#: The dialogue file's triangle categories (name → notes).
DIALOGUE = {"Trivsel": 2, "Fællesskab": 1}


def _sorted_notes(store: CampStore, step_id: str, table_id: str,
                  categories: dict[str, int], *, level: int | None = None) -> None:
    for name, count in categories.items():
        category = store.consolidation.add_category(step_id=step_id, name=name)
        if level is None:
            ids = [store.board.add_note(step_id=step_id, table_id=table_id,
                                        text=f"{name} {n}").id for n in range(count)]
        else:
            ids = [store.dialogue_box.add_level_note(step_id=step_id, table_id=table_id,
                                                     level=level, text=f"{name} {n}").id
                   for n in range(count)]
        store.consolidation.assign_notes(note_ids=ids, category_id=category.id)


def themed_camps(folder: Path) -> list[Path]:
    """The two camps of ``CAMPS`` and the dialogue file, in that order."""
    paths = []
    for key, (title, core_task, categories) in CAMPS.items():
        path = folder / f"{key}.camp"
        with CampStore.create(path, program=load_program("camp_day"), title=title,
                              core_task=core_task, date="2025-05-10") as store:
            table = store.frame.add_table(code="1.1")
            step = store.frame.step_by_key("indicators")
            assert step is not None
            _sorted_notes(store, step.id, table.id, categories)
        paths.append(path)
    path = folder / "Dialoger i Hedensted.camp"
    with create_dialogue(path) as store:
        step = store.frame.step_by_key("triangle")
        assert step is not None
        _sorted_notes(store, step.id, store.frame.tables()[0].id, DIALOGUE, level=1)
    paths.append(path)
    return paths
