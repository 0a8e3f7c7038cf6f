"""The dialogue store: every edit lands in the file at once, undoes cleanly, reads back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.domain.dialogue import QUESTIONS
from facilitator.domain.messages import UserError
from facilitator.domain.model import StepKind
from facilitator.program import load_program
from facilitator.store import APPLICATION_ID
from facilitator.store import SCHEMA_VERSION
from facilitator.store import CampStore
from facilitator.store import database

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 40
JPEG = b"\xff\xd8\xff\xe0" + b"\x10" * 50


@pytest.fixture
def dialogue_path(tmp_path: Path) -> Path:
    path = tmp_path / "dialog.camp"
    store = CampStore.create(path, program=load_program("dialogue_box"), title="Dialog")
    store.dialogue_box.start_dialogue(host="Lone",
                                      group_name="Forældrebestyrelsen, Stenerup Børnehus",
                         place="Stenerup", date="2026-09-14")
    store.close()
    return path


@pytest.fixture
def dstore(dialogue_path: Path):
    with CampStore.open(dialogue_path) as s:
        yield s


def ids(store: CampStore):
    table = store.frame.table_by_code("D1")
    return table.id, {s.key: s.id for s in store.frame.steps()}


def test_schema_five_and_a_dialogue_with_one_table(dialogue_path: Path) -> None:
    assert SCHEMA_VERSION >= 5
    conn = sqlite3.connect(dialogue_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"dialogue", "reading", "card", "card_reflection", "template_answer",
                "agreement"} <= tables
        note_columns = [r[1] for r in conn.execute("PRAGMA table_info(note)")]
        assert "level" in note_columns
    finally:
        conn.close()
    with CampStore.open(dialogue_path) as store:
        assert [t.code for t in store.frame.tables()] == ["D1"]
        [dialogue] = store.dialogue_box.dialogues()
        assert dialogue.table_id == store.frame.table_by_code("D1").id
        assert (dialogue.host, dialogue.group_name, dialogue.place, dialogue.date) == (
            "Lone", "Forældrebestyrelsen, Stenerup Børnehus", "Stenerup", "2026-09-14")
        assert store.dialogue_box.dialogue(dialogue.table_id) == dialogue
        assert store.dialogue_box.dialogue(None) is None
        assert [s.kind for s in store.frame.steps()] == [
            StepKind.THERMOMETER, StepKind.TRIANGLE, StepKind.DILEMMA_CARDS,
            StepKind.FREE_TEMPLATE, StepKind.AGREEMENTS]


def test_the_default_deck_is_in_the_new_file(dstore: CampStore) -> None:
    _, steps = ids(dstore)
    cards = dstore.dialogue_box.cards(steps["dilemma_cards"])
    assert len(cards) >= 12
    assert [c.position for c in cards] == list(range(len(cards)))
    assert all(c.key and c.text and not c.is_picture for c in cards)
    # Loading the deck again adds nothing it already has.
    assert dstore.dialogue_box.load_deck(step_id=steps["dilemma_cards"]) == []


def test_a_camp_day_has_no_cards_but_a_new_card_step_can_load_the_deck(store) -> None:
    assert store.conn.execute("SELECT COUNT(*) FROM card").fetchone()[0] == 0
    step = store.frame.add_step(kind=StepKind.DILEMMA_CARDS, title="Dilemmakort")
    added = store.dialogue_box.load_deck(step_id=step.id)
    assert len(added) >= 12 and store.dialogue_box.cards(step.id) == added


def test_update_dialogue(dstore: CampStore) -> None:
    [dialogue] = dstore.dialogue_box.dialogues()
    changed = dstore.dialogue_box.update_dialogue(dialogue_id=dialogue.id,
                                                  host="Mette, sundhedsplejerske",
                                                  participants=9)
    assert (changed.host, changed.participants) == ("Mette, sundhedsplejerske", 9)
    assert changed.updated_at > dialogue.updated_at


def test_readings_rounds_labels_and_tombstones(dialogue_path: Path, dstore: CampStore) -> None:
    table_id, steps = ids(dstore)
    step = steps["thermometer"]
    made = [dstore.dialogue_box.add_reading(step_id=step, table_id=table_id, value=v, label=label)
            for v, label in ((7, " AB "), (5, "glad"), (10, ""))]
    group = dstore.dialogue_box.add_reading(step_id=step, table_id=table_id, value=6,
                                            whole_group=True)
    end = dstore.dialogue_box.add_reading(step_id=step, table_id=table_id, value=9, round="end")
    assert made[0].label == "AB"
    assert [r.value for r in dstore.dialogue_box.readings(step, table_id, round="start")] == [7, 5,
                                                                                              10, 6]
    assert [r.value for r in dstore.dialogue_box.readings(step, table_id, round="end")] == [9]
    assert group.whole_group is True
    with pytest.raises(UserError):
        dstore.dialogue_box.add_reading(step_id=step, table_id=table_id, value=11)
    with pytest.raises(UserError):
        dstore.dialogue_box.add_reading(step_id=step, table_id=table_id, value=4, round="later")
    dstore.dialogue_box.update_reading(reading_id=made[1].id, value=4, label="træt")
    dstore.dialogue_box.delete_reading(reading_id=made[2].id)
    with CampStore.open(dialogue_path, read_only=True) as other:
        got = [(r.value, r.label, r.round) for r in other.dialogue_box.readings(step, table_id)]
    assert got == [(7, "AB", "start"), (4, "træt", "start"), (6, "", "start"), (9, "", "end")]
    assert dstore.dialogue_box.restore_reading(reading_id=made[2].id).value == 10
    assert end.id in {r.id for r in dstore.dialogue_box.readings(step, table_id)}


def test_a_check_in_the_file_refuses_an_impossible_reading(dstore: CampStore) -> None:
    table_id, steps = ids(dstore)
    with pytest.raises(sqlite3.IntegrityError):
        dstore.conn.execute(
            "INSERT INTO reading (id, step_id, table_id, value, created_at, updated_at) "
            "VALUES ('x', ?, ?, 12, '', '')", [steps["thermometer"], table_id])


def test_triangle_notes_live_on_levels(dstore: CampStore) -> None:
    table_id, steps = ids(dstore)
    step = steps["triangle"]
    a = dstore.dialogue_box.add_level_note(step_id=step, table_id=table_id, level=1,
                                           text="Skilsmisse")
    b = dstore.dialogue_box.add_level_note(step_id=step, table_id=table_id, level=2,
                                           text="Foreningerne")
    c = dstore.dialogue_box.add_level_note(step_id=step, table_id=table_id, level=1,
                                           text="  Sygdom ")
    d = dstore.dialogue_box.add_level_note(step_id=step, table_id=table_id, level=3,
                                           text="Spørge ind")
    assert (a.level, c.text) == (1, "Sygdom")
    assert [n.text for n in dstore.dialogue_box.level_notes(step, table_id, 1)] == ["Skilsmisse",
                                                                                    "Sygdom"]
    # Ordinary note operations work on them: votes, selection, delete and restore.
    dstore.board.update_note(note_id=a.id, votes=3, selected=True)
    assert dstore.dialogue_box.move_level_note(note_id=c.id, index=0) == [c.id, a.id]
    assert [n.id for n in dstore.board.notes(step, table_id)] == [c.id, b.id, a.id, d.id]
    moved = dstore.dialogue_box.set_note_level(note_id=b.id, level=3)
    assert moved.level == 3
    assert [n.id for n in dstore.dialogue_box.level_notes(step, table_id, 3)] == [d.id, b.id]
    dstore.board.delete_note(note_id=a.id)
    assert [n.id for n in dstore.dialogue_box.level_notes(step, table_id, 1)] == [c.id]
    dstore.board.restore_note(note_id=a.id)
    first = dstore.dialogue_box.level_notes(step, table_id, 1)
    assert [(n.id, n.votes, n.selected) for n in first] == [(c.id, 0, False), (a.id, 3, True)]
    with pytest.raises(UserError):
        dstore.dialogue_box.add_level_note(step_id=step, table_id=table_id, level=4, text="x")
    with pytest.raises(UserError):
        dstore.dialogue_box.add_level_note(step_id=step, table_id=table_id, level=1, text="   ")
    # A camp note step's notes have no level.
    assert all(n.level is None for n in dstore.board.notes(steps["agreements"], table_id))


def test_cards_text_and_picture(dialogue_path: Path, dstore: CampStore) -> None:
    table_id, steps = ids(dstore)
    step = steps["dilemma_cards"]
    before = len(dstore.dialogue_box.cards(step))
    text = dstore.dialogue_box.add_card(step_id=step, text="  Din nabo har mistet sit arbejde  ")
    picture = dstore.dialogue_box.add_card(step_id=step, caption="En tom legeplads", image=PNG,
                              image_name="legeplads.png")
    photo = dstore.dialogue_box.add_card(step_id=step, image=JPEG, index=0)
    assert text.text == "Din nabo har mistet sit arbejde" and not text.is_picture
    assert (picture.mime, picture.caption, picture.is_picture) == (
        "image/png", "En tom legeplads", True)
    assert photo.mime == "image/jpeg"
    assert dstore.dialogue_box.cards(step)[0].id == photo.id
    assert len(dstore.dialogue_box.cards(step)) == before + 3
    assert dstore.dialogue_box.card_image(picture.id) == PNG
    assert dstore.dialogue_box.card_image(text.id) is None
    with pytest.raises(UserError) as err:
        dstore.dialogue_box.add_card(step_id=step, caption="x", image=b"not a picture at all",
                        image_name="brev.txt")
    assert "»brev.txt« er ikke et billede" in str(err.value)
    with pytest.raises(UserError):
        dstore.dialogue_box.add_card(step_id=step, text="   ")
    with pytest.raises(UserError):
        dstore.dialogue_box.update_card(card_id=text.id, text="")
    assert dstore.dialogue_box.update_card(card_id=picture.id,
                                           caption="").caption == ""  # picture stays
    dstore.dialogue_box.update_card(card_id=text.id, text="Din nabo er blevet arbejdsløs")
    dstore.dialogue_box.move_card(card_id=text.id, index=1)
    dstore.dialogue_box.delete_card(card_id=photo.id)
    with CampStore.open(dialogue_path, read_only=True) as other:
        cards = other.dialogue_box.cards(step)
        assert cards[0].text == "Din nabo er blevet arbejdsløs"
        assert photo.id not in {c.id for c in cards}
        assert other.dialogue_box.card_image(picture.id) == PNG
    dstore.dialogue_box.restore_card(card_id=photo.id)
    assert photo.id in {c.id for c in dstore.dialogue_box.cards(step)}


def test_reflections_one_text_per_question(dstore: CampStore) -> None:
    table_id, steps = ids(dstore)
    step = steps["dilemma_cards"]
    card = dstore.dialogue_box.cards(step)[0]
    first = dstore.dialogue_box.set_reflection(card_id=card.id, table_id=table_id,
                                  question="what_would_you_do", text="Ringe på")
    again = dstore.dialogue_box.set_reflection(card_id=card.id, table_id=table_id,
                                  question="what_would_you_do", text="Ringe på og tilbyde mad")
    assert first.id == again.id and again.text == "Ringe på og tilbyde mad"
    for question in QUESTIONS[1:]:
        dstore.dialogue_box.set_reflection(card_id=card.id, table_id=table_id, question=question,
                              text=question.upper())
    got = {r.question: r.text for r in dstore.dialogue_box.reflections(step, table_id,
                                                                       card_id=card.id)}
    assert got == {"what_would_you_do": "Ringe på og tilbyde mad",
                   "who_could_help": "WHO_COULD_HELP", "what_helps": "WHAT_HELPS"}
    assert dstore.dialogue_box.discussed_cards(step, table_id) == {card.id}
    with pytest.raises(UserError):
        dstore.dialogue_box.set_reflection(card_id=card.id, table_id=table_id, question="why",
                                           text="x")
    count = dstore.conn.execute("SELECT COUNT(*) FROM card_reflection").fetchone()[0]
    assert count == 3


def test_template_answers(dstore: CampStore) -> None:
    table_id, steps = ids(dstore)
    step = steps["free_template"]
    a = dstore.dialogue_box.set_template_answer(step_id=step, table_id=table_id, prompt_key="1",
                                   prompt="Et godt fællesskab …", text="Alle er inviteret")
    b = dstore.dialogue_box.set_template_answer(step_id=step, table_id=table_id, prompt_key="1",
                                   prompt="Et godt fællesskab …", text="Alle er velkomne")
    dstore.dialogue_box.set_template_answer(step_id=step, table_id=table_id, prompt_key="3",
                                            text="Mere tid")
    assert a.id == b.id
    assert [(x.prompt_key, x.text) for x in dstore.dialogue_box.template_answers(step,
                                                                                 table_id)] == [
        ("1", "Alle er velkomne"), ("3", "Mere tid")]


def test_agreements_what_who_by_when(dialogue_path: Path, dstore: CampStore) -> None:
    table_id, steps = ids(dstore)
    step = steps["agreements"]
    a = dstore.dialogue_box.add_agreement(step_id=step, table_id=table_id, what="Kaffeklub for nye",
                             who="Karen", by_when="inden jul")
    b = dstore.dialogue_box.add_agreement(step_id=step, table_id=table_id,
                                          what="Spørge sundhedsplejen")
    c = dstore.dialogue_box.add_agreement(step_id=step, table_id=table_id, what="Fælles kalender",
                             who="Ali", index=0)
    assert [x.id for x in dstore.dialogue_box.agreements(step, table_id)] == [c.id, a.id, b.id]
    with pytest.raises(UserError):
        dstore.dialogue_box.add_agreement(step_id=step, table_id=table_id, what="  ")
    with pytest.raises(UserError):
        dstore.dialogue_box.update_agreement(agreement_id=a.id, what="")
    dstore.dialogue_box.update_agreement(agreement_id=b.id, who="Lone", by_when="1. oktober",
                                         what="Ring")
    dstore.dialogue_box.move_agreement(agreement_id=b.id, index=0)
    dstore.dialogue_box.delete_agreement(agreement_id=c.id)
    with CampStore.open(dialogue_path, read_only=True) as other:
        got = [(x.what, x.who, x.by_when) for x in other.dialogue_box.agreements(step, table_id)]
    assert got == [("Ring", "Lone", "1. oktober"), ("Kaffeklub for nye", "Karen", "inden jul")]
    dstore.dialogue_box.restore_agreement(agreement_id=c.id)
    assert len(dstore.dialogue_box.agreements(step, table_id)) == 3


def test_dialogue_rows_are_ready_to_be_gathered(dstore: CampStore) -> None:
    """Every row a dialogue writes names its table and carries a UUID and timestamps."""
    table_id, steps = ids(dstore)
    dstore.dialogue_box.add_reading(step_id=steps["thermometer"], table_id=table_id, value=5)
    card = dstore.dialogue_box.cards(steps["dilemma_cards"])[0]
    dstore.dialogue_box.set_reflection(card_id=card.id, table_id=table_id, question="what_helps",
                                       text="x")
    dstore.dialogue_box.set_template_answer(step_id=steps["free_template"], table_id=table_id,
                               prompt_key="1", text="y")
    dstore.dialogue_box.add_agreement(step_id=steps["agreements"], table_id=table_id, what="z")
    for table in ("dialogue", "reading", "card_reflection", "template_answer", "agreement"):
        rows = dstore.conn.execute(
            f"SELECT id, table_id, created_at, updated_at, deleted FROM {table}").fetchall()
        assert rows, table
        for row in rows:
            assert len(row["id"]) == 36 and row["table_id"] == table_id, table
            assert row["created_at"] and row["updated_at"] and row["deleted"] == 0


def test_a_file_of_schema_four_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "gammel.camp"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for number, script in database.migrations():
        if number <= 4:
            conn.executescript(script.read_text(encoding="utf-8"))
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO camp (id, title, created_at, updated_at) VALUES ('c', 'Gl', '', '')")
    conn.execute("INSERT INTO step (id, kind, created_at, updated_at) "
                 "VALUES ('s', 'notes', '', '')")
    conn.execute("INSERT INTO note (id, step_id, text, created_at, updated_at) "
                 "VALUES ('n', 's', 'En gammel note', '', '')")
    conn.close()
    with CampStore.open(path) as store:
        [note] = store.board.notes("s")
        assert (note.text, note.level) == ("En gammel note", None)
        assert store.dialogue_box.dialogues() == []
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert path.with_name("gammel.camp.v4.bak").exists()
