"""Headless sorting help and theme proposals (issue 18): suggest-placement, suggest-themes.

The same suggestions as the consolidation workspace, for scripts and for checking them
against a camp. Both verbs only read: the camp is opened as a snapshot (no lock, nothing
written), and a suggestion is never a placement.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.domain.model import Note
from facilitator.domain.model import StepKind
from facilitator.domain.suggestions import PlacementRanker
from facilitator.domain.suggestions import propose_themes
from facilitator.store import CampStore

NO_SUCH_STEP = QT_TRANSLATE_NOOP(
    "Messages", "Campen har intet trin med noter, der hedder »{step}«. Brug et af: {known}.")
#: The steps whose notes are sorted into categories.
SORTED_KINDS = (*StepKind.NOTE_KINDS, StepKind.TRIANGLE)


def suggestion_verbs(verb: Callable[..., argparse.ArgumentParser]) -> None:
    """Register the two verbs with the command line's ``verb`` helper."""
    p = verb("suggest-placement", _suggest_placement,
             "Foreslå de tre mest sandsynlige kategorier for hver note uden kategori "
             "(skriver intet).")
    _step_arguments(p)
    p = verb("suggest-themes", _suggest_themes,
             "Foreslå kategorier for trinnets noter uden kategori (skriver intet).")
    _step_arguments(p)
    p.add_argument("--k", type=_positive, metavar="N",
                   help="højst så mange forslag (ellers vælges antallet ud fra noterne)")


def _step_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--step", required=True, metavar="TRIN", help="trinnets nøgle, fx indicators")
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON")


def _positive(value: str) -> int:
    try:
        k = int(value)
    except ValueError:
        k = 0
    if k < 1:
        raise argparse.ArgumentTypeError(f"skal være et helt tal fra 1 og op, ikke »{value}«")
    return k


def _notes(args: argparse.Namespace) -> tuple[list[tuple[Note, str | None]], dict[str, str]]:
    """The step's notes with their category ids, and the step's category names by id."""
    with CampStore.open(args.camp, snapshot=True) as store:
        steps = [s for s in store.frame.steps() if s.kind in SORTED_KINDS]
        step = next((s for s in steps if s.key == args.step), None)
        if step is None:
            raise UserError(NO_SUCH_STEP, step=args.step,
                            known=", ".join(s.key for s in steps) or "(ingen)")
        assigned = store.consolidation.note_categories(step.id)
        names = {c.id: c.name for c in store.consolidation.categories(step.id)}
        notes = store.board.notes(step.id, all_tables=True)
    return [(n, assigned.get(n.id)) for n in notes], names


def _print(result: list[dict[str, Any]], as_json: bool, lines: Callable[[dict[str, Any]], str],
           empty: str) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    elif not result:
        print(empty)
    else:
        for item in result:
            print(lines(item))


def _suggest_placement(args: argparse.Namespace) -> int:
    notes, names = _notes(args)
    placed = [(n.text, names[c]) for n, c in notes if c is not None and c in names]
    waiting = [n.text for n, c in notes if c is None or c not in names]
    every = list(dict.fromkeys(names.values()))
    # A category with no note placed yet is ranked by its name alone.
    ranker = PlacementRanker(placed, waiting, names=every)
    result = []
    for text in waiting:
        ranked = ranker.rank(text, 3)
        result.append({"note": text,
                       "categories": [*ranked, *(c for c in every if c not in ranked)][:3]})
    _print(result, args.json,
           lambda item: f"{_short(item['note'])}\n    → "
                        f"{', '.join(item['categories']) or '(ingen kategorier endnu)'}",
           "Ingen noter uden kategori.")
    return 0


def _suggest_themes(args: argparse.Namespace) -> int:
    notes, names = _notes(args)
    waiting = [n.text for n, c in notes if c is None or c not in names]
    proposals = propose_themes(waiting, args.k)
    result = [{"name": p.name, "notes": [waiting[i] for i in p.members]} for p in proposals]
    _print(result, args.json,
           lambda item: "\n".join([f"{item['name'] or '(uden navn)'} "
                                   f"({len(item['notes'])}):",
                                   *(f"    {_short(t)}" for t in item["notes"])]),
           "Ingen forslag: der skal være mindst tre noter uden kategori.")
    return 0


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 120 else flat[:119] + "…"
