"""The consolidation workspace driven like an organiser drives it: keys, clicks, drops."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hosts import in_active_host
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QEvent
from PySide6.QtCore import QMimeData
from PySide6.QtCore import QPoint
from PySide6.QtCore import QPointF
from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtGui import QDragMoveEvent
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QStyleOptionViewItem

from facilitator.store import CampStore
from facilitator.ui.edits import consolidation
from facilitator.ui.edits.change import Change
from facilitator.ui.organiser.consolidation import ConsolidationWorkspace
from facilitator.ui.organiser.consolidation.notes_table import CATEGORY
from facilitator.ui.organiser.consolidation.notes_table import EXCERPT
from facilitator.ui.organiser.consolidation.notes_table import NOTE_IDS_MIME_TYPE
from facilitator.ui.organiser.consolidation.notes_table import TEXT
from facilitator.ui.organiser.consolidation.notes_table import VOTES
from facilitator.ui.organiser.consolidation.notes_table import NotesFilter
from facilitator.ui.organiser.consolidation.notes_table import note_ids_from_mime
from facilitator.ui.shell.session import CampSession

#: (table, text, votes, selected): twelve notes of the indicators step at two tables.
#: The quick picker's completion popup asks the window system to raise it and grab the
#: keyboard; the offscreen platform cannot and says so. Nothing else may warn.
POPUP_ON_OFFSCREEN = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise\(\)|grabbing the keyboard)$")

NOTES = [
    (0, "Flere cykelstier til skolen", 5, True),
    (0, "Solceller på alle kommunale tage", 3, False),
    (0, "Nye arbejdspladser i byen", 7, True),
    (0, "Lokale butikker overlever", 1, False),
    (0, "Mindre madspild i institutionerne", 0, False),
    (0, "Flere lærlinge i lokale virksomheder", 2, False),
    (1, "Vi kender vores naboer", 4, True),
    (1, "Foreningerne mangler ikke frivillige", 6, False),
    (1, "Grønne arealer bruges hver dag", 2, False),
    (1, "Iværksættere flytter hertil", 1, False),
    (1, "Borgerne deler bil", 0, False),
    (1, "Fællesspisning i forsamlingshuset", 3, True),
]


@pytest.fixture
def indicators(store: CampStore) -> str:
    step = store.frame.step_by_key("indicators")
    assert step is not None
    tables = store.frame.tables()
    for table, text, votes, selected in NOTES:
        store.board.add_note(step_id=step.id, table_id=tables[table].id, text=text, votes=votes,
                       selected=selected)
    return step.id


@pytest.fixture
def workspace(qtbot, session: CampSession, indicators: str) -> Iterator[ConsolidationWorkspace]:
    widget = open_workspace(qtbot, session)
    yield widget
    widget.close()


def open_workspace(qtbot, session: CampSession) -> ConsolidationWorkspace:
    return in_active_host(qtbot, lambda host: ConsolidationWorkspace(session, host), 1400, 800)


def category_texts(ws: ConsolidationWorkspace) -> list[str]:
    model = ws.categories_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def row_of_text(ws: ConsolidationWorkspace, text: str) -> int:
    proxy = ws.notes_filter
    for row in range(proxy.rowCount()):
        if proxy.index(row, TEXT).data() == text:
            return row
    raise AssertionError(f"{text!r} is not shown")


def cell_center(ws: ConsolidationWorkspace, row: int, column: int = TEXT) -> QPoint:
    view = ws.notes_view
    return view.visualRect(ws.notes_filter.index(row, column)).center()


def click_note(ws: ConsolidationWorkspace, text: str,
               modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(ws.notes_view.viewport(), Qt.MouseButton.LeftButton, modifier,
                     cell_center(ws, row_of_text(ws, text)))


def press(widget, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def add_category_by_keyboard(qtbot, ws: ConsolidationWorkspace, name: str) -> None:
    ws.notes_view.setFocus()
    press(ws.notes_view, Qt.Key.Key_N,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(ws.new_category.hasFocus)
    QTest.keyClicks(ws.new_category, name)
    press(ws.new_category, Qt.Key.Key_Return)


def drag_event(cls: type, pos: QPointF, *args: object) -> QDragMoveEvent:
    """Qt 6.12 takes the position as QPointF (QPoint is deprecated), older Qt only QPoint."""
    try:
        return cls(pos, *args)
    except TypeError:
        return cls(pos.toPoint(), *args)


def drag_selected_notes_onto(ws: ConsolidationWorkspace, category_row: int) -> None:
    """Drop the selected notes on a category, through the list view's own drop handling.

    Qt's drag loop (QDrag.exec) cannot be driven on the offscreen platform, so this
    builds the drag's data the way QAbstractItemView.startDrag does (the model's
    mimeData for the selected draggable indexes) and delivers enter, move and drop
    events to the category list's viewport: the same path a real drop takes
    (QListView.dropEvent → model.canDropMimeData / dropMimeData).
    """
    source = ws.notes_view
    indexes = [i for i in source.selectionModel().selectedIndexes()
               if source.model().flags(i) & Qt.ItemFlag.ItemIsDragEnabled]
    mime = source.model().mimeData(indexes)
    target = ws.categories_view
    pos = QPointF(target.visualRect(ws.categories_model.index(category_row, 0)).center())
    actions = source.model().supportedDragActions()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = drag_event(QDragEnterEvent, pos, actions, mime, buttons, mods)
    QApplication.sendEvent(target.viewport(), enter)
    assert enter.isAccepted()
    move = drag_event(QDragMoveEvent, pos, actions, mime, buttons, mods)
    QApplication.sendEvent(target.viewport(), move)
    assert move.isAccepted(), "the category list refused the notes while dragging"
    drop = QDropEvent(pos, actions, mime, buttons, mods, QEvent.Type.Drop)
    QApplication.sendEvent(target.viewport(), drop)
    assert drop.isAccepted(), "the category list refused the dropped notes"


def click_excerpt_box(ws: ConsolidationWorkspace, row: int) -> None:
    view = ws.notes_view
    index = ws.notes_filter.index(row, EXCERPT)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    option.state |= QStyle.StateFlag.State_Enabled
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                      option, view)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, box.center())


# -- the models ----------------------------------------------------------------------
def test_models_pass_the_model_tester(qtmodeltester, session: CampSession,
                                      indicators: str) -> None:
    ws = ConsolidationWorkspace(session)
    try:
        energy = session.store.consolidation.add_category(step_id=indicators, name="Energi/miljø")
        note = session.store.board.notes(indicators, all_tables=True)[0]
        session.store.consolidation.assign_note(note_id=note.id, category_id=energy.id)
        session.store.consolidation.set_excerpt(note_id=note.id, excerpt=True)
        ws.notes_model.reload()
        ws.categories_model.reload()
        qtmodeltester.check(ws.notes_model)
        qtmodeltester.check(ws.categories_model)
        proxy = NotesFilter()
        proxy.setSourceModel(ws.notes_model)
        proxy.set_filter(search="cykel")
        qtmodeltester.check(proxy)
        assert proxy.rowCount() == 1
    finally:
        ws.close()
        ws.deleteLater()


def test_the_first_note_step_shows_every_table(workspace: ConsolidationWorkspace) -> None:
    ws = workspace
    assert ws.step_combo.currentText() == "Indikatorer på succes"
    titles = [ws.step_combo.itemText(i) for i in range(ws.step_combo.count())]
    assert "Forudsætninger" in titles and "Avisforside" in titles  # for its summary
    assert ws.notes_filter.rowCount() == 12
    # Board order (table, then the table's own order) until a header is clicked.
    assert [ws.notes_filter.index(r, TEXT).data() for r in range(12)] == [n[1] for n in NOTES]
    assert {ws.notes_filter.index(r, 1).data() for r in range(12)} == {"H1-B1", "H1-B2"}
    assert category_texts(ws) == ["Ikke kategoriseret (12)"]
    assert ws.notes_filter.index(row_of_text(ws, "Vi kender vores naboer"), 3).data() == "★"
    assert ws.shown_label.text() == "Viser 12 af 12 noter"


def test_filters_search_and_sort_by_votes(qtbot, workspace: ConsolidationWorkspace) -> None:
    ws = workspace
    ws.table_combo.setCurrentIndex(ws.table_combo.findText("H1-B2"))
    assert ws.notes_filter.rowCount() == 6
    ws.table_combo.setCurrentIndex(0)
    ws.group_combo.setCurrentIndex(ws.group_combo.findText("H1"))
    assert ws.notes_filter.rowCount() == 12
    QTest.keyClicks(ws.search, "lokale")
    assert ws.notes_filter.rowCount() == 2
    assert ws.shown_label.text() == "Viser 2 af 12 noter"
    ws.search.clear()
    header = ws.notes_view.horizontalHeader()
    x = header.sectionViewportPosition(VOTES) + header.sectionSize(VOTES) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
    votes = [ws.notes_filter.index(r, VOTES).data() for r in range(12)]
    assert votes == sorted(votes, reverse=True) and votes[0] == 7


# -- the organiser's whole round -----------------------------------------------------
@POPUP_ON_OFFSCREEN
def test_consolidate_a_step_and_find_it_all_again(qtbot, camp_path: Path,
                                                  session: CampSession,
                                                  workspace: ConsolidationWorkspace) -> None:
    ws = workspace
    # Three categories: by clicking into the field, and by Ctrl+Shift+N.
    QTest.mouseClick(ws.new_category, Qt.MouseButton.LeftButton)
    QTest.keyClicks(ws.new_category, "Energi/miljø")
    press(ws.new_category, Qt.Key.Key_Return)
    add_category_by_keyboard(qtbot, ws, "Erhvervsliv")
    add_category_by_keyboard(qtbot, ws, "Fællesskab")
    add_category_by_keyboard(qtbot, ws, "fællesskab")  # the same name: refused
    assert category_texts(ws) == ["Energi/miljø (0)", "Erhvervsliv (0)", "Fællesskab (0)",
                                  "Ikke kategoriseret (12)"]
    assert ws.new_category.text() == "fællesskab"  # left for the organiser to correct
    ws.new_category.clear()

    # Drag and drop: three notes (click, shift-click) onto "Energi/miljø".
    click_note(ws, "Flere cykelstier til skolen")
    click_note(ws, "Nye arbejdspladser i byen", Qt.KeyboardModifier.ShiftModifier)
    assert len(ws.selected_note_ids()) == 3
    drag_selected_notes_onto(ws, 0)
    # ... and one with ctrl-click added onto "Fællesskab", then another onto it.
    click_note(ws, "Vi kender vores naboer")
    click_note(ws, "Fællesspisning i forsamlingshuset", Qt.KeyboardModifier.ControlModifier)
    drag_selected_notes_onto(ws, 2)
    assert category_texts(ws) == ["Energi/miljø (3)", "Erhvervsliv (0)", "Fællesskab (2)",
                                  "Ikke kategoriseret (7)"]
    # Dragging a note onto "Ikke kategoriseret" takes it out again.
    click_note(ws, "Nye arbejdspladser i byen")
    drag_selected_notes_onto(ws, 3)
    assert category_texts(ws)[0] == "Energi/miljø (2)"

    # Keyboard: with the sorting help switched off, number keys put the selection in
    # the n-th category.
    QTest.mouseClick(ws.sorting_help.switch, Qt.MouseButton.LeftButton)
    assert not ws.sorting_help.active
    click_note(ws, "Nye arbejdspladser i byen")
    press(ws.notes_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(ws.notes_view, Qt.Key.Key_2)
    click_note(ws, "Iværksættere flytter hertil")
    press(ws.notes_view, Qt.Key.Key_2)
    click_note(ws, "Foreningerne mangler ikke frivillige")
    press(ws.notes_view, Qt.Key.Key_3)
    # Ctrl+K: the quick picker, matching names whatever their case.
    click_note(ws, "Mindre madspild i institutionerne")
    press(ws.notes_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(ws.picker.hasFocus)
    QTest.keyClicks(ws.picker, "energi/MILJØ")
    press(ws.picker, Qt.Key.Key_Return)
    assert ws.notes_view.hasFocus()
    # 0 takes a note out of its category.
    click_note(ws, "Foreningerne mangler ikke frivillige")
    press(ws.notes_view, Qt.Key.Key_0)
    assert category_texts(ws) == ["Energi/miljø (3)", "Erhvervsliv (3)", "Fællesskab (2)",
                                  "Ikke kategoriseret (4)"]
    row = row_of_text(ws, "Lokale butikker overlever")
    assert ws.notes_filter.index(row, CATEGORY).data() == "Erhvervsliv"

    # Only the notes left to sort, and the numbers follow the organiser.
    ws.uncategorised_only.click()
    assert ws.notes_filter.rowCount() == 4
    ws.notes_view.selectRow(0)
    ws.notes_view.setFocus()
    press(ws.notes_view, Qt.Key.Key_3)
    assert ws.notes_filter.rowCount() == 3
    assert len(ws.selected_note_ids()) == 1, "the next note to sort is selected"
    ws.session.undo_stack.undo()
    assert ws.notes_filter.rowCount() == 4
    ws.uncategorised_only.click()

    # Excerpts: E on the keyboard, and the "Udsnit" box by mouse.
    click_note(ws, "Flere cykelstier til skolen")
    press(ws.notes_view, Qt.Key.Key_E)
    click_excerpt_box(ws, row_of_text(ws, "Vi kender vores naboer"))
    marked = [n.text for n in session.store.consolidation.excerpts(ws.step_id)]
    assert marked == ["Flere cykelstier til skolen", "Vi kender vores naboer"]

    # The summary is saved when the organiser pauses, and on leaving the field.
    QTest.mouseClick(ws.summary.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClicks(ws.summary, "OPSUMMERET: grøn omstilling og stærke fællesskaber")
    qtbot.waitUntil(
        lambda: session.store.consolidation.step_summary(ws.step_id).startswith("OPSUMMERET"))
    QTest.keyClicks(ws.summary, ".")
    ws.notes_view.setFocus()
    assert session.store.consolidation.step_summary(ws.step_id).endswith("fællesskaber.")

    assert category_texts(ws) == ["Energi/miljø (3)", "Erhvervsliv (3)", "Fællesskab (2)",
                                  "Ikke kategoriseret (4)"]
    step_id = ws.step_id
    ws.close()
    session.close()

    with CampStore.open(camp_path) as store:
        again = CampSession(store)
        fresh = open_workspace(qtbot, again)
        try:
            assert fresh.step_id == step_id
            assert category_texts(fresh) == ["Energi/miljø (3)", "Erhvervsliv (3)",
                                             "Fællesskab (2)", "Ikke kategoriseret (4)"]
            assert fresh.summary.toPlainText() == \
                "OPSUMMERET: grøn omstilling og stærke fællesskaber."
            proxy = fresh.notes_filter
            checked = [proxy.index(r, TEXT).data() for r in range(proxy.rowCount())
                       if proxy.index(r, EXCERPT).data(Qt.ItemDataRole.CheckStateRole)
                       == Qt.CheckState.Checked]
            assert checked == ["Flere cykelstier til skolen", "Vi kender vores naboer"]
            row = row_of_text(fresh, "Mindre madspild i institutionerne")
            assert proxy.index(row, CATEGORY).data() == "Energi/miljø"
        finally:
            fresh.close()
            again.undo_stack.clear()


# -- categories: rename, merge, delete, undo -----------------------------------------
def test_rename_merge_and_delete_are_undoable(qtbot, session: CampSession,
                                              workspace: ConsolidationWorkspace) -> None:
    ws = workspace
    store = session.store
    notes = store.board.notes(ws.step_id, all_tables=True)
    energy = store.consolidation.add_category(step_id=ws.step_id, name="Energi")
    climate = store.consolidation.add_category(step_id=ws.step_id, name="Klima")
    store.consolidation.assign_notes(note_ids=[n.id for n in notes[:3]], category_id=energy.id)
    store.consolidation.assign_notes(note_ids=[n.id for n in notes[3:5]], category_id=climate.id)
    session.changed.emit(Change.CONSOLIDATION)
    assert category_texts(ws) == ["Energi (3)", "Klima (2)", "Ikke kategoriseret (7)"]
    view = ws.categories_view

    # F2 renames in place.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier,
                     view.visualRect(view.model().index(0, 0)).center())
    press(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Energi"
    editor.selectAll()
    QTest.keyClicks(editor, "Energi/miljø")
    press(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: category_texts(ws)[0] == "Energi/miljø (3)")

    # Select "Klima", then ctrl-click "Energi/miljø" (the target, chosen last): Flet.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier,
                     view.visualRect(view.model().index(1, 0)).center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier,
                     view.visualRect(view.model().index(0, 0)).center())
    QTest.mouseClick(ws.merge_button, Qt.MouseButton.LeftButton)
    assert category_texts(ws) == ["Energi/miljø (5)", "Ikke kategoriseret (7)"]
    session.undo_stack.undo()
    assert category_texts(ws) == ["Energi/miljø (3)", "Klima (2)", "Ikke kategoriseret (7)"]

    # Delete with the Delete key; undo brings the category and its notes back.
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    press(view, Qt.Key.Key_Delete)
    assert category_texts(ws) == ["Klima (2)", "Ikke kategoriseret (10)"]
    session.undo_stack.undo()
    assert category_texts(ws) == ["Energi/miljø (3)", "Klima (2)", "Ikke kategoriseret (7)"]
    assert store.consolidation.note_category(notes[0].id) == energy.id
    session.undo_stack.redo()
    assert category_texts(ws) == ["Klima (2)", "Ikke kategoriseret (10)"]
    session.undo_stack.undo()
    session.undo_stack.undo()  # the rename
    assert category_texts(ws)[0] == "Energi (3)"


@POPUP_ON_OFFSCREEN
def test_undo_and_redo_of_new_categories_keep_their_assignments(
        qtbot, session: CampSession, workspace: ConsolidationWorkspace) -> None:
    ws = workspace
    # A name the step does not have yet: Ctrl+K makes the category and sorts the note.
    click_note(ws, "Borgerne deler bil")
    press(ws.notes_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(ws.picker, "Mobilitet")
    press(ws.picker, Qt.Key.Key_Return)
    assert category_texts(ws) == ["Mobilitet (1)", "Ikke kategoriseret (11)"]
    stack = session.undo_stack
    assert stack.count() == 1, "new category and its first note are one undo step"
    stack.undo()
    assert category_texts(ws) == ["Ikke kategoriseret (12)"]
    stack.redo()
    assert category_texts(ws) == ["Mobilitet (1)", "Ikke kategoriseret (11)"]
    # The summary follows undo too.
    consolidation.set_summary(ws.session, step_id=ws.step_id, text="Trafik fylder")
    assert ws.summary.toPlainText() == "Trafik fylder"
    stack.undo()
    assert ws.summary.toPlainText() == ""


def test_a_drop_of_anything_else_is_refused(workspace: ConsolidationWorkspace) -> None:
    ws = workspace
    consolidation.add_category(ws.session, step_id=ws.step_id, name="Energi")
    mime = QMimeData()
    mime.setText("Flere cykelstier til skolen")
    assert note_ids_from_mime(mime) == []
    # Our own format, but not ids (another program, an older version's JSON): nothing.
    mime.setData(NOTE_IDS_MIME_TYPE, QByteArray('["a", "b"]\nDROP TABLE note\nø'.encode()))
    assert note_ids_from_mime(mime) == []
    assert not ws.categories_model.dropMimeData(
        mime, Qt.DropAction.CopyAction, -1, -1, ws.categories_model.index(0, 0))
    assert category_texts(ws)[0] == "Energi (0)"


@pytest.mark.parametrize("key", ["front_pages", "contributions"])
def test_front_pages_and_contributions_get_their_written_summary(
        qtbot, session: CampSession, key: str, tmp_path) -> None:
    """The report has a place for a front page or contribution step's summary; the
    organiser writes it here like a note step's (no categories for these)."""
    from facilitator.export.camp_report import build_camp_report
    from facilitator.export.pdf.text import printable

    ws = open_workspace(qtbot, session)
    step = session.store.frame.step_by_key(key)
    ws.step_combo.setFocus()
    ws.step_combo.setCurrentIndex(ws.step_combo.findData(step.id))
    assert ws.step_id == step.id
    assert ws.summary_only_label.isVisible() and not ws.categories_view.isVisible()
    QTest.mouseClick(ws.summary.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClicks(ws.summary, "Bordene drømmer om åbne foreninger")
    qtbot.waitUntil(lambda: session.store.consolidation.step_summary(step.id).startswith("Bordene"))
    ws.step_combo.setCurrentIndex(0)  # back to a note step: categories again
    assert ws.categories_view.isVisible() and not ws.summary_only_label.isVisible()
    from pypdf import PdfReader

    out = build_camp_report(session.store, tmp_path / "r.pdf")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert printable("Bordene drømmer om åbne foreninger") in text


def test_a_category_is_split_by_moving_marked_notes_to_a_new_one(
        qtbot, workspace: ConsolidationWorkspace) -> None:
    """Merge has its opposite: the notes marked in the chosen category go to a new
    category, in one undoable step."""
    ws = workspace
    store = ws.session.store
    add_category_by_keyboard(qtbot, ws, "Grøn by")
    green = ws.categories_model.categories()[0]
    texts = ["Solceller på alle kommunale tage", "Mindre madspild i institutionerne",
             "Borgerne deler bil", "Grønne arealer bruges hver dag"]
    click_note(ws, texts[0])
    for text in texts[1:]:
        click_note(ws, text, Qt.KeyboardModifier.ControlModifier)
    assert ws.assign_selected(green)
    ws.categories_view.setCurrentIndex(ws.categories_model.index(
        ws.categories_model.row_of(green.id), 0))
    click_note(ws, texts[2])
    click_note(ws, texts[3], Qt.KeyboardModifier.ControlModifier)
    made = ws.split_current("Deleøkonomi og natur")
    assert made is not None
    counts = {c.name: c.count for c in store.consolidation.categories(ws.step_id)}
    assert counts == {"Grøn by": 2, "Deleøkonomi og natur": 2}
    ws.session.undo()
    assert {c.name: c.count for c in store.consolidation.categories(ws.step_id)} == {"Grøn by": 4}
    ws.session.redo()
    assert {c.name: c.count for c in store.consolidation.categories(ws.step_id)} == counts


@POPUP_ON_OFFSCREEN
def test_ctrl_k_and_enter_take_the_suggestion_not_the_typed_prefix(
        qtbot, workspace: ConsolidationWorkspace) -> None:
    ws = workspace
    for name in ("Fællesskab", "Fælles ansvar"):
        add_category_by_keyboard(qtbot, ws, name)
    click_note(ws, "Vi kender vores naboer")
    press(ws.notes_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(ws.picker.hasFocus)
    QTest.keyClicks(ws.picker, "Fæll")
    qtbot.waitUntil(ws.picker_completer.popup().isVisible)
    press(ws.picker, Qt.Key.Key_Return)  # the first suggestion, nothing highlighted
    assert category_texts(ws) == ["Fællesskab (1)", "Fælles ansvar (0)",
                                  "Ikke kategoriseret (11)"]

    # An arrow key highlights the second suggestion; Enter takes that one.
    click_note(ws, "Borgerne deler bil")
    press(ws.notes_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(ws.picker.hasFocus)
    QTest.keyClicks(ws.picker, "fæll")
    popup = ws.picker_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    press(popup, Qt.Key.Key_Down)
    press(popup, Qt.Key.Key_Down)
    assert popup.currentIndex().data() == "Fælles ansvar"
    press(popup, Qt.Key.Key_Return)
    assert category_texts(ws) == ["Fællesskab (1)", "Fælles ansvar (1)",
                                  "Ikke kategoriseret (10)"]
    assert ws.picker.text() == ""

    # A name nothing matches is still a new category.
    click_note(ws, "Borgerne deler bil")
    press(ws.notes_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(ws.picker.hasFocus)
    QTest.keyClicks(ws.picker, "Mobilitet")
    press(ws.picker, Qt.Key.Key_Return)
    assert category_texts(ws) == ["Fællesskab (1)", "Fælles ansvar (0)", "Mobilitet (1)",
                                  "Ikke kategoriseret (10)"]


def test_clicking_a_category_shows_only_its_notes(qtbot, workspace: ConsolidationWorkspace
                                                  ) -> None:
    ws = workspace
    add_category_by_keyboard(qtbot, ws, "Erhvervsliv")
    ws.sorting_help.switch.setChecked(False)
    click_note(ws, "Nye arbejdspladser i byen")
    click_note(ws, "Lokale butikker overlever", Qt.KeyboardModifier.ControlModifier)
    press(ws.notes_view, Qt.Key.Key_1)
    assert ws.notes_filter.rowCount() == 12

    view = ws.categories_view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(ws.categories_model.index(0, 0)).center())
    shown = sorted(ws.notes_filter.index(r, TEXT).data()
                   for r in range(ws.notes_filter.rowCount()))
    assert shown == ["Lokale butikker overlever", "Nye arbejdspladser i byen"]
    assert ws.shown_label.text() == "Viser 2 af 12 noter"

    # »Ikke kategoriseret«: the ten left to sort; Esc in the list shows them all again.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(ws.categories_model.index(1, 0)).center())
    assert ws.notes_filter.rowCount() == 10
    press(view, Qt.Key.Key_Escape)
    assert ws.notes_filter.rowCount() == 12
