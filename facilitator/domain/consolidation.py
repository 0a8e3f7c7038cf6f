"""The organiser's consolidation of a step: categories with counts, summary, excerpts.

After the camp the organiser sorts every note of a step into themes ("Energi/miljø 38,
Erhvervsliv 19 …"), writes a summary and picks a few notes to quote ("Udsnit af
data"). The rules here are the ones the store, the workspace and the reports must agree
on: what a valid category name is, how counts are made and what merging two categories
means. Plain Python, so they are tested without Qt or SQLite.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from facilitator.domain.messages import DUPLICATE_CATEGORY_NAME
from facilitator.domain.messages import EMPTY_CATEGORY_NAME
from facilitator.domain.messages import MERGE_ACROSS_STEPS
from facilitator.domain.messages import MERGE_INTO_ITSELF
from facilitator.domain.messages import UserError
from facilitator.domain.model import _Row


@dataclass(frozen=True)
class Category(_Row):
    """A theme of one step. ``count`` is how many live notes of the step it holds."""

    id: str
    step_id: str
    name: str
    position: int = 0
    count: int = 0


@dataclass(frozen=True)
class CategoryRemoval:
    """What deleting or merging away a category changed: exactly what undo needs.

    ``note_ids`` were in ``category_id`` before; after a merge they are in
    ``target_id``, after a delete they are in no category. Restoring the category with
    these notes puts everything back.
    """

    category_id: str
    note_ids: tuple[str, ...] = ()
    target_id: str | None = None


@dataclass(frozen=True)
class CategoryCounts:
    """Counts for the category panel: per category id, and the notes in none."""

    by_category: dict[str, int] = field(default_factory=dict)
    uncategorised: int = 0
    #: Notes in a category that counted nothing there: their message already counted.
    counted_once: int = 0

    @property
    def total(self) -> int:
        return self.uncategorised + sum(self.by_category.values())


def normalise_name(name: str) -> str:
    """The name as stored: ends trimmed, inner runs of whitespace made one space.

    Organisers type names fast and paste them from reports; "Energi /  miljø " and
    "Energi / miljø" must not become two categories that look alike.
    """
    return " ".join(name.split())


def name_key(name: str) -> str:
    """What makes two names the same category: case and spacing do not count."""
    return normalise_name(name).casefold()


def validate_category_name(name: str, existing: Iterable[Category], *,
                           category_id: str | None = None) -> str:
    """The cleaned name, or UserError when empty or already used in the step.

    ``existing`` are the step's live categories; ``category_id`` is the one being
    renamed, which may keep its own name in another case ("energi" → "Energi").
    """
    cleaned = normalise_name(name)
    if not cleaned:
        raise UserError(EMPTY_CATEGORY_NAME)
    key = cleaned.casefold()
    for other in existing:
        if other.id != category_id and name_key(other.name) == key:
            raise UserError(DUPLICATE_CATEGORY_NAME, name=other.name)
    return cleaned


def check_merge(source: Category, target: Category) -> None:
    """Refuse merges that would lose notes or mix steps' themes."""
    if source.id == target.id:
        raise UserError(MERGE_INTO_ITSELF)
    if source.step_id != target.step_id:
        raise UserError(MERGE_ACROSS_STEPS)


def count_notes(note_ids: Iterable[str], assignments: Mapping[str, str],
                category_ids: Iterable[str],
                counted_with: Mapping[str, str] | None = None) -> CategoryCounts:
    """Count the notes per category; a note whose category is not listed counts as none.

    ``note_ids`` are the step's live notes; ``assignments`` maps note → category and may
    hold notes that are deleted (they are not counted) or categories that are gone.
    ``counted_with`` maps a repeat to the first note of its message (the organiser said
    they are one voice): a category counts each message once, however many of its notes
    it holds. Among the notes still to sort each note counts, as each needs a place.
    """
    known = set(category_ids)
    first_of = counted_with or {}
    messages: set[tuple[str, str]] = set()
    uncategorised = placed = 0
    for note_id in note_ids:
        category_id = assignments.get(note_id)
        if category_id in known:
            messages.add((category_id, first_of.get(note_id, note_id)))
            placed += 1
        else:
            uncategorised += 1
    counter = Counter(category_id for category_id, _message in messages)
    return CategoryCounts({c: counter.get(c, 0) for c in known}, uncategorised,
                          placed - len(messages))


