"""Who took part: the number of participants at a table by group (issue 18).

The groups are data: a key that is stored (never shown) and the Danish name reports
and the GUI show. A table's counts are entered in preparation or at the table; a table
nobody counted has no counts at all (:data:`NOT_GIVEN`, not zeros), so a report can say
»ikke opgivet« rather than pretend that nobody came.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass

from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError

#: The most people of one group at one table the app takes.
MAX_COUNT = 9999

BAD_COUNT = QT_TRANSLATE_NOOP(
    "Messages", "Antal deltagere skal være et helt tal fra 0 til {most}; »{value}« er ikke.")
UNKNOWN_GROUP = QT_TRANSLATE_NOOP("Messages", "»{group}« er ikke en deltagergruppe.")
TABLE_GONE = QT_TRANSLATE_NOOP(
    "Messages", "Bordet findes ikke længere i campen, så antallet er ikke gemt.")


@dataclass(frozen=True)
class ParticipantGroup:
    """One group of participants: ``key`` as stored, ``name`` in Danish (lower case, as
    it stands in a sentence or a column)."""

    key: str
    name: str


#: The groups, in the order every screen and report shows them. The names are marked for
#: translation (context "Participants"); the reports print them as written here.
GROUPS: tuple[ParticipantGroup, ...] = (
    ParticipantGroup("citizens", QT_TRANSLATE_NOOP("Participants", "borgere")),
    ParticipantGroup("associations", QT_TRANSLATE_NOOP("Participants", "foreninger/erhverv")),
    ParticipantGroup("politicians", QT_TRANSLATE_NOOP("Participants", "politikere")),
    ParticipantGroup("staff", QT_TRANSLATE_NOOP("Participants", "medarbejdere")),
    ParticipantGroup("others", QT_TRANSLATE_NOOP("Participants", "andre")),
)
GROUP_KEYS: tuple[str, ...] = tuple(g.key for g in GROUPS)


def group(key: str) -> ParticipantGroup:
    """The group with ``key``; UserError for any other key."""
    for found in GROUPS:
        if found.key == key:
            return found
    raise UserError(UNKNOWN_GROUP, group=key)


def check_count(value: object) -> int:
    """``value`` as a count of people (a whole number 0 … :data:`MAX_COUNT`, or a text
    holding one); UserError in Danish for anything else."""
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdecimal():
        number = int(value.strip())
    if number is None or not 0 <= number <= MAX_COUNT:
        raise UserError(BAD_COUNT, most=MAX_COUNT, value=str(value))
    return number


@dataclass(frozen=True)
class ParticipantCounts:
    """People by group at one table (or several added up): ``counts`` holds the groups
    somebody entered; a group not entered counts 0 once any group is entered."""

    counts: tuple[tuple[str, int], ...] = ()

    @classmethod
    def of(cls, counts: Mapping[str, int]) -> ParticipantCounts:
        """Counts in the groups' order (unknown keys are left out: a newer app's group)."""
        return cls(tuple((key, counts[key]) for key in GROUP_KEYS if key in counts))

    @property
    def given(self) -> bool:
        """Whether anybody entered a count (a 0 entered is given; nothing entered is not)."""
        return bool(self.counts)

    def count(self, key: str) -> int:
        return dict(self.counts).get(key, 0)

    @property
    def total(self) -> int:
        return sum(n for _key, n in self.counts)

    def rows(self) -> list[tuple[ParticipantGroup, int]]:
        """Every group with its count, in the groups' order."""
        return [(g, self.count(g.key)) for g in GROUPS]

    def __add__(self, other: ParticipantCounts) -> ParticipantCounts:
        keys = {k for k, _n in self.counts} | {k for k, _n in other.counts}
        return ParticipantCounts.of({k: self.count(k) + other.count(k) for k in keys})


#: A table nobody counted.
NOT_GIVEN = ParticipantCounts()


def added_up(counts: Iterable[ParticipantCounts]) -> ParticipantCounts:
    """The counts of several tables (or camps) together; :data:`NOT_GIVEN` when none is
    given."""
    total = NOT_GIVEN
    for one in counts:
        total = total + one
    return total


def people_at_table(counts: ParticipantCounts, entered: int) -> int:
    """How many people share a table's dots: its people counted by group once anybody
    counted some (at the table, the latest word), else the number the organiser entered
    for the table in preparation (0: not known). Groups counted as nobody say nothing
    about who votes."""
    return counts.total if counts.total > 0 else entered


def mix_text(counts: ParticipantCounts) -> str:
    """»borgere: 12, foreninger/erhverv: 4, politikere: 2« (Danish, for reports): the
    groups with anybody in them (group first: no »1 politikere«); "" when none is given,
    »ingen« when every count is 0."""
    if not counts.given:
        return ""
    return ", ".join(f"{g.name}: {n}" for g, n in counts.rows() if n) or "ingen"
