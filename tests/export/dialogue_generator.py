"""Random dialogue files of the dialogue box, built through the real store.

One file may hold one dialogue (a host's own »Ny dialog«) or several (a coordinator's
kit the dialogues were gathered into); each group's texts are anything a participant
may write, with a marker word each (see ``camp_generator``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from camp_generator import _Markers
from camp_generator import _ok
from camp_generator import texts
from hypothesis import strategies as st

from facilitator.domain.dialogue import LEVELS
from facilitator.domain.dialogue import QUESTIONS
from facilitator.program import load_program
from facilitator.store import CampStore


@dataclass
class GroupPlan:
    host: str
    group: str
    place: str
    participants: int
    readings: list[tuple[int, str, str, bool]]  # value, round, label, whole group
    notes: list[tuple[int, str, int, bool]]  # level, text, votes, selected
    reflections: list[tuple[int, str, str]]  # card index, question, text
    template: list[tuple[int, str]]  # prompt number, answer
    agreements: list[tuple[str, str, str]]
    picture_card: str
    #: When the dialogue was held: an ISO date over some years, or none.
    date: str = "2026-09-14"


@st.composite
def dialogue_plans(draw: Any) -> list[GroupPlan]:
    short = texts(long=False)
    dates = st.one_of(st.just(""), st.dates(date(2023, 1, 1), date(2027, 12, 31)).map(
        date.isoformat))
    return draw(st.lists(st.builds(
        GroupPlan, host=short, group=short, place=short, participants=st.integers(0, 40),
        readings=st.lists(st.tuples(st.integers(1, 10), st.sampled_from(["start", "end"]),
                                    short, st.booleans()), max_size=6),
        notes=st.lists(st.tuples(st.sampled_from(LEVELS), texts(), st.integers(0, 9),
                                 st.booleans()), max_size=5),
        reflections=st.lists(st.tuples(st.integers(0, 20), st.sampled_from(QUESTIONS),
                                       texts()), max_size=4),
        template=st.lists(st.tuples(st.integers(1, 4), texts()), max_size=3),
        agreements=st.lists(st.tuples(texts(), short, short), max_size=3),
        picture_card=short, date=dates), min_size=1, max_size=3))


def build_dialogues(plan: list[GroupPlan], path: Path) -> Path:
    """A dialogue file with one table (a dialogue) per group of ``plan``."""
    mark = _Markers()
    with CampStore.create(path, program=load_program("dialogue_box"), title="Dialoger",
                          date="2026-09-14") as store:
        steps = {s.key: s.id for s in store.frame.steps()}
        for i, group in enumerate(plan):
            table = store.frame.add_table(code=f"D{i + 1}")
            dialogue = store.dialogue_box.ensure_dialogue(table_id=table.id)
            store.dialogue_box.update_dialogue(dialogue_id=dialogue.id, host=mark(group.host),
                                  group_name=mark(group.group), place=mark(group.place),
                                  date=group.date, participants=group.participants)
            for value, round_, label, whole in group.readings:
                _ok(store.dialogue_box.add_reading, step_id=steps["thermometer"], table_id=table.id,
                    value=value, round=round_, label=mark(label), whole_group=whole)
            for level, text, votes, selected in group.notes:
                _ok(store.dialogue_box.add_level_note, step_id=steps["triangle"], table_id=table.id,
                    level=level, text=mark(text), votes=votes, selected=selected)
            if group.picture_card.strip() and i == 0:
                _ok(store.dialogue_box.add_card, step_id=steps["dilemma_cards"],
                    text=mark(group.picture_card))
            cards = store.dialogue_box.cards(steps["dilemma_cards"])
            for index, question, text in group.reflections:
                _ok(store.dialogue_box.set_reflection, card_id=cards[index % len(cards)].id,
                    table_id=table.id, question=question, text=mark(text))
            for number, text in group.template:
                _ok(store.dialogue_box.set_template_answer, step_id=steps["free_template"],
                    table_id=table.id, prompt_key=str(number), text=mark(text))
            for what, who, by_when in group.agreements:
                _ok(store.dialogue_box.add_agreement, step_id=steps["agreements"],
                    table_id=table.id,
                    what=mark(what), who=mark(who), by_when=mark(by_when))
    return path


def dialogue_texts(path: Path) -> dict[str, list[str]]:
    """Each dialogue's texts (by table code), as the store gives them back."""
    out: dict[str, list[str]] = {}
    with CampStore.open(path, snapshot=True) as store:
        steps = {s.key: s for s in store.frame.steps()}
        for table in store.frame.tables():
            d = store.dialogue_box.dialogue(table.id)
            found = [d.host, d.group_name, d.place] if d else []
            found += [r.label for r in store.dialogue_box.readings(steps["thermometer"].id,
                                                                   table.id)]
            for level in LEVELS:
                found += [n.text for n in store.dialogue_box.level_notes(steps["triangle"].id,
                                                                         table.id,
                                                            level)]
            found += [r.text for r in store.dialogue_box.reflections(steps["dilemma_cards"].id,
                                                                     table.id)]
            found += [a.text for a in store.dialogue_box.template_answers(steps["free_template"].id,
                                                             table.id)]
            for a in store.dialogue_box.agreements(steps["agreements"].id, table.id):
                found += [a.what, a.who, a.by_when]
            out[table.code] = found
    return out
