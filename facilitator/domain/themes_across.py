"""Themes across camps and dialogues: the categories that recur (issue 18).

Each camp's organiser sorts the notes into categories under »Konsolidering«, and so does
a coordinator with the dialogues' triangle notes. Across camps the same theme comes
back, sometimes under the same name ("Trivsel" in three camps), often under another
("Frivillige" here, "Fokus på frivillig indsats" there). :func:`themes_across` finds

* the *recurring themes*: categories with the same name (case, spacing and punctuation
  do not count) in two or more camps, with each camp's count; and
* *suggested matches*: differently named categories that may be the same theme, by
  shared words (a light Danish stemming; a word that begins or ends a compound counts:
  "trafik" and "trafiksikkerhed") or by their letters (typos: "Fælleskab").

Matches are only suggestions for the reader; nothing is merged. Plain Python.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from facilitator.domain.analysis import CampOverview
from facilitator.domain.analysis import CategoryCount

_WORD = re.compile(r"\w+", re.UNICODE)
#: Small words that say nothing of a theme.
STOP_WORDS = frozenset(
    "af alle at de del den der det dem din dit du eller en er et for fra få gør han har "
    "hos hvad hvem hvor i ikke jeg kan med man mere mest mig min mindre mit ned nogle "
    "når og om op os over på sig sin sine skal som så samt til ud under ved vi vil vores "
    "jeres være være and of the to in for".split())
#: Endings taken off a word (longest first), as long as three letters are left.
_ENDINGS = ("ernes", "erne", "enes", "ene", "ers", "ens", "ets", "er", "en", "et", "es",
            "e", "s")
_VOWELS = frozenset("aeiouyæøå")
#: How alike two names must be (0–1) to be suggested as one theme.
THRESHOLD = 0.6


@dataclass(frozen=True)
class CampCategories:
    """One camp's (or dialogue file's) categories over all its steps."""

    camp: str
    core_task: str = ""
    categories: tuple[CategoryCount, ...] = ()


@dataclass(frozen=True)
class Theme:
    """One category name and how many notes each camp put under it."""

    name: str
    #: (camp, count) for each camp that has the category, in the camps' order.
    counts: tuple[tuple[str, int], ...]
    core_tasks: int = 1

    @property
    def camps(self) -> int:
        return len(self.counts)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


@dataclass(frozen=True)
class SuggestedMatch:
    """Two differently named categories that may be one theme (a suggestion)."""

    first: Theme
    second: Theme
    score: float
    #: The words of the first name the second has too, when that is why they match.
    shared: tuple[str, ...] = ()


@dataclass(frozen=True)
class ThemesAcross:
    recurring: tuple[Theme, ...] = ()
    suggested: tuple[SuggestedMatch, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.recurring and not self.suggested


# -- names ------------------------------------------------------------------------------
def normalised(name: str) -> str:
    """What makes two category names the same: case, spacing and punctuation do not count."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", name).casefold()))


def stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def _telling(name: str) -> list[str]:
    words = normalised(name).split()
    return [w for w in words if w not in STOP_WORDS and not w.isdigit()] or words


def stems(name: str) -> tuple[str, ...]:
    """The name's telling words, stemmed (all its words when none is telling)."""
    return tuple(dict.fromkeys(stem(w) for w in _telling(name)))


def _words(name: str) -> tuple[tuple[str, str], ...]:
    """The telling words with their stems."""
    return tuple(dict.fromkeys((w, stem(w)) for w in _telling(name)))


