"""Participants by group, entered by keyboard: in preparation (the tables editor) and at
the table (Ctrl+D); saved at once, undone as one step per box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget

from facilitator.domain.participants import NOT_GIVEN
from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.ui.organiser.analysis import AcrossCampsView
from facilitator.ui.setup.camp_setup import CampSetup
from facilitator.ui.shell.help_page import screen_keys
from facilitator.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def counts(store: CampStore, code: str = "H1-B1") -> tuple[tuple[str, int], ...]:
    table = store.frame.table_by_code(code)
    assert table is not None
    return store.participants.counts(table.id).counts


def type_into(qtbot, spin: QWidget, text: str) -> None:
    """Select what the box shows and type over it, as a user would."""
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, text)


# -- at the table --------------------------------------------------------------------------
def test_ctrl_d_at_the_table_counts_by_group_and_undo_takes_it_back(
        qtbot, at_table: MainWindow) -> None:
    window = at_table
    view = window.camp_view.table_session
    store = window.session.store
    assert view.participants.button.text() == "Deltagere …"
    page = view.current_page()
    page.focus_entry()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, CTRL)
    dialog = view.participants.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Deltagere ved H1-B1"
    box = dialog.box
    assert box.total.text() == "ikke opgivet"
    first = box.spins["citizens"]
    qtbot.waitUntil(first.hasFocus)
    assert first.text() == "–"  # not counted: no zeros pretending to be data

    qtbot.keyClicks(first, "12")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    type_into(qtbot, QApplication.focusWidget(), "3")  # foreninger/erhverv
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # politikere: 0 → 1
    assert counts(store) == (("citizens", 12), ("associations", 3), ("politicians", 1))
    assert box.total.text() == "16"
    assert box.spins["staff"].text() == "0"  # counted now: a group left out is 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.participants.dialog is None)
    assert view.participants.button.text() == "Deltagere: 16"
    qtbot.waitUntil(page.entry.hasFocus)  # the keyboard is back where it was

    # Typing »12« was one step; each box undoes on its own.
    window.session.undo_stack.undo()
    assert counts(store) == (("citizens", 12), ("associations", 3))
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert counts(store) == ()
    assert view.participants.button.text() == "Deltagere …"
    window.session.undo_stack.redo()
    assert counts(store) == (("citizens", 12),)
    # The other table is counted on its own.
    assert counts(store, "H1-B2") == ()


def test_the_help_page_lists_ctrl_d(at_table: MainWindow) -> None:
    keys = dict(screen_keys(at_table.camp_view.table_session))
    assert keys["Ctrl+D"] == "Hvor mange kom til bordet, fordelt på grupper"


def test_a_count_of_another_kind_is_refused_and_nothing_is_kept(
        qtbot, at_table: MainWindow) -> None:
    view = at_table.camp_view.table_session
    dialog = view.participants.open()
    assert dialog is not None
    spin = dialog.box.spins["others"]
    spin.setFocus()
    qtbot.keyClicks(spin, "abc")  # a spin box takes digits only
    assert counts(at_table.session.store) == ()
    type_into(qtbot, spin, "99999")  # at most 9999: the fifth digit is not taken
    assert counts(at_table.session.store) == (("others", 9999),)
    dialog.reject()


# -- in preparation ------------------------------------------------------------------------


def test_in_preparation_the_chosen_tables_counts_are_typed_and_kept(
        qtbot, setup: CampSetup, store: CampStore, session, camp_path: Path) -> None:
    editor = setup.tables
    setup.tabs.setCurrentWidget(editor)
    box = editor.participants
    assert not box.spins["citizens"].isEnabled()  # no table chosen yet
    table = store.frame.table_by_code("H1-B2")
    assert table is not None
    editor.tree.setCurrentIndex(editor.model.index_of(table.id))
    assert editor.participants_group.title() == "Deltagere ved H1-B2"
    spin = box.spins["staff"]
    assert spin.isEnabled()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    type_into(qtbot, spin, "4")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    type_into(qtbot, QApplication.focusWidget(), "2")  # andre
    assert counts(store, "H1-B2") == (("staff", 4), ("others", 2))
    assert box.total.text() == "6"
    assert counts(store, "H1-B1") == ()

    # Another table chosen shows its own (none); back again shows these.
    other = store.frame.table_by_code("H1-B1")
    assert other is not None
    editor.tree.setCurrentIndex(editor.model.index_of(other.id))
    assert box.total.text() == "ikke opgivet" and box.spins["staff"].text() == "–"
    editor.tree.setCurrentIndex(editor.model.index_of(table.id))
    assert box.spins["staff"].value() == 4

    # Stepping below 0 takes a count back: with »andre« gone too, nobody counted.
    spin.setFocus()
    type_into(qtbot, spin, "0")
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert counts(store, "H1-B2") == (("others", 2),)
    session.undo_stack.undo()
    assert counts(store, "H1-B2") == (("staff", 4), ("others", 2))
    assert spin.value() == 4
    store.close()
    with CampStore.open(camp_path) as again:
        assert again.participants.counts(table.id).total == 6
        assert again.participants.counts(other.id) == NOT_GIVEN


# -- across camps ----------------------------------------------------------------------------
def test_across_camps_each_column_shows_its_camps_mix(qtbot, tmp_path: Path) -> None:
    paths = []
    for title, mix in (("Camp Syd", {"citizens": 6, "staff": 2}), ("Camp Nord", {})):
        path = tmp_path / f"{title}.camp"
        with CampStore.create(path, program=load_program("camp_day"), title=title) as store:
            table = store.frame.add_table(code="B1")
            for key, people in mix.items():
                store.participants.set_count(table_id=table.id, group_key=key, people=people)
        paths.append(path)
    view = AcrossCampsView()
    qtbot.addWidget(view)
    assert view.add_camps(paths) == 2
    south, north = view.column_for("Camp Syd"), view.column_for("Camp Nord")
    assert south is not None and north is not None
    text = south.participants.text()
    assert "Borgere</td><td width='12'></td><td align='right'>6" in text
    assert "Medarbejdere</td><td width='12'></td><td align='right'>2" in text
    assert "<b>8</b>" in text
    assert north.participants.text().endswith("ikke opgivet")
