"""The analysis' undoable edits: each one store operation run through the session.

Widgets call these instead of the store, so every edit lands on the undo stack once with
an undo that puts back exactly what the store said it changed. Redo never makes rows
anew (a redone "new message" revives the same id), so later edits on the stack that
point at that id stay valid. Typing edits carry a merge key: one field typed in one go
is one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject

from facilitator.domain.analysis import (
    ConsolidatedPrerequisite,
    PrerequisiteSource,
    RecurringMessage,
)
from facilitator.ui.shell.session import CampSession

#: What CampSession.changed says after an analysis edit.
WHAT = "analysis"


class AnalysisEdits(QObject):
    """The edits of one session's analysis; each returns None when it was refused."""

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    @property
    def store(self) -> Any:
        return self.session.store

    # -- recurring messages ------------------------------------------------------------
    def add_message(self, *, heading: str = "", body: str = "") -> RecurringMessage | None:
        made: list[str] = []

        def do() -> RecurringMessage:
            if made:
                return self.store.analysis.restore_message(message_id=made[0])
            message = self.store.analysis.add_message(heading=heading, body=body)
            made.append(message.id)
            return message

        def undo() -> None:
            self.store.analysis.delete_message(message_id=made[0])

        return self.session.run(self.tr("Nyt budskab"), do, undo, WHAT)

    def update_message(self, message_id: str, *, heading: str | None = None,
                       body: str | None = None) -> RecurringMessage | None:
        """Save typed text; consecutive saves of one field of one message merge."""
        before = self.store.analysis.message(message_id)
        changes = {k: v for k, v in {"heading": heading, "body": body}.items()
                   if v is not None and v != getattr(before, k)}
        if not changes:
            return before
        old = {k: getattr(before, k) for k in changes}
        text = (self.tr("Ret budskabets overskrift") if set(changes) == {"heading"}
                else self.tr("Ret budskabets tekst") if set(changes) == {"body"}
                else self.tr("Ret budskabet"))
        return self.session.run(
            text,
            lambda: self.store.analysis.update_message(message_id=message_id, **changes),
            lambda: self.store.analysis.update_message(message_id=message_id, **old),
            WHAT,
            merge_key=f"message:{message_id}:{','.join(sorted(changes))}",
        )

    def move_message(self, message_id: str, index: int) -> list[str] | None:
        order = [m.id for m in self.store.analysis.messages()]
        if message_id not in order or index == order.index(message_id):
            return None
        old = order.index(message_id)
        return self.session.run(
            self.tr("Flyt budskab"),
            lambda: self.store.analysis.move_message(message_id=message_id, index=index),
            lambda: self.store.analysis.move_message(message_id=message_id, index=old),
            WHAT,
        )

    def delete_message(self, message: RecurringMessage) -> int | None:
        place: list[int] = []

        def do() -> int:
            place[:] = [self.store.analysis.delete_message(message_id=message.id)]
            return place[0]

        def undo() -> None:
            self.store.analysis.restore_message(message_id=message.id, index=place[0])

        heading = message.heading.strip() or self.tr("uden overskrift")
        text = self.tr("Slet budskabet »{heading}«").format(heading=heading)
        return self.session.run(text, do, undo, WHAT)

    # -- the purpose statement and its texts -------------------------------------------
    def set_purpose(self, text: str) -> bool:
        old = self.store.frame.camp().purpose
        if text == old:
            return False
        return self.session.run(
            self.tr("Ret formålsbeskrivelsen"),
            lambda: self.store.frame.update_camp(purpose=text),
            lambda: self.store.frame.update_camp(purpose=old),
            "camp",
            merge_key="camp:purpose",
        ) is not None

    def set_consideration(self, key: str, text: str, label: str) -> bool:
        previous: list[str] = []

        def do() -> str:
            result = self.store.analysis.set_consideration(key=key, text=text)
            if not previous:
                previous.append(result)
            return result

        def undo() -> None:
            self.store.analysis.set_consideration(key=key, text=previous[0])

        if text == self.store.analysis.consideration(key).text:
            return False
        return self.session.run(self.tr("Ret {label}").format(label=label), do, undo, WHAT,
                                merge_key=f"analysis_text:{key}") is not None

    # -- consolidated prerequisites ----------------------------------------------------
    def add_prerequisite(self, text: str) -> ConsolidatedPrerequisite | None:
        made: list[str] = []

        def do() -> ConsolidatedPrerequisite:
            if made:
                return self.store.analysis.restore_consolidated_prerequisite(
                    prerequisite_id=made[0])
            prerequisite = self.store.analysis.add_consolidated_prerequisite(text=text)
            made.append(prerequisite.id)
            return prerequisite

        def undo() -> None:
            self.store.analysis.delete_consolidated_prerequisite(prerequisite_id=made[0])

        return self.session.run(self.tr("Ny konsolideret forudsætning"), do, undo, WHAT)

    def add_prerequisites(
        self, sources: Sequence[PrerequisiteSource]
    ) -> list[ConsolidatedPrerequisite] | None:
        """Several from the prerequisites step in one edit."""
        if not sources:
            return None
        made: list[str] = []

        def do() -> list[ConsolidatedPrerequisite]:
            if made:
                self.store.analysis.restore_consolidated_prerequisites(prerequisite_ids=made)
                return [self.store.analysis.consolidated_prerequisite(i) for i in made]
            added = self.store.analysis.add_consolidated_prerequisites(sources=sources)
            made.extend(p.id for p in added)
            return added

        def undo() -> None:
            self.store.analysis.delete_consolidated_prerequisites(prerequisite_ids=made)

        n = len(sources)
        text = (self.tr("Tilføj én forudsætning fra trinnet") if n == 1
                else self.tr("Tilføj {n} forudsætninger fra trinnet").format(n=n))
        return self.session.run(text, do, undo, WHAT)

    def rename_prerequisite(self, prerequisite: ConsolidatedPrerequisite,
                            text: str) -> ConsolidatedPrerequisite | None:
        if text.strip() == prerequisite.text:
            return prerequisite
        return self.session.run(
            self.tr("Ret den konsoliderede forudsætning"),
            lambda: self.store.analysis.update_consolidated_prerequisite(
                prerequisite_id=prerequisite.id, text=text),
            lambda: self.store.analysis.update_consolidated_prerequisite(
                prerequisite_id=prerequisite.id, text=prerequisite.text),
            WHAT,
        )

    def move_prerequisite(self, prerequisite_id: str, index: int) -> list[str] | None:
        order = [p.id for p in self.store.analysis.consolidated_prerequisites()]
        if prerequisite_id not in order or index == order.index(prerequisite_id):
            return None
        old = order.index(prerequisite_id)
        return self.session.run(
            self.tr("Flyt forudsætning"),
            lambda: self.store.analysis.move_consolidated_prerequisite(
                prerequisite_id=prerequisite_id, index=index),
            lambda: self.store.analysis.move_consolidated_prerequisite(
                prerequisite_id=prerequisite_id, index=old),
            WHAT,
        )

    def delete_prerequisites(self, prerequisites: Sequence[ConsolidatedPrerequisite]
                             ) -> list[int] | None:
        if not prerequisites:
            return None
        ids = [p.id for p in prerequisites]
        places: list[int] = []

        def do() -> list[int]:
            places[:] = self.store.analysis.delete_consolidated_prerequisites(prerequisite_ids=ids)
            return places

        def undo() -> None:
            self.store.analysis.restore_consolidated_prerequisites(prerequisite_ids=ids,
                                                          indexes=places)

        text = (self.tr("Slet forudsætningen »{text}«").format(text=prerequisites[0].text)
                if len(ids) == 1
                else self.tr("Slet {n} forudsætninger").format(n=len(ids)))
        return self.session.run(text, do, undo, WHAT)
