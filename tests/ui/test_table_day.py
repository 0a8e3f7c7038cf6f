"""A whole table day, played through the real widgets by keyboard and mouse.

The facilitator of H1-B1 types notes in every note step, votes, selects, writes a front
page, gives contributions for two selected prerequisites to three actors and to the
unassigned column, undoes and redoes once; then the camp is closed and the file is
read back with a fresh store.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.store import CampStore
from facilitator.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, monkeypatch, camp_path: Path):
    QSettings().clear()
    warnings: list[str] = []
    monkeypatch.setattr(MainWindow, "_warn", lambda self, text: warnings.append(text))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_camp(camp_path)
    w.go_to_table("H1-B1")
    yield w
    assert warnings == []
    w.close_camp()


def type_note(page, text: str) -> None:
    QTest.keyClicks(page.entry, text)
    QTest.keyClick(page.entry, Qt.Key.Key_Return)


def key(widget, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, k, mods)


def next_step(session_view) -> None:
    QTest.keyClick(session_view.step_list, Qt.Key.Key_PageDown, CTRL)


def test_a_whole_table_day(qtbot, window, camp_path: Path) -> None:
    view = window.camp_view.table_session
    assert view.current_table().code == "H1-B1"
    assert view.current_step().key == "indicators"

    # 1. Indicators: three notes; two votes and a selection on the first.
    page = view.current_page()
    for text in ("Flere bruger biblioteket om aftenen", "Børn cykler selv til skole",
                 "Nye foreninger opstår"):
        type_note(page, text)
    assert page.entry.toPlainText() == ""
    key(page.entry, Qt.Key.Key_Down)  # into the list, first note current
    page.view.setCurrentIndex(page.view.model().index(0, 0))
    key(page.view, Qt.Key.Key_Plus)
    key(page.view, Qt.Key.Key_Plus)
    key(page.view, Qt.Key.Key_Space)
    # A vote by mouse, on the third note's "+" button in the toolbar.
    page.view.setCurrentIndex(page.view.model().index(2, 0))
    key(page.view, Qt.Key.Key_Plus)
    assert "3 noter · 3 stemmer · 1 udvalgt" in page.counts_label.text()

    # 2. Dilemmas: the persona case is shown; tagged notes.
    next_step(view)
    assert view.current_step().key == "dilemmas"
    page = view.current_page()
    page.tag_combo.setCurrentIndex(page.tag_combo.findData("dilemma"))
    type_note(page, "Tryghed mod frihed for de unge")
    page.tag_combo.setCurrentIndex(page.tag_combo.findData("consideration"))
    type_note(page, "Hensyn til naboerne")

    # 3. Front page: headline, story, quote by keyboard.
    next_step(view)
    assert view.current_step().key == "front_pages"
    page = view.current_page()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.headline, "Byen vågnede op til fællesspisning")
    QTest.keyClicks(page.story, "Over hundrede naboer mødtes i hallen.")
    QTest.keyClicks(page.quote, "Vi kender hinanden nu")
    QTest.keyClicks(page.quote_by, "Karen, 67")
    page.commit_pending()

    # 4. Lunch, then prerequisites: four notes, two selected.
    next_step(view)
    assert view.current_step().key == "lunch"
    next_step(view)
    assert view.current_step().key == "prerequisites"
    page = view.current_page()
    for text in ("Et mødested med åbne døre", "Kommunen svarer hurtigt",
                 "Penge til små initiativer", "En fælles kalender"):
        type_note(page, text)
    for row in (0, 2):
        page.view.setCurrentIndex(page.view.model().index(row, 0))
        key(page.view, Qt.Key.Key_Space)

    # 5. Contributions: for both selected prerequisites, three actors + unassigned.
    next_step(view)
    assert view.current_step().key == "contributions"
    page = view.current_page()
    assert page.prerequisites.count() == 2
    store = window.session.store
    actors = {a.key: a for a in store.frame.actors()}
    plan = {
        0: [("municipality", "Lån lokaler gratis ud"), ("citizens", "Tag en vagt om måneden"),
            ("business", "Giv kaffen"), (None, "Et skilt ved indgangen")],
        1: [("municipality", "Pulje med hurtig behandling"), ("citizens", "Søg sammen"),
            ("local_community", "Lokalrådet samler forslagene"), (None, "Et borgerbudget")],
    }
    for tab, entries in plan.items():
        page.prerequisites.setCurrentIndex(tab)
        for actor_key, text in entries:
            column = page.column_of(actors[actor_key].id if actor_key else None)
            QTest.keyClicks(column.entry, text)
            key(column.entry, Qt.Key.Key_Return)
    # Vote for and select the municipality's first contribution.
    page.prerequisites.setCurrentIndex(0)
    column = page.column_of(actors["municipality"].id)
    column.view.setCurrentIndex(column.model.index(0, 0))
    key(column.view, Qt.Key.Key_Plus)
    key(column.view, Qt.Key.Key_Space)

    # 6. Bulletin board and the good idea.
    next_step(view)
    assert view.current_step().key == "bulletin_board"
    type_note(view.current_page(), "Husk parkering til næste gang")
    next_step(view)
    assert view.current_step().key == "good_idea"
    type_note(view.current_page(), "Byttecentral for værktøj")
    type_note(view.current_page(), "En note der fortrydes")

    # 7. One undo and one redo, from the Edit menu.
    window.undo_action.trigger()
    assert [n.text for n in store.board.notes(view.current_step().id, view.current_table().id)] \
        == ["Byttecentral for værktøj"]
    window.undo_action.trigger()  # and the note before it …
    window.redo_action.trigger()  # … comes back
    assert len(store.board.notes(view.current_step().id, view.current_table().id)) == 1

    window.close_camp()
    assert window.session is None

    # 8. A fresh store reads every value back.
    with CampStore.open(camp_path) as fresh:
        table = fresh.frame.table_by_code("H1-B1")

        def notes(step_key: str):
            return fresh.board.notes(fresh.frame.step_by_key(step_key).id, table.id)

        assert [(n.text, n.votes, n.selected) for n in notes("indicators")] == [
            ("Flere bruger biblioteket om aftenen", 2, True),
            ("Børn cykler selv til skole", 0, False),
            ("Nye foreninger opstår", 1, False),
        ]
        assert [(n.text, n.tag) for n in notes("dilemmas")] == [
            ("Tryghed mod frihed for de unge", "dilemma"),
            ("Hensyn til naboerne", "consideration"),
        ]
        [front] = fresh.board.front_pages(fresh.frame.step_by_key("front_pages").id, table.id)
        assert (front.headline, front.story, front.quote, front.quote_by) == (
            "Byen vågnede op til fællesspisning", "Over hundrede naboer mødtes i hallen.",
            "Vi kender hinanden nu", "Karen, 67")
        prerequisites = notes("prerequisites")
        assert [(n.text, n.selected) for n in prerequisites] == [
            ("Et mødested med åbne døre", True), ("Kommunen svarer hurtigt", False),
            ("Penge til små initiativer", True), ("En fælles kalender", False),
        ]
        step = fresh.frame.step_by_key("contributions")
        by_key = {a.id: a.key for a in fresh.frame.actors()}
        for tab, prerequisite in enumerate(n for n in prerequisites if n.selected):
            got = [(by_key.get(c.actor_id), c.text) for c in fresh.board.contributions(
                step.id, table.id, prerequisite_id=prerequisite.id)]
            assert sorted(got, key=str) == sorted(plan[tab], key=str)
        first = [c for c in fresh.board.contributions(step.id, table.id,
                                                prerequisite_id=prerequisites[0].id)
                 if c.text == "Lån lokaler gratis ud"][0]
        assert (first.votes, first.selected) == (1, True)
        assert [n.text for n in notes("bulletin_board")] == ["Husk parkering til næste gang"]
        assert [n.text for n in notes("good_idea")] == ["Byttecentral for værktøj"]
        # Nothing leaked to the other table.
        other = fresh.frame.table_by_code("H1-B2")
        assert fresh.board.notes(fresh.frame.step_by_key("indicators").id, other.id) == []
