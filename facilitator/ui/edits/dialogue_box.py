"""Edits of a dialogue at one table: readings, agreements, cards, the group's answers,
the creative template and the dialogue's details.

Text typed in a field (an answer, a template prompt, a detail) is saved after a pause
with a ``merge_key`` per field, so that a burst of typing is one undo step; such a save
reads what the store holds first and makes no edit when nothing changed.
"""

from __future__ import annotations

from facilitator.domain.dialogue import DEFAULT_DECK
from facilitator.domain.dialogue import Agreement
from facilitator.domain.dialogue import Card
from facilitator.domain.dialogue import Dialogue
from facilitator.domain.dialogue import Reading
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession

#: The details of a table that has none yet.
_EMPTY = Dialogue(id="")


# -- the thermometer -------------------------------------------------------------------
def add_reading(session: CampSession, *, step_id: str, table_id: str | None, value: int,
                round_: str, label: str, whole_group: bool) -> Reading | None:
    store = session.store
    text = translate("DialogueBoxEdits", "Måling %1").replace("%1", str(value))
    return base.create(
        session, text, Change.READING,
        lambda: store.dialogue_box.add_reading(step_id=step_id, table_id=table_id, value=value,
                                               round=round_, label=label,
                                               whole_group=whole_group),
        store.dialogue_box.delete_reading, store.dialogue_box.restore_reading,
        key="reading_id")


def delete_reading(session: CampSession, reading_id: str) -> Reading | None:
    store = session.store
    return base.delete(session, translate("DialogueBoxEdits", "Slet måling"), Change.READING,
                       store.dialogue_box.delete_reading, store.dialogue_box.restore_reading,
                       reading_id=reading_id)


# -- agreements ------------------------------------------------------------------------
def add_agreement(session: CampSession, *, step_id: str, table_id: str | None, what: str,
                  who: str, by_when: str) -> Agreement | None:
    store = session.store
    return base.create(
        session, translate("DialogueBoxEdits", "Tilføj aftale"), Change.AGREEMENT,
        lambda: store.dialogue_box.add_agreement(step_id=step_id, table_id=table_id,
                                                 what=what, who=who, by_when=by_when),
        store.dialogue_box.delete_agreement, store.dialogue_box.restore_agreement,
        key="agreement_id")


def edit_agreement(session: CampSession, agreement: Agreement, field: str,
                   text: str) -> Agreement | None:
    """Change one of what, who and by when."""
    store = session.store
    labels = {"what": translate("DialogueBoxEdits", "Ret aftale"),
              "who": translate("DialogueBoxEdits", "Ret hvem"),
              "by_when": translate("DialogueBoxEdits", "Ret hvornår")}
    return base.set_field(session, labels[field], Change.AGREEMENT,
                          store.dialogue_box.update_agreement, agreement, field, text,
                          agreement_id=agreement.id)


def delete_agreement(session: CampSession, agreement_id: str) -> Agreement | None:
    store = session.store
    return base.delete(session, translate("DialogueBoxEdits", "Slet aftale"), Change.AGREEMENT,
                       store.dialogue_box.delete_agreement, store.dialogue_box.restore_agreement,
                       agreement_id=agreement_id)


def move_agreement(session: CampSession, agreement_id: str, row: int,
                   to: int) -> list[str] | None:
    store = session.store
    return base.move(session, translate("DialogueBoxEdits", "Flyt aftale"), Change.AGREEMENT,
                     lambda index: store.dialogue_box.move_agreement(agreement_id=agreement_id,
                                                                     index=index),
                     row, to)


# -- the deck of dilemma cards ---------------------------------------------------------
def add_card(session: CampSession, *, step_id: str, text: str = "", caption: str = "",
             image: bytes | None = None, image_name: str = "") -> Card | None:
    """A text card, or a picture card when ``image`` is given."""
    store = session.store
    label = translate("DialogueBoxEdits", "Nyt billedkort") if image is not None \
        else translate("DialogueBoxEdits", "Nyt kort")
    return base.create(
        session, label, Change.CARD,
        lambda: store.dialogue_box.add_card(step_id=step_id, text=text, caption=caption,
                                            image=image,
                               image_name=image_name),
        store.dialogue_box.delete_card, store.dialogue_box.restore_card, key="card_id")


