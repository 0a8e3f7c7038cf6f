"""Following up contributions and agreements: the organiser's owner, deadline, status and
dated comments of each (domain/followup.py, db/009_followup.sql).

The fields live in tables of their own, keyed by the contribution's or agreement's id:
bundles and kits carry none of them and collecting never reads them, so whatever a
table's laptop sends later, the organiser's follow-up stays as it was.

Each write is one user edit (keyword-only arguments, one transaction) returning what the
item now holds; the UI keeps what undo needs. ``store.followup`` on a
:class:`~facilitator.store.CampStore`.
"""

from __future__ import annotations

import sqlite3

from facilitator.domain import followup as fu
from facilitator.domain.followup import Comment
from facilitator.domain.followup import FollowupFields
from facilitator.domain.followup import FollowupItem
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.store.base import KEEP
from facilitator.store.base import Keep
from facilitator.store.base import Row
from facilitator.store.base import StorePart
from facilitator.store.base import checked
from facilitator.store.base import now

NO_SUCH_ITEM = QT_TRANSLATE_NOOP(
    "Messages", "Bidraget eller aftalen findes ikke længere i campen.")
NO_SUCH_ACTOR = QT_TRANSLATE_NOOP("Messages", "Aktøren findes ikke længere i campen.")

_CONTRIBUTIONS = """
SELECT c.id, c.text, c.actor_id, c.selected, c.votes, '' AS who, '' AS by_when,
       s.title AS step_title, COALESCE(t.code, '') AS table_code
  FROM contribution c JOIN step s ON s.id = c.step_id
  LEFT JOIN camp_table t ON t.id = c.table_id
 WHERE c.deleted = 0 AND s.deleted = 0 AND (t.id IS NULL OR t.deleted = 0)
 ORDER BY s.position, t.position, c.position, c.created_at
"""
_AGREEMENTS = """
SELECT a.id, a.what AS text, NULL AS actor_id, 0 AS selected, 0 AS votes, a.who, a.by_when,
       s.title AS step_title, COALESCE(t.code, '') AS table_code
  FROM agreement a JOIN step s ON s.id = a.step_id
  LEFT JOIN camp_table t ON t.id = a.table_id
 WHERE a.deleted = 0 AND s.deleted = 0 AND (t.id IS NULL OR t.deleted = 0)
 ORDER BY s.position, t.position, a.position, a.created_at
"""


