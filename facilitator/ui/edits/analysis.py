"""Edits of the organiser's analysis: recurring messages, the purpose statement and its
considerations, consolidated prerequisites.

Undo puts back exactly what the store said it changed; redo never makes rows anew (a
redone "new message" revives the same id). Typing edits carry a merge key: one field
typed in one go is one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence

from facilitator.domain.analysis import ConsolidatedPrerequisite
from facilitator.domain.analysis import PrerequisiteSource
from facilitator.domain.analysis import RecurringMessage
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession

WHAT = Change.ANALYSIS


# -- recurring messages ----------------------------------------------------------------
def add_message(session: CampSession, *, heading: str = "",
                body: str = "") -> RecurringMessage | None:
    store = session.store
    return base.create(
        session, translate("AnalysisEdits", "Nyt budskab"), WHAT,
        lambda: store.analysis.add_message(heading=heading, body=body),
        store.analysis.delete_message, store.analysis.restore_message, key="message_id")


def update_message(session: CampSession, message_id: str, *, heading: str | None = None,
                   body: str | None = None) -> RecurringMessage | None:
    """Save typed text; consecutive saves of one field of one message merge."""
    store = session.store
    before = store.analysis.message(message_id)
    changes = {k: v for k, v in {"heading": heading, "body": body}.items()
               if v is not None and v != getattr(before, k)}
    if not changes:
        return before
    text = (translate("AnalysisEdits", "Ret budskabets overskrift") if set(changes) == {"heading"}
            else translate("AnalysisEdits", "Ret budskabets tekst") if set(changes) == {"body"}
            else translate("AnalysisEdits", "Ret budskabet"))
    return base.update(
        session, text, WHAT, lambda **values: store.analysis.update_message(message_id=message_id,
                                                                     **values),
        {k: getattr(before, k) for k in changes}, changes,
        merge_key=f"message:{message_id}:{','.join(sorted(changes))}")


def move_message(session: CampSession, message_id: str, index: int) -> list[str] | None:
    store = session.store
    order = [m.id for m in store.analysis.messages()]
    if message_id not in order or index == order.index(message_id):
        return None
    return base.move(session, translate("AnalysisEdits", "Flyt budskab"), WHAT,
                     lambda at: store.analysis.move_message(message_id=message_id, index=at),
                     order.index(message_id), index)


def delete_message(session: CampSession, message: RecurringMessage) -> int | None:
    store = session.store
    heading = message.heading.strip() or translate("AnalysisEdits", "uden overskrift")
    label = translate("AnalysisEdits", "Slet budskabet »{heading}«").format(heading=heading)
    return base.exchange(
        session, label, WHAT,
        lambda: store.analysis.delete_message(message_id=message.id),
        lambda place: store.analysis.restore_message(message_id=message.id, index=place))


# -- the purpose statement and its texts -----------------------------------------------
def set_purpose(session: CampSession, text: str) -> bool:
    store = session.store
    old = store.frame.camp().purpose
    if text == old:
        return False
    return base.update(session, translate("AnalysisEdits", "Ret formålsbeskrivelsen"), Change.CAMP,
                       lambda purpose: store.frame.update_camp(purpose=purpose),
                       {"purpose": old}, {"purpose": text},
                       merge_key="camp:purpose") is not None


def set_consideration(session: CampSession, key: str, text: str, label: str) -> bool:
    store = session.store
    if text == store.analysis.consideration(key).text:
        return False
    return base.exchange(
        session, translate("AnalysisEdits", "Ret {label}").format(label=label), WHAT,
        lambda: store.analysis.set_consideration(key=key, text=text),
        lambda previous: store.analysis.set_consideration(key=key, text=previous),
        merge_key=f"analysis_text:{key}") is not None


# -- consolidated prerequisites --------------------------------------------------------
def add_prerequisite(session: CampSession, text: str) -> ConsolidatedPrerequisite | None:
    store = session.store
    return base.create(
        session, translate("AnalysisEdits", "Ny konsolideret forudsætning"), WHAT,
        lambda: store.analysis.add_consolidated_prerequisite(text=text),
        store.analysis.delete_consolidated_prerequisite,
        store.analysis.restore_consolidated_prerequisite, key="prerequisite_id")


def add_prerequisites(session: CampSession, sources: Sequence[PrerequisiteSource]
                      ) -> list[ConsolidatedPrerequisite] | None:
    """Several from the prerequisites step in one edit; redo revives the same ids."""
    if not sources:
        return None
    store = session.store
    made: list[str] = []

    def do() -> list[ConsolidatedPrerequisite]:
        if made:
            store.analysis.restore_consolidated_prerequisites(prerequisite_ids=made)
            return [store.analysis.consolidated_prerequisite(i) for i in made]
        added = store.analysis.add_consolidated_prerequisites(sources=sources)
        made.extend(p.id for p in added)
        return added

    n = len(sources)
    text = (translate("AnalysisEdits", "Tilføj én forudsætning fra trinnet") if n == 1
            else translate("AnalysisEdits", "Tilføj {n} forudsætninger fra trinnet").format(n=n))
    return base.custom(
        session, text, WHAT, do,
        lambda: store.analysis.delete_consolidated_prerequisites(prerequisite_ids=made))


def rename_prerequisite(session: CampSession, prerequisite: ConsolidatedPrerequisite,
                        text: str) -> ConsolidatedPrerequisite | None:
    if text.strip() == prerequisite.text:
        return prerequisite
    store = session.store
    return base.update(
        session, translate("AnalysisEdits", "Ret den konsoliderede forudsætning"), WHAT,
        lambda text: store.analysis.update_consolidated_prerequisite(
            prerequisite_id=prerequisite.id, text=text),
        {"text": prerequisite.text}, {"text": text})


def move_prerequisite(session: CampSession, prerequisite_id: str,
                      index: int) -> list[str] | None:
    store = session.store
    order = [p.id for p in store.analysis.consolidated_prerequisites()]
    if prerequisite_id not in order or index == order.index(prerequisite_id):
        return None
    return base.move(session, translate("AnalysisEdits", "Flyt forudsætning"), WHAT,
                     lambda at: store.analysis.move_consolidated_prerequisite(
                         prerequisite_id=prerequisite_id, index=at),
                     order.index(prerequisite_id), index)


def delete_prerequisites(session: CampSession,
                         prerequisites: Sequence[ConsolidatedPrerequisite]) -> list[int] | None:
    if not prerequisites:
        return None
    store = session.store
    ids = [p.id for p in prerequisites]
    if len(ids) == 1:
        text = translate("AnalysisEdits", "Slet forudsætningen »{text}«").format(
            text=prerequisites[0].text)
    else:
        text = translate("AnalysisEdits", "Slet {n} forudsætninger").format(n=len(ids))
    return base.exchange(
        session, text, WHAT,
        lambda: store.analysis.delete_consolidated_prerequisites(prerequisite_ids=ids),
        lambda places: store.analysis.restore_consolidated_prerequisites(prerequisite_ids=ids,
                                                                indexes=places))
