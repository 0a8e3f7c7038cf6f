"""Notes as weighted terms: Danish words lemmatised and stemmed, weighed by TF-IDF.

A term is a word's dictionary form (``simplemma``, Danish) cut to its stem (Snowball's
Danish stemmer), so »lokalerne«, »lokaler« and »lokale« are one term, and so are
»frivillige« and »frivillighed«. Both packages are pure Python and ship their data; they
are imported on the first call, never when the app starts. Without them (a build that
lacks one) the words are used as they are: the suggestions get worse, nothing breaks.

Post-its are short: two notes on the same theme rarely share a word. So each note also
borrows, at a lower weight, the words of its nearest notes in the step (see
:class:`Neighbours`): »Bedre udnyttelse af lokalerne« then carries some of the words of
»Lokaler der er passende til aktiviteterne«, and either finds its way to notes that
share no word with it.

Measured on the two fixture camps (``bench/``, docs/suggestions.md), this beat
character n-grams, stop-word removal, word pairs, compound splitting and mixes of them.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from functools import cache

#: Letters only: digits and emoji are no words.
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: The words of a note that are read: a 10,000-character note is read only so far.
MAX_WORDS = 400
Vector = dict[str, float]
#: A note borrows the words of its :data:`NEIGHBOURS` nearest notes, weighed by
#: :data:`BORROWED` × their similarity (chosen on both fixture camps together).
NEIGHBOURS = 2
BORROWED = 0.7


def normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def words(text: str) -> list[str]:
    """The words of ``text``, case-folded, at most :data:`MAX_WORDS`."""
    found: list[str] = []
    for match in _WORD.finditer(normal(text)):
        found.append(match.group())
        if len(found) >= MAX_WORDS:
            break
    return found


@cache
def _normaliser() -> Callable[[str], str]:
    """word → term: lemma then stem; each part left out if its package is missing."""
    try:
        import snowballstemmer  # type: ignore[import-untyped]

        stem: Callable[[str], str] = snowballstemmer.stemmer("danish").stemWord
    except ImportError:  # pragma: no cover - the packaged app has it
        stem = _same
    try:
        import simplemma

        def lemma(word: str) -> str:
            return normal(str(simplemma.lemmatize(word, lang="da")))
    except ImportError:  # pragma: no cover - the packaged app has it
        lemma = _same
    return lambda word: stem(lemma(word))


def _same(word: str) -> str:
    return word


@cache
def term(word: str) -> str:
    """The term a (case-folded) word counts as."""
    if len(word) > 40:  # no Danish word; the lemmatiser need not see it
        return word
    return _normaliser()(word) or word


def terms(text: str) -> list[str]:
    return [term(w) for w in words(text)]


class Terms:
    """The term counts of a set of notes and their document frequencies (for IDF).

    The IDF comes from every note given, placed or not: a word on many notes of the
    step tells little about where a note belongs. With ``split`` (a case-folded word →
    the features it counts as) the features are those instead of the words' terms.
    """

    def __init__(self, texts: Iterable[str],
                 split: Callable[[str], Iterable[str]] | None = None) -> None:
        self._split = split
        self.counts: list[Counter[str]] = []
        self.df: Counter[str] = Counter()
        self._forms: dict[str, Counter[str]] = {}
        for text in texts:
            self.add(text)

    def add(self, text: str) -> int:
        """Counts ``text`` in; its index."""
        found = words(text)
        if self._split is not None:
            counts = Counter(p for w in found for p in self._split(w))
        else:
            counts = Counter(term(w) for w in found)
            for w in found:
                self._forms.setdefault(term(w), Counter())[w] += 1
        self.counts.append(counts)
        self.df.update(counts.keys())
        return len(self.counts) - 1

    def idf(self, t: str) -> float:
        n = len(self.counts)
        return math.log((1 + n) / (1 + self.df[t]) + 1.0)

    def vector(self, counts: Counter[str]) -> Vector:
        """The unit-length TF-IDF vector (sublinear term frequency) of term counts."""
        v = {t: (1 + math.log(k)) * self.idf(t) for t, k in counts.items()}
        return unit(v)

    def vectors(self) -> list[Vector]:
        return [self.vector(c) for c in self.counts]

    def surface(self, t: str) -> str:
        """The most frequent written form of term ``t`` (a readable word, not a stem)."""
        forms = self._forms.get(t)
        if not forms:
            return t
        return min(forms, key=lambda w: (-forms[w], len(w), w))


def unit(v: Vector) -> Vector:
    norm = math.sqrt(sum(x * x for x in v.values()))
    return {t: x / norm for t, x in v.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def centroid(vectors: Sequence[Vector]) -> Vector:
    """The unit-length mean of ``vectors``."""
    total: Vector = {}
    for v in vectors:
        for t, x in v.items():
            total[t] = total.get(t, 0.0) + x
    return unit(total)


class Neighbours:
    """The notes of a step, to find a note's nearest ones and borrow their words.

    A word on more than :attr:`common` notes is not used to find neighbours: it would
    make every pair a candidate (5,000 notes), and its low weight tells little anyway.
    """

    def __init__(self, vectors: Sequence[Vector]) -> None:
        self.vectors = vectors
        self.common = max(50, len(vectors) // 20)
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for i, vector in enumerate(vectors):
            for t, x in vector.items():
                self._postings.setdefault(t, []).append((i, x))

    def nearest(self, vector: Vector, skip: int = -1) -> list[tuple[float, int]]:
        """(similarity, index) of the :data:`NEIGHBOURS` most similar notes, best first."""
        dots: dict[int, float] = {}
        for t, x in vector.items():
            postings = self._postings.get(t, ())
            if len(postings) > self.common:
                continue
            for j, y in postings:
                if j != skip:
                    dots[j] = dots.get(j, 0.0) + x * y
        best = heapq.nlargest(NEIGHBOURS, dots.items(), key=lambda p: (p[1], -p[0]))
        return [(s, j) for j, s in best if s > 0]

    def smoothed(self, vector: Vector, skip: int = -1) -> Vector:
        """``vector`` with its nearest notes' words borrowed, unit length."""
        if not vector:
            return {}
        total = dict(vector)
        for s, j in self.nearest(vector, skip):
            for t, y in self.vectors[j].items():
                total[t] = total.get(t, 0.0) + BORROWED * s * y / NEIGHBOURS
        return unit(total)

    def all_smoothed(self) -> list[Vector]:
        return [self.smoothed(v, i) for i, v in enumerate(self.vectors)]


def warm_up() -> None:
    """Load the lemmatiser's Danish dictionary now (0.6–0.8 s, once per run), e.g. in the
    background helper when the consolidation opens, so the first suggestion is quick."""
    _normaliser()("lokalerne")
