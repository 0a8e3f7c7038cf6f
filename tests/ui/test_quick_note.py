"""A quick note to the bulletin board from any step: Ctrl+B, type, Enter – and still on
the step, with the keyboard where it was; Esc cancels; Ctrl+Z takes it back on the board."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_text_limit_ui import paste
from test_text_limit_ui import warned_when

from facilitator.domain.text_limit import TEXT_LIMIT
from facilitator.ui.dialogue_box.new_dialogue import create_dialogue
from facilitator.ui.shell.help_page import screen_keys
from facilitator.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(at_table: MainWindow) -> MainWindow:
    return at_table


def board_notes(window: MainWindow, table: str = "H1-B1") -> list[str]:
    store = window.session.store
    board = next(s for s in store.frame.steps() if s.key == "bulletin_board")
    table_id = next(t.id for t in store.frame.tables() if t.code == table)
    return [n.text for n in store.board.notes(board.id, table_id)]


def test_ctrl_b_puts_a_note_on_the_board_and_stays_on_the_step(qtbot, window) -> None:
    view = window.camp_view.table_session
    page = view.current_page()
    assert view.current_step().key == "indicators"
    QTest.keyClicks(page.entry, "Flere børn")  # half a note of this step, typed
    assert page.entry.hasFocus()

    QTest.keyClick(page.entry, Qt.Key.Key_B, CTRL)
    quick = view.quick_note
    assert quick.isVisible() and quick.entry.hasFocus()
    assert "»Opslagstavlen« ved bord H1-B1" in quick.heading.text()
    QTest.keyClicks(quick.entry, "Husk kaffe til eftermiddagen")
    QTest.keyClick(quick.entry, Qt.Key.Key_Return)

    assert not quick.isVisible()
    assert board_notes(window) == ["Husk kaffe til eftermiddagen"]
    assert board_notes(window, "H1-B2") == []
    # Still on the step, the half-typed note and the keyboard where they were.
    assert view.current_step().key == "indicators"
    assert view.current_page() is page and page.entry.hasFocus()
    assert page.entry.text() == "Flere børn"
    assert list(page.model.notes()) == []
    assert window.statusBar().currentMessage() == \
        "Lagt på opslagstavlen: »Husk kaffe til eftermiddagen«"


def test_the_button_works_from_a_step_of_another_kind(qtbot, window) -> None:
    view = window.camp_view.table_session
    view.choose_step("front_pages")
    page = view.current_page()
    focused = window.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)
    assert view.quick_note.button.isVisible()
    qtbot.mouseClick(view.quick_note.button, Qt.MouseButton.LeftButton)
    assert view.quick_note.entry.hasFocus()
    QTest.keyClicks(view.quick_note.entry, "Hvem henter nøglen?")
    QTest.keyClick(view.quick_note.entry, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert board_notes(window) == ["Hvem henter nøglen?"]
    assert view.current_step().key == "front_pages"
    assert window.focusWidget() is focused


def test_esc_cancels_and_nothing_is_added(qtbot, window) -> None:
    view = window.camp_view.table_session
    page = view.current_page()
    QTest.keyClick(page.entry, Qt.Key.Key_B, CTRL)
    QTest.keyClicks(view.quick_note.entry, "Alligevel ikke")
    QTest.keyClick(view.quick_note.entry, Qt.Key.Key_Escape)
    assert not view.quick_note.isVisible()
    assert board_notes(window) == []
    assert page.entry.hasFocus()
    assert not window.session.undo_stack.canUndo()
    # Opened again, the field is empty: Esc threw the text away.
    QTest.keyClick(page.entry, Qt.Key.Key_B, CTRL)
    assert view.quick_note.entry.text() == ""


def test_ctrl_z_takes_the_note_back_on_the_board(qtbot, window) -> None:
    view = window.camp_view.table_session
    view.choose_step("prerequisites")
    page = view.current_page()
    QTest.keyClick(page.entry, Qt.Key.Key_B, CTRL)
    QTest.keyClicks(view.quick_note.entry, "Spørg om lokalet i aften")
    QTest.keyClick(view.quick_note.entry, Qt.Key.Key_Return)
    assert view.current_step().key == "prerequisites"

    QTest.keyClick(page.entry, Qt.Key.Key_Z, CTRL)
    assert board_notes(window) == []
    assert view.current_step().key == "bulletin_board"
    assert window.statusBar().currentMessage() == "Fortrudt: Læg note på opslagstavlen"

    window.redo_action.trigger()
    assert board_notes(window) == ["Spørg om lokalet i aften"]
    board = view.current_page()
    assert [n.text for n in board.model.notes()] == ["Spørg om lokalet i aften"]
    assert board.current_note_id() == board.model.note(0).id  # the note, selected


def test_a_multi_line_note_keeps_every_line_and_the_status_shows_its_start(qtbot,
                                                                            window) -> None:
    view = window.camp_view.table_session
    QTest.keyClick(view.current_page().entry, Qt.Key.Key_B, CTRL)
    entry = view.quick_note.entry
    QTest.keyClicks(entry, "Ris og ros")
    QTest.keyClick(entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(entry, "Maden var god")
    QTest.keyClick(entry, Qt.Key.Key_Return)
    assert board_notes(window) == ["Ris og ros\nMaden var god"]
    assert window.statusBar().currentMessage() == "Lagt på opslagstavlen: »Ris og ros…«"


def test_an_empty_quick_note_adds_nothing(qtbot, window) -> None:
    view = window.camp_view.table_session
    page = view.current_page()
    QTest.keyClick(page.entry, Qt.Key.Key_B, CTRL)
    QTest.keyClicks(view.quick_note.entry, "   ")
    QTest.keyClick(view.quick_note.entry, Qt.Key.Key_Return)
    assert not view.quick_note.isVisible()
    assert board_notes(window) == []
    assert page.entry.hasFocus()


def test_a_paste_past_the_limit_is_refused_and_the_field_stays_open(qtbot, window) -> None:
    view = window.camp_view.table_session
    QTest.keyClick(view.current_page().entry, Qt.Key.Key_B, CTRL)
    entry = view.quick_note.entry
    QTest.keyClicks(entry, "Før ")
    shown = warned_when(qtbot, entry, lambda: paste(qtbot, entry, "x" * (TEXT_LIMIT + 1)))
    assert shown and "100.005 tegn" in shown[0]
    assert view.quick_note.isVisible() and entry.text() == "Før "
    QTest.keyClick(entry, Qt.Key.Key_Return)
    assert board_notes(window) == ["Før"]


def test_the_help_page_lists_ctrl_b(window) -> None:
    keys = dict(screen_keys(window.camp_view.table_session))
    assert keys["Ctrl+B"] == "Skriv en note til opslagstavlen uden at forlade trinnet"


def test_no_quick_note_in_a_program_without_a_board(qtbot, window, tmp_path: Path) -> None:
    dialogue = tmp_path / "dialog.camp"
    create_dialogue(dialogue, host="Anne", group_name="Borgerforeningen",
                    place="Hallen").close()
    assert window.open_camp(dialogue)
    view = window.camp_view.table_session
    assert not view.quick_note.button.isVisible()
    view.choose_step("triangle")
    page = view.current_page()
    page.focus_entry()
    QTest.keyClick(page.entry, Qt.Key.Key_B, CTRL)
    assert not view.quick_note.isVisible()
    assert page.entry.hasFocus()


def test_no_quick_note_in_a_read_only_camp(qtbot, window, camp_path: Path,
                                            monkeypatch) -> None:
    window.close_camp()
    monkeypatch.setattr(os, "access", lambda path, mode: mode == os.R_OK)  # root writes all
    assert window.open_camp(camp_path)
    view = window.camp_view.table_session
    assert window.session.read_only
    assert view.quick_note.button.isVisible()
    assert not view.quick_note.button.isEnabled()
    QTest.keyClick(view.current_page().entry, Qt.Key.Key_B, CTRL)
    assert not view.quick_note.isVisible()


def test_a_click_elsewhere_closes_the_field_and_keeps_the_draft(qtbot, window) -> None:
    view = window.camp_view.table_session
    page = view.current_page()
    QTest.keyClick(page.entry, Qt.Key.Key_B, CTRL)
    QTest.keyClicks(view.quick_note.entry, "Halvt skrevet")
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton)
    assert not view.quick_note.isVisible()
    assert board_notes(window) == []
    QTest.keyClick(page.view, Qt.Key.Key_B, CTRL)
    assert view.quick_note.entry.text() == "Halvt skrevet"
    # The field's own button puts it up: a click there is not a click elsewhere.
    qtbot.mouseClick(view.quick_note.add_button, Qt.MouseButton.LeftButton)
    assert board_notes(window) == ["Halvt skrevet"]
    assert page.view.hasFocus()


def test_the_quick_note_grows_with_the_zoom(qtbot, window) -> None:
    view = window.camp_view.table_session
    QTest.keyClick(view.current_page().entry, Qt.Key.Key_B, CTRL)
    quick = view.quick_note
    normal = quick.add_button.font().pointSizeF(), quick.width()
    QTest.keyClick(quick.entry, Qt.Key.Key_Plus, CTRL)  # Ctrl+plus, from inside the field
    QTest.keyClick(quick.entry, Qt.Key.Key_Plus, CTRL)
    assert quick.add_button.font().pointSizeF() > normal[0]
    assert quick.entry.font().pointSizeF() >= 13 * 1.3
    assert quick.width() > normal[1]
    QTest.keyClick(quick.entry, Qt.Key.Key_0, CTRL)


def test_another_table_chosen_while_open_closes_the_field_with_its_draft(qtbot,
                                                                        window) -> None:
    view = window.camp_view.table_session
    QTest.keyClick(view.current_page().entry, Qt.Key.Key_B, CTRL)
    QTest.keyClicks(view.quick_note.entry, "Til bord to")
    view.table_combo.setCurrentIndex(view.table_combo.findData(
        next(t.id for t in window.session.store.frame.tables() if t.code == "H1-B2")))
    assert not view.quick_note.isVisible()
    page = view.current_page()
    assert page.entry.hasFocus()
    QTest.keyClick(page.entry, Qt.Key.Key_B, CTRL)
    assert "ved bord H1-B2" in view.quick_note.heading.text()
    assert view.quick_note.entry.text() == "Til bord to"
    QTest.keyClick(view.quick_note.entry, Qt.Key.Key_Return)
    assert board_notes(window, "H1-B2") == ["Til bord to"]
    assert board_notes(window) == []
    assert page.entry.hasFocus()
