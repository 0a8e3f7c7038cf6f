"""The dialogue box's plain rules: thermometer numbers, prompts, decks, picture checks."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from facilitator.domain import dialogue as dlg
from facilitator.domain.dialogue import Card
from facilitator.domain.dialogue import Reading
from facilitator.domain.messages import UserError
from facilitator.domain.model import StepKind
from facilitator.program import load_program

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 20


def reading(value: int, round_: str = "start", whole_group: bool = False) -> Reading:
    return Reading(id=f"r{value}", step_id="s", value=value, round=round_,
                   whole_group=whole_group)


def test_distribution_counts_each_value_and_ignores_the_impossible() -> None:
    assert dlg.distribution([7, 5, 8, 4, 7, 10, 1]) == [1, 0, 0, 1, 1, 0, 2, 1, 0, 1]
    assert dlg.distribution([]) == [0] * 10
    assert dlg.distribution([0, 11, -3]) == [0] * 10


@pytest.mark.parametrize(("values", "expected"), [
    ([], None),
    ([6], 6.0),
    ([7, 5, 8, 4, 7], 7.0),
    ([7, 5, 8, 4], 6.0),
    ([1, 2], 1.5),
    ([10, 10, 1, 1, 5, 6], 5.5),
])
def test_median(values: list[int], expected: float | None) -> None:
    assert dlg.median(values) == expected


def test_median_reads_the_danish_way() -> None:
    assert dlg.format_median(6.5) == "6,5"
    assert dlg.format_median(7.0) == "7"
    assert dlg.format_median(None) == "–"


def test_round_summary_counts_people_and_falls_back_to_the_group() -> None:
    readings = [reading(7), reading(5), reading(9, whole_group=True), reading(3, "end"),
                reading(8, "end", whole_group=True)]
    start = dlg.round_summary(readings, "start")
    assert (start.readings, start.median, start.group_only) == (2, 6.0, False)
    assert start.counts[8] == 0  # the group's mark is not one more participant
    only_group = dlg.round_summary([reading(8, "end", whole_group=True)], "end")
    assert (only_group.readings, only_group.median, only_group.group_only) == (1, 8.0, True)
    empty = dlg.round_summary([], "end")
    assert (empty.readings, empty.median) == (0, None)


@pytest.mark.parametrize("bad", [0, 11, -1, 5.5, "7", True, None])
def test_a_reading_is_a_whole_number_from_one_to_ten(bad: object) -> None:
    with pytest.raises(UserError) as err:
        dlg.check_reading(bad)
    assert "1 til 10" in str(err.value)


def test_rounds_levels_and_questions_are_checked() -> None:
    assert dlg.check_reading(10, "end") == 10
    with pytest.raises(UserError):
        dlg.check_reading(5, "middle")
    assert dlg.check_level(3) == 3
    for bad in (0, 4, True, "1"):
        with pytest.raises(UserError):
            dlg.check_level(bad)
    assert dlg.check_question("who_could_help") == "who_could_help"
    with pytest.raises(UserError):
        dlg.check_question("why")


def test_image_magic_knows_png_and_jpeg_only() -> None:
    assert dlg.image_mime(PNG) == "image/png"
    assert dlg.image_mime(JPEG) == "image/jpeg"
    assert dlg.image_mime(b"GIF89a....") is None
    assert dlg.image_mime(b"%PDF-1.7") is None
    assert dlg.image_mime(b"") is None
    assert dlg.check_card_image(PNG, "a.png") == "image/png"


def test_a_file_that_is_not_a_picture_gets_a_clear_danish_message() -> None:
    with pytest.raises(UserError) as err:
        dlg.check_card_image(b"Hej med dig, det er en tekstfil", "noter.txt")
    message = str(err.value)
    assert "»noter.txt« er ikke et billede" in message
    assert "PNG" in message and "JPEG" in message
    assert err.value.text == dlg.NOT_AN_IMAGE  # the untranslated source, for tr()


def test_a_huge_picture_is_refused() -> None:
    with pytest.raises(UserError) as err:
        dlg.check_card_image(PNG + b"\x00" * dlg.MAX_IMAGE_BYTES, "stor.png")
    assert "fylder for meget" in str(err.value)


def test_the_default_deck_has_a_dozen_short_situations_in_danish() -> None:
    deck = dlg.load_deck()
    assert len(deck) >= 12
    assert len({c.key for c in deck}) == len(deck)
    for card in deck:
        assert card.key and card.text
        assert len(card.text) <= 160, card.text
    assert any("æ" in c.text or "ø" in c.text or "å" in c.text for c in deck)


def test_a_broken_deck_is_a_user_error(tmp_path: Path) -> None:
    missing = tmp_path / "mangler.json"
    with pytest.raises(UserError):
        dlg.load_deck(missing)
    doubled = tmp_path / "dobbelt.json"
    doubled.write_text(json.dumps({"cards": [{"key": "a", "text": "x"},
                                             {"key": "a", "text": "y"}]}), encoding="utf-8")
    with pytest.raises(UserError):
        dlg.load_deck(doubled)
    good = tmp_path / "god.json"
    good.write_text(json.dumps({"cards": [{"key": "a", "text": " Et kort "}]}), "utf-8")
    assert dlg.load_deck(good) == [dlg.DeckCard(key="a", text="Et kort")]


def test_drawing_prefers_cards_not_yet_discussed() -> None:
    cards = [Card(id=str(i), step_id="s", text=f"kort {i}") for i in range(5)]
    rng = random.Random(3)
    for _ in range(40):
        drawn = dlg.draw_card(cards, discussed={"0", "1", "2"}, current="3", rng=rng)
        assert drawn is not None and drawn.id == "4"
    # All discussed: anything but the card on the table.
    seen = {dlg.draw_card(cards, discussed={c.id for c in cards}, current="0", rng=rng).id
            for _ in range(60)}
    assert seen == {"1", "2", "3", "4"}
    assert dlg.draw_card(cards[:1], current="0").id == "0"
    assert dlg.draw_card([]) is None


def test_numbered_lines_are_a_programs_own_questions() -> None:
    prompt = "Vi begynder bredt.\n1. Første?\n2) Anden?\n 3. Tredje …\nTak."
    assert dlg.numbered_lines(prompt) == ["Første?", "Anden?", "Tredje …"]
    assert dlg.intro_lines(prompt) == "Vi begynder bredt.\nTak."
    assert dlg.numbered_lines("Ingen tal her") == []


def test_the_dialogue_program_uses_the_new_kinds() -> None:
    program = load_program("dialogue_box")
    kinds = [s.kind for s in program.steps]
    assert kinds == [StepKind.THERMOMETER, StepKind.TRIANGLE, StepKind.DILEMMA_CARDS,
                     StepKind.FREE_TEMPLATE, StepKind.AGREEMENTS]
    for kind in kinds:
        assert kind in StepKind.ALL
    for step in program.steps:
        assert step.title and step.prompt and step.guidance and step.minutes > 0
    triangle = next(s for s in program.steps if s.kind == StepKind.TRIANGLE)
    assert len(dlg.numbered_lines(triangle.prompt)) == 3