def _same_word(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """The same word or stem; or one begins or ends the other as a compound does
    ("trafik" in "trafiksikkerhed", "forening" in "foreningslivet", "skole" in
    "folkeskole"), but not a mere shared beginning ("kommunen", "kommunikation")."""
    if a[1] == b[1] or a[0] == b[0]:
        return True
    (short, short_stem), (long_, long_stem) = sorted((a, b), key=lambda w: len(w[0]))
    if len(short) >= 4 and long_.startswith(short):
        return True
    if (len(short_stem) >= 5 and long_.startswith(short_stem)
            and long_[len(short_stem)] not in _VOWELS):
        return True
    return ((len(short) >= 5 and long_.endswith(short))
            or (len(short_stem) >= 4 and long_stem.endswith(short_stem)))


def _grams(text: str) -> Counter[str]:
    padded = f" {text} "
    return Counter(padded[i:i + 3] for i in range(len(padded) - 2))


def letter_similarity(a: str, b: str) -> float:
    """Dice coefficient of the two names' letter trigrams (0–1)."""
    ga, gb = _grams(" ".join(stems(a))), _grams(" ".join(stems(b)))
    total = sum(ga.values()) + sum(gb.values())
    return 2 * sum((ga & gb).values()) / total if total else 0.0


def shared_words(a: str, b: str) -> tuple[str, ...]:
    """The words of ``a`` that ``b`` has too (or as part of a compound)."""
    wb = _words(b)
    return tuple(dict.fromkeys(w[0] for w in _words(a) if any(_same_word(w, v) for v in wb)))


def name_similarity(a: str, b: str) -> float:
    """How alike two category names are, 0–1: mostly how many of the shorter name's
    words the other has, a little how many words they have in all, or their letters."""
    sa, sb = _words(a), _words(b)
    if not sa or not sb:
        return 0.0
    if normalised(a) == normalised(b):
        return 1.0
    shared_a = sum(1 for w in sa if any(_same_word(w, v) for v in sb))
    shared_b = sum(1 for v in sb if any(_same_word(w, v) for w in sa))
    shared = min(shared_a, shared_b)
    overlap = shared / min(len(sa), len(sb))
    dice = 2 * shared / (len(sa) + len(sb))
    return max(0.7 * overlap + 0.3 * dice, letter_similarity(a, b))


# -- across camps -----------------------------------------------------------------------
def from_overview(camp: str, overview: CampOverview) -> CampCategories:
    """A camp's categories of every step (the same name in two steps counted together)."""
    return CampCategories(camp=camp, core_task=overview.core_task,
                          categories=tuple(c for s in overview.steps for c in s.categories))


def themes_across(camps: Sequence[CampCategories], *, min_camps: int = 2,
                  threshold: float = THRESHOLD, limit: int = 30) -> ThemesAcross:
    """The recurring themes and the suggested matches of ``camps`` (see the module)."""
    themes = _themes(camps)
    recurring = sorted((t for t in themes if t.camps >= min_camps),
                       key=lambda t: (-t.camps, -t.total, normalised(t.name)))
    suggested = []
    for a, b in combinations(themes, 2):
        if len({c for c, _ in a.counts} | {c for c, _ in b.counts}) < min_camps:
            continue
        score = name_similarity(a.name, b.name)
        if score >= threshold:
            first, second = sorted((a, b), key=lambda t: (-t.total, normalised(t.name)))
            suggested.append(SuggestedMatch(first=first, second=second, score=round(score, 3),
                                            shared=shared_words(first.name, second.name)))
    suggested.sort(key=lambda m: (-m.score, -(m.first.total + m.second.total),
                                  normalised(m.first.name), normalised(m.second.name)))
    return ThemesAcross(recurring=tuple(recurring), suggested=tuple(suggested[:limit]))


def _themes(camps: Sequence[CampCategories]) -> list[Theme]:
    """Every category name once, with each camp's count (camps keep their own order)."""
    names: dict[str, str] = {}
    counts: dict[str, dict[int, int]] = {}
    tasks: dict[str, set[str]] = {}
    for index, camp in enumerate(camps):
        for category in camp.categories:
            key = normalised(category.name)
            if not key or category.count <= 0:
                continue
            names.setdefault(key, " ".join(category.name.split()))
            mine = counts.setdefault(key, {})
            mine[index] = mine.get(index, 0) + category.count
            tasks.setdefault(key, set()).add(normalised(camp.core_task))
    return [Theme(name=names[k], counts=tuple((camps[i].camp, n) for i, n in sorted(
        counts[k].items())), core_tasks=len(tasks[k])) for k in names]
