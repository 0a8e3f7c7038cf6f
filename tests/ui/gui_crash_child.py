"""The app at a table, driven by keyboard until it is killed (``test_kill_after_add.py``).

    python gui_crash_child.py CAMP SEED

Types notes (text + Enter), votes with ``+`` and rewrites a note's text with F2, in a
random order, and prints each edit once the key press has been handled, in the format
``bench/crash_harness.verify`` reads: ``A|V|E note_id votes edit_no``. The text ends in
``#N`` (how often it was rewritten), so a later edit is told apart from a lost one.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main() -> None:
    camp, seed = Path(sys.argv[1]), int(sys.argv[2])
    QCoreApplication.setOrganizationName("Facilitator-gui-crash-test")
    QCoreApplication.setApplicationName("Facilitator-gui-crash-test")
    app = QApplication(sys.argv[:1])
    from facilitator.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    assert window.open_camp(camp)
    page = window.camp_view.table_session.current_page()
    assert page is not None and page.step.key == "indicators"
    rng = random.Random(seed)
    counter = [0]

    def report(kind: str, row: int) -> None:
        note = page.model.note(row)
        edit = int(note.text.rsplit("#", 1)[1])
        print(f"{kind} {note.id} {note.votes} {edit}", flush=True)

    def step() -> None:
        counter[0] += 1
        rows = page.model.rowCount()
        roll = rng.random()
        if roll < 0.5 or rows == 0:
            page.entry.setFocus()
            QTest.keyClicks(page.entry, f"note {seed}-{counter[0]} #0")
            QTest.keyClick(page.entry, Qt.Key.Key_Return)
            report("A", page.model.rowCount() - 1)
        else:
            row = rng.randrange(rows)
            page.view.setFocus()
            page.view.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)))
            if roll < 0.8:
                QTest.keyClick(page.view, Qt.Key.Key_Plus)
                report("V", row)
            else:
                edit = int(page.model.note(row).text.rsplit("#", 1)[1]) + 1
                QTest.keyClick(page.view, Qt.Key.Key_F2)
                editor = QApplication.focusWidget()
                editor.selectAll()
                QTest.keyClicks(editor, f"note {seed}-{counter[0]} #{edit}")
                QTest.keyClick(editor, Qt.Key.Key_Return)
                report("E", row)
        QTimer.singleShot(0, step)

    def start() -> None:
        print("READY", flush=True)
        step()

    QTimer.singleShot(0, start)
    app.exec()


if __name__ == "__main__":
    main()
