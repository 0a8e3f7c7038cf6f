"""The built-in demo camp: a finished camp day to explore, explain and test with.

The content is data (``resources/demo/demo_camp.json``, invented Danish text for an
invented municipality); this module only replays it through the store's public
operations, the same ones a table facilitator's edits go through. It stands above both
the store and the programs (:mod:`facilitator.program` is data and writes no camp).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from facilitator.program.templates import load_program
from facilitator.resources import resource
from facilitator.store import CampStore

DEMO_FILE = resource("demo", "demo_camp.json")

#: The note steps a table's demo data fills, by program step key.
NOTE_STEPS = ("indicators", "dilemmas", "prerequisites", "bulletin_board", "good_idea")


def load_demo_data(path: Path = DEMO_FILE) -> dict[str, Any]:
    """The demo camp's content as written in the JSON file."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def build_demo_camp(path: Path) -> None:
    """Create the demo camp file at ``path`` (which must not exist yet)."""
    data = load_demo_data()
    CampStore.create(path, program=load_program("camp_day"),
                     fill=lambda store: _fill(store, data), **data["camp"]).close()


def _fill(store: CampStore, data: dict[str, Any]) -> None:
    step_ids = {}
    for key in (*NOTE_STEPS, "front_pages", "contributions"):
        step = store.frame.step_by_key(key)
        if step is None:
            raise ValueError(f"the camp_day program has no step {key!r}")
        step_ids[key] = step.id
    actor_ids = {actor.key: actor.id for actor in store.frame.actors()}

    for group in data["main_groups"]:
        main_group = store.frame.add_main_group(code=group["code"], name=group.get("name", ""))
        for spec in group["tables"]:
            table = store.frame.add_table(
                code=spec["code"], main_group_id=main_group.id,
                facilitator=spec.get("facilitator", ""), chair=spec.get("chair", ""),
                participants=spec.get("participants", 0),
            )
            for key in NOTE_STEPS:
                for item in spec.get(key, []):
                    note = store.board.add_note(
                        step_id=step_ids[key], table_id=table.id, text=item["text"],
                        votes=item.get("votes", 0), selected=item.get("selected", False),
                        tag=item.get("tag", ""),
                    )
                    for contribution in item.get("contributions", []):
                        actor = contribution.get("actor")
                        store.board.add_contribution(
                            step_id=step_ids["contributions"], table_id=table.id,
                            text=contribution["text"], prerequisite_id=note.id,
                            actor_id=actor_ids[actor] if actor else None,
                            votes=contribution.get("votes", 0),
                            selected=contribution.get("selected", False),
                        )
            page = spec.get("front_page")
            if page:
                store.board.add_front_page(
                    step_id=step_ids["front_pages"], table_id=table.id,
                    headline=page.get("headline", ""), story=page.get("story", ""),
                    quote=page.get("quote", ""), quote_by=page.get("quote_by", ""),
                )
