"""The note step driven as a table facilitator drives it, checked against the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import DILEMMA_TAGS
from facilitator.ui.edits.change import Change
from facilitator.ui.table.dilemma_page import DilemmaPage
from facilitator.ui.table.notes_model import NotesModel
from facilitator.ui.table.notes_page import NoteEntry
from facilitator.ui.table.notes_page import NotesPage

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def open_page(qtbot, session, cls: type[NotesPage] = NotesPage, key: str = "indicators"):
    # A host without a layout, as in the app: a top-level page would make the offscreen
    # platform warn each time its minimum size changes (and warnings fail the suite).
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(900, 700)
    page = cls(session, host)
    page.test_host = host  # keeps the host (and so the page) alive while the test runs
    page.setGeometry(0, 0, 900, 700)
    store = session.store
    page.show_step(store.frame.step_by_key(key), store.frame.tables()[0])
    with qtbot.waitExposed(host):
        host.show()
    with qtbot.waitActive(host):
        host.activateWindow()
    page.focus_entry()
    return page


@pytest.fixture
def page(qtbot, session) -> NotesPage:
    return open_page(qtbot, session)


def stored(page: NotesPage):
    return page.session.store.board.notes(page.step.id, page.table_id)


def texts(page: NotesPage) -> list[str]:
    return [n.text for n in stored(page)]


def type_note(qtbot, page: NotesPage, text: str) -> None:
    qtbot.keyClicks(page.entry, text)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)


def paste_note(qtbot, page: NotesPage, text: str) -> None:
    """What a facilitator does with text from elsewhere; QTest cannot type non-Latin-1."""
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(page.entry, Qt.Key.Key_V, CTRL)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)


def to_list(qtbot, page: NotesPage, row: int = 0) -> None:
    """From the entry, arrow down into the list, then down to ``row``."""
    qtbot.keyClick(page.entry, Qt.Key.Key_Down)
    assert page.view.hasFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.current_row() == row


def press(qtbot, page: NotesPage, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(page.view, key, modifier)


def click_part(qtbot, page: NotesPage, row: int, part: str, double: bool = False) -> None:
    rect = page.delegate.parts(page.view.visualRect(page.proxy.index(row, 0)))[part]
    if double:
        qtbot.mouseDClick(page.view.viewport(), LEFT, pos=rect.center())
    else:
        qtbot.mouseClick(page.view.viewport(), LEFT, pos=rect.center())


def shown_texts(page: NotesPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


# -- adding -------------------------------------------------------------------------------
def test_enter_adds_clears_and_keeps_focus(qtbot, page) -> None:
    type_note(qtbot, page, "Flere bænke ved søen")
    assert texts(page) == ["Flere bænke ved søen"]
    assert page.entry.toPlainText() == ""
    assert page.entry.hasFocus()
    type_note(qtbot, page, "Børn cykler selv i skole")
    assert texts(page) == ["Flere bænke ved søen", "Børn cykler selv i skole"]
    assert page.current_row() == 1  # the newest note is current, the entry keeps focus
    assert page.entry.hasFocus()
    assert page.counts_label.text() == "2 noter · 0 stemmer · 0 udvalgt"


def test_shift_enter_makes_a_new_line(qtbot, page) -> None:
    qtbot.keyClicks(page.entry, "Første linje")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(page.entry, "anden linje")
    assert texts(page) == []
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert texts(page) == ["Første linje\nanden linje"]


def test_add_button_adds(qtbot, page) -> None:
    qtbot.keyClicks(page.entry, "Med musen")
    qtbot.mouseClick(page.add_button, LEFT)
    assert texts(page) == ["Med musen"]


def test_empty_and_whitespace_are_not_added(qtbot, page) -> None:
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    type_note(qtbot, page, "    ")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    qtbot.mouseClick(page.add_button, LEFT)
    assert texts(page) == []
    assert page.session.undo_stack.count() == 0
    assert page.entry.hasFocus()


def test_long_emoji_and_right_to_left_text_stored_intact(qtbot, page) -> None:
    long_text = ("Vi vil have en legeplads ved skolen, der er åben efter kl. 16. " * 200)[:9999]
    long_text += "!"
    assert len(long_text) == 10_000
    emoji = "Fællesskab 👨‍👩‍👧‍👦 og 🇩🇰 – 👍🏽"
    rtl = "مرحبا بكم في المخيم — שלום עולם"
    nbsp = "kl.\u00a016 «\u00a0citat\u00a0» \u2028 linje"
    for text in (long_text, emoji, rtl, nbsp):
        paste_note(qtbot, page, text)
    assert texts(page) == [long_text, emoji, rtl, nbsp]
    # Shown elided (a few lines high), but the model hands out every character.
    row_height = page.view.visualRect(page.proxy.index(0, 0)).height()
    one_line = page.view.visualRect(page.proxy.index(1, 0)).height()
    assert one_line < row_height <= 6 * page.view.fontMetrics().lineSpacing() + 40
    assert page.proxy.index(0, 0).data() == long_text
    assert len(page.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)) < 1000


def test_a_refused_add_keeps_the_typed_text(qtbot, page, monkeypatch) -> None:
    from facilitator.domain import messages as msg
    from facilitator.domain.messages import UserError

    def disk_full(**_):
        raise UserError(msg.WRITE_FAILED, detail="disk I/O error")

    monkeypatch.setattr(page.session.store.board, "add_note", disk_full)
    type_note(qtbot, page, "Må ikke gå tabt")
    assert page.entry.toPlainText() == "Må ikke gå tabt"
    assert "disk I/O error" in page.status_label.text()
    assert page.model.rowCount() == 0
    assert page.session.undo_stack.count() == 0


def test_a_read_only_camp_cannot_be_typed_into(qtbot, camp_path) -> None:
    from facilitator.store import CampStore
    from facilitator.ui.shell.session import CampSession

    session = CampSession(CampStore.open(camp_path, read_only=True))
    try:
        page = open_page(qtbot, session)
        assert page.entry.isReadOnly()
        assert not page.add_button.isEnabled()
    finally:
        session.close()


# -- votes and selection ------------------------------------------------------------------
def test_votes_by_keys_buttons_and_row_controls(qtbot, page) -> None:
    type_note(qtbot, page, "A")
    type_note(qtbot, page, "B")
    to_list(qtbot, page, 0)
    press(qtbot, page, Qt.Key.Key_Plus)
    press(qtbot, page, Qt.Key.Key_Equal)
    press(qtbot, page, Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier)
    press(qtbot, page, Qt.Key.Key_Minus)
    assert [n.votes for n in stored(page)] == [2, 0]
    assert page.current_row() == 0  # voting keeps the same note current
    qtbot.mouseClick(page.vote_up_button, LEFT)
    assert stored(page)[0].votes == 3
    for _ in range(5):
        qtbot.mouseClick(page.vote_down_button, LEFT)
    assert stored(page)[0].votes == 0  # never below zero
    click_part(qtbot, page, 1, "plus")
    click_part(qtbot, page, 1, "plus")
    click_part(qtbot, page, 1, "minus")
    assert [n.votes for n in stored(page)] == [0, 1]
    assert page.current_row() == 1
    assert page.view.state() != QAbstractItemView.State.EditingState
    page.session.undo_stack.undo()
    assert [n.votes for n in stored(page)] == [0, 2]
    assert page.current_row() == 1


def test_space_box_and_button_select(qtbot, page) -> None:
    for text in ("A", "B", "C"):
        type_note(qtbot, page, text)
    to_list(qtbot, page, 1)
    press(qtbot, page, Qt.Key.Key_Space)
    assert [n.selected for n in stored(page)] == [False, True, False]
    click_part(qtbot, page, 2, "box")
    qtbot.mouseClick(page.select_button, LEFT)  # acts on the current note: C
    click_part(qtbot, page, 0, "box")
    assert [n.selected for n in stored(page)] == [True, True, False]
    checked = Qt.CheckState.Checked
    assert page.proxy.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == checked
    assert page.counts_label.text() == "3 noter · 0 stemmer · 2 udvalgt"


# -- delete, undo, redo -------------------------------------------------------------------
def test_delete_then_undo_and_redo(qtbot, page) -> None:
    for text in ("A", "B", "C"):
        type_note(qtbot, page, text)
    to_list(qtbot, page, 1)
    with qtbot.waitSignal(page.session.status) as status:
        press(qtbot, page, Qt.Key.Key_Delete)
    assert texts(page) == ["A", "C"]
    assert page.status_label.text() == "Note slettet – Ctrl+Z fortryder"
    assert status.args == ["Note slettet – Ctrl+Z fortryder"]
    assert page.current_row() == 1  # the next note is current
    stack = page.session.undo_stack
    stack.undo()
    assert texts(page) == ["A", "B", "C"]
    assert shown_texts(page) == ["A", "B", "C"]
    stack.redo()
    assert texts(page) == ["A", "C"]
    assert shown_texts(page) == ["A", "C"]
    qtbot.mouseClick(page.delete_button, LEFT)
    assert texts(page) == ["A"]


def test_ctrl_z_right_after_enter_takes_the_note_back(qtbot, page) -> None:
    # The window's undo shortcut, as the main window has it.
    shortcut = QShortcut(QKeySequence.StandardKey.Undo, page.test_host)
    shortcut.activated.connect(page.session.undo_stack.undo)
    type_note(qtbot, page, "Forkert")
    qtbot.keyClick(page.entry, Qt.Key.Key_Z, CTRL)
    assert texts(page) == []
    qtbot.keyClicks(page.entry, "Halvt skrevet")
    qtbot.keyClick(page.entry, Qt.Key.Key_Z, CTRL)  # undoes the typing, not the camp
    assert page.entry.toPlainText() == ""
    assert page.session.undo_stack.index() == 0 and page.session.undo_stack.count() == 1


def test_undo_and_redo_of_adding_bring_back_the_same_note(qtbot, page) -> None:
    type_note(qtbot, page, "A")
    note_id = stored(page)[0].id
    to_list(qtbot, page, 0)
    press(qtbot, page, Qt.Key.Key_Plus)
    stack = page.session.undo_stack
    stack.undo()
    stack.undo()
    assert texts(page) == []
    assert page.counts_label.text() == "0 noter · 0 stemmer · 0 udvalgt"
    stack.redo()
    stack.redo()
    assert [(n.id, n.votes) for n in stored(page)] == [(note_id, 1)]
    assert shown_texts(page) == ["A"]


# -- order --------------------------------------------------------------------------------
def test_reorder_with_ctrl_arrows_and_buttons(qtbot, page) -> None:
    for text in ("A", "B", "C"):
        type_note(qtbot, page, text)
    to_list(qtbot, page, 0)
    press(qtbot, page, Qt.Key.Key_Down, CTRL)
    assert texts(page) == ["B", "A", "C"]
    assert [n.position for n in stored(page)] == [0, 1, 2]
    assert page.current_row() == 1  # A moved and is still current
    press(qtbot, page, Qt.Key.Key_Down, CTRL)
    press(qtbot, page, Qt.Key.Key_Down, CTRL)  # already last: nothing happens
    assert texts(page) == ["B", "C", "A"]
    qtbot.mouseClick(page.up_button, LEFT)
    assert texts(page) == ["B", "A", "C"]
    page.session.undo_stack.undo()
    assert texts(page) == ["B", "C", "A"]
    assert shown_texts(page) == ["B", "C", "A"]
    assert page.current_note_id() == stored(page)[2].id
    press(qtbot, page, Qt.Key.Key_Up, CTRL)
    assert texts(page) == ["B", "A", "C"]


def test_drag_and_drop_moves_through_the_proxy(qtbot, page) -> None:
    for text in ("A", "B", "C"):
        type_note(qtbot, page, text)
    mime = page.proxy.mimeData([page.proxy.index(0, 0)])
    assert page.proxy.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert texts(page) == ["B", "C", "A"]
    mime = page.proxy.mimeData([page.proxy.index(2, 0)])
    assert page.proxy.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert texts(page) == ["B", "A", "C"]
    page.session.undo_stack.undo()
    assert texts(page) == ["B", "C", "A"]
    assert page.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)
    assert texts(page) == ["C", "B", "A"]


# -- edit in place ------------------------------------------------------------------------
def editor(page: NotesPage) -> NoteEntry:
    widget = QApplication.focusWidget()
    assert isinstance(widget, NoteEntry) and widget is not page.entry
    return widget


def test_edit_in_place_with_f2_and_double_click(qtbot, page) -> None:
    type_note(qtbot, page, "Skrivefejl")
    type_note(qtbot, page, "B")
    to_list(qtbot, page, 0)
    press(qtbot, page, Qt.Key.Key_F2)
    assert page.view.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(editor(page), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor(page), "Rettet tekst")
    qtbot.keyClick(editor(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.State.EditingState)
    assert texts(page) == ["Rettet tekst", "B"]
    click_part(qtbot, page, 1, "text")
    click_part(qtbot, page, 1, "text", double=True)
    qtbot.keyClicks(editor(page), " og mere")
    qtbot.keyClick(editor(page), Qt.Key.Key_Escape)  # cancelled: nothing stored
    qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.State.EditingState)
    assert texts(page) == ["Rettet tekst", "B"]
    page.session.undo_stack.undo()
    assert texts(page) == ["Skrivefejl", "B"]


def test_editing_a_note_empty_is_refused(qtbot, page) -> None:
    type_note(qtbot, page, "Bliver")
    to_list(qtbot, page, 0)
    press(qtbot, page, Qt.Key.Key_F2)
    qtbot.keyClick(editor(page), Qt.Key.Key_A, CTRL)
    qtbot.keyClick(editor(page), Qt.Key.Key_Delete)
    qtbot.keyClick(editor(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.State.EditingState)
    assert texts(page) == ["Bliver"]
    assert page.status_label.text() == "En tom note gemmes ikke."


def test_letters_typed_in_the_list_go_to_the_entry(qtbot, page) -> None:
    type_note(qtbot, page, "A")
    to_list(qtbot, page, 0)
    qtbot.keyClicks(page.view, "Ny")
    assert page.entry.hasFocus()
    assert page.entry.toPlainText() == "Ny"


# -- sorting and counts -------------------------------------------------------------------
def test_sort_by_votes_is_a_view_only_toggle(qtbot, page) -> None:
    for text, votes in (("A", 0), ("B", 2), ("C", 5), ("D", 2)):
        type_note(qtbot, page, text)
        for _ in range(votes):
            qtbot.mouseClick(page.vote_up_button, LEFT)
    qtbot.mouseClick(page.sort_button, LEFT)
    assert page.sort_button.isChecked()
    assert shown_texts(page) == ["C", "B", "D", "A"]
    assert texts(page) == ["A", "B", "C", "D"]  # the board order is untouched
    qtbot.keyClick(page.entry, Qt.Key.Key_Down)
    press(qtbot, page, Qt.Key.Key_End)
    assert page.current_note_id() == stored(page)[0].id  # A, last when sorted
    press(qtbot, page, Qt.Key.Key_Down, CTRL)
    assert texts(page) == ["A", "B", "C", "D"]
    assert "Sortér efter stemmer" in page.status_label.text()
    for _ in range(3):
        press(qtbot, page, Qt.Key.Key_Plus)
    assert shown_texts(page) == ["C", "A", "B", "D"]
    assert page.current_note_id() == stored(page)[0].id  # A is still current
    qtbot.mouseClick(page.sort_button, LEFT)
    assert shown_texts(page) == ["A", "B", "C", "D"]
    assert page.current_note_id() == stored(page)[0].id


def test_counts_label(qtbot, page, session) -> None:
    store = session.store
    for i in range(12):
        store.board.add_note(step_id=page.step.id, table_id=page.table_id, text=f"Note {i}",
                       votes=(1, 2, 3, 4, 5, 6, 7, 3, 0, 0, 0, 0)[i], selected=i < 4)
    session.changed.emit(Change.NOTE)  # what another view's edit would announce
    assert page.counts_label.text() == "12 noter · 31 stemmer · 4 udvalgt"
    store.board.add_note(step_id=store.frame.step_by_key("prerequisites").id,
                         table_id=page.table_id,
                   text="En anden side", votes=9)
    session.changed.emit(Change.NOTE)
    assert page.counts_label.text() == "12 noter · 31 stemmer · 4 udvalgt"

    other = open_page(qtbot, session, key="good_idea")
    type_note(qtbot, other, "En god ide")
    qtbot.mouseClick(other.vote_up_button, LEFT)
    qtbot.mouseClick(other.select_button, LEFT)
    assert other.counts_label.text() == "1 note · 1 stemme · 1 udvalgt"


# -- the model on its own -----------------------------------------------------------------
@pytest.mark.parametrize("force_py", [False, True])
def test_model_passes_the_model_tester(qtmodeltester, qtbot, session, force_py) -> None:
    store = session.store
    step = store.frame.step_by_key("indicators")
    table = store.frame.tables()[0]
    model = NotesModel(session)
    model.show_notes(step.id, table.id)
    for text in ("A", "B", "C"):
        model.add_note(text)
    qtmodeltester.check(model, force_py=force_py)
    model.change_votes(1, 2)
    model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(2, 0), "C2", Qt.ItemDataRole.EditRole)
    model.move_row(0, 2)
    model.delete_row(1)
    model.add_note("D")
    stack = session.undo_stack
    for _ in range(stack.count()):
        stack.undo()
        model.reload()
    for _ in range(stack.count()):
        stack.redo()
        model.reload()
    assert [n.text for n in model.notes()] == [n.text for n in store.board.notes(step.id, table.id)]
    assert [n.text for n in model.notes()] == ["B", "A", "D"]
    model.show_notes(store.frame.step_by_key("prerequisites").id, table.id)
    assert model.rowCount() == 0


def test_proxy_passes_the_model_tester(qtmodeltester, qtbot, page) -> None:
    for text in ("A", "B", "C"):
        type_note(qtbot, page, text)
    qtmodeltester.check(page.proxy)
    page.set_sorted_by_votes(True)
    page.model.change_votes(2, 1)
    page.set_sorted_by_votes(False)


def test_adding_to_a_thousand_notes_inserts_one_row_and_lays_out_one_text(
        qtbot, page, session, monkeypatch) -> None:
    """The list measures every row on each insert (Qt's QListView does); that stays cheap
    only because a row's size and text layout are worked out once. (Times: ``bench/``.)"""
    store = session.store
    for i in range(1000):
        store.board.add_note(step_id=page.step.id, table_id=page.table_id,
                       text=f"Note nummer {i} om noget, bordet har talt om i et stykke tid")
    page.reload()
    type_note(qtbot, page, "Den første")  # the list settles (scroll bar, widths)
    QApplication.processEvents()
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))
    laid_out: list[str] = []
    lay_out = page.delegate._lay_out
    monkeypatch.setattr(page.delegate, "_lay_out",
                        lambda text, *args: (laid_out.append(text), lay_out(text, *args))[1])
    for i in range(20):
        qtbot.keyClicks(page.entry, f"Ny {i}")
        qtbot.keyClick(page.entry, Qt.Key.Key_Return)
        QApplication.processEvents()  # includes the list's new layout and paint
    assert len(stored(page)) == 1021
    assert page.model.rowCount() == 1021
    assert resets == []  # each add was one inserted row, never a reset
    new = [text for text in laid_out if text.startswith("Ny ")]
    assert sorted(set(new)) == sorted(f"Ny {i}" for i in range(20))
    # Older notes are laid out again only as the cards on screen (not 20 × 1,000 rows).
    assert len(laid_out) - len(new) < 60, len(laid_out)