class Followup(StorePart):
    """``store.followup`` on a :class:`~facilitator.store.CampStore`."""

    # -- reading -------------------------------------------------------------------------
    def items(self) -> list[FollowupItem]:
        """Every live contribution, then every live agreement, with its follow-up."""
        stored = {str(r["item_id"]): _fields(r)
                  for r in self.db.rows("SELECT * FROM followup")}
        comments: dict[str, list[Comment]] = {}
        for r in self.db.rows("SELECT * FROM followup_comment WHERE deleted = 0 "
                              "ORDER BY date, created_at"):
            comments.setdefault(str(r["item_id"]), []).append(_comment(r))
        actors = {str(r["id"]): str(r["name"])
                  for r in self.db.rows("SELECT id, name FROM actor WHERE deleted = 0")}
        found = []
        for kind, sql in ((fu.CONTRIBUTION, _CONTRIBUTIONS), (fu.AGREEMENT, _AGREEMENTS)):
            for r in self.db.rows(sql):
                item_id = str(r["id"])
                found.append(_item(kind, r, stored.get(item_id, FollowupFields()),
                                   tuple(comments.get(item_id, ())), actors))
        return found

    def item(self, item_id: str) -> FollowupItem:
        for found in self.items():
            if found.id == item_id:
                return found
        raise UserError(NO_SUCH_ITEM)

    def fields(self, item_id: str) -> FollowupFields:
        """The organiser's fields of one item as stored (the defaults when none is set)."""
        row = self.db.row("SELECT * FROM followup WHERE item_id = ?", [item_id])
        return _fields(row) if row is not None else FollowupFields()

    def comment(self, comment_id: str) -> Comment:
        return _comment(self.db.by_id("followup_comment", comment_id))

    # -- writing -------------------------------------------------------------------------
    def set_fields(self, *, item_id: str, actor_id: str | None | Keep = KEEP,
                   person: str | Keep = KEEP, deadline: str | Keep = KEEP,
                   status: str | Keep = KEEP) -> FollowupFields:
        """Set any of the organiser's fields of an item; the fields as they now are.

        ``deadline`` as typed (09.05.2026, 2026-05-09; '' for none): a text that is no
        date is refused, a date in the past is kept. ``actor_id`` None: the item's own.
        """
        values: dict[str, str | None] = {}
        if not isinstance(person, Keep):
            values["person"] = fu.clean_person(person)
        if not isinstance(deadline, Keep):
            values["deadline"] = fu.parse_deadline(deadline)
        if not isinstance(status, Keep):
            values["status"] = fu.check_status(status)
        with self.db.write() as conn:
            kind = self._kind(conn, item_id)
            if not isinstance(actor_id, Keep):
                if actor_id is not None and conn.execute(
                        "SELECT 1 FROM actor WHERE id = ? AND deleted = 0",
                        [actor_id]).fetchone() is None:
                    raise UserError(NO_SUCH_ACTOR)
                values["actor_id"] = actor_id
            checked(values)
            stamp = now()
            conn.execute("INSERT OR IGNORE INTO followup (item_id, kind, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?)", [item_id, kind, stamp, stamp])
            if values:
                sets = ", ".join(f"{k} = ?" for k in values)
                conn.execute(f"UPDATE followup SET {sets}, updated_at = ? WHERE item_id = ?",
                             [*values.values(), stamp, item_id])
        return self.fields(item_id)

    def add_comment(self, *, item_id: str, date: str, text: str) -> Comment:
        """A dated comment on an item (``date`` as typed, like a deadline; required)."""
        day = fu.parse_deadline(date)
        if not day:
            raise UserError(fu.BAD_DATE, value=date)
        cleaned = fu.clean_comment(text)
        with self.db.write() as conn:
            self._kind(conn, item_id)
            comment_id = self.db.insert(conn, "followup_comment", {
                "item_id": item_id, "date": day, "text": cleaned})
        return self.comment(comment_id)

    def delete_comment(self, *, comment_id: str) -> Comment:
        """Tombstone a comment; returns it as it was, for :meth:`restore_comment`."""
        removed = self.comment(comment_id)
        self.db.set_deleted("followup_comment", comment_id, True)
        return removed

    def restore_comment(self, *, comment_id: str) -> Comment:
        self.db.set_deleted("followup_comment", comment_id, False)
        return self.comment(comment_id)

    # -- helpers -------------------------------------------------------------------------
    def _kind(self, conn: sqlite3.Connection, item_id: str) -> str:
        """Whether ``item_id`` is a live contribution or agreement; refused otherwise."""
        for kind, table in ((fu.CONTRIBUTION, "contribution"), (fu.AGREEMENT, "agreement")):
            if conn.execute(f"SELECT 1 FROM {table} WHERE id = ? AND deleted = 0",
                            [item_id]).fetchone() is not None:
                return kind
        raise UserError(NO_SUCH_ITEM)


def _fields(row: Row) -> FollowupFields:
    actor = row["actor_id"]
    return FollowupFields(actor_id=str(actor) if actor is not None else None,
                          person=str(row["person"]), deadline=str(row["deadline"]),
                          status=str(row["status"]))


def _comment(row: Row) -> Comment:
    return Comment(id=str(row["id"]), item_id=str(row["item_id"]), date=str(row["date"]),
                   text=str(row["text"]), created_at=str(row["created_at"]))


def _item(kind: str, row: Row, fields: FollowupFields, comments: tuple[Comment, ...],
          actors: dict[str, str]) -> FollowupItem:
    own_actor = row["actor_id"]
    actor_id = fields.actor_id or (str(own_actor) if own_actor is not None else None)
    if actor_id not in actors:
        actor_id = None  # an actor deleted since: the item has none
    votes = row["votes"]
    return FollowupItem(
        id=str(row["id"]), kind=kind, text=str(row["text"]), table_code=str(row["table_code"]),
        step_title=str(row["step_title"]), actor_id=actor_id,
        actor_name=actors.get(actor_id or "", ""),
        person=fields.person or str(row["who"]), deadline=fields.deadline,
        said_when=str(row["by_when"]), status=fields.status, selected=bool(row["selected"]),
        votes=votes if isinstance(votes, int) else 0, comments=comments, fields=fields)
