"""»Slet slettede tekster for altid« in the Rediger menu: asked first, then gone for good."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.ui.edits import notes
from tests.ui.questions import answer


def test_delete_for_good_asks_with_the_count_then_empties_the_deleted_rows(
        window, qtbot, camp_path: Path) -> None:
    assert window.open_camp(camp_path)
    session = window.session
    store = session.store
    table = store.frame.tables()[0].id
    step = store.frame.step_by_key("indicators").id
    gone = [store.board.add_note(step_id=step, table_id=table,
                                 text=f"Slettet {i}") for i in range(2)]
    store.board.add_note(step_id=step, table_id=table, text="Bliver")
    for note in gone:
        notes.delete_note(session, note, 0)
    asked: list[str] = []

    def purge_button(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text() == "Slet for altid"]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    action = window.purge.action
    assert action in window.edit_menu.actions() and action.isEnabled()
    answer(asked, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))  # Enter must not clear it
    action.trigger()
    assert "stadig har deres tekst: 2 (noter" in asked[0] and "kan ikke fortrydes" in asked[0]
    assert store.conn.execute("SELECT COUNT(*) FROM note WHERE deleted = 1 AND text <> ''"
                              ).fetchone()[0] == 2  # cancelled: nothing changed
    assert session.undo_stack.canUndo()

    answer(asked, purge_button)
    action.trigger()
    rows = store.conn.execute("SELECT text, deleted FROM note ORDER BY deleted, text")
    assert [tuple(r) for r in rows] == [("Bliver", 0), ("", 1), ("", 1)]
    assert not session.undo_stack.canUndo()  # an undo would bring back an empty note
    assert "teksten i 2 slettede ting" in window.statusBar().currentMessage()

    answer(asked, purge_button)
    action.trigger()  # nothing left to clear: said so, and the file is tidied again
    assert asked[-1].startswith("Campen har ingen slettede tekster tilbage.")