# -- the dilemma step ---------------------------------------------------------------------
def test_dilemma_page_shows_cases_and_stores_tags(qtbot, session) -> None:
    page = open_page(qtbot, session, DilemmaPage, key="dilemmas")
    shown = " ".join(label.text() for label in page.cases_box.findChildren(QWidget)
                     if hasattr(label, "text") and callable(label.text))
    assert "Sara, 38" in shown and "Henning, 74" in shown
    assert page.cases_box.isVisible()

    type_note(qtbot, page, "Uden mærke")
    qtbot.keyClick(page.entry, Qt.Key.Key_Tab)
    assert page.tag_combo.hasFocus(), QApplication.focusWidget()
    qtbot.keyClick(page.tag_combo, Qt.Key.Key_Down)
    qtbot.keyClick(page.tag_combo, Qt.Key.Key_Down)
    assert page.next_tag() == "tradeoff"
    page.focus_entry()
    type_note(qtbot, page, "Frivillighed mod familieliv")
    assert [n.tag for n in stored(page)] == ["", "tradeoff"]

    to_list(qtbot, page, 0)
    press(qtbot, page, Qt.Key.Key_3)
    assert stored(page)[0].tag == "dilemma"
    press(qtbot, page, Qt.Key.Key_1)
    assert stored(page)[0].tag == "consideration"
    press(qtbot, page, Qt.Key.Key_0)
    assert stored(page)[0].tag == ""
    session.undo_stack.undo()
    assert stored(page)[0].tag == "consideration"

    menu = QMenu()
    page._fill_context_menu(menu)
    tag_actions = [a for a in menu.actions() if a.text().endswith("\t2")]
    assert len(tag_actions) == 1
    tag_actions[0].trigger()
    assert stored(page)[0].tag == "tradeoff"
    assert {n.tag for n in stored(page)} <= {"", *DILEMMA_TAGS}


