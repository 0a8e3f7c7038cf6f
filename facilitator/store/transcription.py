"""Transcription sheets into a camp, and a camp back out as a sheet.

An import is all or nothing: one transaction, so a sheet that fails half-way (a step the
camp's program lacks, a table filed under another main group) leaves the camp exactly
as it was. Exporting writes rows in an order the import reproduces (main group, table,
step, place on the board), so export → import → export gives the same sheet.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import Any

from facilitator.domain.analysis import PurposeText
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.domain.model import KNOWN_ACTORS
from facilitator.domain.model import Step
from facilitator.domain.model import StepKind
from facilitator.domain.transcription import SheetError
from facilitator.domain.transcription import SheetProblem
from facilitator.domain.transcription import SheetRow
from facilitator.domain.transcription import message_labels
from facilitator.domain.transcription import sheet_digest
from facilitator.store.base import local_time
from facilitator.store.base import new_id
from facilitator.store.base import now
from facilitator.store.camp import CampStore
from facilitator.store.reader import CampReader

OTHER_CAMP = QT_TRANSLATE_NOOP(
    "Messages",
    "Arket er fra camp »{sheet}«, men den åbne camp er »{camp}«. Vælg den rigtige camp.",
)
STEP_MISSING = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: campens program har intet trin »{step}«."
)
STEP_NOT_NOTES = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: trinnet »{step}« er i denne camp ikke et trin til noter."
)
STEP_NOT_FRONT_PAGES = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: trinnet »{step}« er i denne camp ikke et trin til avisforsider."
)
STEP_NOT_CONTRIBUTIONS = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: trinnet »{step}« er i denne camp ikke et trin til bidrag."
)
TABLE_IN_OTHER_GROUP = QT_TRANSLATE_NOOP(
    "Messages",
    "Række {row}: bord »{table}« hører i campen til hovedgruppe »{camp_group}«, "
    "men arket siger »{group}«.",
)
IMPORTED_BEFORE = QT_TRANSLATE_NOOP(
    "Messages",
    "»{name}« er allerede indlæst i campen {when} ({rows} rækker, som »{first}«): samme "
    "indhold, også selv om filen har et andet navn eller format. Indlæses arket igen, "
    "kommer hver note to gange. Intet er indlæst.",
)

#: What each sheet step becomes, and the step kinds that can hold it.
_STEP_KINDS = {
    "front_pages": (StepKind.FRONT_PAGE,),
    "contributions": (StepKind.CONTRIBUTIONS,),
}
_WRONG_KIND = {"front_pages": STEP_NOT_FRONT_PAGES, "contributions": STEP_NOT_CONTRIBUTIONS}
_LAST = 1 << 30


@dataclass
class ImportSummary:
    """What an import added, for the user's receipt and for tests."""

    rows: int = 0
    per_table: Counter[str] = field(default_factory=Counter)  # '' = a group's or the camp's
    per_step: Counter[str] = field(default_factory=Counter)
    main_groups_created: list[str] = field(default_factory=list)
    tables_created: list[str] = field(default_factory=list)
    actors_created: list[str] = field(default_factory=list)
    prerequisites_created: list[str] = field(default_factory=list)
    camp_fields_set: list[str] = field(default_factory=list)
    #: Summaries, messages, purpose texts and consolidated prerequisites read.
    records: int = 0


def camp_code(store: CampReader) -> str:
    """The camp's short code in sheets (their camp_id), '' until a sheet sets it."""
    rows = store.records("SELECT code FROM camp LIMIT 1")
    return str(rows[0][0]) if rows else ""


def _joined(current: str, new: str) -> str:
    """``new`` where there was nothing; otherwise what was there, then ``new``."""
    if not current.strip() or current == new:
        return new
    if new in current:
        return current
    return f"{current}\n\n{new}"


def _first(rows: Sequence[SheetRow], attr: str) -> str | int:
    return next((getattr(r, attr) for r in rows if getattr(r, attr)), "")


def _steps_by_key(store: CampStore) -> dict[str, Step]:
    found: dict[str, Step] = {}
    for step in store.frame.steps():
        found.setdefault(step.key, step)
    return found


