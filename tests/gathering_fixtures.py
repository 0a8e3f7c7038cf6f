"""Three dialogues of the dialogue box, as three groups would hold them, for the tests of
the dialogue PDFs, of gathering and of the overview screen.

Each group's dialogue is written through the store's own methods (what the host's
screens call), by step key and card key, so the same group can be written into a file
of its own (``Ny dialog``) or into its table of a coordinator's kit.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from facilitator.store import CampStore
from facilitator.ui.dialogue_box.new_dialogue import create_dialogue

GROUPS: list[dict[str, Any]] = [
    {
        "group": "Forældrebestyrelsen, Stenerup Børnehus", "host": "Lone, skoleleder",
        "place": "Stenerup Børnehus", "participants": 5,
        "start": [(7, "glad"), (5, "træt"), (8, "spændt"), (4, ""), (10, "")],
        "end": [(8, ""), (7, ""), (9, "")],
        "notes": [(1, "Skilsmisse og konflikter i hjemmet", 3, True),
                  (1, "Økonomi og arbejdsløshed", 1, False),
                  (2, "Foreningslivet og spejderne", 2, True),
                  (3, "Jeg vil spørge naboen, om jeg kan hjælpe", 0, False)],
        "reflections": [("neighbour_divorce", "what_would_you_do", "Ringe på med en kop kaffe"),
                        ("neighbour_divorce", "who_could_help", "Skolen og klubben"),
                        ("tired_father", "what_helps", "At blive set af de andre forældre")],
        "template": {"1": "Alle børn bliver inviteret med til fødselsdage."},
        "agreements": [("Kaffeklub for nye familier", "Karen og Ali", "inden jul")],
    },
    {
        "group": "Elevrådet, Hedensted Skole", "host": "Ali, lærer",
        "place": "Hedensted Skole", "participants": 3,
        "start": [(6, ""), (6, ""), (7, "")],
        "end": [],
        "notes": [(1, "Ensomhed i frikvartererne", 4, True),
                  (2, "Klubben om onsdagen", 1, False),
                  (2, "Idrætsforeningens trænere", 0, False)],
        "reflections": [("neighbour_divorce", "what_helps", "Fællesskab i klassen"),
                        ("club_fees", "what_would_you_do", "Spørge forsigtigt ind")],
        "template": {},
        "agreements": [("Lektiecafé for alle", "Elevrådet", "i marts")],
    },
    {
        "group": "Lokalrådet Løsning", "host": "Bente Ærø",
        "place": "Forsamlingshuset", "participants": 2,
        "start": [(3, ""), (4, "")],
        "end": [],
        "end_group": 5,
        "notes": [(1, "Økonomi og arbejdsløshed", 2, False),
                  (3, "Hjælpe med kørsel til fritidsaktiviteter", 5, True)],
        "reflections": [("neighbour_divorce", "who_could_help", "Naboerne på vejen"),
                        ("club_fees", "who_could_help", "Træneren og kassereren"),
                        ("asking_for_help", "what_helps", "At turde spørge om hjælp")],
        "template": {},
        "agreements": [],
    },
]

#: What the three groups add up to (see GROUPS).
LEVEL_COUNTS = {1: 4, 2: 3, 3: 2}
CARD_COUNTS = {"neighbour_divorce": 3, "club_fees": 2, "tired_father": 1, "asking_for_help": 1}
START_MEDIANS = (7.0, 6.0, 3.5)
OVERALL_START_MEDIAN = 6.0  # 3 4 4 5 6 | 6 7 7 8 10
OVERALL_END_MEDIAN = 7.5  # 7 8 9 and the third group's one mark, 5


def fill(store: CampStore, table_id: str, group: dict[str, Any]) -> None:
    """Write one group's dialogue at ``table_id``, as its host would."""
    steps = {s.key: s.id for s in store.frame.steps()}
    dialogue = store.dialogue_box.ensure_dialogue(table_id=table_id)
    store.dialogue_box.update_dialogue(dialogue_id=dialogue.id, host=group["host"],
                          group_name=group["group"], place=group["place"],
                          date="2026-09-14", participants=group["participants"])
    for round_ in ("start", "end"):
        for value, label in group[round_]:
            store.dialogue_box.add_reading(step_id=steps["thermometer"], table_id=table_id,
                                           value=value,
                              round=round_, label=label)
    if "end_group" in group:
        store.dialogue_box.add_reading(step_id=steps["thermometer"], table_id=table_id,
                          value=group["end_group"], round="end", whole_group=True)
    for level, text, votes, selected in group["notes"]:
        store.dialogue_box.add_level_note(step_id=steps["triangle"], table_id=table_id, level=level,
                             text=text, votes=votes, selected=selected)
    cards = {c.key: c.id for c in store.dialogue_box.cards(steps["dilemma_cards"])}
    for key, question, text in group["reflections"]:
        store.dialogue_box.set_reflection(card_id=cards[key], table_id=table_id, question=question,
                             text=text)
    for key, text in group["template"].items():
        store.dialogue_box.set_template_answer(step_id=steps["free_template"], table_id=table_id,
                                  prompt_key=key, text=text)
    for what, who, by_when in group["agreements"]:
        store.dialogue_box.add_agreement(step_id=steps["agreements"], table_id=table_id, what=what,
                            who=who, by_when=by_when)


def own_dialogue(path: Path, group: dict[str, Any]) -> CampStore:
    """A dialogue file the host made on their own laptop (»Ny dialog«), filled in."""
    store = create_dialogue(path, when=date(2026, 9, 14))
    fill(store, store.frame.tables()[0].id, group)
    return store


def picture(width: int = 320, height: int = 200, colour: str = "#8fc1e3") -> bytes:
    """A real PNG (a picture card's photo)."""
    from PIL import Image
    from PIL import ImageDraw

    image = Image.new("RGB", (width, height), colour)
    ImageDraw.Draw(image).ellipse((width // 3, height // 4, 2 * width // 3, 3 * height // 4),
                                  fill="#f4a259")
    out = BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
