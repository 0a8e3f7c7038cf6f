"""How long the PDF exports take: the demo camp, and a synthetic camp of 100 tables.

    .venv/bin/python bench/export_bench.py [--tables 100] [--notes 100] [--keep DIR]

The synthetic camp is built through the store's public operations (in memory, so the
build is not dominated by one fsync per note): 100 tables in four main groups, each
with ``--notes`` notes spread over the note steps, three selected prerequisites with
contributions from every actor, and a front page. The indicators step is consolidated
into twelve categories with a summary and excerpts, so every kind of block is set.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from facilitator.demo_camp import build_demo_camp  # noqa: E402
from facilitator.export.camp_report import build_camp_report  # noqa: E402
from facilitator.export.table_sheet import build_table_sheet  # noqa: E402
from facilitator.program import load_program  # noqa: E402
from facilitator.store import CampStore  # noqa: E402

WORDS = ("fællesskab", "foreninger", "borgerne", "kommunen", "trivsel", "frivillige", "unge",
         "ældre", "lokaler", "samarbejde", "naboer", "skolen", "økonomi", "transport",
         "information", "tillid", "ansvar", "mødested", "kultur", "natur", "erhvervslivet")
SPREAD = {"indicators": 25, "dilemmas": 20, "prerequisites": 25, "bulletin_board": 15,
          "good_idea": 15}


def sentence(rng: random.Random, low: int = 5, high: int = 22) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return (" ".join(words)).capitalize()


def synthetic_camp(tables: int, notes: int, seed: int = 7) -> CampStore:
    rng = random.Random(seed)
    store = CampStore.in_memory(
        program=load_program("camp_day"), title="Syntetisk camp", core_task="Bæredygtig vækst",
        purpose=sentence(rng, 30, 40), date="2026-09-12", venue="Rådhuset",
        municipality="Testrup Kommune", participants=tables * 10)
    steps = {key: store.frame.step_by_key(key) for key in (*SPREAD, "front_pages", "contributions")}
    actors = store.frame.actors()
    total = sum(SPREAD.values())
    groups = [store.frame.add_main_group(code=f"H{g + 1}", name=f"Hovedgruppe {g + 1}")
              for g in range(4)]
    for t in range(tables):
        group = groups[t % len(groups)]
        table = store.frame.add_table(code=f"{group.code}-B{t // len(groups) + 1}",
                                main_group_id=group.id, facilitator=f"Facilitator {t + 1}",
                                chair=f"Bordformand {t + 1}", participants=10)
        for key, share in SPREAD.items():
            for i in range(round(notes * share / total)):
                note = store.board.add_note(step_id=steps[key].id, table_id=table.id,
                                      text=sentence(rng), votes=rng.randint(0, 8),
                                      selected=i < 3)
                if key == "prerequisites" and i < 3:
                    for actor in actors:
                        store.board.add_contribution(
                            step_id=steps["contributions"].id, table_id=table.id,
                            text=sentence(rng, 4, 14), prerequisite_id=note.id,
                            actor_id=actor.id, votes=rng.randint(0, 5),
                            selected=rng.random() < 0.3)
        store.board.add_front_page(step_id=steps["front_pages"].id, table_id=table.id,
                             headline=sentence(rng, 5, 9), story=sentence(rng, 60, 110),
                             quote=sentence(rng, 8, 16), quote_by="En borger")
    indicators = steps["indicators"].id
    categories = [store.consolidation.add_category(step_id=indicators,
                                                   name=f"Tema {i + 1}: {WORDS[i]}")
                  for i in range(12)]
    ids = [n.id for n in store.board.notes(indicators, all_tables=True)]
    for i, category in enumerate(categories):
        store.consolidation.assign_notes(note_ids=ids[i::13], category_id=category.id)
    store.consolidation.set_step_summary(step_id=indicators, text=sentence(rng, 60, 80))
    store.consolidation.set_excerpts(marks=dict.fromkeys(ids[:6], True))
    return store


def timed(label: str, action) -> float:
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    print(f"{label:<52} {seconds:7.2f} s")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tables", type=int, default=100)
    parser.add_argument("--notes", type=int, default=100, help="notes per table")
    parser.add_argument("--keep", type=Path, help="write the PDFs here instead of a temp dir")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        out = args.keep or Path(temp)
        out.mkdir(parents=True, exist_ok=True)
        demo = Path(temp) / "demo.camp"
        build_demo_camp(demo)
        with CampStore.open(demo, read_only=True) as store:
            timed("demo camp: camp summary", lambda: build_camp_report(store, out / "demo.pdf"))
            code = store.frame.tables()[0].code
            timed(f"demo camp: table sheet {code}",
                  lambda: build_table_sheet(store, code, out / "demo_sheet.pdf"))
        start = time.perf_counter()
        store = synthetic_camp(args.tables, args.notes)
        print(f"{f'synthetic camp built ({args.tables} tables x {args.notes} notes)':<52} "
              f"{time.perf_counter() - start:7.2f} s")
        try:
            timed("synthetic camp: camp summary",
                  lambda: build_camp_report(store, out / "synthetic.pdf"))
            code = store.frame.tables()[0].code
            timed(f"synthetic camp: table sheet {code}",
                  lambda: build_table_sheet(store, code, out / "synthetic_sheet.pdf"))
        finally:
            store.close()
        for pdf in sorted(out.glob("*.pdf")):
            print(f"  {pdf.name}: {pdf.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
