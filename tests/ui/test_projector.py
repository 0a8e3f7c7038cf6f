"""The projector view, driven from the main window by keyboard as at a camp: it follows
the table's notes and votes within one event-loop turn, shows a front page as the
newspaper, pages a main group's plenary, and leaves full screen with Esc/F11."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from facilitator.ui.edits import front_pages
from facilitator.ui.shell.main_window import MainWindow
from facilitator.ui.table.notes_page import NotesPage
from facilitator.ui.table.projector.board import BoardItem
from facilitator.ui.table.projector.plenary import PAGE_SIZE
from facilitator.ui.table.projector.window import ProjectorWindow

#: The offscreen platform cannot raise a window; the view raises itself on a real screen.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(at_table: MainWindow) -> MainWindow:
    return at_table


def open_projector(qtbot, window: MainWindow) -> ProjectorWindow:
    """Ctrl+Shift+P, as the facilitator presses it."""
    with qtbot.waitActive(window):
        window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    projector = window.projector.projector
    assert projector is not None
    qtbot.waitUntil(projector.isVisible)
    return projector


def one_turn() -> None:
    """Let the event loop run once: what was posted by the last key is handled."""
    QCoreApplication.processEvents()


def test_follows_an_added_note_and_a_vote_within_one_event_loop_turn(qtbot, window) -> None:
    projector = open_projector(qtbot, window)
    page = window.camp_view.table_session.current_page()
    assert isinstance(page, NotesPage) and page.step.key == "indicators"
    assert projector.board.items == ()
    assert page.step.prompt in projector.prompt.text()
    assert "H1-B1" in projector.where.text()

    QTest.keyClicks(page.entry, "Flere børn i foreningerne")
    QTest.keyClick(page.entry, Qt.Key.Key_Return)
    one_turn()
    assert projector.board.items == (BoardItem("Flere børn i foreningerne"),)

    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    QTest.keyClick(page.view, Qt.Key.Key_Plus)
    one_turn()
    assert projector.board.items == (BoardItem("Flere børn i foreningerne", votes=1),)
    QTest.keyClick(page.view, Qt.Key.Key_Space)
    one_turn()
    assert projector.board.items == (
        BoardItem("Flere børn i foreningerne", votes=1, selected=True),)
    assert projector.board.shown_items() == projector.board.items  # it fits on the screen


def test_follows_the_step_and_its_timer(qtbot, window) -> None:
    projector = open_projector(qtbot, window)
    session_view = window.camp_view.table_session
    QTest.keyClick(projector, Qt.Key.Key_PageDown)  # the step moves from the projector too
    one_turn()
    step = session_view.current_step()
    assert step.key == "dilemmas"
    assert step.title in projector.where.text()
    assert projector.prompt.text() == step.prompt
    assert projector.timer.text() == f"{step.minutes:02d}:00"


def test_shows_a_front_page_as_the_newspaper(qtbot, window) -> None:
    store = window.session.store
    step = store.frame.step_by_key("front_pages")
    table = store.frame.table_by_code("H1-B1")
    page = store.board.add_front_page(step_id=step.id, table_id=table.id,
                                headline="Alle børn er med", story="For fem år siden …",
                                quote="Nu er der plads", quote_by="Yasmin, 14 år")
    projector = open_projector(qtbot, window)
    window.camp_view.table_session.choose_step("front_pages")
    one_turn()
    assert projector.stack.currentWidget() is projector.newspaper
    text = projector.newspaper.plain_text()
    assert text.splitlines()[0] == "Testrup Avis"
    assert "Alle børn er med" in text and "»Nu er der plads« – Yasmin, 14 år" in text
    assert "Bord H1-B1" in text

    front_pages.retype_front_page(window.session, page, {"headline": "Ingen står udenfor"})
    one_turn()
    assert "Ingen står udenfor" in projector.newspaper.plain_text()


def selected_notes_of_two_groups(store) -> list[tuple[str, str]]:
    """Selected notes in two steps for H1's two tables; others that must not show."""
    h2 = store.frame.add_main_group(code="H2", name="Ældre")
    other = store.frame.add_table(code="H2-B1", main_group_id=h2.id)
    b1, b2 = store.frame.table_by_code("H1-B1"), store.frame.table_by_code("H1-B2")
    indicators = store.frame.step_by_key("indicators")
    prerequisites = store.frame.step_by_key("prerequisites")
    expected = []
    for n in range(PAGE_SIZE + 2):
        table = b1 if n < 5 else b2
        store.board.add_note(step_id=indicators.id, table_id=table.id, text=f"Indikator {n}",
                       selected=True, votes=n)
        expected.append((table.code, f"Indikator {n}"))
    store.board.add_note(step_id=indicators.id, table_id=b1.id, text="Ikke udvalgt")
    store.board.add_note(step_id=indicators.id, table_id=other.id, text="Fra H2", selected=True)
    store.board.add_note(step_id=prerequisites.id, table_id=b2.id, text="Forudsætning",
                         selected=True)
    expected.append(("H1-B2", "Forudsætning"))
    return expected