def edit_card(session: CampSession, card: Card, text: str) -> Card | None:
    """Change a card's text (a picture card's caption)."""
    store = session.store
    field = "caption" if card.is_picture else "text"
    label = translate("DialogueBoxEdits", "Ret billedtekst") if card.is_picture \
        else translate("DialogueBoxEdits", "Ret kort")
    return base.set_field(session, label, Change.CARD, store.dialogue_box.update_card, card,
                          field, text, card_id=card.id)


def move_card(session: CampSession, card_id: str, row: int, to: int) -> list[str] | None:
    store = session.store
    return base.move(session, translate("DialogueBoxEdits", "Flyt kort"), Change.CARD,
                     lambda index: store.dialogue_box.move_card(card_id=card_id, index=index), row,
                     to)


def delete_card(session: CampSession, card_id: str) -> Card | None:
    store = session.store
    return base.delete(session, translate("DialogueBoxEdits", "Fjern kort"), Change.CARD,
                       store.dialogue_box.delete_card, store.dialogue_box.restore_card,
                       card_id=card_id)


def load_default_deck(session: CampSession, step_id: str) -> list[Card] | None:
    """The dialogue box's own cards into the deck; undo takes out the ones it added,
    redo puts the same ones back."""
    store = session.store
    return base.create_many(
        session, translate("DialogueBoxEdits", "Hent standardkortene"), Change.CARD,
        lambda: store.dialogue_box.load_deck(step_id=step_id, deck=DEFAULT_DECK),
        store.dialogue_box.delete_card, store.dialogue_box.restore_card, key="card_id")


# -- typed text, saved after a pause ---------------------------------------------------
def answer_card(session: CampSession, *, card_id: str, table_id: str | None, question: str,
                question_label: str, text: str) -> object | None:
    """The group's answer to one question about a card."""
    store = session.store
    step_id = store.dialogue_box.card(card_id).step_id
    before = next((r.text for r in store.dialogue_box.reflections(step_id, table_id,
                                                                  card_id=card_id)
                   if r.question == question), "")
    if before == text:
        return None
    label = translate("DialogueBoxEdits", "Ret svar: %1").replace("%1", question_label)
    return base.update(
        session, label, Change.REFLECTION,
        lambda **values: store.dialogue_box.set_reflection(card_id=card_id, table_id=table_id,
                                              question=question, **values),
        {"text": before}, {"text": text}, merge_key=f"reflection:{card_id}:{table_id}:{question}")


def answer_prompt(session: CampSession, *, step_id: str, table_id: str | None, key: str,
                  prompt: str, text: str) -> object | None:
    """The group's text under one prompt of the creative template."""
    store = session.store
    before = next((a.text for a in store.dialogue_box.template_answers(step_id, table_id)
                   if a.prompt_key == key), "")
    if before == text:
        return None
    return base.update(
        session, translate("DialogueBoxEdits", "Ret skabelon"), Change.TEMPLATE_ANSWER,
        lambda **values: store.dialogue_box.set_template_answer(step_id=step_id, table_id=table_id,
                                                   prompt_key=key, prompt=prompt, **values),
        {"text": before}, {"text": text}, merge_key=f"template:{step_id}:{table_id}:{key}")


def _detail_labels() -> dict[str, str]:
    return {"host": translate("DialogueBoxEdits", "Ret vært"),
            "group_name": translate("DialogueBoxEdits", "Ret gruppe"),
            "place": translate("DialogueBoxEdits", "Ret sted"),
            "date": translate("DialogueBoxEdits", "Ret dato"),
            "participants": translate("DialogueBoxEdits", "Ret antal deltagere")}


def set_dialogue_detail(session: CampSession, *, dialogue_id: str, table_id: str | None,
                        name: str, value: object) -> object | None:
    """One of a dialogue's details (host, group, place, date, participants).

    ``dialogue_id`` is '' at a table of a coordinator's kit that has no details yet: the
    first detail typed there makes the table's dialogue row."""
    store = session.store
    if not dialogue_id:
        found = store.dialogue_box.dialogue(table_id)
        dialogue_id = found.id if found is not None else ""
    before = getattr(store.dialogue_box.dialogue_by_id(dialogue_id), name) if dialogue_id else \
        getattr(_EMPTY, name)
    if before == value:
        return None

    def target() -> str:
        if dialogue_id or table_id is None:
            return dialogue_id
        return store.dialogue_box.ensure_dialogue(table_id=table_id).id

    return base.update(
        session, _detail_labels()[name], Change.DIALOGUE,
        lambda **values: store.dialogue_box.update_dialogue(dialogue_id=target(), **values),
        {name: before}, {name: value}, merge_key=f"dialogue:{dialogue_id or table_id}:{name}")
