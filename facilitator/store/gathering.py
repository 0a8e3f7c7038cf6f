"""Gathering dialogues: bundles of dialogue files each host made on their own.

A coordinator gathers a bundle of another file when both files run the same dialogue
program (:func:`may_gather`); its steps are matched by their key, its actors and deck
cards by theirs, and its dialogue becomes a table of its own, renamed D2, D3 … when its
code is taken (:func:`gathered_ids`). Rows keep their own UUIDs. See store/bundles.py.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from facilitator.domain.model import StepKind
from facilitator.store.bundle_files import BundleContent
from facilitator.store.reader import CampReader


def may_gather(store: CampReader, other_camp: dict[str, Any]) -> bool:
    """Whether a bundle of another file (``other_camp`` its camp row) may be gathered:
    both files run the same dialogue program."""
    program = store.frame.camp().program
    return bool(program) and other_camp.get("program") == program and any(
        s.kind in StepKind.DIALOGUE_KINDS for s in store.frame.steps())


@dataclass
class GatheredIds:
    """How a gathered bundle's ids become the coordinator's (empty: the same camp)."""

    step: dict[str, str] = field(default_factory=dict)
    actor: dict[str, str] = field(default_factory=dict)
    card: dict[str, str] = field(default_factory=dict)
    #: The code the bundle's table has here, when it is not the bundle's own.
    table_code: str = ""
    #: Frame rows of the other file that are not brought over (its other tables, groups).
    skip: set[str] = field(default_factory=set)

    def stands_in(self, table: str, row: dict[str, Any]) -> bool:
        """Whether the coordinator has its own row for this frame row (or skips it)."""
        mapped = {"step": self.step, "actor": self.actor, "card": self.card}.get(table, {})
        return (row["id"] in mapped or row["id"] in self.skip
                or (table == "persona" and row["step_id"] in self.step))

    def row(self, row: dict[str, Any]) -> dict[str, Any]:
        """The row with its references turned into the coordinator's ids."""
        out = dict(row)
        for column, mapping in (("step_id", self.step), ("actor_id", self.actor),
                                ("card_id", self.card)):
            if out.get(column) in mapping:
                out[column] = mapping[out[column]]
        return out


def gathered_ids(conn: sqlite3.Connection, content: BundleContent) -> GatheredIds:
    """Match a dialogue file's steps (by key and kind), actors and deck cards (by key) with
    the coordinator's, and find its table a free code; rows are kept by their own UUIDs."""
    ids = GatheredIds()
    m, rows = content.manifest, content.rows

    def here(table: str, row_id: str) -> bool:
        return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is not None

    for step in rows["step"]:
        if step["key"] and not here("step", step["id"]):
            found = conn.execute(
                "SELECT id FROM step WHERE deleted = 0 AND key = ? AND kind = ? "
                "ORDER BY position LIMIT 1", [step["key"], step["kind"]]).fetchone()
            if found is not None:
                ids.step[step["id"]] = found[0]
    for actor in rows["actor"]:
        if actor["key"] and not here("actor", actor["id"]):
            found = conn.execute("SELECT id FROM actor WHERE deleted = 0 AND key = ? "
                                 "ORDER BY position LIMIT 1", [actor["key"]]).fetchone()
            if found is not None:
                ids.actor[actor["id"]] = found[0]
    for card in rows["card"]:
        if card["key"] and not here("card", card["id"]):
            found = conn.execute(
                "SELECT id FROM card WHERE deleted = 0 AND key = ? AND step_id = ? "
                "ORDER BY position LIMIT 1",
                [card["key"], ids.step.get(card["step_id"], card["step_id"])]).fetchone()
            if found is not None:
                ids.card[card["id"]] = found[0]
    own = next(t for t in rows["camp_table"] if t["id"] == m.table_id)
    ids.skip = {t["id"] for t in rows["camp_table"] if t["id"] != m.table_id}
    ids.skip |= {g["id"] for g in rows["main_group"] if g["id"] != own["main_group_id"]}
    current = conn.execute("SELECT code FROM camp_table WHERE id = ?", [own["id"]]).fetchone()
    ids.table_code = current[0] if current is not None else _free_code(conn, own["code"])
    return ids


def _free_code(conn: sqlite3.Connection, code: str) -> str:
    """``code`` when no live table has it, else the first free one of D2, D3 … (same prefix)."""
    taken = {r[0].casefold() for r in conn.execute(
        "SELECT code FROM camp_table WHERE deleted = 0")}
    if code.casefold() not in taken:
        return code
    prefix = code.rstrip("0123456789") or "D"
    number = 1
    while f"{prefix}{number}".casefold() in taken:
        number += 1
    return f"{prefix}{number}"