def test_plenary_pages_by_keyboard_through_a_main_groups_selected_notes(qtbot, window) -> None:
    expected = selected_notes_of_two_groups(window.session.store)
    menu = window.projector.plenary_menu
    menu.aboutToShow.emit()
    labels = [a.text() for a in menu.actions()]
    assert labels == ["H1", "H2 – Ældre"]
    menu.actions()[0].trigger()
    projector = window.projector.projector
    qtbot.waitUntil(projector.isVisible)

    def page() -> list[tuple[str, str]]:
        return [(item.label, item.text) for item in projector.board.items]

    seen = page()
    assert "side 1 af 3" in projector.where.text() and "Indikatorer" in projector.where.text()
    assert len(seen) == PAGE_SIZE
    QTest.keyClick(projector, Qt.Key.Key_PageDown)
    assert "side 2 af 3" in projector.where.text()
    seen += page()
    QTest.keyClick(projector, Qt.Key.Key_Right)
    assert "side 3 af 3" in projector.where.text()
    assert "Forudsætninger" in projector.where.text()
    seen += page()
    assert seen == expected
    QTest.keyClick(projector, Qt.Key.Key_PageDown)  # no page after the last
    assert "side 3 af 3" in projector.where.text()
    QTest.keyClick(projector, Qt.Key.Key_Home)
    assert page() == expected[:PAGE_SIZE]
    QTest.keyClick(projector, Qt.Key.Key_End)
    assert page() == expected[-1:]
    QTest.keyClick(projector, Qt.Key.Key_PageUp)
    assert "side 2 af 3" in projector.where.text()
    QTest.keyClick(projector, Qt.Key.Key_Left)
    QTest.keyClick(projector, Qt.Key.Key_Up)
    assert "side 1 af 3" in projector.where.text()


def test_escape_leaves_full_screen_then_closes_and_f11_toggles(qtbot, window) -> None:
    projector = open_projector(qtbot, window)
    assert projector.isFullScreen()
    QTest.keyClick(projector, Qt.Key.Key_F11)
    assert not projector.isFullScreen() and projector.isVisible()
    QTest.keyClick(projector, Qt.Key.Key_F11)
    assert projector.isFullScreen()
    QTest.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen() and projector.isVisible()
    QTest.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


def test_with_one_screen_it_covers_the_main_windows_screen(qtbot, window) -> None:
    assert len(QGuiApplication.screens()) == 1
    projector = open_projector(qtbot, window)
    screen = window.screen()
    assert projector.screen() is screen
    assert projector.isFullScreen()
    assert projector.geometry() == screen.geometry()
    screens = window.projector.screen_menu
    screens.aboutToShow.emit()
    actions = screens.actions()
    assert len(actions) == 1
    assert actions[0].isChecked() and not actions[0].isEnabled()  # nothing to choose
    assert screen.name() in actions[0].text()


def test_closing_the_camp_closes_the_projector(qtbot, window) -> None:
    projector = open_projector(qtbot, window)
    window.close_camp()
    assert not projector.isVisible()
    assert window.projector.projector is None
    assert not window.projector.show_action.isEnabled()


def test_a_board_too_full_for_the_screen_shows_the_newest_notes(qtbot) -> None:
    from facilitator.ui.table.projector.board import NoteBoard

    board = NoteBoard()
    qtbot.addWidget(board)
    board.resize(1300, 560)
    items = [BoardItem(f"Note nummer {n} om noget, bordet har sagt") for n in range(60)]
    board.show_items(items)
    shown = board.shown_items()
    assert 0 < len(shown) < 60
    assert shown == tuple(items[-len(shown):])  # the newest, the end of the list
    board.show_items(items[:2])
    assert board.shown_items() == tuple(items[:2])


def test_a_note_longer_than_the_screen_shows_its_beginning(qtbot) -> None:
    from facilitator.ui.table.projector.board import NoteBoard

    board = NoteBoard()
    qtbot.addWidget(board)
    board.resize(1300, 560)
    long_note = BoardItem("lang " * 4000)
    board.show_items([BoardItem("kort"), long_note])
    assert board.shown_items() == (long_note,)
    assert board.grab().width() == 1300  # paints without hanging or failing


def test_a_main_group_without_selected_notes_says_so(qtbot, window) -> None:
    store = window.session.store
    store.board.add_note(step_id=store.frame.step_by_key("indicators").id,
                   table_id=store.frame.table_by_code("H1-B1").id, text="Ikke udvalgt")
    window.projector.show_plenary(store.frame.main_groups()[0].id)
    projector = window.projector.projector
    assert projector.board.items == ()
    assert projector.board.empty_text == "Hovedgruppens borde har endnu ikke udvalgt noter."
    assert projector.where.text() == "Hovedgruppe H1"
    QTest.keyClick(projector, Qt.Key.Key_PageDown)  # nothing to page: no failure
    assert projector.where.text() == "Hovedgruppe H1"


def test_a_camp_without_tables_asks_for_a_table(qtbot, tmp_path: Path) -> None:
    from facilitator.program import load_program
    from facilitator.store import CampStore

    CampStore.create(tmp_path / "tom.camp", program=load_program("camp_day"),
                     title="Tom").close()
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_camp(tmp_path / "tom.camp")
    w.projector.show_table()
    projector = w.projector.projector
    assert projector.board.items == ()
    assert projector.board.empty_text == "Vælg et bord og et trin ved bordet."
    assert projector.timer.text() == ""
    w.close_camp()
