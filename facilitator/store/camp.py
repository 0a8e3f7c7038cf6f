"""The camp store: one open camp file and every operation on it.

The store is the file (:class:`~facilitator.store.base.CampDatabase`: its connection,
its lock, its writing rules) with one part per area of the camp hung on it:
``store.frame`` (the camp, main groups, tables, steps, actors, personas),
``store.board`` (notes, front pages, contributions), ``store.consolidation``,
``store.analysis``, ``store.dialogue_box``, ``store.names`` (the pseudonyms) and
``store.followup`` (the organiser's follow-up of contributions and agreements).

Every user edit is one method of a part with keyword-only arguments: one transaction,
committed durably before it returns, returning what changed. Undo commands in the UI,
the CLI and the tests all call the same methods.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator import written_files
from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError
from facilitator.domain.model import DEFAULT_ACTORS
from facilitator.domain.model import Program
from facilitator.store import camp_lock
from facilitator.store import database
from facilitator.store.base import KEEP
from facilitator.store.base import CampDatabase
from facilitator.store.base import Keep
from facilitator.store.base import SqlValue
from facilitator.store.base import checked
from facilitator.store.base import given
from facilitator.store.base import new_id
from facilitator.store.base import now
from facilitator.store.consolidation import Consolidation
from facilitator.store.items import Board
from facilitator.store.participants import Participants
from facilitator.store.pseudonyms import NameList
from facilitator.store.structure import CampFrame

if TYPE_CHECKING:  # loaded on first use: see CampStore.analysis
    from facilitator.store.analysis import Analysis
    from facilitator.store.dialogue import DialogueBox
    from facilitator.store.followup import Followup


class CampStore(CampDatabase):
    """An open camp file and its parts; see the module's docstring."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, read_only: bool) -> None:
        super().__init__(conn, path, read_only)
        self.frame = CampFrame(self)
        self.board = Board(self)
        self.consolidation = Consolidation(self)
        self.names = NameList(self)
        self.participants = Participants(self)

    # The three parts a table's session never reads are made, and their modules (with the
    # domain's many dataclasses) loaded, on first use: ~15 ms off every start-up. These
    # are the store's only late imports.
    @cached_property
    def analysis(self) -> Analysis:
        from facilitator.store.analysis import Analysis

        return Analysis(self, self.frame, self.consolidation, self.participants)

    @cached_property
    def dialogue_box(self) -> DialogueBox:
        from facilitator.store.dialogue import DialogueBox

        return DialogueBox(self)

    @cached_property
    def followup(self) -> Followup:
        from facilitator.store.followup import Followup

        return Followup(self)

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False,
             snapshot: bool = False) -> CampStore:
        """Open a camp file; raises UserError (translatable) for anything that is not one.

        ``snapshot`` (read-only): every read until :meth:`close` sees the camp as it was
        at opening, while another program (the app at a table) goes on writing: an
        export never mixes two moments.
        """
        path = Path(path)
        lock, held_elsewhere = None, False
        if not (read_only or snapshot):
            try:
                lock = camp_lock.take(path)
            except OSError:
                pass  # no lock file can be made: the folder takes no writes, nor do we
            else:
                held_elsewhere = lock is None  # another copy of the app writes it
        try:
            store = cls._open(path, read_only=read_only or held_elsewhere, snapshot=snapshot)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        store.held_elsewhere = held_elsewhere
        if store.read_only:
            if lock is not None:
                lock.release()
        else:
            store.lock = lock
            written_files.tidy(path.parent)  # what a killed copy of ours left beside it
        return store

    @classmethod
    def open_beside(cls, store: CampStore) -> CampStore:
        """A second store on the camp ``store`` has open, for a worker thread of this
        copy of the app (a collect): it shares ``store``'s lock, so it writes too."""
        assert store.path is not None
        if store.lock is None or not store.lock.held:
            return cls._open(store.path, read_only=True, snapshot=False)
        lock = store.lock.share()
        try:
            beside = cls._open(store.path, read_only=False, snapshot=False)
        except BaseException:
            lock.release()
            raise
        beside.lock = lock
        return beside

    @classmethod
    def _open(cls, path: Path, *, read_only: bool, snapshot: bool) -> CampStore:
        conn, ro = database.open_existing(path, read_only=read_only or snapshot)
        store = cls(conn, path, ro)
        if snapshot:
            try:
                conn.execute("BEGIN")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.Error as exc:
                conn.close()
                if database.is_locked(exc):
                    raise UserError(msg.IN_USE, path=str(path)) from exc
                raise UserError(msg.CANNOT_READ, path=str(path), detail=str(exc)) from exc
        elif not ro:
            store.watch = database.FileWatch.of(conn, path)
        return store

    @classmethod
    def create(cls, path: str | Path, *, program: Program,
               fill: Callable[[CampStore], object] | None = None, title: str | Keep = KEEP,
               core_task: str | Keep = KEEP, purpose: str | Keep = KEEP,
               date: str | Keep = KEEP, venue: str | Keep = KEEP,
               municipality: str | Keep = KEEP, language: str | Keep = KEEP,
               participants: int | Keep = KEEP) -> CampStore:
        """A new camp file from a program template, with the default actors, open here.

        ``fill`` adds what else belongs in the new camp (an imported sheet, a dialogue's
        details) before the file gets its name: the camp appears whole or not at all.
        """
        path = Path(path)
        lock = _lock_to_create(path)
        camp = given(title=title, core_task=core_task, purpose=purpose, date=date,
                     venue=venue, municipality=municipality, language=language,
                     participants=participants)

        def build(conn: sqlite3.Connection) -> None:
            building = cls(conn, path, False)
            building._populate(program, camp)
            if fill is not None:
                fill(building)

        try:
            conn = database.create(path, build)
        except BaseException:
            lock.release()
            raise
        store = cls(conn, path, False)
        store.lock = lock
        store.watch = database.FileWatch.of(conn, path)
        return store

    @classmethod
    def in_memory(cls, *, program: Program, title: str | Keep = KEEP,
                  core_task: str | Keep = KEEP, purpose: str | Keep = KEEP,
                  date: str | Keep = KEEP, venue: str | Keep = KEEP,
                  municipality: str | Keep = KEEP, language: str | Keep = KEEP,
                  participants: int | Keep = KEEP) -> CampStore:
        """A camp that lives only in memory: for previews and tests of pure logic."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        database.apply_migrations(conn, 0)
        store = cls(conn, None, False)
        store._populate(program, given(
            title=title, core_task=core_task, purpose=purpose, date=date, venue=venue,
            municipality=municipality, language=language, participants=participants))
        return store

    def _populate(self, program: Program, camp: dict[str, SqlValue]) -> None:
        stamp = now()
        fields = checked(camp)
        fields.setdefault("program", program.name)
        with self.write() as conn:
            row = {"id": new_id(), "created_at": stamp, "updated_at": stamp, **fields}
            conn.execute(
                f"INSERT INTO camp ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                list(row.values()),
            )
            for position, step in enumerate(program.steps):
                step_id = self.insert(conn, "step", {
                    "kind": step.kind, "key": step.key, "title": step.title,
                    "prompt": step.prompt, "guidance": step.guidance,
                    "minutes": step.minutes, "dots": step.dots, "position": position,
                })
                for p_pos, (name, description) in enumerate(program.personas.get(step.key, [])):
                    self.insert(conn, "persona", {
                        "step_id": step_id, "name": name, "description": description,
                        "position": p_pos,
                    })
            for position, (key, name) in enumerate(DEFAULT_ACTORS):
                self.insert(conn, "actor", {"key": key, "name": name, "position": position})
            self.dialogue_box.populate_decks(conn, program)

    def close(self) -> None:
        try:
            # Only after edits: optimize may write statistics (sqlite_stat1), and a camp
            # that was only looked at, or only refused a bad bundle, stays as it was.
            if not self.read_only and self.wrote:
                self.conn.execute("PRAGMA optimize")
            if self.conn.in_transaction:  # a snapshot's read transaction
                self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        try:
            self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()

    def __enter__(self) -> CampStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _lock_to_create(path: Path) -> camp_lock.CampLock:
    """The new camp's lock, taken before its file exists: two copies creating one name
    must not both write it."""
    try:
        return camp_lock.hold(path)
    except OSError as exc:
        raise UserError(msg.CANNOT_READ, path=str(path),
                        detail=exc.strerror or str(exc)) from exc

