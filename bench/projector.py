"""The projector view open beside the table session, on the 10,000-note camp.

Both run in an offscreen child process, the projector view full screen on the
offscreen platform's one screen (its size is in the figures), over the first table's
session.

* projector-step: the table session moves to the next (or, at the end, the previous)
  step with Ctrl+PgDown/PgUp, as the facilitator moves it. The time runs from the key
  until the event loop is idle again and the projector names the new step and has
  painted. Reported apart: the projector's own share (its refresh and repaint alone,
  the table session not moving).
* projector-add: a note typed into the NotesPage and Enter, as in ``add-gui``, with the
  projector open: from Enter until idle, the note shown in the list, committed, and on
  the projector's board.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench.common import Result
from bench.common import report
from bench.common import round_figures
from bench.common import run_on_big_camp
from bench.common import scaled
from bench.common import summary

TABLES, NOTES = 100, 100
TARGET_STEP_P95_MS = 50.0
TARGET_ADD_P95_MS = 20.0


def child(path: Path, mode: str, count: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from bench.gui import main_window
    from bench.gui import make_app
    from bench.gui import open_camp_timed
    from bench.gui import type_text
    from bench.gui import wait_idle
    from bench.synthetic import TextMaker
    from bench.typing_notes import _committed

    make_app()
    window = main_window()
    open_camp_timed(window, path)
    session_view = window.camp_view.table_session
    window.projector.show_table()
    wait_idle()
    projector = window.projector.projector
    store = window.session.store
    figures: dict = {"screen": [projector.width(), projector.height()]}
    latencies, own = [], []
    if mode == "step":
        steps = session_view.step_list.count()
        forward = True
        for _ in range(count):
            row = session_view.step_list.currentRow()
            if row in (0, steps - 1):
                forward = row == 0
            key = Qt.Key.Key_PageDown if forward else Qt.Key.Key_PageUp
            start = time.perf_counter()
            QTest.keyClick(session_view.step_list, key, Qt.KeyboardModifier.ControlModifier)
            wait_idle()
            latencies.append(time.perf_counter() - start)
            step = session_view.current_step()
            if step is None or step.title not in projector.where.text():
                raise RuntimeError("the projector did not follow the step")
            start = time.perf_counter()
            projector.board._fit = None
            projector.refresh()
            projector.repaint()
            own.append(time.perf_counter() - start)
        figures["own"] = own
    else:
        session_view.choose_step(0)
        wait_idle()
        page = session_view.current_page()
        figures["step"] = page.step.key
        maker = TextMaker(seed=11)
        for _ in range(count):
            text = maker.text("indicators")
            type_text(page.entry, text)
            wait_idle()
            rows = page.model.rowCount()
            start = time.perf_counter()
            QTest.keyClick(page.entry, Qt.Key.Key_Return)
            wait_idle()
            note = page.model.note(rows) if page.model.rowCount() == rows + 1 else None
            if note is None or not _committed(store, note.id) \
                    or projector.board.items[-1].text != note.text:
                raise RuntimeError("the typed note was not shown, committed and projected")
            latencies.append(time.perf_counter() - start)
        figures["notes_on_board"] = len(projector.board.items)
        figures["notes_shown"] = len(projector.board.shown_items())
    figures["latencies"] = latencies
    window.close()
    wait_idle()
    report(figures)


def _run(mode: str, count: int) -> dict:
    return run_on_big_camp("bench.projector", mode, count, tables=TABLES, notes=NOTES)


def run_step(quick: bool = False) -> Result:
    count = 40 if quick else 300
    figures = _run("step", count)
    median, p95 = summary(scaled(figures["latencies"], 1000))
    own_median, own_p95 = summary(scaled(figures["own"], 1000))
    return round_figures(Result(
        name="projector-step", title=f"switch step with the projector open ({count}, 10k camp)",
        unit="ms", median=median, p95=p95, runs=count, target=f"p95 ≤ {TARGET_STEP_P95_MS:g} ms",
        met=p95 <= TARGET_STEP_P95_MS,
        extra={"projector_own_median_ms": round(own_median, 2),
               "projector_own_p95_ms": round(own_p95, 2), "screen": figures["screen"]}))


def run_add(quick: bool = False) -> Result:
    count = 60 if quick else 500
    figures = _run("add", count)
    median, p95 = summary(scaled(figures["latencies"], 1000))
    return round_figures(Result(
        name="projector-add", title=f"add a note with the projector open ({count}, 10k camp)",
        unit="ms", median=median, p95=p95, runs=count, target=f"p95 ≤ {TARGET_ADD_P95_MS:g} ms",
        met=p95 <= TARGET_ADD_P95_MS,
        extra={"step": figures["step"], "notes_on_board": figures["notes_on_board"],
               "notes_shown": figures["notes_shown"], "screen": figures["screen"]}))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
    else:
        quick = "--quick" in sys.argv
        print(run_step(quick))
        print(run_add(quick))
