"""Helpers of the export tests: demo camps, and reading a PDF's text with pypdf."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from facilitator.demo_camp import build_demo_camp
from facilitator.demo_camp import load_demo_data
from facilitator.store import CampStore


def normalise(text: str) -> str:
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    with path.open("rb") as handle:
        reader = PdfReader(handle)
        return [page.extract_text() or "" for page in reader.pages]


def body_text(path: Path, *, furniture: tuple[str, ...] = ()) -> str:
    """The document's text with whitespace normalised and each page's header and footer
    (``furniture`` and "side X af Y") taken out, so text flowing over a page break reads
    on without interruption."""
    parts = []
    for page in page_texts(path):
        text = normalise(page)
        text = re.sub(r"side \d+ af \d+", " ", text, count=1)
        for item in furniture:
            text = text.replace(normalise(item), " ", 1)
        parts.append(text)
    return normalise(" ".join(parts))


def make_demo(path: Path) -> Path:
    build_demo_camp(path)
    return path


def demo_texts() -> Iterator[str]:
    """Every note, contribution, headline, story and quote of the demo camp."""
    data = load_demo_data()
    for group in data["main_groups"]:
        for table in group["tables"]:
            yield from table_texts(table)


def table_texts(table: dict[str, Any]) -> Iterator[str]:
    for key in ("indicators", "dilemmas", "prerequisites", "bulletin_board", "good_idea"):
        for item in table.get(key, []):
            yield item["text"]
            for contribution in item.get("contributions", []):
                yield contribution["text"]
    page = table.get("front_page") or {}
    for key in ("headline", "story", "quote", "quote_by"):
        if page.get(key):
            yield page[key]


def demo_tables() -> list[dict[str, Any]]:
    return [t for g in load_demo_data()["main_groups"] for t in g["tables"]]


def consolidate_indicators(store: CampStore) -> dict[str, int]:
    """Sort the indicators into three categories with a summary and two excerpts."""
    step = store.frame.step_by_key("indicators")
    assert step is not None
    notes = store.board.notes(step.id, all_tables=True)
    names = ["Fællesskaber på tværs", "Fritid for alle børn", "Ensomhed"]
    categories = [store.consolidation.add_category(step_id=step.id, name=n) for n in names]
    for i, note in enumerate(notes[:-2]):
        store.consolidation.assign_note(note_id=note.id, category_id=categories[i % 3].id)
    store.consolidation.set_step_summary(step_id=step.id,
                                         text="Bordene ser succes i fællesskaber på tværs.")
    store.consolidation.set_excerpts(marks={notes[0].id: True, notes[1].id: True})
    return {c.name: c.count for c in store.consolidation.categories(step.id)}
