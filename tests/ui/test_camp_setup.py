"""The organiser's camp setup, driven through its real widgets by keyboard and mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import StepKind
from facilitator.ui.setup.camp_setup import CampSetup
from facilitator.ui.setup.program_model import DOTS
from facilitator.ui.setup.program_model import MINUTES
from facilitator.ui.setup.program_model import TIME
from facilitator.ui.setup.program_model import TITLE
from facilitator.ui.setup.program_model import ProgramModel
from facilitator.ui.setup.program_model import kind_label
from facilitator.ui.setup.tables_model import CODE
from facilitator.ui.setup.tables_model import FACILITATOR
from facilitator.ui.setup.tables_model import TablesModel
from facilitator.ui.setup.tables_model import suggest_group_code
from facilitator.ui.setup.tables_model import suggest_table_code

CTRL = Qt.KeyboardModifier.ControlModifier




def focus(qtbot, widget: QWidget, reason=Qt.FocusReason.OtherFocusReason) -> None:
    widget.setFocus(reason)
    qtbot.waitUntil(widget.hasFocus)


def type_over(qtbot, widget: QWidget, text: str) -> None:
    """Select what the field holds and type ``text`` over it, as a user would."""
    focus(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def edit_cell(qtbot, view, index: QModelIndex, text: str) -> None:
    """F2 on a cell, type over its content, Enter: the keyboard way to edit in place."""
    view.setCurrentIndex(index)
    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits an item editor's data after the key press is handled, not during it.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


# -- camp details ----------------------------------------------------------------------------
def test_title_and_date_are_saved_when_editing_finishes_and_undo_restores(
        qtbot, setup, store, session):
    form = setup.details
    type_over(qtbot, form.title_edit, "Fællesskaber og fritid")
    assert store.frame.camp().title == "Testcamp"  # not saved letter by letter
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert store.frame.camp().title == "Fællesskaber og fritid"

    focus(qtbot, form.date_edit, Qt.FocusReason.TabFocusReason)  # selects the day
    qtbot.keyClicks(form.date_edit, "15")
    qtbot.keyClick(form.date_edit, Qt.Key.Key_Return)
    assert store.frame.camp().date == "2026-05-15"

    session.undo_stack.undo()
    assert store.frame.camp().date == "2026-05-09"
    assert form.date_edit.date() == QDate(2026, 5, 9)
    session.undo_stack.undo()
    assert store.frame.camp().title == "Testcamp"
    assert form.title_edit.text() == "Testcamp"
    session.undo_stack.redo()
    assert store.frame.camp().title == "Fællesskaber og fritid"


def test_purpose_participants_and_report_language(qtbot, setup, store, session):
    form = setup.details
    focus(qtbot, form.purpose_edit)
    qtbot.keyClicks(form.purpose_edit, "Alle skal have et fællesskab.")
    assert store.frame.camp().purpose == ""
    qtbot.keyClick(form.purpose_edit, Qt.Key.Key_Tab)  # leaving the field finishes it
    assert store.frame.camp().purpose == "Alle skal have et fællesskab."

    type_over(qtbot, form.participants_spin, "84")
    qtbot.keyClick(form.participants_spin, Qt.Key.Key_Return)
    assert store.frame.camp().participants == 84

    focus(qtbot, form.language_combo)
    qtbot.keyClick(form.language_combo, Qt.Key.Key_Down)
    assert store.frame.camp().language == "en"
    session.undo_stack.undo()
    assert store.frame.camp().language == "da"
    assert form.language_combo.currentData() == "da"


def test_unchanged_field_adds_nothing_to_undo(qtbot, setup, session):
    focus(qtbot, setup.details.venue_edit)
    qtbot.keyClick(setup.details.venue_edit, Qt.Key.Key_Return)
    assert session.undo_stack.count() == 0


# -- main groups and tables --------------------------------------------------------------
def test_add_main_group_and_table_then_edit_facilitator_in_place(qtbot, setup, store, session):
    editor = setup.tables
    setup.tabs.setCurrentWidget(editor)
    assert editor.group_code_edit.text() == "H2"  # suggested
    qtbot.mouseClick(editor.add_group_button, Qt.MouseButton.LeftButton)
    h2 = next(g for g in store.frame.main_groups() if g.code == "H2")

    assert editor.table_group_combo.currentData() == h2.id
    assert editor.table_code_edit.text() == "H2-B3"  # numbering runs across the camp
    type_over(qtbot, editor.facilitator_edit, "Karen")
    type_over(qtbot, editor.chair_edit, "Ole")
    qtbot.mouseClick(editor.add_table_button, Qt.MouseButton.LeftButton)
    table = store.frame.table_by_code("H2-B3")
    assert table is not None
    assert (table.main_group_id, table.facilitator, table.chair) == (h2.id, "Karen", "Ole")
    assert editor.table_code_edit.text() == "H2-B4"
    assert "H2-B3" in setup.status.text()

    h1b2 = editor.model.index_of(store.frame.table_by_code("H1-B2").id)
    edit_cell(qtbot, editor.tree, h1b2.siblingAtColumn(FACILITATOR), "Mette")
    assert store.frame.table_by_code("H1-B2").facilitator == "Mette"
    session.undo_stack.undo()
    assert store.frame.table_by_code("H1-B2").facilitator == ""


def test_duplicate_table_code_is_refused_with_a_message(qtbot, setup, store):
    editor = setup.tables
    setup.tabs.setCurrentWidget(editor)
    before = len(store.frame.tables())
    type_over(qtbot, editor.table_code_edit, "h1-b1")
    qtbot.keyClick(editor.table_code_edit, Qt.Key.Key_Return)
    assert len(store.frame.tables()) == before
    assert "allerede et bord med koden »h1-b1«" in setup.status.text()

    h1b2 = editor.model.index_of(store.frame.table_by_code("H1-B2").id)
    edit_cell(qtbot, editor.tree, h1b2.siblingAtColumn(CODE), "H1-B1")
    assert store.frame.table_by_code("H1-B2") is not None
    assert "»H1-B1«" in setup.status.text()


def test_removing_a_table_says_how_to_undo_and_undo_brings_it_back(
        qtbot, setup, store, session):
    editor = setup.tables
    setup.tabs.setCurrentWidget(editor)
    table = store.frame.table_by_code("H1-B1")
    editor.tree.setCurrentIndex(editor.model.index_of(table.id))
    focus(qtbot, editor.tree)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert store.frame.table_by_code("H1-B1") is None
    assert "Ctrl+Z" in setup.status.text()
    session.undo_stack.undo()
    restored = store.frame.table_by_code("H1-B1")
    assert restored is not None and restored.id == table.id  # the same row, not a copy
    assert restored.facilitator == "Anne"


def test_removing_a_main_group_takes_its_tables_and_undo_returns_both(
        qtbot, setup, store, session):
    editor = setup.tables
    setup.tabs.setCurrentWidget(editor)
    group = store.frame.main_groups()[0]
    editor.tree.setCurrentIndex(editor.model.index_of(group.id))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert store.frame.main_groups() == [] and store.frame.tables() == []
    assert "H1-B1, H1-B2" in setup.status.text()
    session.undo_stack.undo()
    assert [g.code for g in store.frame.main_groups()] == ["H1"]
    assert [t.code for t in store.frame.tables()] == ["H1-B1", "H1-B2"]
    assert editor.model.rowCount(editor.model.index_of(group.id)) == 2


def test_table_codes_are_suggested_in_the_camps_own_style():
    assert suggest_table_code("H2", ["H1-B1", "H1-B2", "H1-B3"]) == "H2-B4"
    assert suggest_table_code("2", ["1.1", "1.2"]) == "2.3"
    assert suggest_table_code("H1", []) == "H1-B1"
    assert suggest_table_code(None, ["B1"]) == "B2"
    assert suggest_group_code([]) == "H1"
    assert suggest_group_code(["H1", "H2"]) == "H3"
    assert suggest_group_code(["1", "2"]) == "3"


# -- program ------------------------------------------------------------------------------
def test_reorder_steps_with_the_keyboard_and_buttons(qtbot, setup, store, session):
    editor = setup.program
    setup.tabs.setCurrentWidget(editor)
    original = [s.id for s in store.frame.steps()]
    editor.view.setCurrentIndex(editor.model.index(1, TITLE))
    focus(qtbot, editor.view)
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, CTRL)
    assert [s.id for s in store.frame.steps()][:2] == [original[1], original[0]]
    assert editor.view.currentIndex().row() == 0  # the moved step stays chosen

    qtbot.keyClick(editor.view, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, CTRL)
    assert [s.id for s in store.frame.steps()][:3] == [original[0], original[2], original[1]]

    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in store.frame.steps()] == original
    session.undo_stack.undo()
    assert [s.id for s in store.frame.steps()][:3] == [original[0], original[2], original[1]]


def test_rename_step_change_minutes_and_see_planned_times(qtbot, setup, store, session):
    editor = setup.program
    setup.tabs.setCurrentWidget(editor)
    edit_cell(qtbot, editor.view, editor.model.index(0, TITLE), "Tegn på succes")
    assert store.frame.steps()[0].title == "Tegn på succes"
    edit_cell(qtbot, editor.view, editor.model.index(0, MINUTES), "50")
    assert store.frame.steps()[0].minutes == 50
    assert editor.model.index(1, TIME).data().startswith("09.50–")

    editor.start_edit.setTime(QTime(8, 30))
    assert editor.model.index(0, TIME).data() == "08.30–09.20"
    session.undo_stack.undo()
    assert store.frame.steps()[0].minutes == 45
    assert editor.model.index(0, TIME).data() == "08.30–09.15"


def test_dots_per_participant_shown_and_edited_on_voting_steps_only(qtbot, setup, store,
                                                                    session):
    """The program's »tre prikker« in the step list, changed by F2 and undone by Ctrl+Z."""
    editor = setup.program
    setup.tabs.setCurrentWidget(editor)
    rows = {s.key: i for i, s in enumerate(store.frame.steps())}
    assert editor.model.headerData(DOTS, Qt.Orientation.Horizontal) == "Prikker"
    assert editor.model.index(rows["indicators"], DOTS).data() == "3"
    assert editor.model.index(rows["bulletin_board"], DOTS).data() == ""
    edit_cell(qtbot, editor.view, editor.model.index(rows["indicators"], DOTS), "5")
    assert store.frame.step_by_key("indicators").dots == 5
    edit_cell(qtbot, editor.view, editor.model.index(rows["bulletin_board"], DOTS), "2")
    assert store.frame.step_by_key("bulletin_board").dots == 2  # a notes step may get a limit
    front = editor.model.index(rows["front_pages"], DOTS)
    assert not front.flags() & Qt.ItemFlag.ItemIsEditable  # nothing is voted on there
    assert "stemmes ikke" in front.data(Qt.ItemDataRole.ToolTipRole)
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert store.frame.step_by_key("indicators").dots == 3
    assert store.frame.step_by_key("bulletin_board").dots == 0


