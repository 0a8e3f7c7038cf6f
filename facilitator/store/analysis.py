"""The organiser's analysis of the camp: recurring messages, the texts about the purpose
statement, consolidated prerequisites; and the read-only views built for it (selected
contributions per actor, the camp's overview for the view across camps).

Each write is one user edit (keyword-only arguments, one transaction) returning what undo
needs: a deleted row's place in its list, a text's previous value. Texts are stored as
written, so a save while the organiser types never moves their cursor.

``store.analysis`` on a :class:`~facilitator.store.CampStore`; it reads the camp, its
steps and the consolidation's categories through the store's other parts.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence

from facilitator.domain.analysis import NOT_DISTRIBUTED
from facilitator.domain.analysis import ActorContributions
from facilitator.domain.analysis import CampOverview
from facilitator.domain.analysis import CategoryCount
from facilitator.domain.analysis import Consideration
from facilitator.domain.analysis import ConsolidatedPrerequisite
from facilitator.domain.analysis import PrerequisiteSource
from facilitator.domain.analysis import PurposeText
from facilitator.domain.analysis import RecurringMessage
from facilitator.domain.analysis import SelectedContribution
from facilitator.domain.analysis import StepCounts
from facilitator.domain.analysis import check_purpose_key
from facilitator.domain.analysis import clean_prerequisite
from facilitator.domain.consolidation import Category
from facilitator.domain.model import Step
from facilitator.domain.model import StepKind
from facilitator.domain.rules import moved
from facilitator.domain.text_limit import check_text_length
from facilitator.store.base import CampDatabase
from facilitator.store.base import now
from facilitator.store.consolidation import Consolidation
from facilitator.store.participants import Participants
from facilitator.store.structure import CampFrame

#: The program step whose notes are the camp's prerequisites.
PREREQUISITES_KEY = "prerequisites"


class Analysis:
    def __init__(self, db: CampDatabase, frame: CampFrame, consolidation: Consolidation,
                 participants: Participants) -> None:
        self.db = db
        self.frame = frame
        self.consolidation = consolidation
        self.participants = participants

    # -- recurring messages ------------------------------------------------------------
    def messages(self) -> list[RecurringMessage]:
        rows = self.db.rows(
            "SELECT * FROM message WHERE deleted = 0 ORDER BY position, created_at")
        return [RecurringMessage.from_row(r) for r in rows]

    def message(self, message_id: str) -> RecurringMessage:
        return RecurringMessage.from_row(self.db.by_id("message", message_id))

    def add_message(self, *, heading: str = "", body: str = "",
                    index: int | None = None) -> RecurringMessage:
        """A new recurring message, last (or at ``index``)."""
        with self.db.write() as conn:
            position = self.db.next_position(conn, "message", "1", [])
            message_id = self.db.insert(conn, "message", {
                "heading": heading, "body": body, "position": position})
            if index is not None:
                self.db.reorder(conn, "message", moved(self._live_ids("message"), message_id,
                                                     index))
        return self.message(message_id)

    def update_message(self, *, message_id: str, heading: str | None = None,
                       body: str | None = None) -> RecurringMessage:
        current = self.message(message_id)
        values = {k: v for k, v in {"heading": heading, "body": body}.items()
                  if v is not None and v != getattr(current, k)}
        with self.db.write() as conn:
            self.db.update(conn, "message", message_id, values)
        return self.message(message_id)

    def move_message(self, *, message_id: str, index: int) -> list[str]:
        """Move the message to ``index``; returns the new order of ids."""
        return self.db.move("message", message_id, index)

    def delete_message(self, *, message_id: str) -> int:
        """Tombstone the message; returns the place it had, for :meth:`restore_message`."""
        return self._delete_from("message", [message_id])[0]

    def restore_message(self, *, message_id: str, index: int | None = None) -> RecurringMessage:
        self._restore_in("message", [message_id], [index])
        return self.message(message_id)

    # -- the purpose statement's texts -------------------------------------------------
    def consideration(self, key: str) -> Consideration:
        """One of the texts of :class:`PurposeText`; empty when nothing is written."""
        check_purpose_key(key)
        row = self.db.row("SELECT * FROM analysis_text WHERE key = ? AND deleted = 0", [key])
        return Consideration.from_row(row) if row else Consideration(key=key)

    def considerations(self) -> list[Consideration]:
        """Both texts, in :attr:`PurposeText.ALL` order."""
        return [self.consideration(key) for key in PurposeText.ALL]

    def set_consideration(self, *, key: str, text: str) -> str:
        """Save the text as written; returns the previous text for undo.

        A text cleared to nothing (or only spaces) is kept as a tombstone.
        """
        check_purpose_key(key)
        check_text_length(text)
        with self.db.write() as conn:
            previous = self.consideration(key).text
            if text != previous:
                stamp = now()
                conn.execute(
                    "INSERT INTO analysis_text (key, text, created_at, updated_at, deleted) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                    "text = excluded.text, updated_at = excluded.updated_at, "
                    "deleted = excluded.deleted",
                    [key, text, stamp, stamp, 0 if text.strip() else 1],
                )
        return previous

    # -- consolidated prerequisites ----------------------------------------------------
    def consolidated_prerequisites(self) -> list[ConsolidatedPrerequisite]:
        rows = self.db.rows(
            "SELECT * FROM consolidated_prerequisite WHERE deleted = 0 "
            "ORDER BY position, created_at")
        return [ConsolidatedPrerequisite.from_row(r) for r in rows]

    def consolidated_prerequisite(self, prerequisite_id: str) -> ConsolidatedPrerequisite:
        return ConsolidatedPrerequisite.from_row(
            self.db.by_id("consolidated_prerequisite", prerequisite_id))

    def add_consolidated_prerequisite(self, *, text: str, category_id: str | None = None,
                                      note_id: str | None = None,
                                      index: int | None = None) -> ConsolidatedPrerequisite:
        """A new consolidated prerequisite, last (or at ``index``); refused when empty."""
        cleaned = clean_prerequisite(text)
        with self.db.write() as conn:
            position = self.db.next_position(conn, "consolidated_prerequisite", "1", [])
            row_id = self.db.insert(conn, "consolidated_prerequisite", {
                "text": cleaned, "position": position, "category_id": category_id,
                "note_id": note_id,
            })
            if index is not None:
                self.db.reorder(conn, "consolidated_prerequisite",
                              moved(self._live_ids("consolidated_prerequisite"), row_id, index))
        return self.consolidated_prerequisite(row_id)

    def add_consolidated_prerequisites(
        self, *, sources: Iterable[PrerequisiteSource]
    ) -> list[ConsolidatedPrerequisite]:
        """Several consolidated prerequisites, last and in the given order, in one edit."""
        cleaned = [(clean_prerequisite(s.text), s) for s in sources]
        made = []
        with self.db.write() as conn:
            for text, source in cleaned:
                position = self.db.next_position(conn, "consolidated_prerequisite", "1", [])
                made.append(self.db.insert(conn, "consolidated_prerequisite", {
                    "text": text, "position": position, "category_id": source.category_id,
                    "note_id": source.note_id,
                }))
        return [self.consolidated_prerequisite(i) for i in made]

    def update_consolidated_prerequisite(self, *, prerequisite_id: str,
                                         text: str) -> ConsolidatedPrerequisite:
        cleaned = clean_prerequisite(text)
        with self.db.write() as conn:
            if cleaned != self.consolidated_prerequisite(prerequisite_id).text:
                self.db.update(conn, "consolidated_prerequisite", prerequisite_id,
                             {"text": cleaned})
        return self.consolidated_prerequisite(prerequisite_id)

    def move_consolidated_prerequisite(self, *, prerequisite_id: str,
                                       index: int) -> list[str]:
        return self.db.move("consolidated_prerequisite", prerequisite_id, index)

    def delete_consolidated_prerequisite(self, *, prerequisite_id: str) -> int:
        """Tombstone it; returns the place it had, for the restore."""
        return self._delete_from("consolidated_prerequisite", [prerequisite_id])[0]

    def delete_consolidated_prerequisites(self, *, prerequisite_ids: Sequence[str]) -> list[int]:
        """Several in one edit; returns the places they had, in the order given."""
        return self._delete_from("consolidated_prerequisite", prerequisite_ids)

    def restore_consolidated_prerequisite(
        self, *, prerequisite_id: str, index: int | None = None
    ) -> ConsolidatedPrerequisite:
        self._restore_in("consolidated_prerequisite", [prerequisite_id], [index])
        return self.consolidated_prerequisite(prerequisite_id)

    def restore_consolidated_prerequisites(
        self, *, prerequisite_ids: Sequence[str], indexes: Sequence[int | None] | None = None
    ) -> None:
        """Undo of a deletion of several: each comes back at its place (or last)."""
        self._restore_in("consolidated_prerequisite", prerequisite_ids,
                         indexes if indexes is not None else [None] * len(prerequisite_ids))

    def prerequisite_sources(self) -> list[PrerequisiteSource]:
        """What consolidated prerequisites can be made from, not yet used: the
        prerequisites step's categories (with counts), then the notes tables selected."""
        step = self.db.record(
            "SELECT id FROM step WHERE key = ? AND deleted = 0 ORDER BY position LIMIT 1",
            [PREREQUISITES_KEY])
        if step is None:
            return []
        used = self.db.records(
            "SELECT category_id, note_id FROM consolidated_prerequisite WHERE deleted = 0")
        used_categories = {r["category_id"] for r in used if r["category_id"]}
        used_notes = {r["note_id"] for r in used if r["note_id"]}
        sources = [
            PrerequisiteSource(text=c.name, category_id=c.id, count=c.count)
            for c in self.consolidation.categories(step["id"])
            if c.id not in used_categories
        ]
        rows = self.db.records(
            "SELECT n.id, n.text, COALESCE(t.code, '') AS code FROM note n "
            "LEFT JOIN camp_table t ON t.id = n.table_id "
            "WHERE n.step_id = ? AND n.deleted = 0 AND n.selected = 1 "
            "ORDER BY t.position, n.position",
            [step["id"]])
        sources += [PrerequisiteSource(text=r["text"], note_id=r["id"], table_code=r["code"])
                    for r in rows if r["id"] not in used_notes]
        return sources

    # -- selected contributions per actor (read-only) ----------------------------------
    def selected_contributions_by_actor(self) -> list[ActorContributions]:
        """Every table's selected contributions, per actor in the camp's actor order.

        Each live actor has a group, even an empty one; contributions without an actor
        (or whose actor was removed) come last as "Ikke fordelt", when there are any.
        Within a group: table order, then the table's own order.
        """
        actors = self.db.records("SELECT id, name FROM actor WHERE deleted = 0 ORDER BY position")
        rows = self.db.records(
            "SELECT c.id, c.text, c.votes, c.actor_id, COALESCE(t.code, '') AS code, "
            "COALESCE(p.text, '') AS prerequisite FROM contribution c "
            "JOIN step s ON s.id = c.step_id AND s.deleted = 0 "
            "LEFT JOIN camp_table t ON t.id = c.table_id "
            "LEFT JOIN note p ON p.id = c.prerequisite_id "
            "WHERE c.deleted = 0 AND c.selected = 1 "
            "ORDER BY s.position, COALESCE(t.position, 999999), t.code, p.position, c.position")
        by_actor: dict[str | None, list[SelectedContribution]] = {a["id"]: [] for a in actors}
        by_actor[None] = []
        for r in rows:
            group = r["actor_id"] if r["actor_id"] in by_actor else None
            by_actor[group].append(SelectedContribution(
                id=r["id"], text=r["text"], table_code=r["code"],
                prerequisite=r["prerequisite"], votes=r["votes"]))
        groups = [ActorContributions(actor_id=a["id"], actor_name=a["name"],
                                     contributions=tuple(by_actor[a["id"]])) for a in actors]
        if by_actor[None]:
            groups.append(ActorContributions(actor_id=None, actor_name=NOT_DISTRIBUTED,
                                             contributions=tuple(by_actor[None])))
        return groups

    # -- across camps (read-only) ------------------------------------------------------
    def camp_overview(self) -> CampOverview:
        """The camp as the view across camps shows it: messages and category counts.

        Only reads, so it works on a camp opened read-only.
        """
        camp = self.frame.camp()
        steps = []
        for step in self.frame.steps():
            if step.kind not in (*StepKind.NOTE_KINDS, StepKind.TRIANGLE):  # dialogues' too
                continue
            categories = self.consolidation.categories(step.id)
            counts = self.consolidation.category_counts(step.id)
            steps.append(_step_counts(step, categories, counts.uncategorised))
        mix = self.participants.camp_total()
        participants = camp.participants or sum(
            t.participants for t in self.frame.tables()) or mix.total
        return CampOverview(title=camp.title, core_task=camp.core_task, purpose=camp.purpose,
                            date=camp.date, messages=tuple(self.messages()),
                            steps=tuple(steps), participants=participants,
                            participant_mix=mix)

    # -- list mechanics ----------------------------------------------------------------
    def _live_ids(self, table: str) -> list[str]:
        return self.db.live_ids(self.db.conn, table)

    def _delete_from(self, table: str, row_ids: Sequence[str]) -> list[int]:
        with self.db.write() as conn:
            live = self._live_ids(table)
            places = [live.index(i) if i in live else len(live) for i in row_ids]
            for row_id in row_ids:
                self.db.update(conn, table, row_id, {"deleted": 1})
        return places

    def _restore_in(self, table: str, row_ids: Sequence[str],
                    indexes: Sequence[int | None]) -> None:
        """Revive rows; each goes to its index (or stays last), lowest index first."""
        with self.db.write() as conn:
            pairs = sorted(zip(row_ids, indexes, strict=True),
                           key=lambda p: (p[1] is None, p[1] or 0))
            for row_id, index in pairs:
                position = self.db.next_position(conn, table, "1", [])
                self.db.update(conn, table, row_id, {"deleted": 0, "position": position})
                order = self._live_ids(table)
                if index is not None:
                    order = moved(order, row_id, index)
                self.db.reorder(conn, table, order)


def _step_counts(step: Step, categories: Iterable[Category],
                 uncategorised: int) -> StepCounts:
    return StepCounts(key=step.key, title=step.title,
                      categories=tuple(CategoryCount(c.name, c.count) for c in categories),
                      uncategorised=uncategorised)
