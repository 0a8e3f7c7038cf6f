"""A whole dialogue, run through the real widgets by keyboard and mouse.

The host starts »Ny dialog …« from the start screen, fills in who, where and when, takes
the temperature of six participants (one by a click on the tube, one reading deleted
and brought back with undo) and of the whole group, writes notes on all three levels of
the inverted triangle, draws a dilemma card and adds a picture card (a file that is not
a picture is refused first), writes the group's answers, fills in the creative sheet,
writes the agreements and closes with the end round. Then the file is read back with a
fresh store.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from facilitator.store import CampStore
from facilitator.ui.shell import file_dialogs

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(window):
    """The shared main window (tests/ui/conftest.py), a little larger; a whole dialogue
    day ends without a single warning."""
    window.resize(1400, 900)
    yield window
    assert window.warnings == []
    window.close_camp()


def key(widget, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, k, mods)


def next_step(view) -> None:
    QTest.keyClick(view.step_list, Qt.Key.Key_PageDown, CTRL)


def type_note(page, text: str) -> None:
    QTest.keyClicks(page.entry, text)
    key(page.entry, Qt.Key.Key_Return)


def picture(path: Path) -> Path:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#8fc1e3"))
    painter = QPainter(image)
    painter.setBrush(QColor("#f4a259"))
    painter.drawEllipse(110, 50, 100, 100)
    painter.end()
    assert image.save(str(path), "PNG")
    return path


def test_a_whole_dialogue(qtbot, window, monkeypatch, tmp_path: Path) -> None:
    camp_path = tmp_path / "Stenerup forældrebestyrelse.camp"
    monkeypatch.setattr(file_dialogs, "get_save_file_name",
                        staticmethod(lambda *a, **k: (str(camp_path), "Camp (*.camp)")))
    qtbot.mouseClick(window.start.dialogue_button, LEFT)
    assert camp_path.exists() and window.session is not None
    store = window.session.store
    view = window.camp_view.table_session
    assert view.current_table().code == "D1"
    assert view.current_step().key == "thermometer"

    # 1. The thermometer: who, where, when – then six readings and one for the group.
    page = view.current_page()
    details = page.details
    assert details.isVisible()
    QTest.keyClicks(details.host, "Lone, skoleleder")
    QTest.keyClicks(details.group_name, "Forældrebestyrelsen, Stenerup Børnehus")
    QTest.keyClicks(details.place, "Stenerup Børnehus")
    details.date.setDate(QDate(2026, 9, 14))
    details.participants.setFocus()
    key(details.participants, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(details.participants, "7")
    qtbot.waitUntil(lambda: store.dialogue_box.dialogues()[0].participants == 7)
    page.commit_pending()

    QTest.keyClicks(page.word, "glad")
    key(page.word, Qt.Key.Key_Return)
    assert page.thermometer.hasFocus()
    key(page.thermometer, Qt.Key.Key_7)
    assert page.word.text() == ""
    key(page.thermometer, Qt.Key.Key_5)
    qtbot.mouseClick(page.thermometer, LEFT,
                     pos=page.thermometer.step_rect(8).center().toPoint())
    QTest.keyClicks(page.word, "KM")
    key(page.word, Qt.Key.Key_Return)
    key(page.thermometer, Qt.Key.Key_4)
    key(page.thermometer, Qt.Key.Key_0)  # 0 gives 10
    key(page.thermometer, Qt.Key.Key_3)
    assert page.list.count() == 6
    # The last one was a slip: Delete in the list, then undo and delete again for good …
    page.list.setCurrentRow(5)
    key(page.list, Qt.Key.Key_Delete)
    assert page.list.count() == 5
    window.undo_action.trigger()
    assert page.list.count() == 6
    page.list.setCurrentRow(5)
    key(page.list, Qt.Key.Key_Delete)
    # … and one mark for the whole group.
    qtbot.mouseClick(page.whole_group, LEFT)
    assert page.whole_group.isChecked()
    key(page.thermometer, Qt.Key.Key_6)
    assert not page.whole_group.isChecked()
    assert page.count_label.text() == "5 målinger"
    assert "median 7" in page.start_chart.describe()
    assert not page.compare_label.isVisible()

    # 2. The inverted triangle: notes on all three levels.
    next_step(view)
    assert view.current_step().key == "triangle"
    page = view.current_page()
    assert page.level == 1
    type_note(page, "Skilsmisse og flytning")
    type_note(page, "Sygdom i familien")
    type_note(page, "Ensomhed i klassen")
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    key(page.view, Qt.Key.Key_Plus)
    key(page.view, Qt.Key.Key_Plus)
    key(page.view, Qt.Key.Key_Space)
    # A click on the triangle's middle band: level 2.
    band = page.triangle.band(2).boundingRect().center().toPoint()
    qtbot.mouseClick(page.triangle, LEFT, pos=band)
    assert page.level == 2
    assert page.model.rowCount() == 0
    type_note(page, "Idrætsforeningen")
    type_note(page, "Naboer der kender hinanden")
    key(page.entry, Qt.Key.Key_3, CTRL)
    assert page.level == 3
    type_note(page, "Jeg spørger, hvordan det går")
    # Back on level 1, the third note belongs on level 3: key 3 in the list moves it.
    key(page.entry, Qt.Key.Key_1, CTRL)
    page.view.setCurrentIndex(page.proxy.index(2, 0))
    key(page.view, Qt.Key.Key_3)
    assert page.model.rowCount() == 2
    assert page.triangle.counts == [2, 2, 2]

    # 3. Dilemma cards: draw one, talk, show it big; then a picture card of our own.
    next_step(view)
    assert view.current_step().key == "dilemma_cards"
    page = view.current_page()
    page.rng = random.Random(7)
    deck_size = page.model.rowCount()
    assert deck_size >= 12
    page.deck.setFocus()
    key(page.deck, Qt.Key.Key_R)
    drawn = page.current_card()
    assert drawn is not None and not drawn.is_picture
    assert page.card_view.card == drawn
    answers = page.reflections.fields
    QTest.keyClicks(answers["what_would_you_do"], "Invitere drengene med hjem")
    QTest.keyClicks(answers["who_could_help"], "Klasselæreren og de andre forældre")
    QTest.keyClicks(answers["what_helps"], "At nogen spørger")
    qtbot.waitUntil(lambda: len(store.dialogue_box.reflections(view.current_step().id,
                                                  view.current_table().id)) == 3)
    key(page.deck, Qt.Key.Key_F11)
    assert page.presenter is not None and page.presenter.isVisible()
    assert page.presenter.view.card == drawn
    key(page.presenter, Qt.Key.Key_Escape)
    assert not page.presenter.isVisible()

    # A file that is not a picture is refused with a clear message …
    not_a_picture = tmp_path / "referat.png"
    not_a_picture.write_text("Referat fra sidste møde", encoding="utf-8")
    chosen = [str(not_a_picture)]
    monkeypatch.setattr(file_dialogs, "get_open_file_name",
                        staticmethod(lambda *a, **k: (chosen[0], "")))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Et barn alene i skolegården", True)))
    qtbot.mouseClick(page.picture_button, LEFT)
    assert len(window.warnings) == 1 and "»referat.png« er ikke et billede" in \
        window.warnings[0]
    window.warnings.clear()
    assert page.model.rowCount() == deck_size
    # … a real one becomes a card, shown at once.
    chosen[0] = str(picture(tmp_path / "skolegaard.png"))
    qtbot.mouseClick(page.picture_button, LEFT)
    assert page.model.rowCount() == deck_size + 1
    card = page.current_card()
    assert card.is_picture and card.caption == "Et barn alene i skolegården"
    assert not page.card_view.pixmap.isNull()
    QTest.keyClicks(answers["what_would_you_do"], "Sætte mig ved siden af")
    QTest.keyClicks(answers["what_helps"], "En voksen i frikvarteret")
    page.commit_pending()
    # A text card typed under the deck, then removed again.
    QTest.keyClicks(page.new_card, "Bedstefar kan ikke hente mere")
    key(page.new_card, Qt.Key.Key_Return)
    assert page.model.rowCount() == deck_size + 2
    assert page.current_card().text == "Bedstefar kan ikke hente mere"
    page.deck.setFocus()
    key(page.deck, Qt.Key.Key_Delete)
    assert page.model.rowCount() == deck_size + 1

    # 4. The creative sheet (optional; this group used it).
    next_step(view)
    assert view.current_step().key == "free_template"
    page = view.current_page()
    assert len(page.fields) == 3
    QTest.keyClicks(page.fields[0], "Alle børn bliver inviteret med")
    QTest.keyClicks(page.fields[2], "Et sted at mødes om aftenen")
    qtbot.waitUntil(lambda: len(store.dialogue_box.template_answers(view.current_step().id,
                                                       view.current_table().id)) == 2)

    # 5. Agreements: what, who, by when – Tab between, Enter adds.
    next_step(view)
    assert view.current_step().key == "agreements"
    page = view.current_page()
    for what, who, by_when in (("Kaffeklub for nye familier", "Karen og Ali", "inden jul"),
                               ("Spørge sundhedsplejen om et oplæg", "Lone", "1. oktober"),
                               ("Noget vi fortryder", "", "")):
        QTest.keyClicks(page.what, what)
        key(page.what, Qt.Key.Key_Tab)
        QTest.keyClicks(page.who, who)
        key(page.who, Qt.Key.Key_Tab)
        QTest.keyClicks(page.by_when, by_when)
        key(page.by_when, Qt.Key.Key_Return)
    assert page.model.rowCount() == 3
    window.undo_action.trigger()
    assert page.model.rowCount() == 2
    assert page.count_label.text() == "2 aftaler"

    # 6. The end round on the thermometer: before and after side by side.
    view.choose_step("thermometer")
    page = view.current_page()
    qtbot.mouseClick(page.end_button, LEFT)
    assert page.round == "end"
    for k in (Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_8):
        key(page.thermometer, k)
    assert page.compare_label.isVisible()
    assert page.compare_label.text() == "Median ved start 7 → ved slut 8"

    window.close_camp()
    assert window.session is None

    # 7. A fresh store reads every value back.
    with CampStore.open(camp_path) as fresh:
        table = fresh.frame.table_by_code("D1")
        steps = {s.key: s for s in fresh.frame.steps()}
        [dialogue] = fresh.dialogue_box.dialogues()
        assert (dialogue.table_id, dialogue.host, dialogue.group_name, dialogue.place,
                dialogue.date, dialogue.participants) == (
            table.id, "Lone, skoleleder", "Forældrebestyrelsen, Stenerup Børnehus",
            "Stenerup Børnehus", "2026-09-14", 7)
        readings = fresh.dialogue_box.readings(steps["thermometer"].id, table.id)
        assert [(r.round, r.value, r.label, r.whole_group) for r in readings] == [
            ("start", 7, "glad", False), ("start", 5, "", False), ("start", 8, "", False),
            ("start", 4, "KM", False), ("start", 10, "", False), ("start", 6, "", True),
            ("end", 8, "", False), ("end", 9, "", False), ("end", 8, "", False)]

        triangle = steps["triangle"].id
        levels = {level: [(n.text, n.votes, n.selected)
                          for n in fresh.dialogue_box.level_notes(triangle, table.id, level)]
                  for level in (1, 2, 3)}
        assert levels == {
            1: [("Skilsmisse og flytning", 2, True), ("Sygdom i familien", 0, False)],
            2: [("Idrætsforeningen", 0, False), ("Naboer der kender hinanden", 0, False)],
            3: [("Jeg spørger, hvordan det går", 0, False), ("Ensomhed i klassen", 0, False)],
        }

        cards_step = steps["dilemma_cards"].id
        cards = fresh.dialogue_box.cards(cards_step)
        assert len(cards) == deck_size + 1
        [photo] = [c for c in cards if c.is_picture]
        assert (photo.caption, photo.mime) == ("Et barn alene i skolegården", "image/png")
        image = QImage()
        assert image.loadFromData(fresh.dialogue_box.card_image(photo.id))
        assert (image.width(), image.height()) == (320, 200)
        assert "Bedstefar kan ikke hente mere" not in {c.text for c in cards}

        def said(card_id: str) -> dict[str, str]:
            return {r.question: r.text
                    for r in fresh.dialogue_box.reflections(cards_step, table.id, card_id=card_id)}

        assert said(drawn.id) == {
            "what_would_you_do": "Invitere drengene med hjem",
            "who_could_help": "Klasselæreren og de andre forældre",
            "what_helps": "At nogen spørger"}
        assert said(photo.id) == {"what_would_you_do": "Sætte mig ved siden af",
                                  "what_helps": "En voksen i frikvarteret"}
        assert fresh.dialogue_box.discussed_cards(cards_step, table.id) == {drawn.id, photo.id}

        sheet = fresh.dialogue_box.template_answers(steps["free_template"].id, table.id)
        assert [(a.prompt_key, a.text) for a in sheet] == [
            ("1", "Alle børn bliver inviteret med"), ("3", "Et sted at mødes om aftenen")]
        assert sheet[0].prompt.startswith("Et godt fællesskab")

        agreements = fresh.dialogue_box.agreements(steps["agreements"].id, table.id)
        assert [(a.what, a.who, a.by_when) for a in agreements] == [
            ("Kaffeklub for nye familier", "Karen og Ali", "inden jul"),
            ("Spørge sundhedsplejen om et oplæg", "Lone", "1. oktober")]
