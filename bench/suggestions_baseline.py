"""The baseline the suggestions were measured against (the first version, issue 18):
character 3–5-gram TF-IDF, category centroids, farthest-first k-means. Kept for the
``before`` column of ``python -m bench.suggestions``; the product uses
:mod:`facilitator.domain.suggestions`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Proposal:
    """A suggested category: its name and the notes in it (indices into the texts given)."""

    name: str
    members: tuple[int, ...]


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _words(text: str) -> list[str]:
    return _WORD.findall(_normal(text))


def _grams(text: str) -> Counter[str]:
    grams: Counter[str] = Counter()
    for word in _words(text)[:2000]:
        padded = f" {word} "
        for n in (3, 4, 5):
            for i in range(max(1, len(padded) - n + 1)):
                grams[padded[i:i + n]] += 1
    return grams


Vector = dict[str, float]


def _vectors(texts: Sequence[str]) -> list[Vector]:
    counts = [_grams(t) for t in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(texts)
    vectors = []
    for c in counts:
        v = {g: (1 + math.log(k)) * math.log((1 + n) / (1 + df[g])) + 1e-9 for g, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({g: x / norm for g, x in v.items()})
    return vectors


def _cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(g, 0.0) for g, x in a.items())


class PlacementRanker:
    """Ranks the categories made so far for a note, learned from the notes already placed.

    ``placed`` is (note text, category name) for every placed note. Build a new ranker
    after each placement; it is cheap for the few hundred notes of a step.
    """

    def __init__(self, placed: Sequence[tuple[str, str]], others: Sequence[str] = ()) -> None:
        self._categories = list(dict.fromkeys(c for _, c in placed))
        texts = [t for t, _ in placed] + list(others)
        vectors = _vectors(texts)
        self._centroids: dict[str, Vector] = {}
        for (_, category), v in zip(placed, vectors, strict=False):
            centroid = self._centroids.setdefault(category, {})
            for g, x in v.items():
                centroid[g] = centroid.get(g, 0.0) + x
        self._df_texts = texts

    @property
    def categories(self) -> list[str]:
        return list(self._categories)

    def rank(self, text: str, n: int = 3) -> list[str]:
        """The ``n`` most likely categories for ``text``, most likely first."""
        if not self._categories:
            return []
        vector = _vectors([*self._df_texts, text])[-1]
        scores = {c: _cosine(vector, centroid) for c, centroid in self._centroids.items()}
        order = sorted(self._categories, key=lambda c: (-scores[c], self._categories.index(c)))
        return order[:n]


def _name_for(members: Sequence[str]) -> str:
    """The group's most telling word(s): frequent in the group, rarer elsewhere."""
    counts: Counter[str] = Counter()
    for text in members:
        counts.update({w for w in _words(text) if len(w) > 3})
    best = [w for w, _ in counts.most_common(2)]
    return " / ".join(best).capitalize() if best else ""


def propose_themes(texts: Sequence[str], k: int | None = None) -> list[Proposal]:
    """Groups of ``texts``, each with a suggested name; at most ``k`` groups.

    Fewer than three texts give no proposals: there is nothing to group.
    """
    if len(texts) < 3:
        return []
    k = k or max(2, round(math.sqrt(len(texts) / 2)))
    k = min(k, len(texts))
    vectors = _vectors(texts)
    # Farthest-first seeds, then a few rounds of assignment to the nearest centroid.
    seeds = [0]
    while len(seeds) < k:
        far = min(range(len(texts)),
                  key=lambda i: max(_cosine(vectors[i], vectors[s]) for s in seeds))
        if far in seeds:
            break
        seeds.append(far)
    centroids = [dict(vectors[s]) for s in seeds]
    labels = [0] * len(texts)
    for _ in range(8):
        labels = [max(range(len(centroids)), key=lambda c: _cosine(v, centroids[c]))
                  for v in vectors]
        for c in range(len(centroids)):
            merged: Vector = {}
            for v in (vectors[i] for i, lab in enumerate(labels) if lab == c):
                for g, x in v.items():
                    merged[g] = merged.get(g, 0.0) + x
            centroids[c] = merged
    proposals = []
    for c in range(len(centroids)):
        members = tuple(i for i, lab in enumerate(labels) if lab == c)
        if members:
            proposals.append(Proposal(_name_for([texts[i] for i in members]), members))
    return sorted(proposals, key=lambda p: -len(p.members))