def check_import(store: CampStore, rows: Sequence[SheetRow], *, source: str = "arket") -> None:
    """Refuse (SheetError, every problem) rows that cannot go into this camp. Only reads."""
    problems: list[UserError] = []
    code, sheet = camp_code(store), str(_first(rows, "camp_id"))
    if code and sheet and code != sheet:
        problems.append(UserError(OTHER_CAMP, sheet=sheet, camp=code))
    steps = _steps_by_key(store)
    # A summary may be any step's; every other row needs a step of its kind.
    needed = [(r.step, r.sheet_row, r.record == "summary") for r in rows if r.step]
    needed += [("prerequisites", r.sheet_row, False) for r in rows if r.prerequisite]
    reported: set[str] = set()
    for key, row, any_kind in needed:
        if key in reported:
            continue
        step = steps.get(key)
        if step is None:
            problems.append(SheetProblem(STEP_MISSING, row=row, step=key))
            reported.add(key)
        elif not any_kind and step.kind not in _STEP_KINDS.get(key, StepKind.NOTE_KINDS):
            problems.append(SheetProblem(_WRONG_KIND.get(key, STEP_NOT_NOTES), row=row,
                                         step=key))
            reported.add(key)
    groups = {g.id: g.code for g in store.frame.main_groups()}
    tables = {t.code: groups.get(t.main_group_id or "", "") for t in store.frame.tables()}
    for r in rows:
        camp_group = tables.get(r.table)
        if r.table and r.main_group and camp_group and camp_group != r.main_group:
            problems.append(SheetProblem(TABLE_IN_OTHER_GROUP, row=r.sheet_row, table=r.table,
                                         camp_group=camp_group, group=r.main_group))
            tables[r.table] = ""  # once per table is enough
    if problems:
        raise SheetError(problems, path=source)


@dataclass(frozen=True)
class SheetImport:
    """A sheet the camp has had before, found by the digest of its rows."""

    name: str
    rows: int
    imported_at: str


def imported_before(store: CampStore, rows: Sequence[SheetRow]) -> SheetImport | None:
    """The first import of a sheet with these very rows, None when the camp never had it."""
    row = store.record("SELECT name, rows, imported_at FROM sheet_import WHERE sha256 = ? "
                       "ORDER BY imported_at LIMIT 1", [sheet_digest(rows)])
    return SheetImport(name=row["name"], rows=row["rows"], imported_at=row["imported_at"]) \
        if row else None


def import_sheet(store: CampStore, rows: Sequence[SheetRow], *,
                 source: str = "arket", again: bool = False) -> ImportSummary:
    """Add every row to the camp in one transaction, or nothing (SheetError/UserError).

    A sheet the camp has had before (the same rows, whatever the file is called) would
    double every note: refused unless ``again`` (the user was asked, or said so).
    """
    digest = sheet_digest(rows)
    with store.write() as conn:
        check_import(store, rows, source=source)
        before = None if again else imported_before(store, rows)
        if before is not None:
            raise UserError(IMPORTED_BEFORE, name=source, first=before.name, rows=before.rows,
                            when=local_time(before.imported_at))
        summary = _Importer(store, conn).run(rows)
        conn.execute("INSERT INTO sheet_import (id, sha256, name, rows, imported_at) "
                     "VALUES (?, ?, ?, ?, ?)", [new_id(), digest, source, len(rows), now()])
        return summary