def test_step_prompt_and_guidance_are_edited_for_the_chosen_step(qtbot, setup, store):
    editor = setup.program
    setup.tabs.setCurrentWidget(editor)
    editor.view.setCurrentIndex(editor.model.index(2, TITLE))
    type_over(qtbot, editor.prompt_edit, "Hvad skriver avisen?")
    focus(qtbot, editor.guidance_edit)
    assert store.frame.steps()[2].prompt == "Hvad skriver avisen?"
    qtbot.keyClick(editor.guidance_edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(editor.guidance_edit, " Husk citatet.")
    focus(qtbot, editor.view)
    assert store.frame.steps()[2].guidance.endswith("Husk citatet.")
    assert store.frame.steps()[1].prompt != "Hvad skriver avisen?"


def test_add_and_remove_a_step(qtbot, setup, store, session):
    editor = setup.program
    setup.tabs.setCurrentWidget(editor)
    count = len(store.frame.steps())
    editor.view.setCurrentIndex(editor.model.index(0, TITLE))
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(StepKind.BREAK))
    type_over(qtbot, editor.new_title_edit, "Kaffe")
    qtbot.keyClick(editor.new_title_edit, Qt.Key.Key_Return)
    steps = store.frame.steps()
    assert len(steps) == count + 1
    assert (steps[1].title, steps[1].kind) == ("Kaffe", StepKind.BREAK)
    assert editor.model.index(1, 2).data() == kind_label(StepKind.BREAK) == "Pause/plenum"

    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "Kaffe" not in [s.title for s in store.frame.steps()]
    assert "Ctrl+Z" in setup.status.text()
    session.undo_stack.undo()
    assert store.frame.steps()[1].title == "Kaffe"
    session.undo_stack.undo()
    assert len(store.frame.steps()) == count
    session.undo_stack.redo()
    assert store.frame.steps()[1].title == "Kaffe"


