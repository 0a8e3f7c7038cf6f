"""What an edit changed, as views subscribe to it.

Every edit announces one :class:`Change` (several kinds at once after a collect or an
import) on :attr:`CampSession.changed <facilitator.ui.shell.session.CampSession.changed>`;
a view says what it shows with the same flags (``watches = Change.NOTE | Change.ACTOR``)
and reloads when ``changed & watches``. A typo in a kind is an AttributeError at import,
not a view that silently never reloads.
"""

from __future__ import annotations

import enum


class Change(enum.Flag):
    """The kinds of thing in a camp a view can show."""

    NONE = 0
    CAMP = enum.auto()
    MAIN_GROUP = enum.auto()
    TABLE = enum.auto()
    STEP = enum.auto()
    ACTOR = enum.auto()
    PERSONA = enum.auto()
    NOTE = enum.auto()
    FRONT_PAGE = enum.auto()
    CONTRIBUTION = enum.auto()
    #: Categories, placements, excerpts and summaries of the organiser's consolidation.
    CONSOLIDATION = enum.auto()
    #: The organiser's analysis: messages, considerations, consolidated prerequisites.
    ANALYSIS = enum.auto()
    PSEUDONYM = enum.auto()
    #: A dialogue's details (date, group, reflections' owner).
    DIALOGUE = enum.auto()
    READING = enum.auto()
    AGREEMENT = enum.auto()
    CARD = enum.auto()
    REFLECTION = enum.auto()
    TEMPLATE_ANSWER = enum.auto()
    #: The organiser's follow-up of contributions and agreements: owner, deadline,
    #: status, comments (never brought by a collect).
    FOLLOWUP = enum.auto()
    #: People per table by group (entered in preparation or at the table).
    PARTICIPANTS = enum.auto()

    #: What a collected bundle can bring: everything a table writes.
    COLLECTED = (MAIN_GROUP | TABLE | STEP | PERSONA | ACTOR | NOTE | FRONT_PAGE
                 | CONTRIBUTION | DIALOGUE | READING | AGREEMENT | CARD | REFLECTION
                 | TEMPLATE_ANSWER | PARTICIPANTS)
    #: What an imported sheet can bring.
    IMPORTED = COLLECTED | CAMP