class _Importer:
    """One import's lookups (codes → ids) and board positions, inside its transaction."""

    def __init__(self, store: CampStore, conn: sqlite3.Connection) -> None:
        self.store, self.conn = store, conn
        self.summary = ImportSummary()
        self.steps = _steps_by_key(store)
        self.groups = {g.code: g.id for g in store.frame.main_groups()}
        self.tables = {t.code: t.id for t in store.frame.tables()}
        self.actors = {a.key: a.id for a in store.frame.actors() if a.key}
        self.positions: dict[tuple, int] = {}
        #: (step id, name) → live category id, read on first need.
        self.categories: dict[tuple[str, str], str] = {}
        #: (step id, same_message label) → the notes the organiser counts as one.
        self.messages: dict[tuple[str, str], list[str]] = {}
        #: (table id, text) → prerequisite note id; selected notes first, then board order.
        self.prerequisites: dict[tuple[str | None, str], str] = {}
        step = self.steps.get("prerequisites")
        if step is not None:
            for r in conn.execute(
                "SELECT id, table_id, text FROM note WHERE step_id = ? AND deleted = 0 "
                "ORDER BY selected DESC, position", [step.id],
            ):
                self.prerequisites.setdefault((r["table_id"], r["text"]), r["id"])

    def run(self, rows: Sequence[SheetRow]) -> ImportSummary:
        self._camp(rows)
        for r in rows:
            if r.main_group:
                self._group(r.main_group)
            if r.table:
                self._table(r.table, r.main_group)
        wanted = {r.actor for r in rows if r.actor}
        for key in KNOWN_ACTORS:  # new actors in a fixed order, so exports compare equal
            if key in wanted and key not in self.actors:
                self._actor(key)
        names = {a.name.casefold(): a.id for a in self.store.frame.actors()}
        for r in rows:  # the camp's own actors, as the sheet declares them
            if r.record == "actor" and r.title.casefold() not in names:
                names[r.title.casefold()] = self.store.insert(self.conn, "actor", {
                    "key": "", "name": r.title, "position": self._next("actor", {})})
                self.summary.actors_created.append(r.title)
        for name, actor_id in names.items():
            self.actors.setdefault(name, actor_id)
        for r in rows:  # the organiser's categories first, in the sheet's order
            if r.record == "category":
                self._category(self.steps[r.step].id, r.title)
        # Contributions last: they may answer a prerequisite further down the sheet.
        items = [r for r in rows if r.record == ""]
        for r in sorted(items, key=lambda r: r.step == "contributions"):
            self._add(r)
            self.summary.rows += 1
            self.summary.per_table[r.table] += 1
            self.summary.per_step[r.step] += 1
        for first, *repeats in self.messages.values():  # a label on one note groups nothing
            for note_id in repeats:
                self.store.insert(self.conn, "counted_with",
                                  {"note_id": note_id, "first_note_id": first})
        for r in rows:
            if r.record not in ("", "category", "actor"):
                self._record(r)
                self.summary.records += 1
        return self.summary

    # -- what the organiser added -----------------------------------------------------------
    def _category(self, step_id: str, name: str) -> str:
        """The step's live category of this name, made (last) when it has none."""
        if not self.categories:
            for r in self.conn.execute("SELECT id, step_id, name FROM category WHERE deleted = 0"):
                self.categories[(r["step_id"], r["name"])] = r["id"]
        if (step_id, name) not in self.categories:
            owner = {"step_id": step_id}
            self.categories[(step_id, name)] = self.store.insert(self.conn, "category", {
                **owner, "name": name, "position": self._next("category", owner)})
        return self.categories[(step_id, name)]

    def _record(self, r: SheetRow) -> None:
        """A summary, message, purpose text or consolidated prerequisite: added, or put
        after what the camp has when it has another text already (nothing is lost)."""
        if r.record == "summary":
            step_id = self.steps[r.step].id
            row = self.conn.execute("SELECT text FROM step_summary WHERE step_id = ?",
                                    [step_id]).fetchone()
            self.conn.execute(
                "INSERT INTO step_summary (step_id, text, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(step_id) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                [step_id, _joined(row["text"] if row else "", r.text), now()])
        elif r.record == "purpose" and r.title in PurposeText.ALL:
            row = self.conn.execute("SELECT text FROM analysis_text WHERE key = ? AND "
                                    "deleted = 0", [r.title]).fetchone()
            text, stamp = _joined(row["text"] if row else "", r.text), now()
            self.conn.execute(
                "INSERT INTO analysis_text (key, text, created_at, updated_at, deleted) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at, deleted = excluded.deleted",
                [r.title, text, stamp, stamp, 0 if text.strip() else 1])
        elif r.record == "message":
            if self.conn.execute("SELECT 1 FROM message WHERE deleted = 0 AND heading = ? "
                                 "AND body = ?", [r.title, r.text]).fetchone() is None:
                self.store.insert(self.conn, "message", {
                    "heading": r.title, "body": r.text, "position": self._next("message", {})})
        elif r.record == "consolidated_prerequisite":
            if self.conn.execute("SELECT 1 FROM consolidated_prerequisite WHERE deleted = 0 "
                                 "AND text = ?", [r.text]).fetchone() is None:
                self.store.insert(self.conn, "consolidated_prerequisite", {
                    "text": r.text, "position": self._next("consolidated_prerequisite", {})})

    def _camp(self, rows: Sequence[SheetRow]) -> None:
        current = dict(self.conn.execute(
            "SELECT code, title, core_task, date, participants FROM camp LIMIT 1").fetchone())
        sheet = {"code": _first(rows, "camp_id"), "title": _first(rows, "camp_title"),
                 "core_task": _first(rows, "core_task"), "date": _first(rows, "camp_date"),
                 "participants": _first(rows, "participants")}
        values = {k: v for k, v in sheet.items() if v and not current[k]}
        if values:
            sets = ", ".join(f"{k} = ?" for k in values)
            self.conn.execute(f"UPDATE camp SET {sets}, updated_at = ?", [*values.values(), now()])
            self.summary.camp_fields_set = list(values)

    def _group(self, code: str) -> str:
        if code not in self.groups:
            self.groups[code] = self.store.insert(self.conn, "main_group", {
                "code": code, "position": self._next("main_group", {})})
            self.summary.main_groups_created.append(code)
        return self.groups[code]

    def _table(self, code: str, group: str) -> str:
        if code not in self.tables:
            self.tables[code] = self.store.insert(self.conn, "camp_table", {
                "code": code, "main_group_id": self._group(group) if group else None,
                "position": self._next("camp_table", {})})
            self.summary.tables_created.append(code)
        return self.tables[code]

    def _actor(self, key: str) -> str:
        self.actors[key] = self.store.insert(self.conn, "actor", {
            "key": key, "name": KNOWN_ACTORS[key], "position": self._next("actor", {})})
        self.summary.actors_created.append(key)
        return self.actors[key]

    def _next(self, table: str, owner: Mapping[str, str | None]) -> int:
        """The next free place in an ordered list (a board, a column), counted once."""
        key = (table, *sorted(owner.items()))
        if key not in self.positions:
            where = " AND ".join(
                f"{c} IS NULL" if v is None else f"{c} = ?" for c, v in owner.items()) or "1"
            args = [v for v in owner.values() if v is not None]
            self.positions[key] = self.store.next_position(self.conn, table, where, args)
        self.positions[key] += 1
        return self.positions[key] - 1

    def _add(self, r: SheetRow) -> None:
        step_id = self.steps[r.step].id
        table_id = self.tables[r.table] if r.table else None
        owner = {"step_id": step_id, "table_id": table_id}
        if r.step == "front_pages":
            self.store.insert(self.conn, "front_page", {
                **owner, "headline": r.title, "story": r.text, "quote": r.quote,
                "quote_by": r.quote_by, "position": self._next("front_page", owner)})
        elif r.step == "contributions":
            actor = self.actors.get(r.actor) or self.actors.get(r.actor.casefold())
            column = {**owner, "prerequisite_id": self._prerequisite(table_id, r.prerequisite),
                      "actor_id": actor if r.actor else None}
            self.store.insert(self.conn, "contribution", {
                **column, "text": r.text, "votes": r.votes, "selected": int(r.selected),
                "position": self._next("contribution", column)})
        else:
            group_id = self.groups[r.main_group] if r.main_group and not r.table else None
            note_id = self.store.insert(self.conn, "note", {
                **owner, "main_group_id": group_id, "text": r.text, "votes": r.votes,
                "selected": int(r.selected), "tag": r.tag,
                "position": self._next("note", owner)})
            if r.step == "prerequisites":
                self.prerequisites.setdefault((table_id, r.text), note_id)
            if r.category:
                self.store.insert(self.conn, "note_category", {
                    "note_id": note_id, "category_id": self._category(step_id, r.category)})
            if r.excerpt:
                self.store.insert(self.conn, "excerpt", {"note_id": note_id})
            if r.same_message:
                self.messages.setdefault((step_id, r.same_message), []).append(note_id)

    def _prerequisite(self, table_id: str | None, text: str) -> str | None:
        """The table's prerequisite note with this text; created (selected) if it has none."""
        if not text:
            return None
        if (table_id, text) not in self.prerequisites:
            owner = {"step_id": self.steps["prerequisites"].id, "table_id": table_id}
            self.prerequisites[(table_id, text)] = self.store.insert(self.conn, "note", {
                **owner, "text": text, "selected": 1, "position": self._next("note", owner)})
            self.summary.prerequisites_created.append(text)
        return self.prerequisites[(table_id, text)]


def export_rows(store: CampReader) -> list[SheetRow]:
    """Every live note, front page and contribution as sheet rows, in a stable order.

    Order: main group, then its tables (then the group's own notes), then step, then the
    place on the board; the camp's own notes last. An import creates groups and tables
    in the order it meets them, so this order survives export → import → export.
    """
    camp = store.frame.camp()
    head: dict[str, Any] = {
        "camp_id": camp_code(store), "camp_title": camp.title, "core_task": camp.core_task,
        "camp_date": camp.date, "participants": camp.participants}
    steps = {s.id: s for s in store.frame.steps()}
    # Tombstoned groups and tables are gone for the sheet as they are for the camp.
    groups = {r["id"]: r for r in store.records(
        "SELECT id, code, position FROM main_group WHERE deleted = 0")}
    tables = {r["id"]: r for r in store.records(
        "SELECT id, code, main_group_id, position FROM camp_table WHERE deleted = 0")}
    actors = {r["id"]: r for r in store.records("SELECT id, key, name, position FROM actor")}
    notes = {r["id"]: r for r in store.records("SELECT * FROM note")}
    entries: list[tuple[tuple, SheetRow, str]] = []

    def add(item: sqlite3.Row, kind: int, place: tuple, **fields: Any) -> None:
        step = steps.get(item["step_id"])
        table = tables.get(item["table_id"] or "")
        if step is None or item["deleted"] or (item["table_id"] and table is None):
            return
        group = groups.get((table or item)["main_group_id"] or "")
        # A group's tables first, then the group's own notes; groupless tables, the camp last.
        owner = (group["position"] if group else _LAST, 0 if table else 1,
                 table["position"] if table else 0)
        row = SheetRow(step=step.key, main_group=group["code"] if group else "",
                       table=table["code"] if table else "", **head, **fields)
        entries.append(((*owner, step.position, kind, *place, item["created_at"]), row,
                        item["id"]))

    categories, placed, excerpts = _consolidation(store)
    for n in notes.values():
        add(n, 0, (n["position"],), text=n["text"], votes=n["votes"],
            selected=bool(n["selected"]), tag=n["tag"] or "",
            category=placed.get(n["id"], ""), excerpt=n["id"] in excerpts)
    for f in store.records("SELECT *, NULL AS main_group_id FROM front_page"):
        if f["headline"] or f["story"] or f["quote"] or f["quote_by"]:
            add(f, 1, (f["position"],), title=f["headline"], text=f["story"],
                quote=f["quote"], quote_by=f["quote_by"])
    for c in store.records("SELECT *, NULL AS main_group_id FROM contribution"):
        prereq = notes.get(c["prerequisite_id"] or "")
        actor = actors.get(c["actor_id"] or "")
        add(c, 2, (prereq["position"] if prereq else -1,
                   actor["position"] if actor else _LAST, c["position"]),
            text=c["text"], votes=c["votes"], selected=bool(c["selected"]),
            prerequisite=prereq["text"] if prereq else "",
            actor=(actor["key"] if actor["key"] in KNOWN_ACTORS else actor["name"])
            if actor else "")
    entries.sort(key=lambda e: e[0])
    messages = {n: first for step_id in steps
                for n, first in store.consolidation.counted_with(step_id).items()}
    labels = message_labels([item_id for _, _, item_id in entries], messages)
    return [replace(row, same_message=labels.get(item_id, ""))
            for _, row, item_id in entries] + _record_rows(store, head, categories)


def _consolidation(store: CampReader) -> tuple[dict[str, sqlite3.Row], dict[str, str],
                                               set[str]]:
    """The live categories by id, each placed note's category name, and the excerpts."""
    categories = {r["id"]: r for r in store.records(
        "SELECT id, step_id, name, position FROM category WHERE deleted = 0")}
    placed = {r["note_id"]: categories[r["category_id"]]["name"] for r in store.records(
        "SELECT note_id, category_id FROM note_category WHERE deleted = 0")
        if r["category_id"] in categories}
    excerpts = {r["note_id"] for r in store.records(
        "SELECT note_id FROM excerpt WHERE deleted = 0")}
    return categories, placed, excerpts



def _record_rows(store: CampReader, head: dict[str, Any],
                 categories: dict[str, sqlite3.Row]) -> list[SheetRow]:
    """The organiser's own texts, after the notes: each step's categories (in their
    order, empty ones too) and summary, then the camp's analysis."""
    rows = []
    for step in store.frame.steps():
        for c in sorted((c for c in categories.values() if c["step_id"] == step.id),
                        key=lambda c: c["position"]):
            rows.append(SheetRow(step=step.key, record="category", title=c["name"], text="",
                                 **head))
        summary = store.consolidation.step_summary(step.id)
        if summary.strip():
            rows.append(SheetRow(step=step.key, record="summary", text=summary, **head))
    for actor in store.frame.actors():
        if actor.key not in KNOWN_ACTORS:
            rows.append(SheetRow(step="", record="actor", title=actor.name, text="", **head))
    for m in store.analysis.messages():
        rows.append(SheetRow(step="", record="message", title=m.heading, text=m.body, **head))
    for text in store.analysis.considerations():
        if text.text.strip() and text.key in PurposeText.ALL:
            rows.append(SheetRow(step="", record="purpose", title=text.key, text=text.text,
                                 **head))
    for p in store.analysis.consolidated_prerequisites():
        rows.append(SheetRow(step="", record="consolidated_prerequisite", text=p.text,
                             **head))
    return rows
