"""Synthetic camps for the benchmarks: N tables × M notes per table, built fast.

The words and the text lengths come from the two real camps in the shared fixtures
(participants' own Danish), so a synthetic note is as long as a real one: 40–70
characters typically, up to ~200; a front page story 300–800. Per table the M notes are
spread over the note steps (indicators, dilemmas with tags, prerequisites of which three
are selected, the bulletin board, the good idea); on top come contributions (≈ 0.3 × M,
answering the selected prerequisites, spread over the actors) and one or two front pages.

Everything is written in one transaction through ``store.write()`` with ``executemany``
(bench code, not product code): 100 tables × 100 notes take about a second.

    python -m bench.synthetic OUT.camp [--tables 100] [--notes 100]
"""

from __future__ import annotations

import argparse
import atexit
import csv
import random
import re
import shutil
import tempfile
from functools import cache
from pathlib import Path

from bench.common import FIXTURES

GROUP_SIZE = 5
#: Share of a table's notes per note step (rounded; the rest goes to indicators).
NOTE_SHARES = (("dilemmas", 0.3), ("prerequisites", 0.3), ("bulletin_board", 0.05),
               ("good_idea", 0.05))
CONTRIBUTION_SHARE = 0.3
SELECTED_PREREQUISITES = 3
TAGS = ("consideration", "tradeoff", "dilemma")
#: Lengths (characters) when the fixtures lack a step.
_FALLBACK_LENGTHS = [35, 45, 50, 55, 60, 70, 90, 120]


@cache
def _corpus() -> tuple[list[str], dict[str, list[int]]]:
    """(words, text lengths by step) from the fixture camps."""
    words: list[str] = []
    lengths: dict[str, list[int]] = {}
    for sheet in sorted(FIXTURES.glob("camp_*.csv")):
        with sheet.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                text = row["text"]
                words += re.findall(r"[\wæøåÆØÅ]+[,.!?]?", text)
                lengths.setdefault(row["step"], []).append(len(text))
                if row["title"]:
                    lengths.setdefault("headline", []).append(len(row["title"]))
    return words, lengths


