"""The app at a table, driven by keyboard until it is killed (``test_kill_after_add.py``).

    python gui_crash_child.py CAMP SEED [BUNDLE_FOLDER]

Types notes (text + Enter), votes with ``+`` and rewrites a note's text with F2, in a
random order, and prints each edit once the key press has been handled, in the format
``bench/crash_harness.verify`` reads: ``A|V|E note_id votes edit_no``. The text ends in
``#N`` (how often it was rewritten), so a later edit is told apart from a lost one.
With a bundle folder, the table's bundle is saved automatically there (as a facilitator
sets it up) and the child now and then steps to the next step and back, which writes
the bundle in the background from the open camp.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from pathlib import Path

from app_child import start_app  # beside this file
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest


def stop_on_error(kind: type[BaseException], error: BaseException, trace: object) -> None:
    """An error in a key press ends the child at once, for the harness to report (a
    child idling after an error would pass for one that was killed while writing)."""
    traceback.print_exception(kind, error, trace)  # type: ignore[arg-type]
    sys.stderr.flush()
    os._exit(1)


def main() -> None:
    sys.excepthook = stop_on_error
    camp, seed = Path(sys.argv[1]), int(sys.argv[2])
    bundles = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    app, window = start_app(camp, "Facilitator-gui-crash-test")
    from facilitator.ui.table.notes_page import NoteEntry

    session = window.camp_view.table_session
    if bundles is not None:
        session.bundles.set_folder(bundles)
    page = session.current_page()
    assert page is not None and page.step.key == "indicators"
    rng = random.Random(seed)
    counter = [0]

    def report(kind: str, note_id: str, votes: int, edit: int) -> None:
        """What this edit was meant to save (not what the list shows): a key press that
        saved nothing then counts as a lost edit."""
        print(f"{kind} {note_id} {votes} {edit}", flush=True)

    def step() -> None:
        counter[0] += 1
        if bundles is not None and rng.random() < 0.1:
            # To the next step and back: an automatic bundle each time.
            ctrl = Qt.KeyboardModifier.ControlModifier
            QTest.keyClick(session.step_list, Qt.Key.Key_PageDown, ctrl)
            QTest.keyClick(session.step_list, Qt.Key.Key_PageUp, ctrl)
            if session.current_page() is not page:
                raise RuntimeError("did not come back to the indicators")
        rows = page.model.rowCount()
        roll = rng.random()
        if roll < 0.5 or rows == 0:
            page.entry.setFocus()
            QTest.keyClicks(page.entry, f"note {seed}-{counter[0]} #0")
            QTest.keyClick(page.entry, Qt.Key.Key_Return)
            if page.model.rowCount() != rows + 1:
                raise RuntimeError("Enter added no note")
            report("A", page.model.note(rows).id, 0, 0)
        else:
            row = rng.randrange(rows)
            note = page.model.note(row)
            edit = int(note.text.rsplit("#", 1)[1])
            page.view.setFocus()
            page.view.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)))
            if roll < 0.8:
                QTest.keyClick(page.view, Qt.Key.Key_Plus)
                report("V", note.id, note.votes + 1, edit)
            else:
                QTest.keyClick(page.view, Qt.Key.Key_F2)
                # The editor the delegate opened on the card (found as a child: offscreen,
                # the window is not always the active one, so nothing has the focus).
                editors = [w for w in page.view.viewport().findChildren(NoteEntry)
                           if w.isVisible()]
                if len(editors) != 1:
                    raise RuntimeError(f"F2 opened {len(editors)} editors")
                editor = editors[0]
                editor.selectAll()
                QTest.keyClicks(editor, f"note {seed}-{counter[0]} #{edit + 1}")
                QTest.keyClick(editor, Qt.Key.Key_Return)
                report("E", note.id, note.votes, edit + 1)
        # With a bundle folder, the pauses of a person typing (a bundle is written meanwhile).
        QTimer.singleShot(rng.randrange(40) if bundles is not None else 0, step)

    def start() -> None:
        print("READY", flush=True)
        step()

    QTimer.singleShot(0, start)
    app.exec()


if __name__ == "__main__":
    main()
