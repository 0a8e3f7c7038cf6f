"""The camp's frame: details, main groups, tables, program steps, actors, personas.

The frame is the organiser's: tables write their notes into it, and a bundle brings back
only frame rows the camp lacks (store/bundles.py). ``store.frame`` on a
:class:`~facilitator.store.CampStore`.
"""

from __future__ import annotations

from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError
from facilitator.domain.model import Actor
from facilitator.domain.model import Camp
from facilitator.domain.model import MainGroup
from facilitator.domain.model import Persona
from facilitator.domain.model import Step
from facilitator.domain.model import Table
from facilitator.domain.rules import moved
from facilitator.store.base import KEEP
from facilitator.store.base import Keep
from facilitator.store.base import StorePart
from facilitator.store.base import checked
from facilitator.store.base import given
from facilitator.store.base import now


class CampFrame(StorePart):
    """Reads and edits of the camp's frame, each edit one transaction."""

    # -- camp ------------------------------------------------------------------------
    def camp(self) -> Camp:
        row = self.db.row("SELECT * FROM camp LIMIT 1")
        assert row is not None, "a camp file always has its camp row"
        return Camp.from_row(row)

    def update_camp(self, *, title: str | Keep = KEEP, core_task: str | Keep = KEEP,
                    purpose: str | Keep = KEEP, date: str | Keep = KEEP,
                    venue: str | Keep = KEEP, municipality: str | Keep = KEEP,
                    language: str | Keep = KEEP, participants: int | Keep = KEEP,
                    program: str | Keep = KEEP) -> Camp:
        values = checked(given(
            title=title, core_task=core_task, purpose=purpose, date=date, venue=venue,
            municipality=municipality, language=language, participants=participants,
            program=program))
        with self.db.write() as conn:
            values["updated_at"] = now()
            sets = ", ".join(f"{k} = ?" for k in values)
            conn.execute(f"UPDATE camp SET {sets}", list(values.values()))
        return self.camp()

    # -- main groups -----------------------------------------------------------------
    def main_groups(self) -> list[MainGroup]:
        rows = self.db.rows("SELECT * FROM main_group WHERE deleted = 0 ORDER BY position, code")
        return [MainGroup.from_row(r) for r in rows]

    def add_main_group(self, *, code: str, name: str = "") -> MainGroup:
        with self.db.write() as conn:
            pos = self.db.next_position(conn, "main_group", "1", [])
            row_id = self.db.insert(conn, "main_group",
                                    {"code": code, "name": name, "position": pos})
        return self.main_group(row_id)

    def main_group(self, group_id: str) -> MainGroup:
        return MainGroup.from_row(self.db.by_id("main_group", group_id))

    def update_main_group(self, *, group_id: str, code: str | None = None,
                          name: str | None = None) -> MainGroup:
        values = {k: v for k, v in {"code": code, "name": name}.items() if v is not None}
        with self.db.write() as conn:
            self.db.update(conn, "main_group", group_id, values)
        return self.main_group(group_id)

    def delete_main_group(self, *, group_id: str) -> list[str]:
        """Remove a main group and its tables in one step; returns the tables' ids."""
        with self.db.write() as conn:
            table_ids = [r[0] for r in conn.execute(
                "SELECT id FROM camp_table WHERE main_group_id = ? AND deleted = 0", [group_id])]
            for table_id in table_ids:
                self.db.update(conn, "camp_table", table_id, {"deleted": 1})
            self.db.update(conn, "main_group", group_id, {"deleted": 1})
        return table_ids

    def restore_main_group(self, *, group_id: str, table_ids: list[str] | None = None) -> None:
        """Undo of a removal: the group, and the tables removed with it, come back."""
        with self.db.write() as conn:
            self.db.update(conn, "main_group", group_id, {"deleted": 0})
            for table_id in table_ids or []:
                self.db.update(conn, "camp_table", table_id, {"deleted": 0})

    # -- tables ----------------------------------------------------------------------
    def tables(self) -> list[Table]:
        rows = self.db.rows(
            "SELECT t.* FROM camp_table t LEFT JOIN main_group g ON g.id = t.main_group_id "
            "WHERE t.deleted = 0 ORDER BY COALESCE(g.position, 999999), t.position, t.code"
        )
        return [Table.from_row(r) for r in rows]

    def table(self, table_id: str) -> Table:
        return Table.from_row(self.db.by_id("camp_table", table_id))

    def table_by_code(self, code: str) -> Table | None:
        row = self.db.row("SELECT * FROM camp_table WHERE code = ? AND deleted = 0", [code])
        return Table.from_row(row) if row else None

    def _check_table_code(self, code: str, table_id: str | None = None) -> None:
        row = self.db.row(
            "SELECT id FROM camp_table WHERE lower(code) = lower(?) AND deleted = 0 AND id != ?",
            [code.strip(), table_id or ""])
        if row is not None:
            raise UserError(msg.DUPLICATE_TABLE, code=code.strip())

    def add_table(self, *, code: str, main_group_id: str | None = None, facilitator: str = "",
                  chair: str = "", participants: int = 0) -> Table:
        self._check_table_code(code)
        with self.db.write() as conn:
            pos = self.db.next_position(conn, "camp_table", "1", [])
            row_id = self.db.insert(conn, "camp_table", {
                "code": code, "main_group_id": main_group_id, "facilitator": facilitator,
                "chair": chair, "participants": participants, "position": pos,
            })
        return self.table(row_id)

    def update_table(self, *, table_id: str, code: str | Keep = KEEP,
                     main_group_id: str | None | Keep = KEEP, facilitator: str | Keep = KEEP,
                     chair: str | Keep = KEEP, participants: int | Keep = KEEP) -> Table:
        values = given(code=code, main_group_id=main_group_id, facilitator=facilitator,
                       chair=chair, participants=participants)
        if isinstance(code, str):
            self._check_table_code(code, table_id)
        with self.db.write() as conn:
            self.db.update(conn, "camp_table", table_id, values)
        return self.table(table_id)

    def delete_table(self, *, table_id: str) -> None:
        self.db.set_deleted("camp_table", table_id, True)

    def restore_table(self, *, table_id: str) -> None:
        self.db.set_deleted("camp_table", table_id, False)

    # -- program steps ---------------------------------------------------------------
    def steps(self) -> list[Step]:
        rows = self.db.rows("SELECT * FROM step WHERE deleted = 0 ORDER BY position")
        return [Step.from_row(r) for r in rows]

    def step(self, step_id: str) -> Step:
        return Step.from_row(self.db.by_id("step", step_id))

    def step_by_key(self, key: str) -> Step | None:
        row = self.db.row(
            "SELECT * FROM step WHERE key = ? AND deleted = 0 ORDER BY position LIMIT 1", [key]
        )
        return Step.from_row(row) if row else None

    def add_step(self, *, kind: str, title: str, key: str = "", prompt: str = "",
                 guidance: str = "", minutes: int = 0, dots: int = 0,
                 index: int | None = None) -> Step:
        with self.db.write() as conn:
            pos = self.db.next_position(conn, "step", "1", [])
            row_id = self.db.insert(conn, "step", {
                "kind": kind, "key": key, "title": title, "prompt": prompt,
                "guidance": guidance, "minutes": minutes, "dots": dots, "position": pos,
            })
            if index is not None:
                ids = [s.id for s in self.steps()]
                self.db.reorder(conn, "step", moved(ids, row_id, index))
        return self.step(row_id)

    def update_step(self, *, step_id: str, kind: str | Keep = KEEP, key: str | Keep = KEEP,
                    title: str | Keep = KEEP, prompt: str | Keep = KEEP,
                    guidance: str | Keep = KEEP, minutes: int | Keep = KEEP,
                    dots: int | Keep = KEEP) -> Step:
        values = given(kind=kind, key=key, title=title, prompt=prompt, guidance=guidance,
                       minutes=minutes, dots=dots)
        with self.db.write() as conn:
            self.db.update(conn, "step", step_id, values)
        return self.step(step_id)

    def move_step(self, *, step_id: str, index: int) -> list[Step]:
        with self.db.write() as conn:
            ids = [s.id for s in self.steps()]
            self.db.reorder(conn, "step", moved(ids, step_id, index))
        return self.steps()

    def delete_step(self, *, step_id: str) -> Step:
        self.db.set_deleted("step", step_id, True)
        return self.step(step_id)

    def restore_step(self, *, step_id: str, index: int) -> Step:
        with self.db.write() as conn:
            self.db.update(conn, "step", step_id, {"deleted": 0})
            ids = [s.id for s in self.steps()]
            self.db.reorder(conn, "step", moved(ids, step_id, index))
        return self.step(step_id)

    # -- actors ----------------------------------------------------------------------
    def actors(self) -> list[Actor]:
        rows = self.db.rows("SELECT * FROM actor WHERE deleted = 0 ORDER BY position")
        return [Actor.from_row(r) for r in rows]

    def actor_by_key(self, key: str) -> Actor | None:
        row = self.db.row("SELECT * FROM actor WHERE key = ? AND deleted = 0", [key])
        return Actor.from_row(row) if row else None

    def add_actor(self, *, name: str, key: str = "") -> Actor:
        with self.db.write() as conn:
            pos = self.db.next_position(conn, "actor", "1", [])
            row_id = self.db.insert(conn, "actor", {"name": name, "key": key, "position": pos})
        return Actor.from_row(self.db.by_id("actor", row_id))

    def rename_actor(self, *, actor_id: str, name: str) -> None:
        with self.db.write() as conn:
            self.db.update(conn, "actor", actor_id, {"name": name})

    def delete_actor(self, *, actor_id: str) -> None:
        self.db.set_deleted("actor", actor_id, True)

    def restore_actor(self, *, actor_id: str) -> None:
        self.db.set_deleted("actor", actor_id, False)

    # -- personas (the dilemma step's cases) -----------------------------------------
    def personas(self, step_id: str) -> list[Persona]:
        rows = self.db.rows(
            "SELECT * FROM persona WHERE step_id = ? AND deleted = 0 ORDER BY position", [step_id]
        )
        return [Persona.from_row(r) for r in rows]

    def add_persona(self, *, step_id: str, name: str, description: str = "") -> Persona:
        with self.db.write() as conn:
            pos = self.db.next_position(conn, "persona", "step_id = ?", [step_id])
            row_id = self.db.insert(conn, "persona", {
                "step_id": step_id, "name": name, "description": description, "position": pos,
            })
        return Persona.from_row(self.db.by_id("persona", row_id))

    def update_persona(self, *, persona_id: str, name: str | None = None,
                       description: str | None = None) -> None:
        values = {k: v for k, v in {"name": name, "description": description}.items()
                  if v is not None}
        with self.db.write() as conn:
            self.db.update(conn, "persona", persona_id, values)

    def delete_persona(self, *, persona_id: str) -> None:
        self.db.set_deleted("persona", persona_id, True)

    def restore_persona(self, *, persona_id: str) -> None:
        self.db.set_deleted("persona", persona_id, False)