# -- actors and personas -------------------------------------------------------------------
def test_add_rename_and_remove_actors(qtbot, setup, store, session):
    editor = setup.actors
    setup.tabs.setCurrentIndex(3)
    type_over(qtbot, editor.name_edit, "Politikerne")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert [a.name for a in store.frame.actors()][-1] == "Politikerne"

    type_over(qtbot, editor.name_edit, "kommunen")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert [a.name for a in store.frame.actors()].count("Kommunen") == 1
    assert "findes allerede" in setup.status.text()

    edit_cell(qtbot, editor.view, editor.model.index(1, 0), "Borgere og foreninger")
    assert store.frame.actors()[1].name == "Borgere og foreninger"

    editor.view.setCurrentIndex(editor.model.index(0, 0))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "Kommunen" not in [a.name for a in store.frame.actors()]
    session.undo_stack.undo()
    assert store.frame.actors()[0].name == "Kommunen"


def test_add_edit_and_remove_a_persona(qtbot, setup, store, session):
    editor = setup.personas
    setup.tabs.setCurrentIndex(3)
    step = store.frame.step_by_key("dilemmas")
    assert [p.name for p in store.frame.personas(step.id)] == ["Sara, 38", "Henning, 74"]
    type_over(qtbot, editor.name_edit, "Viggo, 16")
    type_over(qtbot, editor.description_edit, "Går i 9. klasse og spiller fodbold.")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    personas = store.frame.personas(step.id)
    assert (personas[-1].name, personas[-1].description) == (
        "Viggo, 16", "Går i 9. klasse og spiller fodbold.")

    edit_cell(qtbot, editor.view, editor.model.index(2, 1), "Går i 8. klasse.")
    assert store.frame.personas(step.id)[-1].description == "Går i 8. klasse."

    editor.view.setCurrentIndex(editor.model.index(0, 0))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in store.frame.personas(step.id)] == ["Henning, 74", "Viggo, 16"]
    session.undo_stack.undo()
    assert [p.name for p in store.frame.personas(step.id)] == ["Sara, 38", "Henning, 74",
                                                               "Viggo, 16"]


