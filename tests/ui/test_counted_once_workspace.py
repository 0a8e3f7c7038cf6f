"""»Samme budskab« then »Tæl som ét«, driven like an organiser: near-duplicates selected
with Ctrl+Shift+B, placed, counted once with Ctrl+Shift+T; the category's count, the
notes' marks, undo, counting apart again, and the camp reopened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.store import CampStore
from facilitator.ui.organiser.consolidation.notes_table import TEXT
from facilitator.ui.shell.session import CampSession
from tests.suggestion_fixtures import fill
from tests.ui.test_consolidation_workspace import POPUP_ON_OFFSCREEN
from tests.ui.test_consolidation_workspace import category_texts
from tests.ui.test_consolidation_workspace import click_note
from tests.ui.test_consolidation_workspace import open_workspace
from tests.ui.test_consolidation_workspace import press

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SAME = ["Flere cykelstier til skolen", "flere cykelstier til skolen!",
        "Flere cykelstir til skolen"]


def shown_texts(ws) -> list[str]:
    proxy = ws.notes_filter
    return [proxy.index(r, TEXT).data() for r in range(proxy.rowCount())]


@POPUP_ON_OFFSCREEN
def test_near_duplicates_counted_once_undone_and_kept(qtbot, session: CampSession,
                                                     camp_path: Path) -> None:
    step_id = fill(session.store, [*SAME, "Solceller på taget", "Cykelstier på landet"],
                   {"Solceller på taget": "Energi", "Cykelstier på landet": "Cykling"})
    said: list[str] = []
    session.status.connect(said.append)
    ws = open_workspace(qtbot, session)
    ws.notes_view.setFocus()
    press(ws.notes_view, Qt.Key.Key_B, CTRL_SHIFT)
    qtbot.waitUntil(lambda: len(ws.selected_note_ids()) == 3)
    assert "Ctrl+Shift+T" in said[-1]
    # Placed together in »Cykling« with the picker, then counted as one.
    press(ws.notes_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(ws.picker, "Cykling")
    press(ws.picker, Qt.Key.Key_Return)
    assert "Cykling (4)" in category_texts(ws)
    assert ws.once_button.text() == "Tæl som ét"
    ws.notes_view.setFocus()
    press(ws.notes_view, Qt.Key.Key_T, CTRL_SHIFT)
    assert session.undo_stack.undoText() == "Tæl 3 noter som ét budskab"
    assert said[-1] == "3 noter tælles nu som ét budskab i kategoriernes tal."
    assert "Cykling (2)" in category_texts(ws)
    texts = shown_texts(ws)
    assert f"{SAME[0]}  (tælles som én af 3)" in texts
    assert {f"↳ {SAME[1]}", f"↳ {SAME[2]}"} <= set(texts)
    # The same notes still selected: the button now counts them apart.
    assert ws.once_button.text() == "Tæl hver for sig"
    session.undo_stack.undo()
    assert "Cykling (4)" in category_texts(ws)
    assert shown_texts(ws).count(SAME[1]) == 1
    session.undo_stack.redo()
    assert "Cykling (2)" in category_texts(ws)

    # The camp reopened keeps the count; the report's count is the same one.
    session.store.close()
    with CampStore.open(camp_path, snapshot=True) as store:
        assert {c.name: c.count for c in store.consolidation.categories(step_id)} == {
            "Energi": 1, "Cykling": 2}
        assert len(store.consolidation.counted_with(step_id)) == 2


def test_counting_apart_and_a_lone_note(qtbot, session: CampSession) -> None:
    fill(session.store, [*SAME, "Solceller på taget"], dict.fromkeys(SAME, "Cykling"))
    said: list[str] = []
    session.status.connect(said.append)
    ws = open_workspace(qtbot, session)
    ws.notes_view.selectAll()
    ws.notes_view.setFocus()
    # Four notes of two categories: one message in each category it sits in.
    ws.once_button.click()
    assert "Cykling (1)" in category_texts(ws)
    # One of them alone: the button counts it apart; the others stay one.
    click_note(ws, f"↳ {SAME[2]}")
    assert ws.once_button.text() == "Tæl hver for sig"
    ws.once_button.click()
    assert said[-1] == "Noterne tælles igen hver for sig."
    assert "Cykling (2)" in category_texts(ws)
    assert SAME[2] in shown_texts(ws)
    # A single note on its own cannot be one message with nothing.
    ws.once_button.click()
    assert said[-1].startswith("Markér mindst to noter")
    assert session.undo_stack.undoText() == "Tæl noterne hver for sig"
