"""Sorting help and theme suggestions for the organiser's consolidation (issue 18).

The consultant's days went on reading each post-it and putting it under a theme. These
functions only *suggest*: the organiser places every note with a key or a click, so
nothing here writes anything. Plain Python, offline, no Qt and no SQL.

The interface (stable; the GUI, the command line and ``bench/`` use it):

* :class:`PlacementRanker` learns from the notes already placed and ranks the
  categories for a note in focus.
* :func:`propose_themes` groups uncategorised notes and names each group.
* :func:`same_message_groups` finds notes that say the same thing.
* :func:`warm_up` loads the Danish lemma dictionary ahead (the first use costs ~0.7 s).

The method (TF-IDF of lemmatised, stemmed Danish words; category means; spherical
k-means) was picked by measurement on the two fixture camps against the consultant's
own categories: ``python -m bench --only suggestions``; docs/suggestions.md has what
was tried and the figures.
"""

from facilitator.domain.suggestions.ranking import PlacementRanker
from facilitator.domain.suggestions.same import same_message_groups
from facilitator.domain.suggestions.text import warm_up
from facilitator.domain.suggestions.themes import Proposal
from facilitator.domain.suggestions.themes import default_k
from facilitator.domain.suggestions.themes import propose_themes

__all__ = ["PlacementRanker", "Proposal", "default_k", "propose_themes", "same_message_groups",
           "warm_up"]
