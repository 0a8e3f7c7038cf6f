"""Notes, front pages and contributions: the things a table writes during the day.

They share one shape (a row in an ordered list owned by a step and a table, with a
tombstone), so they share the list operations here; each kind adds only its fields.
``store.board`` on a :class:`~facilitator.store.CampStore`.
"""

from __future__ import annotations

from typing import Any

from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError
from facilitator.domain.model import Contribution
from facilitator.domain.model import FrontPage
from facilitator.domain.model import Note
from facilitator.domain.rules import clamp_votes
from facilitator.domain.rules import clean_note_text
from facilitator.domain.rules import moved
from facilitator.store.base import KEEP
from facilitator.store.base import Keep
from facilitator.store.base import Row
from facilitator.store.base import SqlValue
from facilitator.store.base import StorePart
from facilitator.store.base import given

_MODELS: dict[str, type[Note] | type[FrontPage] | type[Contribution]] = {
    "note": Note, "front_page": FrontPage, "contribution": Contribution}


def _owner_clause(table_id: str | None,
                  extra: dict[str, str | None]) -> tuple[str, list[SqlValue]]:
    parts: list[str] = ["step_id = ?"]
    args: list[SqlValue] = []
    items = {"table_id": table_id, **extra}
    for column, value in items.items():
        if value is None:
            parts.append(f"{column} IS NULL")
        else:
            parts.append(f"{column} = ?")
            args.append(value)
    return " AND ".join(parts), args


def _text(text: str) -> str:
    """A note's (or contribution's) text as stored; an empty one is refused."""
    cleaned = clean_note_text(text)
    if cleaned is None:
        raise UserError(msg.EMPTY_NOTE)
    return cleaned


