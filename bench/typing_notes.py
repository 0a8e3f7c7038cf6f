"""Typing at the table: notes typed into the NotesPage, and votes/selections on the list.

(Named ``typing_notes``, not ``typing``: a ``bench/typing.py`` would shadow the standard
library's ``typing`` whenever a script in ``bench/`` runs with ``bench/`` on sys.path.)

Both run in an offscreen child process on the 10,000-note camp (100 tables × 100
notes), on the first table's first note step, as the facilitator sees it.

* add-gui: a note's text is typed key by key into ``NotesPage.entry``, then Enter. The
  time runs from the Enter key press until the event loop is idle again, the list model
  has one row more (the note is shown) and the store is out of its transaction with the
  note in the file (committed). Typing the text itself is reported apart (per key).
* vote: ``+`` or Space (alternately) on a random row of the list, until idle, with the
  vote or selection shown by the model and committed.
"""

from __future__ import annotations

import random
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
TARGET_ADD_P95_MS = 20.0
TARGET_VOTE_P95_MS = 10.0


def _committed(store, note_id: str) -> bool:
    return not store.conn.in_transaction and store.conn.execute(
        "SELECT 1 FROM note WHERE id = ?", [note_id]).fetchone() is not None


def child(path: Path, mode: str, count: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from bench.gui import main_window
    from bench.gui import make_app
    from bench.gui import open_camp_timed
    from bench.gui import type_text
    from bench.gui import wait_idle
    from bench.synthetic import TextMaker

    make_app()
    window = main_window()
    open_camp_timed(window, path)
    page = window.camp_view.table_session.current_page()
    store = window.session.store
    figures: dict = {"step": page.step.key, "rows_before": page.model.rowCount()}
    latencies, returns, per_key = [], [], []
    if mode == "type":
        maker = TextMaker(seed=11)
        for _ in range(count):
            text = maker.text("indicators")
            start = time.perf_counter()
            type_text(page.entry, text)
            wait_idle()
            per_key.append((time.perf_counter() - start) / len(text))
            rows = page.model.rowCount()
            start = time.perf_counter()
            QTest.keyClick(page.entry, Qt.Key.Key_Return)
            returned = time.perf_counter()
            wait_idle()
            note = page.model.note(rows) if page.model.rowCount() == rows + 1 else None
            if note is None or not _committed(store, note.id):
                raise RuntimeError("the typed note was not shown and committed")
            latencies.append(time.perf_counter() - start)
            returns.append(returned - start)
        figures["per_key"] = per_key
    else:
        rng = random.Random(5)
        page.view.setFocus()
        for n in range(count):
            row = rng.randrange(page.proxy.rowCount())
            page.view.setCurrentIndex(page.proxy.index(row, 0))
            wait_idle()
            note = page.model.note(page.current_row())
            vote = n % 2 == 0
            start = time.perf_counter()
            QTest.keyClick(page.view, Qt.Key.Key_Plus if vote else Qt.Key.Key_Space)
            returned = time.perf_counter()
            wait_idle()
            now = page.model.note(page.model.row_of(note.id))
            changed = now.votes == note.votes + 1 if vote else now.selected != note.selected
            if not changed or store.conn.in_transaction:
                raise RuntimeError("the key press was not shown and committed")
            latencies.append(time.perf_counter() - start)
            returns.append(returned - start)
    figures.update(latencies=latencies, returns=returns, rows_after=page.model.rowCount())
    window.close()
    wait_idle()
    report(figures)


def _result(name: str, title: str, figures: dict, target_ms: float) -> Result:
    median, p95 = summary(scaled(figures["latencies"], 1000))
    ret_median, ret_p95 = summary(scaled(figures["returns"], 1000))
    extra = {"key_handled_median_ms": round(ret_median, 2), "key_handled_p95_ms": round(ret_p95, 2),
             "rows_before": figures["rows_before"], "rows_after": figures["rows_after"],
             "step": figures["step"]}
    if "per_key" in figures:
        key_median, key_p95 = summary(scaled(figures["per_key"], 1000))
        extra.update(typing_per_key_median_ms=round(key_median, 3),
                     typing_per_key_p95_ms=round(key_p95, 3))
    return round_figures(Result(
        name=name, title=title, unit="ms", median=median, p95=p95,
        runs=len(figures["latencies"]), target=f"p95 ≤ {target_ms:g} ms", met=p95 <= target_ms,
        extra=extra))


def _run(mode: str, count: int) -> dict:
    return run_on_big_camp("bench.typing_notes", mode, count, tables=TABLES, notes=NOTES)


def run_add(quick: bool = False) -> Result:
    count = 60 if quick else 500
    return _result("add-gui", f"add a note (GUI, {count} typed, 10k camp)", _run("type", count),
                   TARGET_ADD_P95_MS)


def run_vote(quick: bool = False) -> Result:
    count = 40 if quick else 300
    return _result("vote", "vote / select (+ or Space, 10k camp)", _run("vote", count),
                   TARGET_VOTE_P95_MS)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
    else:
        quick = "--quick" in sys.argv
        print(run_add(quick))
        print(run_vote(quick))
