"""The dialogue box's rows: who met, thermometer readings, triangle notes, dilemma cards
with the group's reflections, the free sheet and the agreements.

Every edit is one method with keyword-only arguments: one transaction, durable when it
returns, returning what changed; the undo commands in the UI call the opposite method
(delete ↔ restore, the old text back). Rows a dialogue writes carry its ``table_id``,
so a coordinator can gather many dialogue files the way a camp collects its tables.
``store.dialogue_box`` on a :class:`~facilitator.store.CampStore`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from collections.abc import Sequence
from typing import TypeVar

from facilitator.domain import dialogue as dlg
from facilitator.domain import messages as msg
from facilitator.domain.dialogue import Agreement
from facilitator.domain.dialogue import Card
from facilitator.domain.dialogue import DeckCard
from facilitator.domain.dialogue import Dialogue
from facilitator.domain.dialogue import Reading
from facilitator.domain.dialogue import Reflection
from facilitator.domain.dialogue import TemplateAnswer
from facilitator.domain.messages import UserError
from facilitator.domain.model import Note
from facilitator.domain.model import Program
from facilitator.domain.model import StepKind
from facilitator.domain.rules import clamp_votes
from facilitator.domain.rules import clean_note_text
from facilitator.domain.rules import moved
from facilitator.store.base import KEEP
from facilitator.store.base import Keep
from facilitator.store.base import SqlValue
from facilitator.store.base import StorePart
from facilitator.store.base import given

#: The card columns listed with a deck; the picture itself is read by ``card_image``.
_CARD_COLUMNS = "id, step_id, key, text, caption, mime, position, updated_at"


T = TypeVar("T")

class DialogueBox(StorePart):
    """``store.dialogue_box`` on a :class:`~facilitator.store.CampStore`."""

    # -- helpers -----------------------------------------------------------------------
    def _dialogue_ids(self, conn: sqlite3.Connection, table: str, where: str,
                      args: Sequence[SqlValue]) -> list[str]:
        return self.db.live_ids(conn, table, where, args)

    def _tombstone(self, table: str, row_id: str, deleted: bool,
                   read: Callable[[str], T]) -> T:
        """Delete (or bring back) a row softly; the row as it is now."""
        self.db.set_deleted(table, row_id, deleted)
        return read(row_id)

    def _write_one(self, table: str, key: dict[str, SqlValue],
                   values: dict[str, SqlValue]) -> str:
        """Write ``values`` into the one row of ``table`` that ``key`` names (the oldest; a
        deleted one comes back), or into a new one; its id. A group has one text per
        question or prompt, and typing it again replaces it."""
        where = " AND ".join(f"{column} IS ?" for column in key)
        with self.db.write() as conn:
            row = conn.execute(f"SELECT id FROM {table} WHERE {where} "
                               "ORDER BY deleted, created_at LIMIT 1", [*key.values()]).fetchone()
            if row is None:
                return self.db.insert(conn, table, {**key, **values})
            self.db.update(conn, table, row[0], {**values, "deleted": 0})
            return str(row[0])


    # -- who met, where and when -------------------------------------------------------
    def dialogues(self) -> list[Dialogue]:
        rows = self.db.rows(
            "SELECT d.* FROM dialogue d LEFT JOIN camp_table t ON t.id = d.table_id "
            "WHERE d.deleted = 0 ORDER BY t.position, d.created_at")
        return [Dialogue.from_row(r) for r in rows]

    def dialogue(self, table_id: str | None) -> Dialogue | None:
        """The dialogue held at this table, or None (a camp table)."""
        row = self.db.row("SELECT * FROM dialogue WHERE deleted = 0 AND table_id IS ? "
                        "ORDER BY created_at LIMIT 1", [table_id])
        return Dialogue.from_row(row) if row else None

    def start_dialogue(self, *, table_code: str = "D1", host: str = "", group_name: str = "",
                       place: str = "", date: str = "", participants: int = 0) -> Dialogue:
        """Make the file a dialogue: its table (made if missing) and the details row."""
        with self.db.write() as conn:
            row = conn.execute("SELECT id FROM camp_table WHERE deleted = 0 AND code = ?",
                               [table_code]).fetchone()
            if row is not None:
                table_id = row[0]
            else:
                position = self.db.next_position(conn, "camp_table", "1", [])
                table_id = self.db.insert(conn, "camp_table",
                                        {"code": table_code, "position": position})
            dialogue_id = self.db.insert(conn, "dialogue", {
                "table_id": table_id, "host": host, "group_name": group_name,
                "place": place, "date": date, "participants": max(0, int(participants)),
            })
        return self.dialogue_by_id(dialogue_id)

    def ensure_dialogue(self, *, table_id: str) -> Dialogue:
        """The dialogue held at this table, made (empty) when the table has none yet: a
        host who picked a table of a coordinator's kit fills in its details."""
        found = self.dialogue(table_id)
        if found is not None:
            return found
        with self.db.write() as conn:
            dialogue_id = self.db.insert(conn, "dialogue", {"table_id": table_id})
        return self.dialogue_by_id(dialogue_id)

    def update_dialogue(self, *, dialogue_id: str, host: str | Keep = KEEP,
                        group_name: str | Keep = KEEP, place: str | Keep = KEEP,
                        date: str | Keep = KEEP, participants: int | Keep = KEEP) -> Dialogue:
        values = given(host=host, group_name=group_name, place=place, date=date,
                       participants=participants if isinstance(participants, Keep)
                       else max(0, int(participants)))
        with self.db.write() as conn:
            self.db.update(conn, "dialogue", dialogue_id, values)
        return self.dialogue_by_id(dialogue_id)

    def dialogue_by_id(self, dialogue_id: str) -> Dialogue:
        return Dialogue.from_row(self.db.by_id("dialogue", dialogue_id))

    # -- thermometer -------------------------------------------------------------------
    def readings(self, step_id: str, table_id: str | None, *,
                 round: str | None = None) -> list[Reading]:
        sql = "SELECT * FROM reading WHERE deleted = 0 AND step_id = ? AND table_id IS ?"
        args: list[SqlValue] = [step_id, table_id]
        if round is not None:
            sql += " AND round = ?"
            args.append(round)
        rows = self.db.rows(sql + " ORDER BY round DESC, position", args)
        return [Reading.from_row(r) for r in rows]

    def reading(self, reading_id: str) -> Reading:
        return Reading.from_row(self.db.by_id("reading", reading_id))

    def add_reading(self, *, step_id: str, table_id: str | None, value: int,
                    round: str = "start", label: str = "",
                    whole_group: bool = False) -> Reading:
        value = dlg.check_reading(value, round)
        with self.db.write() as conn:
            position = self.db.next_position(conn, "reading", "step_id = ? AND table_id IS ? "
                                           "AND round = ?", [step_id, table_id, round])
            row_id = self.db.insert(conn, "reading", {
                "step_id": step_id, "table_id": table_id, "round": round, "value": value,
                "label": label.strip(), "whole_group": 1 if whole_group else 0,
                "position": position,
            })
        return self.reading(row_id)

    def update_reading(self, *, reading_id: str, value: int | None = None,
                       label: str | None = None, whole_group: bool | None = None) -> Reading:
        values: dict[str, SqlValue] = {}
        if value is not None:
            values["value"] = dlg.check_reading(value)
        if label is not None:
            values["label"] = label.strip()
        if whole_group is not None:
            values["whole_group"] = 1 if whole_group else 0
        with self.db.write() as conn:
            self.db.update(conn, "reading", reading_id, values)
        return self.reading(reading_id)

    def delete_reading(self, *, reading_id: str) -> Reading:
        return self._tombstone("reading", reading_id, True, self.reading)

    def restore_reading(self, *, reading_id: str) -> Reading:
        return self._tombstone("reading", reading_id, False, self.reading)

    # -- the inverted triangle ---------------------------------------------------------
    def level_notes(self, step_id: str, table_id: str | None, level: int) -> list[Note]:
        rows = self.db.rows(
            "SELECT * FROM note WHERE deleted = 0 AND step_id = ? AND table_id IS ? "
            "AND level = ? ORDER BY position", [step_id, table_id, level])
        return [Note.from_row(r) for r in rows]

    def _level_note(self, note_id: str) -> Note:
        return Note.from_row(self.db.by_id("note", note_id))

    def add_level_note(self, *, step_id: str, table_id: str | None, level: int, text: str,
                       votes: int = 0, selected: bool = False) -> Note:
        """A note on one level of the triangle, last on that level."""
        level = dlg.check_level(level)
        cleaned = clean_note_text(text)
        if cleaned is None:
            raise UserError(msg.EMPTY_NOTE)
        with self.db.write() as conn:
            position = self.db.next_position(conn, "note", "step_id = ? AND table_id IS ?",
                                           [step_id, table_id])
            row_id = self.db.insert(conn, "note", {
                "step_id": step_id, "table_id": table_id, "text": cleaned, "level": level,
                "votes": clamp_votes(votes), "selected": 1 if selected else 0,
                "position": position,
            })
        return self._level_note(row_id)

    def set_note_level(self, *, note_id: str, level: int | None) -> Note:
        """Move a note to another level (last there); None takes it off the triangle."""
        if level is not None:
            level = dlg.check_level(level)
        note = self._level_note(note_id)
        with self.db.write() as conn:
            position = self.db.next_position(conn, "note", "step_id = ? AND table_id IS ?",
                                           [note.step_id, note.table_id])
            self.db.update(conn, "note", note_id, {"level": level, "position": position})
        return self._level_note(note_id)

    def move_level_note(self, *, note_id: str, index: int) -> list[str]:
        """Move a note within its level to ``index``; the level's new order.

        Positions are shared by the step's notes at the table, so the level's notes keep
        the places they held among the others and only swap among themselves.
        """
        note = self._level_note(note_id)
        with self.db.write() as conn:
            everything = self._dialogue_ids(conn, "note", "step_id = ? AND table_id IS ?",
                                        [note.step_id, note.table_id])
            mine = self._dialogue_ids(conn, "note", "step_id = ? AND table_id IS ? AND level IS ?",
                                  [note.step_id, note.table_id, note.level])
            order = moved(mine, note_id, index)
            slots = iter(order)
            members = set(mine)
            self.db.reorder(conn, "note",
                          [next(slots) if i in members else i for i in everything])
        return order

    # -- dilemma cards -----------------------------------------------------------------
    def cards(self, step_id: str) -> list[Card]:
        rows = self.db.rows(f"SELECT {_CARD_COLUMNS} FROM card WHERE deleted = 0 AND step_id = ? "
                          "ORDER BY position", [step_id])
        return [Card.from_row(r) for r in rows]

    def card(self, card_id: str) -> Card:
        return Card.from_row(self.db.by_id("card", card_id, _CARD_COLUMNS))

    def card_image(self, card_id: str) -> bytes | None:
        row = self.db.conn.execute("SELECT image FROM card WHERE id = ?", [card_id]).fetchone()
        return bytes(row[0]) if row is not None and row[0] is not None else None

    def add_card(self, *, step_id: str, text: str = "", caption: str = "",
                 image: bytes | None = None, image_name: str = "", key: str = "",
                 index: int | None = None) -> Card:
        """A text card, or a picture card (PNG or JPEG bytes, checked) with a caption."""
        mime = dlg.check_card_image(image, image_name) if image is not None else ""
        text, caption = text.strip(), caption.strip()
        if not text and image is None:
            raise UserError(dlg.EMPTY_CARD)
        with self.db.write() as conn:
            row_id = self._insert_card(conn, step_id, {
                "key": key, "text": text, "caption": caption,
                "image": image, "mime": mime,
            })
            if index is not None:
                self.db.reorder(conn, "card", moved(
                    self._dialogue_ids(conn, "card", "step_id = ?", [step_id]), row_id, index))
        return self.card(row_id)

    def _insert_card(self, conn: sqlite3.Connection, step_id: str,
                     values: dict[str, SqlValue]) -> str:
        position = self.db.next_position(conn, "card", "step_id = ?", [step_id])
        return self.db.insert(conn, "card", {"step_id": step_id, "position": position, **values})

    def update_card(self, *, card_id: str, text: str | None = None,
                    caption: str | None = None) -> Card:
        card = self.card(card_id)
        values = {k: v.strip() for k, v in (("text", text), ("caption", caption))
                  if v is not None}
        if not values.get("text", card.text) and not card.is_picture:
            raise UserError(dlg.EMPTY_CARD)
        with self.db.write() as conn:
            self.db.update(conn, "card", card_id, values)
        return self.card(card_id)

    def delete_card(self, *, card_id: str) -> Card:
        return self._tombstone("card", card_id, True, self.card)

    def restore_card(self, *, card_id: str) -> Card:
        return self._tombstone("card", card_id, False, self.card)

    def move_card(self, *, card_id: str, index: int) -> list[str]:
        return self.db.move("card", card_id, index, "step_id = ?", [self.card(card_id).step_id])

    def load_deck(self, *, step_id: str, deck: str = dlg.DEFAULT_DECK) -> list[Card]:
        """Put a shipped deck's cards into the step (those it has not already); the new cards."""
        cards = dlg.load_deck(deck)
        with self.db.write() as conn:
            ids = self._insert_deck(conn, step_id, cards)
        return [self.card(i) for i in ids]

    def _insert_deck(self, conn: sqlite3.Connection, step_id: str,
                     cards: list[DeckCard]) -> list[str]:
        have = {r[0] for r in conn.execute(
            "SELECT key FROM card WHERE deleted = 0 AND step_id = ? AND key != ''", [step_id])}
        return [self._insert_card(conn, step_id, {"key": c.key, "text": c.text})
                for c in cards if c.key not in have]

    def populate_decks(self, conn: sqlite3.Connection, program: Program) -> None:
        """At creation: every dilemma-card step starts with its deck (the default one)."""
        steps = conn.execute("SELECT id, key FROM step WHERE deleted = 0 AND kind = ?",
                             [StepKind.DILEMMA_CARDS]).fetchall()
        for step_id, key in steps:
            deck = program.decks.get(key, dlg.DEFAULT_DECK)
            self._insert_deck(conn, step_id, dlg.load_deck(deck))

    # -- reflections on cards ----------------------------------------------------------
    def reflections(self, step_id: str, table_id: str | None, *,
                    card_id: str | None = None) -> list[Reflection]:
        sql = ("SELECT r.* FROM card_reflection r JOIN card c ON c.id = r.card_id "
               "WHERE r.deleted = 0 AND c.step_id = ? AND r.table_id IS ?")
        args: list[SqlValue] = [step_id, table_id]
        if card_id is not None:
            sql += " AND r.card_id = ?"
            args.append(card_id)
        rows = self.db.rows(sql + " ORDER BY c.position, r.question", args)
        return [Reflection.from_row(r) for r in rows]

    def discussed_cards(self, step_id: str, table_id: str | None) -> set[str]:
        """Cards the table has written something about."""
        return {r.card_id for r in self.reflections(step_id, table_id) if r.text.strip()}

    def set_reflection(self, *, card_id: str, table_id: str | None, question: str,
                       text: str) -> Reflection:
        """The group's answer to one question about a card (one text per question)."""
        dlg.check_question(question)
        row_id = self._write_one("card_reflection", {
            "card_id": card_id, "table_id": table_id, "question": question}, {"text": text})
        return Reflection.from_row(self.db.by_id("card_reflection", row_id))

    # -- the free sheet ----------------------------------------------------------------
    def template_answers(self, step_id: str, table_id: str | None) -> list[TemplateAnswer]:
        rows = self.db.rows(
            "SELECT * FROM template_answer WHERE deleted = 0 AND step_id = ? AND table_id IS ? "
            "ORDER BY prompt_key", [step_id, table_id])
        return [TemplateAnswer.from_row(r) for r in rows]

    def set_template_answer(self, *, step_id: str, table_id: str | None, prompt_key: str,
                            text: str, prompt: str = "") -> TemplateAnswer:
        row_id = self._write_one("template_answer", {
            "step_id": step_id, "table_id": table_id, "prompt_key": prompt_key},
            {"text": text, "prompt": prompt})
        return TemplateAnswer.from_row(self.db.by_id("template_answer", row_id))

    # -- agreements --------------------------------------------------------------------
    def agreements(self, step_id: str, table_id: str | None) -> list[Agreement]:
        rows = self.db.rows(
            "SELECT * FROM agreement WHERE deleted = 0 AND step_id = ? AND table_id IS ? "
            "ORDER BY position", [step_id, table_id])
        return [Agreement.from_row(r) for r in rows]

    def agreement(self, agreement_id: str) -> Agreement:
        return Agreement.from_row(self.db.by_id("agreement", agreement_id))

    def add_agreement(self, *, step_id: str, table_id: str | None, what: str, who: str = "",
                      by_when: str = "", index: int | None = None) -> Agreement:
        what = what.strip()
        if not what:
            raise UserError(dlg.EMPTY_AGREEMENT)
        with self.db.write() as conn:
            where, args = "step_id = ? AND table_id IS ?", [step_id, table_id]
            row_id = self.db.insert(conn, "agreement", {
                "step_id": step_id, "table_id": table_id, "what": what, "who": who.strip(),
                "by_when": by_when.strip(),
                "position": self.db.next_position(conn, "agreement", where, args),
            })
            if index is not None:
                order = self._dialogue_ids(conn, "agreement", where, args)
                self.db.reorder(conn, "agreement", moved(order, row_id, index))
        return self.agreement(row_id)

    def update_agreement(self, *, agreement_id: str, what: str | Keep = KEEP,
                         who: str | Keep = KEEP, by_when: str | Keep = KEEP) -> Agreement:
        values = {k: str(v).strip() for k, v in given(what=what, who=who,
                                                      by_when=by_when).items()}
        if "what" in values and not values["what"]:
            raise UserError(dlg.EMPTY_AGREEMENT)
        with self.db.write() as conn:
            self.db.update(conn, "agreement", agreement_id, values)
        return self.agreement(agreement_id)

    def delete_agreement(self, *, agreement_id: str) -> Agreement:
        return self._tombstone("agreement", agreement_id, True, self.agreement)

    def restore_agreement(self, *, agreement_id: str) -> Agreement:
        return self._tombstone("agreement", agreement_id, False, self.agreement)

    def move_agreement(self, *, agreement_id: str, index: int) -> list[str]:
        row = self.agreement(agreement_id)
        return self.db.move("agreement", agreement_id, index, "step_id = ? AND table_id IS ?",
                            [row.step_id, row.table_id])
