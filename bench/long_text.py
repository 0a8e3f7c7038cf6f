"""Memory for one long note: peak RSS while its PDF is made and while the GUI shows it.

One note of N characters (words and spaces, one paragraph: a pasted document) in a
camp of one table. Each figure is a fresh child process that reports how much its peak
RSS (VmHWM) grew during the one operation: ``pdf`` (the camp's summary PDF) or ``gui``
(the table's note step shown in the main window, offscreen) or ``gui-contribution``
(the contribution step's columns, where the note is a contribution). Sizes above the note limit
(``TEXT_LIMIT``, 100,000 characters) are written past the store, straight into the file,
to show the trend the limit cuts off.

    python bench/long_text.py [--sizes 100,25000,50000,100000,200000,400000]

Linear growth: MB per 100,000 characters stays about the same from size to size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO))

SIZES = (100, 25_000, 50_000, 100_000, 200_000, 400_000)
#: The PDF, the GUI's note list, the GUI's contribution columns.
KINDS = ("pdf", "gui", "gui-contribution", "gui-front-page")
STEPS = {"gui": "indicators", "gui-contribution": "contributions",
         "gui-front-page": "front_pages"}
WORDS = ("kommune", "borger", "samarbejde", "og", "at", "vi", "skal", "fællesskab", "i",
         "trivsel", "frivillige", "mødested", "lokalt", "ansvar", "for", "det", "gode", "liv")


def long_text(size: int) -> str:
    rng = random.Random(size)
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:size]


def peak_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM (Linux only)")


def reset_peak() -> None:
    """Start a new high-water mark here (Linux: writing 5 to clear_refs)."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")


def make_camp(folder: Path, size: int) -> Path:
    from facilitator.program import load_program
    from facilitator.store import CampStore

    path = folder / "lang.camp"
    with CampStore.create(path, program=load_program("camp_day"), title="Lang") as store:
        group = store.frame.add_main_group(code="H1")
        table = store.frame.add_table(code="H1-B1", main_group_id=group.id)
        store.board.add_note(step_id=store.frame.step_by_key("indicators").id, table_id=table.id,
                       text="kort", votes=3, selected=True)
        store.board.add_contribution(step_id=store.frame.step_by_key("contributions").id,
                               table_id=table.id, text="kort", votes=2, selected=True)
        store.board.add_front_page(step_id=store.frame.step_by_key("front_pages").id,
                                   table_id=table.id,
                             headline="Overskrift", story="kort")
    conn = sqlite3.connect(path)  # past the store: sizes above the limit show the trend
    for kind in ("note", "contribution"):
        conn.execute(f"UPDATE {kind} SET text = ? WHERE text = 'kort'", [long_text(size)])
    conn.execute("UPDATE front_page SET story = ?", [long_text(size)])
    conn.commit()
    conn.close()
    return path


def child(what: str, size: int) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="facilitator-long-"))
    path = make_camp(folder, size)
    if what == "pdf":
        from facilitator.export.camp_exports import camp_pdf

        camp_pdf(path, folder / "warm.pdf")  # fonts and modules loaded before measuring
        reset_peak()
        before = peak_kb()
        camp_pdf(path, folder / "lang.pdf")
    else:
        from PySide6.QtWidgets import QApplication

        from facilitator.ui.shell.main_window import MainWindow

        app = QApplication.instance() or QApplication([])
        window = MainWindow()
        window.show()
        app.processEvents()
        reset_peak()
        before = peak_kb()
        window.open_camp(path)
        window.go_to_table("H1-B1")
        session = window.camp_view.table_session
        session.choose_step(STEPS[what])
        for _ in range(5):
            app.processEvents()
        window.close_camp()
    return {"peak_growth_mb": round((peak_kb() - before) / 1024, 1)}


def measure(what: str, size: int) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, __file__, "--child", what, str(size)], cwd=REPO,
                         env=env, capture_output=True, text=True, check=True).stdout
    line = [x for x in out.splitlines() if x.startswith("RESULT ")][-1]
    return json.loads(line[len("RESULT "):])["peak_growth_mb"]


def run(sizes: tuple[int, ...] = SIZES) -> dict[str, dict[int, float]]:
    return {what: {size: measure(what, size) for size in sizes} for what in KINDS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--child", nargs=2, metavar=("WHAT", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print("RESULT " + json.dumps(child(args.child[0], int(args.child[1]))), flush=True)
        return
    sizes = tuple(int(s) for s in args.sizes.split(","))
    figures = run(sizes)
    print(f"{'characters':>12}" + "".join(f" {k + ' MB':>22}" for k in KINDS))
    for size in sizes:
        print(f"{size:>12,}" + "".join(f" {figures[k][size]:>22.1f}" for k in KINDS))


if __name__ == "__main__":
    main()
