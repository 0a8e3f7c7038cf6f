"""Three themes of four notes each, the sorting help's and the suggest verbs' test step:
words shared within a theme (and one compound, »Solcellepark«, sharing only its start)."""

from __future__ import annotations

from facilitator.store import CampStore

THEMES = {
    "Cykling": ["Flere cykelstier til skolen", "Cykelstier langs landevejen",
                "Cykelparkering ved stationen", "Sikre cykelstier for børn"],
    "Solenergi": ["Solceller på alle kommunale tage", "Solceller på skolens tag",
                  "Flere solceller på private tage", "Solcellepark ved motorvejen"],
    "Foreninger": ["Foreningerne mangler frivillige", "Flere frivillige i foreningerne",
                   "Foreningslivet trives med frivillige", "Frivillige foreninger får lokaler"],
}


def fill(store: CampStore, texts: list[str], placed: dict[str, str] | None = None) -> str:
    """The indicators step with ``texts``, those in ``placed`` in their category (made on
    first use); the step's id."""
    step = store.frame.step_by_key("indicators")
    table = store.frame.tables()[0]
    made: dict[str, str] = {}
    for text in texts:
        note = store.board.add_note(step_id=step.id, table_id=table.id, text=text)
        name = (placed or {}).get(text)
        if name is not None:
            if name not in made:
                made[name] = store.consolidation.add_category(step_id=step.id, name=name).id
            store.consolidation.assign_note(note_id=note.id, category_id=made[name])
    return step.id