class TextMaker:
    """Danish-looking text of realistic lengths, deterministic for a seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words, self.lengths = _corpus()

    def text(self, step: str) -> str:
        target = self.rng.choice(self.lengths.get(step) or _FALLBACK_LENGTHS)
        out: list[str] = []
        size = 0
        while size < target:
            word = self.rng.choice(self.words)
            out.append(word)
            size += len(word) + 1
        text = " ".join(out)
        return text[0].upper() + text[1:]


def create_camp(path: Path, *, tables: int, notes: int, seed: int = 1) -> Path:
    """A new camp file at ``path``: the standard program, ``tables`` tables, their notes."""
    from facilitator.program import load_program
    from facilitator.store import CampStore

    store = CampStore.create(path, program=load_program("camp_day"),
                             title=f"Syntetisk camp {tables}×{notes}",
                             core_task="Fællesskaber og fritid", municipality="Testrup Kommune",
                             date="2026-05-09", participants=tables * 6)
    try:
        add_tables(store, tables)
        if notes:
            fill_tables(store, notes=notes, seed=seed)
    finally:
        store.close()
    return path


def add_tables(store, tables: int) -> list[str]:
    """``tables`` tables in main groups of five (H1-B1 … H20-B5), in one transaction."""
    ids: list[str] = []
    with store.write() as conn:
        group_id = None
        for n in range(tables):
            g, b = divmod(n, GROUP_SIZE)
            if b == 0:
                group_id = store.insert(conn, "main_group", {"code": f"H{g + 1}",
                                                              "position": g})
            ids.append(store.insert(conn, "camp_table", {
                "code": f"H{g + 1}-B{b + 1}", "main_group_id": group_id,
                "facilitator": f"Facilitator {n + 1}", "participants": 6, "position": n}))
    return ids


def fill_tables(store, *, notes: int, seed: int = 1,
                table_ids: list[str] | None = None) -> int:
    """Give every table (or ``table_ids``) ``notes`` notes plus contributions and front
    pages, in one transaction; returns the number of notes written."""
    from facilitator.store.base import new_id
    from facilitator.store.base import now

    maker = TextMaker(seed)
    rng = maker.rng
    steps = {s.key: s.id for s in store.frame.steps()}
    actors = [a.id for a in store.frame.actors()] + [None]
    table_ids = table_ids or [t.id for t in store.frame.tables()]
    note_rows, contribution_rows, page_rows = [], [], []
    for t_index, table_id in enumerate(table_ids):
        counts = {key: round(notes * share) for key, share in NOTE_SHARES}
        counts["indicators"] = notes - sum(counts.values())
        selected_prerequisites: list[str] = []
        for key in ("indicators", "dilemmas", "prerequisites", "bulletin_board", "good_idea"):
            for position in range(counts[key]):
                note_id, stamp = new_id(), now()
                selected = (position < SELECTED_PREREQUISITES if key == "prerequisites"
                            else rng.random() < 0.1)
                if key == "prerequisites" and selected:
                    selected_prerequisites.append(note_id)
                note_rows.append((
                    note_id, steps[key], table_id, maker.text(key),
                    rng.choice((0, 0, 0, 1, 2, 3, 5)), int(selected),
                    TAGS[position % 3] if key == "dilemmas" else "", position, stamp, stamp))
        for position in range(round(notes * CONTRIBUTION_SHARE)):
            stamp = now()
            prerequisite = selected_prerequisites[position % len(selected_prerequisites)] \
                if selected_prerequisites else None
            contribution_rows.append((
                new_id(), steps["contributions"], table_id, prerequisite,
                actors[position % len(actors)], maker.text("contributions"),
                rng.choice((0, 0, 1, 2)), int(rng.random() < 0.15), position, stamp, stamp))
        for position in range(1 + t_index % 2):
            stamp = now()
            page_rows.append((
                new_id(), steps["front_pages"], table_id, maker.text("headline"),
                maker.text("front_pages"), maker.text("indicators"), "Borger, 42", position,
                stamp, stamp))
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO note (id, step_id, table_id, text, votes, selected, tag, position,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", note_rows)
        conn.executemany(
            "INSERT INTO contribution (id, step_id, table_id, prerequisite_id, actor_id, text,"
            " votes, selected, position, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", contribution_rows)
        conn.executemany(
            "INSERT INTO front_page (id, step_id, table_id, headline, story, quote, quote_by,"
            " position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            page_rows)
    return len(note_rows)


_CACHE: dict[tuple[int, int], Path] = {}
_CACHE_DIR: list[Path] = []


def camp_copy(folder: Path, *, tables: int, notes: int, name: str | None = None) -> Path:
    """A fresh copy of a synthetic camp in ``folder`` (each size is built once per run)."""
    key = (tables, notes)
    if key not in _CACHE:
        if not _CACHE_DIR:
            _CACHE_DIR.append(Path(tempfile.mkdtemp(prefix="facilitator-bench-camps-")))
            atexit.register(clear_cache)
        _CACHE[key] = create_camp(_CACHE_DIR[0] / f"synthetic-{tables}x{notes}.camp",
                                  tables=tables, notes=notes)
    target = folder / (name or f"synthetic-{tables}x{notes}.camp")
    shutil.copyfile(_CACHE[key], target)
    return target


def clear_cache() -> None:
    for folder in _CACHE_DIR:
        shutil.rmtree(folder, ignore_errors=True)
    _CACHE.clear()
    _CACHE_DIR.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--tables", type=int, default=100)
    parser.add_argument("--notes", type=int, default=100)
    args = parser.parse_args()
    create_camp(args.out, tables=args.tables, notes=args.notes)
    print(args.out)


if __name__ == "__main__":
    main()
