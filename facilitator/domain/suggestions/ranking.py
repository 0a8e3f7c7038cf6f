"""The sorting help: the likeliest categories for a note, learned from the notes placed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from facilitator.domain.suggestions.text import Neighbours
from facilitator.domain.suggestions.text import Terms
from facilitator.domain.suggestions.text import Vector
from facilitator.domain.suggestions.text import cosine
from facilitator.domain.suggestions.text import terms
from facilitator.domain.suggestions.text import unit
from facilitator.domain.suggestions.text import words

#: The weight of a note's word beginnings beside its words (see :func:`beginnings`):
#: 0.1–0.3 measured alike on both fixture camps; the smallest is used, so the words decide
#: whenever they meet and the beginnings only when they do not.
BEGINNINGS = 0.1
#: Beginnings of at most this many letters: a 10,000-letter »word« gives 20, not 10,000.
LONGEST_BEGINNING = 24


def beginnings(word: str) -> list[str]:
    """A word's beginnings of four letters or more: »solcellepark« meets »solceller« and
    »cykelparkering« meets »cykelstier«, which lemma and stem keep apart (a Danish
    compound's first part is a word of its own)."""
    return [word[:n] for n in range(4, min(len(word), LONGEST_BEGINNING) + 1)]


def _join(v: Vector, p: Vector) -> Vector:
    """The words' vector with the beginnings' vector beside it at :data:`BEGINNINGS`."""
    if not v:
        return {}
    out = dict(v)
    for t, x in p.items():
        out["#" + t] = BEGINNINGS * x
    return unit(out)


class PlacementRanker:
    """Ranks the categories made so far for a note, learned from the notes already placed.

    ``placed`` is (note text, category name) for every placed note; ``others`` are the
    step's other notes (the uncategorised ones), which weigh the words and lend theirs to
    their neighbours (:class:`~facilitator.domain.suggestions.text.Neighbours`). A
    category scores by the cosine between the note and the mean of its placed notes and
    its name (TF-IDF of lemmatised, stemmed words): the mean beat the nearest placed
    notes on both fixture camps, and the name raised FF's top-3 from 70 % to 75 %
    (docs/suggestions.md). ``names`` are categories with no note placed yet: ranked by
    their names alone. Beside the words, at a small weight (:data:`BEGINNINGS`), the ranking
    compares the words' beginnings, so a compound meets its parts' category when no word
    is shared (the neighbours are found by words alone). Build a new ranker after a
    placement, or tell this one with :meth:`learn`.
    """

    def __init__(self, placed: Sequence[tuple[str, str]], others: Sequence[str] = (), *,
                 names: Sequence[str] = ()) -> None:
        texts = [*(t for t, _ in placed), *others]
        self._terms = Terms(texts)
        self._index = {text: i for i, text in enumerate(texts)}
        self._beginnings = Terms(texts, beginnings)
        self._neighbours = Neighbours(self._terms.vectors())
        self._vectors = [_join(v, p) for v, p in zip(self._neighbours.all_smoothed(),
                                                     self._beginnings.vectors(), strict=True)]
        self._sums: dict[str, Vector] = {}
        self._sizes: Counter[str] = Counter()
        self._centroids: dict[str, Vector] = {}
        for (_, category), vector in zip(placed, self._vectors, strict=False):
            self._add(category, vector)
        for name in names:  # categories made, none of their notes placed yet
            if name not in self._sums:
                self._add(name, {}, notes=0)

    def _add(self, category: str, vector: Vector, notes: int = 1) -> None:
        if category not in self._sums:
            # The name the organiser gave the category is one more member of its mean:
            # »Transport« draws »Bedre transport om aftenen« before any such note is
            # placed. Not a note: it neither weighs the words nor lends them, nor counts.
            self._sums[category] = dict(self._vector(category))
        total = self._sums[category]
        for t, x in vector.items():
            total[t] = total.get(t, 0.0) + x
        self._sizes[category] += notes
        self._centroids.pop(category, None)

    @property
    def categories(self) -> list[str]:
        return list(self._sums)

    def learn(self, text: str, category: str) -> None:
        """One more placed note: the next rankings know it (the words' weights stay)."""
        self._add(category, self._vector(text))

    def _vector(self, text: str) -> Vector:
        i = self._index.get(text)
        if i is not None:
            return self._vectors[i]
        smoothed = self._neighbours.smoothed(self._terms.vector(Counter(terms(text))))
        found = Counter(b for w in words(text) for b in beginnings(w))
        return _join(smoothed, self._beginnings.vector(found))

    def scores(self, text: str) -> dict[str, float]:
        """Each category's score for ``text`` (cosine, 0–1)."""
        vector = self._vector(text)
        for category, total in self._sums.items():
            if category not in self._centroids:
                self._centroids[category] = unit(total)
        return {c: cosine(vector, centroid) for c, centroid in self._centroids.items()}

    def rank(self, text: str, n: int = 3) -> list[str]:
        """The ``n`` most likely categories for ``text``, most likely first.

        Empty when there is no category yet or ``text`` has no words to go by (emoji
        only).
        Ties go to the category with more notes, then to the one made first.
        """
        if not self._sums or n <= 0 or not self._vector(text):
            return []
        scores = self.scores(text)
        made = {c: i for i, c in enumerate(self._sums)}
        order = sorted(made, key=lambda c: (-round(scores[c], 12), -self._sizes[c], made[c]))
        return order[:n]
