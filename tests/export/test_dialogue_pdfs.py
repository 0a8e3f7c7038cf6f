"""The dialogue box's PDFs: the kit to print, a dialogue's documentation and the overview.

Read back with pypdf: every card's text, the three triangle questions and the
thermometer's ends must be there, with their Danish letters; the pages must have the
sizes they are printed on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from export_fixtures import body_text
from export_fixtures import normalise
from export_fixtures import page_texts
from gathering_fixtures import GROUPS
from gathering_fixtures import fill
from gathering_fixtures import own_dialogue
from gathering_fixtures import picture
from pypdf import PdfReader
from reportlab.lib.pagesizes import A3
from reportlab.lib.pagesizes import A4

from facilitator.domain.dialogue import load_deck
from facilitator.domain.dialogue import numbered_lines
from facilitator.domain.messages import UserError
from facilitator.export import dialogue_data as dd
from facilitator.export.dialogue_kit import CARDS_PER_PAGE
from facilitator.export.dialogue_kit import build_dialogue_kit
from facilitator.export.dialogue_report import build_dialogue_report
from facilitator.export.gathering_report import build_gathering_report
from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.store.bundles import collect
from facilitator.store.bundles import export_bundle
from facilitator.ui.dialogue_box.new_dialogue import create_dialogue

PROGRAM = load_program("dialogue_box")
STEPS = {s.key: s for s in PROGRAM.steps}
QUESTIONS = numbered_lines(STEPS["triangle"].prompt)


@pytest.fixture
def dialogue(tmp_path: Path):
    with own_dialogue(tmp_path / "dialog.camp", GROUPS[0]) as store:
        yield store


def sizes(path: Path) -> list[tuple[int, int]]:
    reader = PdfReader(path)
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in reader.pages]


def size(paper: tuple[float, float]) -> tuple[int, int]:
    return round(paper[0]), round(paper[1])


# -- the kit ----------------------------------------------------------------------------------
def test_the_kit_has_every_card_both_posters_and_the_sheet(tmp_path: Path, dialogue) -> None:
    step = dialogue.frame.step_by_key("dilemma_cards").id
    dialogue.dialogue_box.add_card(step_id=step, caption="Legepladsen om aftenen", image=picture(),
                      image_name="legeplads.png")
    long = "En lang situation, der fylder godt op på kortet. " * 12 + "Slutningen."
    dialogue.dialogue_box.add_card(step_id=step, text=long)
    out = build_dialogue_kit(dialogue, tmp_path / "kit.pdf")

    deck = load_deck()
    cards = len(deck) + 2
    card_pages = -(-cards // CARDS_PER_PAGE)
    assert sizes(out) == [size(A4)] * (4 + card_pages)
    pages = [normalise(t) for t in page_texts(out)]
    intro, thermometer, triangle, sheet, *sheets = pages
    assert "Dialogkassen – at hjælpe og blive hjulpet" in intro
    assert f"{cards} dilemmakort på {card_pages} ark" in intro
    # The thermometer: its title and question, the scale and both ends.
    assert "Termometer – hvor står vi nu?" in thermometer
    assert "Det går rigtig godt" in thermometer and "Det går rigtig skidt" in thermometer
    assert all(str(v) in thermometer.split() for v in range(1, 11))
    # The triangle: the three questions of the step's prompt, in order.
    assert len(QUESTIONS) == 3
    at = [triangle.index(normalise(q)) for q in QUESTIONS]
    assert at == sorted(at)
    assert "Den omvendte trekant" in triangle
    for prompt in numbered_lines(STEPS["free_template"].prompt):
        assert normalise(prompt) in sheet
    # Every card, eight to a sheet, in deck order; the picture card with its picture.
    cards_text = " ".join(sheets)
    for card in deck:
        assert normalise(card.text) in cards_text, card.key
    assert "Legepladsen om aftenen" in cards_text
    assert "Slutningen." in cards_text or "…" in cards_text  # shortened only if it must
    assert sheets[0].count("DILEMMAKORT") == CARDS_PER_PAGE
    assert "klip langs de stiplede linjer" in sheets[0]
    reader = PdfReader(out)
    assert sum(len(p.images) for p in reader.pages[4:]) == 1


def test_posters_on_a3_cards_stay_on_a4(tmp_path: Path, dialogue) -> None:
    out = build_dialogue_kit(dialogue, tmp_path / "kit.pdf", poster_size="A3")
    found = sizes(out)
    assert found[1:3] == [size(A3)] * 2
    assert found[0] == size(A4) and found[3:] == [size(A4)] * (len(found) - 3)
    text = normalise(page_texts(out)[2])
    assert all(normalise(q) in text for q in QUESTIONS)


def test_a_damaged_picture_still_prints_its_card(tmp_path: Path, dialogue) -> None:
    step = dialogue.frame.step_by_key("dilemma_cards").id
    broken = b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 40  # a PNG header, nothing behind it
    dialogue.dialogue_box.add_card(step_id=step, caption="Et billede, der gik i stykker",
                                   image=broken)
    out = build_dialogue_kit(dialogue, tmp_path / "kit.pdf")
    text = body_text(out)
    assert "Et billede, der gik i stykker" in text and "(billedet kan ikke vises)" in text


# -- one dialogue's documentation ---------------------------------------------------------------
def test_the_dialogue_pdf_documents_the_whole_dialogue(tmp_path: Path, dialogue) -> None:
    out = build_dialogue_report(dialogue, tmp_path / "dialog.pdf")
    group = GROUPS[0]
    text = body_text(out, furniture=(f"Dialog · {group['group']}",
                                     "Dialogkassen – at hjælpe og blive hjulpet · "
                                     "14. september 2026"))
    for value in (group["group"], group["host"], group["place"], "14. september 2026"):
        assert value in text
    # The thermometer: both rounds, their medians side by side, the words said.
    assert "Start · median 7 · 5 målinger" in text
    assert "Slut · median 8 · 3 målinger" in text
    assert "Median ved start 7, ved slut 8 (+1)." in text
    assert "7 (glad), 5 (træt), 8 (spændt), 4, 10" in text
    # The triangle: its questions and every note under its level.
    for question in QUESTIONS:
        assert normalise(question) in text
    for level, note, _votes, _selected in group["notes"]:
        question = normalise(QUESTIONS[level - 1])
        assert text.index(question) < text.index(note)
    # The cards talked about, with the three questions' answers; the agreements.
    deck = {c.key: c.text for c in load_deck()}
    for key, _question, answer in group["reflections"]:
        assert normalise(deck[key]) in text and answer in text
    assert "Hvad ville du gøre?" in text and "Hvem kunne hjælpe?" in text
    assert "Hvad hjælper her?" in text
    assert "Gruppen talte om 2 af bunkens 14 kort." in text
    assert "Alle børn bliver inviteret med til fødselsdage." in text
    assert "Kaffeklub for nye familier Karen og Ali inden jul" in text


def test_which_dialogue_when_the_file_has_several(tmp_path: Path, dialogue) -> None:
    table = dialogue.frame.add_table(code="D2")
    fill(dialogue, table.id, GROUPS[1])
    with pytest.raises(UserError) as caught:
        build_dialogue_report(dialogue, tmp_path / "x.pdf")
    assert caught.value.text == dd.WHICH_DIALOGUE and "D1, D2" in caught.value.format(
        caught.value.text)
    with pytest.raises(UserError):
        build_dialogue_report(dialogue, tmp_path / "x.pdf", table_code="D9")
    assert not (tmp_path / "x.pdf").exists()
    out = build_dialogue_report(dialogue, tmp_path / "d2.pdf", table_code="D2")
    text = body_text(out)
    assert GROUPS[1]["group"] in text and GROUPS[0]["group"] not in text


def test_an_empty_dialogue_still_makes_a_pdf(tmp_path: Path) -> None:
    store = CampStore.in_memory(program=PROGRAM, title="Tom")
    store.dialogue_box.start_dialogue()
    out = build_dialogue_report(store, tmp_path / "tom.pdf")
    text = body_text(out)
    assert "Ingen målinger." in text and "Ingen aftaler skrevet." in text
    assert "Skabelonen blev ikke brugt." in text


# -- the coordinator's overview -------------------------------------------------------------------
def test_the_overview_pdf(tmp_path: Path) -> None:
    bundles = []
    for i, group in enumerate(GROUPS):
        with own_dialogue(tmp_path / f"host{i}.camp", group) as host:
            bundles.append(tmp_path / f"{i}.campbundle")
            export_bundle(host, "D1", bundles[-1])
    with create_dialogue(tmp_path / "koordinator.camp") as coordinator:
        collect(coordinator, bundles)
        out = build_gathering_report(coordinator, tmp_path / "overblik.pdf")
    text = body_text(out)
    assert "Opsamling på dialogerne" in text
    for group in GROUPS:
        assert group["group"] in text
    assert "Median ved start 6, ved slut 7,5 (+1,5)." in text
    for question in QUESTIONS:
        assert normalise(question) in text
    deck = {c.key: c.text for c in load_deck()}
    assert normalise(deck["neighbour_divorce"]) in text
    assert "TALT OM I 3 GRUPPER" in text
    assert "Lektiecafé for alle" in text and "Endnu ingen dialog fra: D1." in text


# -- the command line -------------------------------------------------------------
def test_the_three_verbs(tmp_path: Path, capsys) -> None:
    from facilitator.app import CLI_VERBS
    from facilitator.cli import main

    assert {"export-dialogue", "export-dialogue-kit", "export-gathering"} <= CLI_VERBS
    host = tmp_path / "dialog.camp"
    own_dialogue(host, GROUPS[0]).close()
    assert main(["export-dialogue", str(host), "--out", str(tmp_path / "d.pdf")]) == 0
    assert main(["export-dialogue-kit", str(host), "--out", str(tmp_path / "k.pdf"),
                 "--poster", "A3"]) == 0
    assert sizes(tmp_path / "k.pdf")[1] == size(A3)
    assert main(["export-gathering", str(host), "--out", str(tmp_path / "o.pdf")]) == 0
    out = capsys.readouterr().out
    assert "Dialogens dokumentation er gemt" in out and "Overblikket over 1 dialog er" in out
    assert main(["export-dialogue", str(host), "--out", str(tmp_path / "x.pdf"),
                 "--table", "D7"]) == 2
    assert "Campen har intet bord med koden »D7«." in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
