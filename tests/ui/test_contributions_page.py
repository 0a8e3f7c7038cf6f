"""The contributions board driven by keyboard and mouse, checked against the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from facilitator.ui.table.contribution_column import ContributionColumnModel
from facilitator.ui.table.contributions_page import ContributionsPage

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _page(qtbot, session):
    # A host without a layout, as the page is never a window of its own: a top-level page
    # would make the offscreen platform warn each time its minimum size changes.
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1400, 700)
    store = session.store
    view = ContributionsPage(session, host)
    view.setGeometry(0, 0, 1400, 700)
    view.show_step(store.frame.step_by_key("contributions"), store.frame.tables()[0])
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    return host, view


@pytest.fixture
def prerequisites(store):
    step = store.frame.step_by_key("prerequisites")
    table = store.frame.tables()[0]
    bikes = store.board.add_note(step_id=step.id, table_id=table.id, text="Gode cykelstier",
                           selected=True)
    store.board.add_note(step_id=step.id, table_id=table.id, text="Ikke valgt", selected=False)
    clubs = store.board.add_note(step_id=step.id, table_id=table.id, text="Et levende foreningsliv",
                           selected=True)
    return bikes, clubs


@pytest.fixture
def page(qtbot, session, prerequisites):
    host, view = _page(qtbot, session)
    yield view
    del host


def stored(page: ContributionsPage, prerequisite_id: str):
    return page.session.store.board.contributions(page.step.id, page.table_id,
                                            prerequisite_id=prerequisite_id)


def actor_ids(page: ContributionsPage) -> dict[str, str]:
    return {a.key: a.id for a in page.session.store.frame.actors()}


def type_into(qtbot, column, text: str) -> None:
    column.entry.setFocus()
    qtbot.keyClicks(column.entry, text)
    qtbot.keyClick(column.entry, Qt.Key.Key_Return)


def test_without_selected_prerequisites_the_page_says_where_to_go(qtbot, session) -> None:
    host, view = _page(qtbot, session)
    assert view.stack.currentWidget() is view.empty
    assert "»Forudsætninger«" in view.empty.text()
    view.focus_entry()  # nothing to focus, and no error


def test_board_shows_selected_prerequisites_and_actor_columns(page, prerequisites) -> None:
    assert page.stack.currentWidget() is page.board
    texts = [page.prerequisites.tabText(i) for i in range(page.prerequisites.count())]
    assert texts == ["Gode cykelstier (0)", "Et levende foreningsliv (0)"]
    names = [c.name for c in page.columns]
    assert names == ["Kommunen", "Borgerne", "Erhvervslivet", "Lokalsamfundet", "Andre",
                     "Ikke fordelt"]
    assert page.columns[-1].actor_id is None
    assert page.heading.text() == "Gode cykelstier"
    page.focus_entry()
    assert QApplication.focusWidget() is page.columns[0].entry


def test_typing_moving_voting_selecting_deleting(qtbot, page, prerequisites) -> None:
    bikes, clubs = prerequisites
    ids = actor_ids(page)
    kommunen, borgerne, erhverv = page.columns[0], page.columns[1], page.columns[2]
    loose = page.columns[-1]

    type_into(qtbot, kommunen, "Byg stien langs åen")
    type_into(qtbot, kommunen, "Sæt lys op")
    type_into(qtbot, borgerne, "Cykl til skole")
    type_into(qtbot, erhverv, "Sponsorer cykelhjelme")
    type_into(qtbot, loose, "Cykelfest hvert forår")
    assert loose.entry.text() == "" and loose.entry.hasFocus()
    assert kommunen.counts.text() == "2 bidrag"
    assert {(c.text, c.actor_id) for c in stored(page, bikes.id)} == {
        ("Byg stien langs åen", ids["municipality"]), ("Sæt lys op", ids["municipality"]),
        ("Cykl til skole", ids["citizens"]), ("Sponsorer cykelhjelme", ids["business"]),
        ("Cykelfest hvert forår", None)}

    # The second prerequisite, chosen by keyboard from the entry line.
    qtbot.keyClick(loose.entry, Qt.Key.Key_PageDown, ALT)
    assert page.heading.text() == "Et levende foreningsliv"
    assert kommunen.model.rowCount() == 0
    type_into(qtbot, kommunen, "Gratis lokaler")
    type_into(qtbot, borgerne, "Bliv frivillig")
    type_into(qtbot, erhverv, "Lån af varevogn")
    type_into(qtbot, loose, "Foreningernes dag")
    assert len(stored(page, clubs.id)) == 4
    assert len(stored(page, bikes.id)) == 5
    assert page.prerequisites.tabText(1) == "Et levende foreningsliv (4)"

    # Move "Gratis lokaler" from Kommunen to Borgerne with Ctrl+Right; the focus follows.
    kommunen.select_row(0)
    qtbot.keyClick(kommunen.view, Qt.Key.Key_Right, CTRL)
    moved = next(c for c in stored(page, clubs.id) if c.text == "Gratis lokaler")
    assert moved.actor_id == ids["citizens"]
    assert borgerne.ids()[-1] == moved.id and borgerne.current_id() == moved.id
    assert borgerne.view.hasFocus()
    # …and back to the top of Borgerne with Ctrl+Up.
    qtbot.keyClick(borgerne.view, Qt.Key.Key_Up, CTRL)
    assert [c.text for c in stored(page, clubs.id) if c.actor_id == ids["citizens"]] == [
        "Gratis lokaler", "Bliv frivillig"]

    # Votes with + and −, and the button; Space marks it selected.
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Minus):
        qtbot.keyClick(borgerne.view, key)
    qtbot.mouseClick(page.buttons["vote_up"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(borgerne.view, Qt.Key.Key_Space)
    chosen = page.session.store.board.contribution(moved.id)
    assert (chosen.votes, chosen.selected) == (3, True)
    assert borgerne.counts.text() == "2 bidrag · 1 udvalgt"

    # Delete, then undo brings it back in its place.
    erhverv.select_row(0)
    qtbot.keyClick(erhverv.view, Qt.Key.Key_Delete)
    assert [c.text for c in stored(page, clubs.id) if c.actor_id == ids["business"]] == []
    assert erhverv.entry.hasFocus()
    page.session.undo_stack.undo()
    assert [c.text for c in stored(page, clubs.id) if c.actor_id == ids["business"]] == [
        "Lån af varevogn"]
    assert erhverv.model.rowCount() == 1

    # Undo the vote-and-select steps back to the move: the store follows the stack.
    stack = page.session.undo_stack
    stack.undo()  # the deletion was undone above; this undoes the Space
    assert not page.session.store.board.contribution(moved.id).selected


def test_edit_in_place_with_f2(qtbot, page, prerequisites) -> None:
    bikes, _ = prerequisites
    column = page.columns[3]
    type_into(qtbot, column, "Cykelværksted i forsamlingshuset")
    column.select_row(0)
    qtbot.keyClick(column.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor is not column.entry
    editor.selectAll()
    qtbot.keyClicks(editor, "Cykelværksted i skolen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: [c.text for c in stored(page, bikes.id)] == [
        "Cykelværksted i skolen"])
    assert column.model.items[0].text == "Cykelværksted i skolen"
    assert page.session.undo_stack.undoText() == "Ret bidrag"


def test_drag_and_drop_between_columns_moves_it(qtbot, page, prerequisites) -> None:
    bikes, _ = prerequisites
    ids = actor_ids(page)
    source, target = page.columns[-1], page.columns[4]
    type_into(qtbot, source, "Fælles cykeltur")
    type_into(qtbot, target, "Kort over ruter")
    data = source.model.mimeData([source.model.index(0, 0)])
    assert target.model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert target.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: source.model.rowCount() == 0)
    assert [c.text for c in stored(page, bikes.id) if c.actor_id == ids["others"]] == [
        "Fælles cykeltur", "Kort over ruter"]
    page.session.undo_stack.undo()
    assert [c.actor_id for c in stored(page, bikes.id) if c.text == "Fælles cykeltur"] == [None]


def test_column_model_is_a_well_behaved_model(qtmodeltester, page) -> None:
    column = page.columns[0]
    for text in ("Én", "To", "Tre"):
        column.entry.setText(text)
        column.entry.returnPressed.emit()
    assert column.model.rowCount() == 3
    qtmodeltester.check(column.model)
    qtmodeltester.check(ContributionColumnModel())
