"""Theme proposals: groups of uncategorised notes, each named by its most telling words."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.domain.suggestions.text import Neighbours
from facilitator.domain.suggestions.text import Terms
from facilitator.domain.suggestions.text import Vector
from facilitator.domain.suggestions.text import centroid

#: Danish function words (Snowball's list, a few more, and the transcriber's »xxx« for
#: what could not be read): never a group's name.
STOP_WORDS = frozenset("""
bare blandt bør få får flere gør helt hver kan kommer lidt mere mest nok når skal være xxx
ad af alle alt anden at blev blive bliver da de dem den denne der deres det dette dig din
disse dog du efter eller en end er et for fra ham han hans har havde have hende hendes her
hos hun hvad hvis hvor i ikke ind jeg jer jo kunne man mange med meget men mig min mine mit
mod ned noget nogle nu når og også om op os over på selv sig sin sine sit skal skulle som
sådan thi til ud under var vi vil ville vor være været
""".split())
#: Restarts of k-means for a step of up to 200 notes; fewer for more (see :func:`_restarts`).
RESTARTS = 10
ROUNDS = 15


@dataclass(frozen=True)
class Proposal:
    """A suggested category: its name and the notes in it (indices into the texts given)."""

    name: str
    members: tuple[int, ...]


def default_k(n: int) -> int:
    return max(2, round(math.sqrt(n / 2)))


def propose_themes(texts: Sequence[str], k: int | None = None) -> list[Proposal]:
    """Groups of ``texts``, each with a suggested name; at most ``k`` groups, largest first.

    Fewer than three notes with words give no proposals: there is nothing to group.
    Notes without words (emoji only, numbers) are in no group. The groups come from
    spherical k-means (k-means++ seeds, the best of several restarts) over the notes'
    TF-IDF vectors of lemmatised, stemmed words, each with some of its nearest notes'
    words borrowed.
    """
    vocabulary = Terms(texts)
    vectors = Neighbours(vocabulary.vectors()).all_smoothed()
    useful = [i for i, v in enumerate(vectors) if v]
    if len(useful) < 3:
        return []
    distinct = len({tuple(sorted(vectors[i].items())) for i in useful})
    k = max(1, min(k or default_k(len(useful)), distinct))
    labels = _best_kmeans([vectors[i] for i in useful], k)
    groups: dict[int, list[int]] = {}
    for i, label in zip(useful, labels, strict=True):
        groups.setdefault(label, []).append(i)
    proposals = [Proposal(_name(vocabulary, members), tuple(members))
                 for members in groups.values()]
    return sorted(proposals, key=lambda p: (-len(p.members), p.members))


def _restarts(n: int) -> int:
    return max(1, min(RESTARTS, 2000 // max(n, 1)))


def _best_kmeans(vectors: list[Vector], k: int) -> list[int]:
    best: tuple[float, list[int]] | None = None
    for seed in range(_restarts(len(vectors))):
        fit, labels = _kmeans(vectors, k, random.Random(seed))
        if best is None or fit > best[0] + 1e-12:
            best = (fit, labels)
    assert best is not None
    return best[1]


def _similarities(vectors: list[Vector], centroids: list[Vector]) -> list[list[float]]:
    """Cosine of every vector with every centroid, through an index of the centroids."""
    index: dict[str, list[tuple[int, float]]] = {}
    for c, vector in enumerate(centroids):
        for t, x in vector.items():
            index.setdefault(t, []).append((c, x))
    rows = []
    for vector in vectors:
        row = [0.0] * len(centroids)
        for t, x in vector.items():
            for c, y in index.get(t, ()):
                row[c] += x * y
        rows.append(row)
    return rows


def _seeds(vectors: list[Vector], k: int, rng: random.Random) -> list[Vector]:
    """k-means++: each next seed drawn with weight 1 − its nearest seed's similarity."""
    seeds = [vectors[rng.randrange(len(vectors))]]
    nearest = [row[0] for row in _similarities(vectors, seeds)]
    while len(seeds) < k:
        weights = [max(0.0, 1.0 - s) for s in nearest]
        total = sum(weights)
        if total <= 1e-12:
            break
        pick = rng.random() * total
        chosen = len(vectors) - 1
        for i, w in enumerate(weights):
            pick -= w
            if pick <= 0 and w > 0:
                chosen = i
                break
        seeds.append(vectors[chosen])
        fresh = _similarities(vectors, [vectors[chosen]])
        nearest = [max(a, row[0]) for a, row in zip(nearest, fresh, strict=True)]
    return seeds


def _kmeans(vectors: list[Vector], k: int, rng: random.Random) -> tuple[float, list[int]]:
    centroids = _seeds(vectors, k, rng)
    labels: list[int] = []
    fit = 0.0
    for _ in range(ROUNDS):
        rows = _similarities(vectors, centroids)
        fresh = [max(range(len(row)), key=row.__getitem__) for row in rows]
        fit = sum(row[c] for row, c in zip(rows, fresh, strict=True))
        if fresh == labels:
            break
        labels = fresh
        members: dict[int, list[Vector]] = {}
        for vector, c in zip(vectors, labels, strict=True):
            members.setdefault(c, []).append(vector)
        centroids = [centroid(members[c]) if c in members else centroids[c]
                     for c in range(len(centroids))]
    return fit, labels


def _name(vocabulary: Terms, members: Sequence[int]) -> str:
    """The group's most telling words: on many of its notes, on few of the others.

    Each is the word as most often written (»Lokaler«, not the stem »lokal«).
    """
    inside: Counter[str] = Counter()
    for i in members:
        inside.update(vocabulary.counts[i].keys())
    n = len(vocabulary.counts)

    def telling(t: str) -> float:
        # On two or more of the group's notes beats on one; then rarer elsewhere.
        return inside[t] * math.log((n + 1) / vocabulary.df[t]) + 0.01 * len(t)

    candidates = [t for t in inside if _nameable(vocabulary.surface(t))]
    best = sorted(candidates, key=lambda t: (-telling(t), t))[:2]
    names = [vocabulary.surface(t) for t in best]
    return " / ".join(names).capitalize() if names else ""


def _nameable(word: str) -> bool:
    return len(word) > 2 and word not in STOP_WORDS