def message_groups(counted_with: Mapping[str, str]) -> dict[str, list[str]]:
    """first note → the group it heads (itself first, then its repeats)."""
    groups: dict[str, list[str]] = {}
    for note_id, first in counted_with.items():
        groups.setdefault(first, [first]).append(note_id)
    return groups


def _marks(groups: Iterable[list[str]]) -> dict[str, str | None]:
    """The rows that make these groups: each repeat → its group's first, a lone note none."""
    marks: dict[str, str | None] = {}
    for group in groups:
        marks[group[0]] = None
        marks.update(dict.fromkeys(group[1:], group[0]))
    return marks


def _changes(wanted: Mapping[str, str | None],
             counted_with: Mapping[str, str]) -> dict[str, str | None]:
    return {n: f for n, f in wanted.items() if counted_with.get(n) != f}


def live_messages(counted_with: Mapping[str, str], live: Sequence[str]) -> dict[str, str]:
    """The marks as the live notes see them: each group keeps its live notes, headed by
    its first note while that lives, else by the one of them first in ``live``; a group
    with one live note left is no group.

    A table may delete a group's first note (or a repeat) after the organiser counted
    them as one: the others are still one message, and the marks shown and counted must
    not point at a note nobody sees.
    """
    order = {n: i for i, n in enumerate(live)}
    view: dict[str, str] = {}
    for first, group in message_groups(counted_with).items():
        alive = sorted((n for n in group if n in order),
                       key=lambda n: (n != first, order[n]))
        if len(alive) > 1:
            view.update(dict.fromkeys(alive[1:], alive[0]))
    return view


def count_as_one(note_ids: Sequence[str], counted_with: Mapping[str, str],
                 stored: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """The marks that make ``note_ids`` one message, counted once: note → first or None.

    A note already counted with others brings its whole group along (two groups joined
    are one). The joined group keeps the first note of the first group it takes in (or
    the first of ``note_ids``), so marks never chain and as few rows as can be change.
    Only what changes against ``stored`` (the rows as they are, when ``counted_with`` is
    their :func:`live_messages`) is returned: nothing when they already are one.
    """
    groups = message_groups(counted_with)
    joined: list[str] = []
    for note_id in note_ids:
        for member in groups.get(counted_with.get(note_id, note_id), [note_id]):
            if member not in joined:
                joined.append(member)
    if len(joined) < 2:
        return {}
    head = next((n for n in joined if n in groups), joined[0])
    wanted = _marks([[head, *(n for n in joined if n != head)]])
    return _changes(wanted, counted_with if stored is None else stored)


def count_apart(note_ids: Iterable[str], counted_with: Mapping[str, str],
                stored: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """The marks that make each of ``note_ids`` count on its own again.

    The rest of a group they leave stays one message, headed by its first remaining
    note (a lone note left over counts on its own). Only what changes against
    ``stored`` (as in :func:`count_as_one`) is returned.
    """
    leaving = set(note_ids)
    wanted: dict[str, str | None] = dict.fromkeys(leaving)
    for group in message_groups(counted_with).values():
        staying = [n for n in group if n not in leaving]
        if staying and len(staying) < len(group):
            wanted.update(_marks([staying]))
    return _changes(wanted, counted_with if stored is None else stored)


def with_counts(categories: Iterable[Category], counts: CategoryCounts) -> list[Category]:
    """The categories carrying their counts, in panel order."""
    return [
        Category(id=c.id, step_id=c.step_id, name=c.name, position=c.position,
                 count=counts.by_category.get(c.id, 0))
        for c in sorted(categories, key=lambda c: (c.position, name_key(c.name)))
    ]


def merged(assignments: Mapping[str, str], source_id: str,
           target_id: str) -> tuple[dict[str, str], tuple[str, ...]]:
    """Assignments after merging ``source_id`` into ``target_id``, and the notes moved.

    Merging moves every note of the source to the target; the source is then deleted.
    """
    moved_ids = tuple(n for n, c in assignments.items() if c == source_id)
    result = {n: (target_id if c == source_id else c) for n, c in assignments.items()}
    return result, moved_ids


def category_label(name: str, count: int) -> str:
    """How a category shows in lists and reports: "Energi/miljø (12)"."""
    return f"{name} ({count})"
