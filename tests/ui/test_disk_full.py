"""A full disk during note entry: the facilitator is told, nothing is lost, entry resumes.

SQLite's ``max_page_count`` makes the file unable to grow, which is exactly what a full
disk looks like to it (SQLITE_FULL).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from facilitator.store import CampStore
from facilitator.ui.table.notes_page import NotesPage


def fill_the_disk(store: CampStore) -> int:
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    return pages


def test_disk_full_during_note_entry(qtbot, session, camp_path: Path) -> None:
    store = session.store
    failures: list[str] = []
    session.failed.connect(failures.append)
    host = QWidget()
    qtbot.addWidget(host)
    page = NotesPage(session, host)
    step = store.frame.step_by_key("indicators")
    table = store.frame.table_by_code("H1-B1")
    page.show_step(step, table)
    host.show()

    QTest.keyClicks(page.entry, "Gemt før disken blev fuld")
    QTest.keyClick(page.entry, Qt.Key.Key_Return)
    fill_the_disk(store)
    long_text = "Denne note fylder mere end der er plads til. " * 200
    page.entry.insertPlainText(long_text)
    QTest.keyClick(page.entry, Qt.Key.Key_Return)

    assert failures and "kunne ikke gemmes" in failures[-1]
    assert "Traceback" not in failures[-1]
    assert page.entry.toPlainText() == long_text  # nothing typed is thrown away
    assert [n.text for n in store.board.notes(step.id, table.id)] == ["Gemt før disken blev fuld"]
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    store.conn.execute("PRAGMA max_page_count = 1073741823")  # space is back
    QTest.keyClick(page.entry, Qt.Key.Key_Return)
    assert [n.text for n in store.board.notes(step.id, table.id)] == [
        "Gemt før disken blev fuld", long_text.strip()]
    with CampStore.open(camp_path, read_only=True) as other:
        assert len(other.board.notes(step.id, table.id)) == 2
