"""The front-page step driven by keyboard and mouse, checked against the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from facilitator.ui.table.front_page import FrontPagePage
from facilitator.ui.table.newspaper_preview import danish_long_date
from facilitator.ui.table.newspaper_preview import masthead_title


@pytest.fixture
def page(qtbot, session):
    # A host without a layout, as the page is never a window of its own: a top-level page
    # would make the offscreen platform warn each time its minimum size changes.
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1100, 700)
    store = session.store
    view = FrontPagePage(session, host)
    view.setGeometry(0, 0, 1100, 700)
    view.show_step(store.frame.step_by_key("front_pages"), store.frame.tables()[0])
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    yield view
    del host


def stored(page: FrontPagePage):
    return page.session.store.board.front_pages(page.step.id, page.table_id)


def test_danish_date_and_masthead() -> None:
    assert danish_long_date("2026-05-09") == "lørdag den 9. maj 2026"
    assert danish_long_date("2025-12-01") == "mandag den 1. december 2025"
    assert danish_long_date("") == ""
    assert danish_long_date("ikke en dato") == ""
    assert masthead_title("Egeskov Kommune") == "Egeskov Avis"
    assert masthead_title("") == "Lokalavisen"


def test_typing_into_an_empty_step_creates_the_first_front_page(qtbot, page) -> None:
    assert page.hint.isVisible()
    page.focus_entry()
    qtbot.keyClicks(page.headline, "Byen åbner sig")
    qtbot.waitUntil(lambda: len(stored(page)) == 1)
    assert stored(page)[0].headline == "Byen åbner sig"
    assert not page.hint.isVisible()
    assert page.tabs.count() == 1


def test_two_front_pages_typed_saved_and_previewed(qtbot, page) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert len(stored(page)) == 1
    qtbot.keyClicks(page.headline, "Skolen er byens hjerte")
    qtbot.keyClick(page.headline, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.story, "Forældre og lærere mødes hver uge.")
    qtbot.keyClick(page.story, Qt.Key.Key_Return)
    qtbot.keyClicks(page.story, "Nu er alle med.")
    qtbot.keyClicks(page.quote, "Vi gjorde det sammen")
    qtbot.keyClicks(page.quote_by, "Nina, 34")
    page.commit_pending()
    first = stored(page)[0]
    assert first.headline == "Skolen er byens hjerte"
    assert first.story == "Forældre og lærere mødes hver uge.\nNu er alle med."
    assert (first.quote, first.quote_by) == ("Vi gjorde det sammen", "Nina, 34")

    text = page.preview.plain_text()
    assert "Skolen er byens hjerte" in text
    assert "lørdag den 9. maj 2026" in text
    assert "Testrup Avis" in text
    assert "»Vi gjorde det sammen« – Nina, 34" in text
    page.preview.grab()  # paints without warnings

    qtbot.keyClick(page.story, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(stored(page)) == 2
    assert page.tabs.count() == 2 and page.tabs.currentIndex() == 1
    assert page.headline.text() == "" and page.headline.hasFocus()
    qtbot.keyClicks(page.headline, "Cykelstien blev færdig")
    qtbot.waitUntil(lambda: stored(page)[1].headline == "Cykelstien blev færdig")
    assert "Cykelstien blev færdig" in page.preview.plain_text()
    assert page.tabs.tabText(1) == "Cykelstien blev færdig"

    qtbot.keyClick(page.headline, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == 0
    assert page.headline.text() == "Skolen er byens hjerte"
    assert [p.headline for p in stored(page)] == ["Skolen er byens hjerte",
                                                   "Cykelstien blev færdig"]


def test_undo_of_an_edit_restores_the_field(qtbot, page) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.headline, "Første bud")
    page.commit_pending()
    qtbot.keyClicks(page.headline, " og andet bud")
    page.commit_pending()
    assert stored(page)[0].headline == "Første bud og andet bud"
    stack = page.session.undo_stack
    assert stack.undoText() == "Ret overskrift"
    count = stack.count()
    # Typing in one field is one undo step, however many saves it took.
    stack.undo()
    assert stack.count() == count
    assert stored(page)[0].headline == ""
    assert page.headline.text() == ""
    assert "Første bud" not in page.preview.plain_text()
    stack.redo()
    assert page.headline.text() == "Første bud og andet bud"


def test_delete_and_undo_delete(qtbot, page) -> None:
    for headline in ("Den ene", "Den anden"):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.headline, headline)
        page.commit_pending()
    assert page.tabs.currentIndex() == 1
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [p.headline for p in stored(page)] == ["Den ene"]
    assert page.headline.text() == "Den ene"
    page.session.undo_stack.undo()
    assert [p.headline for p in stored(page)] == ["Den ene", "Den anden"]
    assert page.tabs.count() == 2

    page.tabs.setCurrentIndex(0)
    qtbot.keyClick(page.headline, Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [p.headline for p in stored(page)] == ["Den anden"]