def test_read_only_camp_refuses_edits_with_a_message(qtbot, camp_path):
    from facilitator.store import CampStore
    from facilitator.ui.shell.session import CampSession

    store = CampStore.open(camp_path, read_only=True)
    try:
        session = CampSession(store)
        widget = CampSetup(session)
        qtbot.addWidget(widget)
        widget.details.title_edit.setText("Ny titel")
        widget.details.title_edit.editingFinished.emit()
        assert store.frame.camp().title == "Testcamp"
        assert widget.details.title_edit.text() == "Testcamp"
        assert "skrivebeskyttet" in widget.status.text()
    finally:
        store.close()


# -- the models on their own -------------------------------------------------------------------
def test_models_keep_qts_rules(qtmodeltester, session):
    session.store.frame.add_table(code="B9")  # a table outside any main group has a row too
    tables = TablesModel(session)
    assert tables.data(tables.index(1, CODE)) == "Uden hovedgruppe"
    qtmodeltester.check(tables)
    qtmodeltester.check(ProgramModel(session))


# The offscreen platform cannot raise a popup or grab the keyboard for it, and says so.
@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")
def test_a_date_picked_in_the_calendar_is_saved_at_once(qtbot, setup, store):
    form = setup.details
    arrow = QPoint(form.date_edit.width() - 6, form.date_edit.height() // 2)
    qtbot.mouseClick(form.date_edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = form.date_edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    target = QApplication.focusWidget()
    qtbot.keyClick(target, Qt.Key.Key_Right)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.frame.camp().date == "2026-05-10")
    assert not calendar.isVisible()


def test_text_typed_for_one_step_is_saved_to_it_when_another_row_is_clicked(
        qtbot, setup, store):
    editor = setup.program
    setup.tabs.setCurrentWidget(editor)
    editor.view.setCurrentIndex(editor.model.index(2, TITLE))
    type_over(qtbot, editor.prompt_edit, "Skriv forsiden.")
    first = editor.view.visualRect(editor.model.index(0, TITLE)).center()
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    steps = store.frame.steps()
    assert steps[2].prompt == "Skriv forsiden."
    assert steps[0].prompt != "Skriv forsiden."
    assert editor.prompt_edit.toPlainText() == steps[0].prompt
