"""One text limit (``TEXT_LIMIT``, 100,000 characters) for every text a group writes: a
store method given a longer text refuses it in words and writes nothing, never cuts it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.domain.analysis import PurposeText
from facilitator.domain.messages import TEXT_TOO_LONG
from facilitator.domain.messages import UserError
from facilitator.domain.text_limit import TEXT_LIMIT
from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.ui.dialogue_box.new_dialogue import create_dialogue

Write = Callable[[CampStore, str], object]


_MADE: dict[tuple[int, str], str] = {}


def _once(store: CampStore, make: Callable[[CampStore], str]) -> str:
    """The row an update changes, made on the first write only."""
    key = (id(store), make.__name__)
    if key not in _MADE:
        _MADE[key] = make(store)
    return _MADE[key]


def _note(store: CampStore) -> str:
    return store.board.add_note(step_id=store.frame.step_by_key("indicators").id,
                          table_id=store.frame.tables()[0].id, text="kort").id


def _contribution(store: CampStore) -> str:
    return store.board.add_contribution(step_id=store.frame.step_by_key("contributions").id,
                                  table_id=store.frame.tables()[0].id, text="kort").id


def _front_page(store: CampStore) -> str:
    return store.board.add_front_page(step_id=store.frame.step_by_key("front_pages").id,
                                table_id=store.frame.tables()[0].id, headline="kort").id


#: Every store method a group's (or the organiser's) text goes through, by name.
CAMP_WRITES: dict[str, Write] = {
    "add_note": lambda s, t: s.board.add_note(step_id=s.frame.step_by_key("indicators").id,
                                        table_id=s.frame.tables()[0].id, text=t),
    "update_note": lambda s, t: s.board.update_note(note_id=_once(s, _note), text=t),
    "add_contribution": lambda s, t: s.board.add_contribution(
        step_id=s.frame.step_by_key("contributions").id, table_id=s.frame.tables()[0].id, text=t),
    "update_contribution": lambda s, t: s.board.update_contribution(
        contribution_id=_once(s, _contribution), text=t),
    "add_front_page": lambda s, t: s.board.add_front_page(
        step_id=s.frame.step_by_key("front_pages").id, table_id=s.frame.tables()[0].id, story=t),
    "update_front_page": lambda s, t: s.board.update_front_page(
        front_page_id=_once(s, _front_page), quote=t),
    "set_step_summary": lambda s, t: s.consolidation.set_step_summary(
        step_id=s.frame.step_by_key("indicators").id, text=t),
    "set_consideration": lambda s, t: s.analysis.set_consideration(key=PurposeText.IMPLICATIONS,
                                                                   text=t),
    "update_camp": lambda s, t: s.frame.update_camp(purpose=t),
}
DIALOGUE_WRITES: dict[str, Write] = {
    "update_dialogue": lambda s, t: s.dialogue_box.update_dialogue(
        dialogue_id=s.dialogue_box.dialogues()[0].id, group_name=t),
    "add_agreement": lambda s, t: s.dialogue_box.add_agreement(
        step_id=s.frame.steps()[-1].id, table_id=s.frame.tables()[0].id, what=t),
    "set_template_answer": lambda s, t: s.dialogue_box.set_template_answer(
        step_id=s.frame.steps()[0].id, table_id=s.frame.tables()[0].id, prompt_key="a", text=t),
}


def digest(path: Path) -> str:
    wal = path.with_name(path.name + "-wal")
    data = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def camp(tmp_path: Path) -> CampStore:
    store = CampStore.create(tmp_path / "camp.camp", program=load_program("camp_day"))
    group = store.frame.add_main_group(code="H1")
    store.frame.add_table(code="H1-B1", main_group_id=group.id)
    yield store
    store.close()


@pytest.fixture
def dialogue(tmp_path: Path) -> CampStore:
    store = create_dialogue(tmp_path / "dialog.camp")
    yield store
    store.close()


def _refuses_one_more(store: CampStore, write: Write) -> None:
    write(store, "x" * TEXT_LIMIT)  # the limit itself is fine
    write(store, "ok")  # (any row the write needs exists before the file is compared)
    assert store.path is not None
    before = digest(store.path)
    with pytest.raises(UserError) as info:
        write(store, "y" * (TEXT_LIMIT + 1))
    assert info.value.text == TEXT_TOO_LONG
    assert str(info.value) == (
        "Teksten er for lang: 100.001 tegn, og der kan højst være 100.000. Intet er gemt. "
        "Del teksten op i flere noter, eller kort den ned.")
    assert digest(store.path) == before  # nothing written, nothing cut
    assert not store.conn.in_transaction


@pytest.mark.parametrize("name", CAMP_WRITES)
def test_every_text_of_a_camp_is_refused_past_the_limit(camp: CampStore, name: str) -> None:
    _refuses_one_more(camp, CAMP_WRITES[name])


@pytest.mark.parametrize("name", DIALOGUE_WRITES)
def test_every_text_of_a_dialogue_is_refused_past_the_limit(dialogue: CampStore,
                                                            name: str) -> None:
    _refuses_one_more(dialogue, DIALOGUE_WRITES[name])
