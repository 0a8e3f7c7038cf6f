"""Open a big camp: 100 tables × 100 notes → first step shown (open_camp + idle).

Each run is a fresh offscreen child process (as a facilitator opening the camp from the
start screen): MainWindow shown and idle, then ``MainWindow.open_camp(path)`` and
events processed until idle, when the table session shows its first step with the first
table's notes. The same child then closes the camp and opens it again (reported as
``reopen``: the modules are imported by then).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.common import Result
from bench.common import gui_env
from bench.common import report
from bench.common import round_figures
from bench.common import run_child
from bench.common import summary

TABLES, NOTES = 100, 100
TARGET_S = 1.0


def child(path: Path) -> None:
    from bench.gui import main_window
    from bench.gui import make_app
    from bench.gui import open_camp_timed
    from bench.gui import wait_idle

    make_app()
    window = main_window()
    first = open_camp_timed(window, path)
    session = window.camp_view.table_session
    page = session.current_page()
    shown = {"step": session.current_step().key if session.current_step() else None,
             "page_visible": bool(page and page.isVisible()),
             "rows": page.model.rowCount() if page is not None and hasattr(page, "model")
             else None}
    window.close_camp()
    wait_idle()
    again = open_camp_timed(window, path)
    window.close_camp()
    wait_idle()
    report({"first": first, "reopen": again, "shown": shown})


def run(quick: bool = False) -> Result:
    from bench import synthetic

    runs = 3 if quick else 10
    firsts, reopens, shown = [], [], {}
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-open-") as tmp:
        path = synthetic.camp_copy(Path(tmp), tables=TABLES, notes=NOTES)
        env = gui_env(Path(tmp) / "home")
        for _ in range(runs):
            figures = run_child(["-m", "bench.open_camp", "--child", str(path)], env)
            firsts.append(figures["first"])
            reopens.append(figures["reopen"])
            shown = figures["shown"]
    median, p95 = summary(firsts)
    reopen_median, reopen_p95 = summary(reopens)
    ok = shown.get("page_visible") and shown.get("rows")
    return round_figures(Result(
        name="open", title=f"open a big camp ({TABLES}×{NOTES})", unit="s", median=median,
        p95=p95, runs=runs, target=f"≤ {TARGET_S} s", met=bool(ok) and median <= TARGET_S,
        note="" if ok else f"first step not shown: {shown}",
        extra={"reopen_median": round(reopen_median, 3), "reopen_p95": round(reopen_p95, 3),
               "shown": shown, "samples": [round(x, 3) for x in firsts]}))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(Path(sys.argv[2]))
    else:
        print(run("--quick" in sys.argv))