def test_context_menu_entries_do_what_they_say(qtbot, page) -> None:
    type_note(qtbot, page, "A")
    type_note(qtbot, page, "B")
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    menu = QMenu()
    page._fill_context_menu(menu)
    by_key = {a.text().split("\t")[1]: a for a in menu.actions()}
    by_key["+"].trigger()
    by_key["Mellemrum"].trigger()
    by_key["Ctrl+Ned"].trigger()
    assert [(n.text, n.votes, n.selected) for n in stored(page)] == [
        ("B", 0, False), ("A", 1, True)]
    assert page.view.indexAt(QPoint(5, 5)).isValid()


def test_rows_are_measured_again_when_the_font_grows(qtbot, page) -> None:
    """A facilitator who enlarges the text for the table sees taller cards, not clipped
    ones: the heights remembered for the old font are dropped."""
    type_note(qtbot, page, "En lang note, der fylder flere linjer på kortet " * 6)
    QApplication.processEvents()
    index = page.proxy.index(0, 0)
    before = page.view.visualRect(index).height()
    font = page.view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    page.view.setFont(font)
    qtbot.waitUntil(lambda: page.view.visualRect(index).height() > before * 1.3)


def test_plus_minus_and_space_after_enter_act_on_the_new_note(qtbot, page: NotesPage) -> None:
    type_note(qtbot, page, "Flere bruger biblioteket")
    type_note(qtbot, page, "Børn cykler selv")
    assert page.entry.hasFocus() and page.entry.text() == ""
    qtbot.keyClick(page.entry, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.entry, Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(page.entry, Qt.Key.Key_Minus)
    qtbot.keyClick(page.entry, Qt.Key.Key_Space)
    assert [(n.text, n.votes, n.selected) for n in stored(page)] == [
        ("Flere bruger biblioteket", 0, False), ("Børn cykler selv", 1, True)]
    assert page.entry.text() == "" and page.entry.hasFocus()
    assert "+" in page.entry_hint.text() and page.entry_hint.isVisible()

    # With text in the field the same keys type.
    qtbot.keyClicks(page.entry, "2+2 - 1")
    assert page.entry.text() == "2+2 - 1"
    assert [n.votes for n in stored(page)] == [0, 1]


def test_plus_in_an_empty_field_types_when_no_note_is_chosen(qtbot, page: NotesPage) -> None:
    qtbot.keyClicks(page.entry, "+")
    assert page.entry.text() == "+"