class Board(StorePart):
    """The lists a table writes into: reads, and each edit one transaction."""

    # -- shared list mechanics -------------------------------------------------------
    def _get(self, table: str, row_id: str) -> Any:
        return _MODELS[table].from_row(self.db.by_id(table, row_id))

    def _list(self, table: str, step_id: str, table_id: str | None, all_tables: bool,
              extra: dict[str, str | None]) -> list[Row]:
        """The live rows of a step at one table (or at all tables, in table order)."""
        if all_tables:
            return self.db.rows(
                f"SELECT x.* FROM {table} x LEFT JOIN camp_table t ON t.id = x.table_id "
                "WHERE x.step_id = ? AND x.deleted = 0 ORDER BY t.position, x.position",
                [step_id])
        where, args = _owner_clause(table_id, extra)
        return self.db.rows(
            f"SELECT * FROM {table} WHERE deleted = 0 AND {where} ORDER BY position",
            [step_id, *args])

    def _siblings(self, table: str, row: Any) -> list[str]:
        extra = {"prerequisite_id": row.prerequisite_id, "actor_id": row.actor_id} \
            if table == "contribution" else {}
        where, args = _owner_clause(row.table_id, extra)
        ids = self.db.conn.execute(
            f"SELECT id FROM {table} WHERE deleted = 0 AND {where} ORDER BY position",
            [row.step_id, *args],
        )
        return [r[0] for r in ids]

    def _add(self, table: str, values: dict[str, Any], sibling_extra: dict[str, str | None],
             index: int | None) -> Any:
        with self.db.write() as conn:
            where, args = _owner_clause(values.get("table_id"), sibling_extra)
            values["position"] = self.db.next_position(conn, table, where,
                                                       [values["step_id"], *args])
            row_id = self.db.insert(conn, table, values)
            if index is not None:
                row = self._get(table, row_id)
                self.db.reorder(conn, table, moved(self._siblings(table, row), row_id, index))
        return self._get(table, row_id)

    def _change(self, table: str, row_id: str, values: dict[str, Any]) -> Any:
        if "votes" in values:
            values["votes"] = clamp_votes(values["votes"])
        if "selected" in values:
            values["selected"] = 1 if values["selected"] else 0
        with self.db.write() as conn:
            self.db.update(conn, table, row_id, values)
        return self._get(table, row_id)

    def _move(self, table: str, row_id: str, index: int) -> list[str]:
        with self.db.write() as conn:
            row = self._get(table, row_id)
            order = moved(self._siblings(table, row), row_id, index)
            self.db.reorder(conn, table, order)
        return order

    def _set_deleted(self, table: str, row_id: str, deleted: bool,
                     index: int | None = None) -> Any:
        with self.db.write() as conn:
            self.db.update(conn, table, row_id, {"deleted": 1 if deleted else 0})
            if not deleted and index is not None:
                row = self._get(table, row_id)
                self.db.reorder(conn, table, moved(self._siblings(table, row), row_id, index))
        return self._get(table, row_id)

    # -- notes -------------------------------------------------------------------------
    def notes(self, step_id: str, table_id: str | None = None, *,
              all_tables: bool = False) -> list[Note]:
        return [Note.from_row(r) for r in self._list("note", step_id, table_id, all_tables, {})]

    def note(self, note_id: str) -> Note:
        return self._get("note", note_id)

    def add_note(self, *, step_id: str, table_id: str | None, text: str,
                 index: int | None = None, votes: int = 0, selected: bool = False,
                 tag: str = "", main_group_id: str | None = None) -> Note:
        return self._add("note", {
            "step_id": step_id, "table_id": table_id, "main_group_id": main_group_id,
            "text": _text(text), "votes": clamp_votes(votes), "selected": 1 if selected else 0,
            "tag": tag,
        }, {}, index)

    def update_note(self, *, note_id: str, text: str | Keep = KEEP, votes: int | Keep = KEEP,
                    selected: bool | Keep = KEEP, tag: str | Keep = KEEP,
                    table_id: str | None | Keep = KEEP,
                    main_group_id: str | None | Keep = KEEP) -> Note:
        values = given(text=_text(text) if isinstance(text, str) else text, votes=votes,
                       selected=selected, tag=tag, table_id=table_id,
                       main_group_id=main_group_id)
        return self._change("note", note_id, values)

    def move_note(self, *, note_id: str, index: int) -> list[str]:
        return self._move("note", note_id, index)

    def delete_note(self, *, note_id: str) -> Note:
        return self._set_deleted("note", note_id, True)

    def restore_note(self, *, note_id: str, index: int | None = None) -> Note:
        return self._set_deleted("note", note_id, False, index)

    def selected_prerequisites(self, table_id: str | None) -> list[Note]:
        """The table's selected notes of the prerequisites step: what contributions answer."""
        step = self.db.row(
            "SELECT id FROM step WHERE key = 'prerequisites' AND deleted = 0 "
            "ORDER BY position LIMIT 1"
        )
        if step is None:
            return []
        return [n for n in self.notes(str(step["id"]), table_id) if n.selected]

    # -- front pages -----------------------------------------------------------------
    def front_pages(self, step_id: str, table_id: str | None = None, *,
                    all_tables: bool = False) -> list[FrontPage]:
        rows = self._list("front_page", step_id, table_id, all_tables, {})
        return [FrontPage.from_row(r) for r in rows]

    def front_page(self, front_page_id: str) -> FrontPage:
        return self._get("front_page", front_page_id)

    def add_front_page(self, *, step_id: str, table_id: str | None, headline: str = "",
                       story: str = "", quote: str = "", quote_by: str = "") -> FrontPage:
        return self._add("front_page", {
            "step_id": step_id, "table_id": table_id, "headline": headline, "story": story,
            "quote": quote, "quote_by": quote_by,
        }, {}, None)

    def update_front_page(self, *, front_page_id: str, headline: str | Keep = KEEP,
                          story: str | Keep = KEEP, quote: str | Keep = KEEP,
                          quote_by: str | Keep = KEEP) -> FrontPage:
        values = given(headline=headline, story=story, quote=quote, quote_by=quote_by)
        return self._change("front_page", front_page_id, values)

    def delete_front_page(self, *, front_page_id: str) -> FrontPage:
        return self._set_deleted("front_page", front_page_id, True)

    def restore_front_page(self, *, front_page_id: str) -> FrontPage:
        return self._set_deleted("front_page", front_page_id, False)

    # -- contributions ---------------------------------------------------------------
    def contributions(self, step_id: str, table_id: str | None = None, *,
                      prerequisite_id: str | None = None,
                      all_tables: bool = False) -> list[Contribution]:
        rows = self._list("contribution", step_id, table_id, all_tables,
                          {"prerequisite_id": prerequisite_id})
        return [Contribution.from_row(r) for r in rows]

    def contribution(self, contribution_id: str) -> Contribution:
        return self._get("contribution", contribution_id)

    def add_contribution(self, *, step_id: str, table_id: str | None, text: str,
                         prerequisite_id: str | None = None, actor_id: str | None = None,
                         votes: int = 0, selected: bool = False,
                         index: int | None = None) -> Contribution:
        return self._add("contribution", {
            "step_id": step_id, "table_id": table_id, "prerequisite_id": prerequisite_id,
            "actor_id": actor_id, "text": _text(text), "votes": clamp_votes(votes),
            "selected": 1 if selected else 0,
        }, {"prerequisite_id": prerequisite_id, "actor_id": actor_id}, index)

    def update_contribution(self, *, contribution_id: str, text: str | Keep = KEEP,
                            votes: int | Keep = KEEP, selected: bool | Keep = KEEP,
                            actor_id: str | None | Keep = KEEP,
                            prerequisite_id: str | None | Keep = KEEP) -> Contribution:
        values = given(text=_text(text) if isinstance(text, str) else text, votes=votes,
                       selected=selected, actor_id=actor_id, prerequisite_id=prerequisite_id)
        if "actor_id" in values:
            # Moving to another actor's column puts it last there.
            current = self.contribution(contribution_id)
            column = None if isinstance(actor_id, Keep) else actor_id
            where, args = _owner_clause(
                current.table_id,
                {"prerequisite_id": current.prerequisite_id, "actor_id": column},
            )
            values["position"] = self.db.next_position(
                self.db.conn, "contribution", where, [current.step_id, *args])
        return self._change("contribution", contribution_id, values)

    def move_contribution(self, *, contribution_id: str, index: int) -> list[str]:
        return self._move("contribution", contribution_id, index)

    def delete_contribution(self, *, contribution_id: str) -> Contribution:
        return self._set_deleted("contribution", contribution_id, True)

    def restore_contribution(self, *, contribution_id: str) -> Contribution:
        return self._set_deleted("contribution", contribution_id, False)
