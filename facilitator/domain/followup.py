"""Following up what a camp and its dialogues agreed: owner, deadline, status, comments.

After the camp the committee picks proposals and follows what each actor promised
(issue 18). Each contribution (the "Bidrag" step: what an actor offers) and each
agreement of a dialogue ("Aftaler": what, who, by when) is an :class:`FollowupItem`.
The organiser gives it an owner (an actor of the camp, optionally a person), a
deadline, a status and dated comments. These fields are the organiser's own: the store
keeps them beside the table's row, and a later collect never touches them.

A deadline is a date; the organiser types it as the reader writes dates (09.05.2026,
9.5.2026, 2026-05-09). Text that is no date is refused in words; a date in the past is
accepted and shown as overdue (while the item is neither done nor dropped).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import date

from facilitator.domain import dates
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError

#: The translation context of the labels below (the UI translates them; reports are Danish).
CONTEXT = "Followup"

CONTRIBUTION, AGREEMENT = "contribution", "agreement"
KINDS = (CONTRIBUTION, AGREEMENT)

PROPOSED, AGREED, IN_PROGRESS, DONE, DROPPED = (
    "proposed", "agreed", "in_progress", "done", "dropped")
#: Every status, in the order an item goes through them.
STATUSES = (PROPOSED, AGREED, IN_PROGRESS, DONE, DROPPED)
STATUS_LABELS = {
    PROPOSED: QT_TRANSLATE_NOOP("Followup", "forslag"),
    AGREED: QT_TRANSLATE_NOOP("Followup", "aftalt"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("Followup", "i gang"),
    DONE: QT_TRANSLATE_NOOP("Followup", "gennemført"),
    DROPPED: QT_TRANSLATE_NOOP("Followup", "droppet"),
}
#: Statuses whose deadline no longer matters: such an item is never overdue.
CLOSED = (DONE, DROPPED)
#: The name of the list of items without an actor.
NO_ACTOR = QT_TRANSLATE_NOOP("Followup", "Uden aktør")

BAD_DATE = QT_TRANSLATE_NOOP(
    "Messages", "»{value}« er ikke en dato. Skriv den som dd.mm.åååå, fx 09.05.2026.")
BAD_STATUS = QT_TRANSLATE_NOOP("Messages", "»{value}« er ikke en status for opfølgning.")
EMPTY_COMMENT = QT_TRANSLATE_NOOP("Messages", "En kommentar skal have en tekst.")

_DAY_MONTH_YEAR = re.compile(r"^([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{4})$")
_ISO = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")


@dataclass(frozen=True)
class Comment:
    """One dated comment on an item."""

    id: str
    item_id: str
    date: str
    text: str
    created_at: str = ""


@dataclass(frozen=True)
class FollowupFields:
    """The organiser's fields of one item as stored: ``actor_id`` None is the owner the
    item names itself; ``deadline`` an ISO date or ''."""

    actor_id: str | None = None
    person: str = ""
    deadline: str = ""
    status: str = PROPOSED


@dataclass(frozen=True)
class FollowupItem:
    """A contribution or an agreement with what the organiser follows up on it."""

    id: str
    kind: str
    #: What is to be done: the contribution's or the agreement's text.
    text: str
    #: Where it was said: the table's or dialogue's code (a camp file's own).
    table_code: str = ""
    step_title: str = ""
    #: The owner: the organiser's choice, else the contribution's own actor.
    actor_id: str | None = None
    actor_name: str = ""
    #: The person: the organiser's, else the agreement's "who".
    person: str = ""
    #: The deadline as an ISO date ('' for none).
    deadline: str = ""
    #: What the dialogue wrote under "Hvornår?" (free text), for an agreement.
    said_when: str = ""
    status: str = PROPOSED
    #: The contribution was chosen at the table (its step's "udvalgt").
    selected: bool = False
    votes: int = 0
    comments: tuple[Comment, ...] = field(default_factory=tuple)
    #: The organiser's own fields as stored (for undo and the editor).
    fields: FollowupFields = field(default_factory=FollowupFields)

    @property
    def latest_comment(self) -> Comment | None:
        """The comment of the latest date (of two on one day, the one written last)."""
        if not self.comments:
            return None
        return max(self.comments, key=lambda c: (c.date, c.created_at))

    def overdue(self, today: date | None = None) -> bool:
        """A deadline passed while the item is still open."""
        due = dates.parse_date(self.deadline) if self.deadline else None
        if due is None or self.status in CLOSED:
            return False
        return due < (today or date.today())


# -- checks --------------------------------------------------------------------------
def parse_deadline(value: str | date | None) -> str:
    """A deadline as typed, as the ISO date stored ('' for none); UserError for text
    that is no date (31.02.2026, "næste uge"). A date in the past is a date."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    text = value.strip()
    if not text:
        return ""
    found = _DAY_MONTH_YEAR.match(text)
    if found:
        day, month, year = (int(g) for g in found.groups())
    elif (iso := _ISO.match(text)) is not None:
        year, month, day = (int(g) for g in iso.groups())
    else:
        raise UserError(BAD_DATE, value=text)
    try:
        return date(year, month, day).isoformat()
    except ValueError as exc:
        raise UserError(BAD_DATE, value=text) from exc


def check_status(value: str) -> str:
    if value not in STATUSES:
        raise UserError(BAD_STATUS, value=value)
    return value


def clean_person(text: str) -> str:
    """A person's name, spacing tidied ('' for none)."""
    return " ".join(text.split())


def clean_comment(text: str) -> str:
    """A comment's text without spacing at its ends; refused when empty."""
    cleaned = text.strip()
    if not cleaned:
        raise UserError(EMPTY_COMMENT)
    return cleaned


# -- lists ---------------------------------------------------------------------------
def matches(item: FollowupItem, *, actor: str | None = None, status: str | None = None,
            text: str = "") -> bool:
    """Whether ``item`` passes the follow-up view's filter: ``actor`` an actor id ('' for
    items without one, None for any), ``status`` one of STATUSES (None for any), ``text``
    words that must all stand in what, person, actor, place or the comments."""
    if actor is not None and (item.actor_id or "") != actor:
        return False
    if status is not None and item.status != status:
        return False
    if text.strip():
        haystack = " ".join([item.text, item.person, item.actor_name, item.table_code,
                             item.said_when, *(c.text for c in item.comments)]).casefold()
        return all(word in haystack for word in text.casefold().split())
    return True


def by_actor(items: Iterable[FollowupItem],
             actor_order: Sequence[str] = ()) -> list[tuple[str, list[FollowupItem]]]:
    """The items in one list per actor (by name, so the same actor of several camps is
    one list), in ``actor_order`` (names) then alphabetically, items without an actor
    last; within a list by status, then deadline (none last), then as given (the
    camp's order)."""
    groups: dict[str, list[FollowupItem]] = {}
    for item in items:
        groups.setdefault(item.actor_name, []).append(item)
    rank = {name: i for i, name in enumerate(actor_order)}

    def group_key(name: str) -> tuple[int, int, str]:
        return (name == "", rank.get(name, len(rank)), name.casefold())

    return [(name, sorted(groups[name], key=item_order)) for name in sorted(groups, key=group_key)]


def item_order(item: FollowupItem) -> tuple[int, bool, str]:
    return (STATUSES.index(item.status) if item.status in STATUSES else 0,
            item.deadline == "", item.deadline)
