"""The analysis tab driven like an organiser drives it: keys and clicks, checked against
the store and found again after the camp file is closed and opened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hosts import in_active_host
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QWidget

from facilitator.domain.analysis import PurposeText
from facilitator.store import CampStore
from facilitator.ui.common.autosave import SAVE_DELAY_MS
from facilitator.ui.edits import camp
from facilitator.ui.edits import contributions
from facilitator.ui.organiser.analysis import AnalysisView
from facilitator.ui.organiser.analysis.prerequisite_sources import PrerequisiteSourcesDialog
from facilitator.ui.shell.camp_view import CampView
from facilitator.ui.shell.session import CampSession

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_view(qtbot, session: CampSession) -> AnalysisView:
    return in_active_host(qtbot, lambda host: AnalysisView(session, host), 1400, 850)


@pytest.fixture
def view(qtbot, session: CampSession) -> Iterator[AnalysisView]:
    widget = open_view(qtbot, session)
    yield widget
    widget.flush()


def click(widget: QWidget) -> None:
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    QTest.mouseClick(target, Qt.MouseButton.LeftButton)


def headings(session: CampSession) -> list[str]:
    return [m.heading for m in session.store.analysis.messages()]


def list_texts(view: AnalysisView) -> list[str]:
    model = view.messages.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


# -- recurring messages --------------------------------------------------------------
def test_write_two_messages_undo_reorder_and_find_them_again(
        qtbot, camp_path: Path, session: CampSession, view: AnalysisView) -> None:
    panel = view.messages
    assert list_texts(view) == [] and not panel.heading.isEnabled()

    # The first by mouse: the cursor lands in the new message's heading.
    click(panel.add_button)
    qtbot.waitUntil(panel.heading.hasFocus)
    QTest.keyClicks(panel.heading, "Tværgående samarbejde")
    click(panel.body)  # leaving the heading saves it
    qtbot.waitUntil(panel.body.hasFocus)
    assert headings(session) == ["Tværgående samarbejde"]
    QTest.keyClicks(panel.body, "Et behov for og vilje til at samarbejde på tværs.")
    QTest.keyClick(panel.body, Qt.Key.Key_Return)
    QTest.keyClicks(panel.body, "Også mellem foreninger.")

    # The second by keyboard, from inside the body: the body is saved first.
    QTest.keyClick(panel.body, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(panel.heading.hasFocus)
    assert session.store.analysis.messages()[0].body == (
        "Et behov for og vilje til at samarbejde på tværs.\nOgså mellem foreninger.")
    assert len(session.store.analysis.messages()) == 2
    # Typed with pauses, saved twice while typing: still one undo step.
    before = session.undo_stack.index()
    QTest.keyClicks(panel.heading, "Fokus på ")
    qtbot.waitUntil(lambda: headings(session)[1] == "Fokus på ",
                    timeout=SAVE_DELAY_MS * 4)
    QTest.keyClicks(panel.heading, "natur")
    qtbot.waitUntil(lambda: headings(session)[1] == "Fokus på natur",
                    timeout=SAVE_DELAY_MS * 4)
    assert session.undo_stack.index() == before + 1
    assert list_texts(view) == ["Tværgående samarbejde", "Fokus på natur"]

    # Undo takes the whole heading away, redo brings it back; the field follows.
    session.undo()
    assert headings(session)[1] == "" and panel.heading.text() == ""
    assert list_texts(view)[1] == "(uden overskrift)"
    session.redo()
    assert panel.heading.text() == "Fokus på natur"

    # Reorder: by the button (mouse), then by Ctrl+Down in the list (keyboard).
    click(panel.up_button)
    assert headings(session) == ["Fokus på natur", "Tværgående samarbejde"]
    assert panel.view.currentIndex().row() == 0  # the moved message stays chosen
    assert not panel.up_button.isEnabled()
    panel.view.setFocus()
    QTest.keyClick(panel.view, Qt.Key.Key_Down, CTRL)
    assert headings(session) == ["Tværgående samarbejde", "Fokus på natur"]
    session.undo()
    assert headings(session) == ["Fokus på natur", "Tværgående samarbejde"]

    # Choosing the other message by clicking it shows its text.
    rect = panel.view.visualRect(panel.model.index(1, 0))
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    assert panel.heading.text() == "Tværgående samarbejde"
    assert panel.body.toPlainText().endswith("Også mellem foreninger.")

    # Delete with the Delete key; undo puts it back in its place.
    panel.view.setFocus()
    QTest.keyClick(panel.view, Qt.Key.Key_Delete)
    assert headings(session) == ["Fokus på natur"]
    assert panel.heading.text() == "Fokus på natur"
    session.undo()
    assert headings(session) == ["Fokus på natur", "Tværgående samarbejde"]

    # The camp file is closed and opened again: all there.
    session.close()
    with CampStore.open(camp_path) as store:
        messages = store.analysis.messages()
    assert [(m.heading, m.body) for m in messages] == [
        ("Fokus på natur", ""),
        ("Tværgående samarbejde",
         "Et behov for og vilje til at samarbejde på tværs.\nOgså mellem foreninger."),
    ]


def test_a_new_view_shows_the_stored_messages(qtbot, session: CampSession) -> None:
    session.store.analysis.add_message(heading="Branding af Lejre", body="Storytelling om Lejre.")
    session.store.analysis.add_message(heading="")
    view = open_view(qtbot, session)
    assert list_texts(view) == ["Branding af Lejre", "(uden overskrift)"]
    assert view.messages.heading.text() == "Branding af Lejre"
    assert view.messages.body.toPlainText() == "Storytelling om Lejre."


# -- the purpose statement and the considerations ------------------------------------
def test_edit_the_purpose_and_the_considerations(qtbot, camp_path: Path,
                                                 session: CampSession,
                                                 view: AnalysisView) -> None:
    panel = view.purpose
    click(panel.purpose)
    qtbot.waitUntil(panel.purpose.hasFocus)
    QTest.keyClicks(panel.purpose, "Formålet er at skabe engagerende fællesskaber for alle.")
    click(panel.implications)
    qtbot.waitUntil(panel.implications.hasFocus)
    assert session.store.frame.camp().purpose.startswith("Formålet er")
    QTest.keyClicks(panel.implications, "Et stærkt fokus på initiativer på tværs.")
    click(panel.considerations)
    qtbot.waitUntil(panel.considerations.hasFocus)
    QTest.keyClicks(panel.considerations, "Det kunne overvejes at tage det tværgående med.")
    # Pending text is saved before an undo, which then takes it back.
    session.undo()
    assert session.store.analysis.consideration(PurposeText.CONSIDERATIONS).text == ""
    assert panel.considerations.toPlainText() == ""
    QTest.keyClicks(panel.considerations, "Formuleringen kunne være mere aktiv.")
    panel.considerations.clearFocus()  # focus out: saved
    assert session.store.analysis.consideration(PurposeText.CONSIDERATIONS).text == \
        "Formuleringen kunne være mere aktiv."
    # A change made elsewhere (the camp details form) shows here.
    camp.update_camp(session, "purpose", "Nyt formål.", "Ret formål")
    assert panel.purpose.toPlainText() == "Nyt formål."

    session.close()
    with CampStore.open(camp_path) as store:
        assert store.frame.camp().purpose == "Nyt formål."
        assert store.analysis.consideration(PurposeText.IMPLICATIONS).text == \
            "Et stærkt fokus på initiativer på tværs."
        assert store.analysis.consideration(PurposeText.CONSIDERATIONS).text == \
            "Formuleringen kunne være mere aktiv."


# -- consolidated prerequisites ------------------------------------------------------
@pytest.fixture
def prerequisite_step(store: CampStore) -> str:
    step = store.frame.step_by_key("prerequisites")
    assert step is not None
    b1, b2 = store.frame.tables()
    note = store.board.add_note(step_id=step.id, table_id=b1.id, text="Lokaler til alle",
                          selected=True)
    store.board.add_note(step_id=step.id, table_id=b2.id, text="Frivillige der vil", selected=True)
    store.board.add_note(step_id=step.id, table_id=b2.id, text="Ikke valgt")
    category = store.consolidation.add_category(step_id=step.id, name="Fysiske faciliteter")
    store.consolidation.assign_note(note_id=note.id, category_id=category.id)
    return step.id


def prerequisite_texts(session: CampSession) -> list[str]:
    return [p.text for p in session.store.analysis.consolidated_prerequisites()]


def test_consolidated_prerequisites_written_chosen_edited_and_deleted(
        qtbot, camp_path: Path, session: CampSession, prerequisite_step: str) -> None:
    view = open_view(qtbot, session)
    panel = view.prerequisites
    click(panel.new_field)
    QTest.keyClicks(panel.new_field, "Lige muligheder i alle landsbyer")
    QTest.keyClick(panel.new_field, Qt.Key.Key_Return)
    assert prerequisite_texts(session) == ["Lige muligheder i alle landsbyer"]
    assert panel.new_field.text() == ""

    # From the step: the category is offered ticked, the selected notes unticked.
    click(panel.from_step_button)
    dialog = panel.findChild(PrerequisiteSourcesDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    labels = [dialog.model.item(r).text() for r in range(dialog.model.rowCount())]
    assert labels == ["Kategori: Fysiske faciliteter (1)", "Lokaler til alle – bord H1-B1",
                      "Frivillige der vil – bord H1-B2"]
    dialog.set_checked(2, True)
    click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    assert prerequisite_texts(session) == [
        "Lige muligheder i alle landsbyer", "Fysiske faciliteter", "Frivillige der vil"]
    session.undo()  # one edit for both
    assert prerequisite_texts(session) == ["Lige muligheder i alle landsbyer"]
    session.redo()
    assert len(prerequisite_texts(session)) == 3

    # Edit in place with F2, move with Ctrl+Up, delete with Delete.
    host = view.test_host  # type: ignore[attr-defined]
    host.activateWindow()  # back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    panel.view.setCurrentIndex(panel.model.index(2, 0))
    QTest.keyClick(panel.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not panel.view
    editor.selectAll()
    QTest.keyClicks(editor, "Frivillig indsats")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits an item editor's data after the key press is handled, not during it.
    qtbot.waitUntil(lambda: panel.view.state() != QAbstractItemView.State.EditingState)
    assert prerequisite_texts(session)[2] == "Frivillig indsats"
    QTest.keyClick(panel.view, Qt.Key.Key_Up, CTRL)
    assert prerequisite_texts(session) == [
        "Lige muligheder i alle landsbyer", "Frivillig indsats", "Fysiske faciliteter"]
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    QTest.keyClick(panel.view, Qt.Key.Key_Delete)
    assert prerequisite_texts(session) == ["Frivillig indsats", "Fysiske faciliteter"]
    session.undo()
    assert prerequisite_texts(session)[0] == "Lige muligheder i alle landsbyer"

    session.close()
    with CampStore.open(camp_path) as store:
        assert [p.text for p in store.analysis.consolidated_prerequisites()] == [
            "Lige muligheder i alle landsbyer", "Frivillig indsats", "Fysiske faciliteter"]


# -- selected contributions per actor ------------------------------------------------
def test_selected_contributions_are_shown_per_actor(qtbot, session: CampSession,
                                                    prerequisite_step: str) -> None:
    view = open_view(qtbot, session)
    store = session.store
    assert view.contributions.shown()["Kommunen (0)"] == []
    step = store.frame.step_by_key("contributions")
    assert step is not None
    table = store.frame.tables()[0]
    prerequisite = store.board.selected_prerequisites(table.id)[0]
    municipality = store.frame.actor_by_key("municipality")
    assert municipality is not None

    def add(text: str, actor_id: str | None, selected: bool = True) -> None:
        item = contributions.add_contribution(
            session, step_id=step.id, table_id=table.id, text=text,
            prerequisite_id=prerequisite.id, actor_id=actor_id)
        assert item is not None
        if selected:
            contributions.select_contribution(session, item, True)

    add("Åbne skolernes lokaler", municipality.id)
    add("Ikke valgt", municipality.id, selected=False)
    add("En tovholder", None)
    shown = view.contributions.shown()
    assert list(shown) == ["Kommunen (1)", "Borgerne (0)", "Erhvervslivet (0)",
                           "Lokalsamfundet (0)", "Andre (0)", "Ikke fordelt (1)"]
    assert shown["Kommunen (1)"] == ["Åbne skolernes lokaler"]
    assert shown["Ikke fordelt (1)"] == ["En tovholder"]
    child = view.contributions.model.item(0).child(0, 1)
    assert child.text() == "H1-B1"


# -- the tab -------------------------------------------------------------------------
def test_the_camp_has_an_analysis_tab_after_consolidation(qtbot,
                                                          session: CampSession) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    camp_view = CampView(session, host)
    tabs = [camp_view.tabs.tabText(i) for i in range(camp_view.tabs.count())]
    assert tabs.index("Analyse") == tabs.index("Konsolidering") + 1
    assert isinstance(camp_view.analysis, AnalysisView)
    if hasattr(camp_view, "closing"):
        camp_view.closing()


def test_a_read_only_camp_shows_its_analysis_without_editing(qtbot, camp_path: Path) -> None:
    with CampStore.open(camp_path) as store:
        store.analysis.add_message(heading="Diversitet", body="At favne forskellige behov.")
        store.analysis.add_consolidated_prerequisite(text="Netværk")
    store = CampStore.open(camp_path, read_only=True)
    session = CampSession(store)
    try:
        view = open_view(qtbot, session)
        assert list_texts(view) == ["Diversitet"]
        assert view.messages.heading.isReadOnly() and view.messages.body.isReadOnly()
        assert not view.messages.add_button.isEnabled()
        assert not view.prerequisites.new_field.isEnabled()
        assert view.purpose.considerations.isReadOnly()
        QTest.keyClicks(view.messages.heading, "x")  # read-only: nothing typed
        view.flush()
        assert store.analysis.messages()[0].heading == "Diversitet"
    finally:
        session.close()
