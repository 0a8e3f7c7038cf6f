"""Undo in the table session goes to the step (and note) it changes and says what it did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(at_table: MainWindow) -> MainWindow:
    return at_table


def choose(view, key: str) -> None:
    view.choose_step(key)
    assert view.current_step().key == key


def add_notes(page, *texts: str) -> None:
    for text in texts:
        QTest.keyClicks(page.entry, text)
        QTest.keyClick(page.entry, Qt.Key.Key_Return)


def test_ctrl_z_on_another_step_goes_to_the_vote_it_undoes(window) -> None:
    view = window.camp_view.table_session
    page = view.current_page()
    add_notes(page, "Flere bruger biblioteket", "Børn cykler selv")
    page.set_current_note(page.model.note(0).id)
    QTest.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.model.note(0).votes == 1
    choose(view, "prerequisites")
    prerequisites = view.current_page()
    add_notes(prerequisites, "Cykelstier")
    prerequisites.set_current_note(prerequisites.model.note(0).id)
    choose(view, "bulletin_board")
    choose(view, "prerequisites")

    # Ctrl+Z twice: the note on this step, then the vote on Indikatorer.
    window.undo_action.trigger()
    assert view.current_step().key == "prerequisites"
    window.undo_action.trigger()
    assert view.current_step().key == "indicators"
    page = view.current_page()
    assert page.model.note(0).votes == 0
    assert page.current_note_id() == page.model.note(0).id  # the voted note, selected
    message = window.statusBar().currentMessage()
    assert message.startswith("Fortrudt: ")
    assert message == "Fortrudt: " + window.session.undo_stack.redoText()

    choose(view, "bulletin_board")
    window.redo_action.trigger()
    assert view.current_step().key == "indicators"
    assert view.current_page().model.note(0).votes == 1
    assert window.statusBar().currentMessage().startswith("Gentaget: ")


def test_undo_takes_the_deleted_note_message_away(window) -> None:
    view = window.camp_view.table_session
    page = view.current_page()
    add_notes(page, "Nye foreninger opstår")
    page.set_current_note(page.model.note(0).id)
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    assert "Note slettet" in page.status_label.text()
    assert "Note slettet" in window.statusBar().currentMessage()
    QTest.keyClick(page.view, Qt.Key.Key_Z, CTRL)
    assert [n.text for n in page.model.notes()] == ["Nye foreninger opstår"]
    assert "Note slettet" not in page.status_label.text()
    assert "Note slettet" not in window.statusBar().currentMessage()
    assert page.status_label.text().startswith("Fortrudt: ")
    assert page.current_note_id() == page.model.note(0).id


def test_undo_goes_to_the_table_of_the_edit(window) -> None:
    view = window.camp_view.table_session
    add_notes(view.current_page(), "Bord 1's note")
    view.choose_table("H1-B2")
    assert view.current_table().code == "H1-B2"
    window.undo_action.trigger()
    assert view.current_table().code == "H1-B1"
    assert view.current_step().key == "indicators"
    assert list(view.current_page().model.notes()) == []
