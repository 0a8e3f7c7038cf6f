"""The dot counter under a voting step: participants × dots, and a warning past it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.ui.edits import participants
from facilitator.ui.table.dilemma_page import DilemmaPage
from facilitator.ui.table.notes_page import ALL_DOTS_INK
from facilitator.ui.table.notes_page import OVER_DOTS_INK
from facilitator.ui.table.notes_page import NotesPage
from tests.ui.test_notes_page import open_page
from tests.ui.test_notes_page import stored
from tests.ui.test_notes_page import type_note


def ink(page: NotesPage):
    return page.dots_label.palette().color(page.dots_label.foregroundRole())


def plus(qtbot, page: NotesPage, times: int) -> None:
    """``+`` in the emptied entry, right after Enter: a vote on the note just added."""
    for _ in range(times):
        qtbot.keyClick(page.entry, Qt.Key.Key_Plus)


def test_dots_left_then_all_used_then_over_the_limit(qtbot, session) -> None:
    store = session.store
    table = store.frame.tables()[0]
    store.frame.update_table(table_id=table.id, participants=2)  # 2 × 3 dots = 6
    page = open_page(qtbot, session)
    assert page.dots_label.isVisible()
    assert page.dots_label.text() == "0 af 6 prikker brugt"
    normal = ink(page)

    type_note(qtbot, page, "Flere unge i foreningerne")
    plus(qtbot, page, 5)
    assert page.dots_label.text() == "5 af 6 prikker brugt"
    assert ink(page) == normal

    plus(qtbot, page, 1)
    assert page.dots_label.text() == "6 af 6 prikker brugt"
    assert ink(page) == ALL_DOTS_INK
    assert "Alle prikker er brugt" in page.dots_label.toolTip()

    plus(qtbot, page, 2)  # still allowed: the facilitator decides
    assert [n.votes for n in stored(page)] == [8]
    assert page.dots_label.text() == "8 af 6 prikker brugt – 2 for mange"
    assert ink(page) == OVER_DOTS_INK and page.dots_label.font().bold()
    tip = page.dots_label.toolTip()
    assert "Hver deltager har 3 prikker; bordet har 2 deltagere." in tip
    assert "flere stemmer, end deltagerne har prikker" in tip

    qtbot.keyClick(page.entry, Qt.Key.Key_Minus)
    qtbot.keyClick(page.entry, Qt.Key.Key_Minus)
    assert page.dots_label.text() == "6 af 6 prikker brugt"
    assert not page.dots_label.font().bold()


def test_a_table_without_a_participant_count_sees_dots_used_only(qtbot, session) -> None:
    page = open_page(qtbot, session, DilemmaPage, key="dilemmas")
    assert page.table.participants == 0
    type_note(qtbot, page, "Frihed mod tryghed")
    plus(qtbot, page, 1)
    assert page.dots_label.text() == "1 prik brugt – bordets antal deltagere er ikke sat"
    plus(qtbot, page, 1)
    assert page.dots_label.text() == "2 prikker brugt – bordets antal deltagere er ikke sat"
    assert page.dots_label.toolTip().startswith("Hver deltager har 3 prikker. Tæl bordets "
                                                "deltagere med »Deltagere …« (Ctrl+D)")


def test_the_people_counted_by_group_are_the_ones_with_dots(qtbot, session) -> None:
    """Counted at the table (»Deltagere …«), the groups' total replaces the number
    entered in preparation; taking the counts back gives that number again."""
    store = session.store
    table = store.frame.tables()[0]
    store.frame.update_table(table_id=table.id, participants=2)
    page = open_page(qtbot, session)
    assert page.dots_label.text() == "0 af 6 prikker brugt"
    participants.set_count(session, table_id=table.id, group_key="citizens", people=3)
    participants.set_count(session, table_id=table.id, group_key="politicians", people=1)
    assert page.dots_label.text() == "0 af 12 prikker brugt"
    type_note(qtbot, page, "Flere unge i foreningerne")
    plus(qtbot, page, 7)
    assert page.dots_label.text() == "7 af 12 prikker brugt"
    assert "bordet har 4 deltagere." in page.dots_label.toolTip()
    session.undo_stack.undo()  # the votes
    while session.undo_stack.canUndo() and session.undo_stack.undoText() != (
            "Ret antal deltagere"):
        session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert store.participants.counts(table.id).given is False
    assert page.dots_label.text().endswith("af 6 prikker brugt")


def test_one_dot_and_one_participant_read_in_the_singular(qtbot, session) -> None:
    store = session.store
    store.frame.update_table(table_id=store.frame.tables()[0].id, participants=1)
    store.frame.update_step(step_id=store.frame.step_by_key("prerequisites").id, dots=1)
    page = open_page(qtbot, session, key="prerequisites")
    assert page.dots_label.text() == "0 af 1 prik brugt"
    type_note(qtbot, page, "Busser om aftenen")
    plus(qtbot, page, 2)
    assert page.dots_label.text() == "2 af 1 prik brugt – 1 for mange"
    assert page.dots_label.toolTip().startswith(
        "Hver deltager har 1 prik; bordet har 1 deltager. Bordet har givet flere stemmer")


def test_a_step_without_a_limit_shows_no_counter(qtbot, session) -> None:
    page = open_page(qtbot, session, key="bulletin_board")
    type_note(qtbot, page, "Husk kaffe")
    plus(qtbot, page, 4)
    assert [n.votes for n in stored(page)] == [4]
    assert not page.dots_label.isVisible()
