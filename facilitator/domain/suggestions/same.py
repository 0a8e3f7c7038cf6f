"""Same message: notes that say the same thing, differing in case, punctuation, a typo
or one word."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.domain.suggestions.text import normal

_WORD = re.compile(r"\w+", re.UNICODE)
#: Characters of a note compared: two 10,000-character notes are not compared whole.
MAX_CHARS = 600
#: A word on more notes than this finds no pairs (the note's other words will).
_COMMON = 500


def _words(text: str) -> list[str]:
    return _WORD.findall(normal(text[:MAX_CHARS * 2]))


def _key(text: str) -> str:
    return " ".join(_words(text))[:MAX_CHARS]


def _edits_apart(a: str, b: str, limit: int) -> bool:
    """True when ``a`` and ``b`` are at most ``limit`` character edits apart."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


@dataclass(frozen=True)
class _Key:
    """A note as compared: its words joined by single spaces, its words, its letters."""

    text: str
    words: tuple[str, ...]
    letters: Counter[str]

    @classmethod
    def of(cls, text: str) -> _Key:
        return cls(text, tuple(text.split()), Counter(text))


def _same(a: _Key, b: _Key) -> bool:
    if a.text == b.text:
        return True
    wa, wb = set(a.words), set(b.words)
    if len(a.words) >= 3 and len(b.words) >= 3 and abs(len(a.words) - len(b.words)) <= 1:
        if len(wa ^ wb) <= 2 and len(wa & wb) >= min(len(a.words), len(b.words)) - 1:
            return True
    limit = max(1, len(a.text) // 12)
    if len(a.text) < 8 or abs(len(a.text) - len(b.text)) > limit or len(wa ^ wb) > 3 * limit:
        return False
    # An edit changes at most two letters of the bag: a cheap test before the exact one.
    if (a.letters - b.letters).total() + (b.letters - a.letters).total() > 2 * limit:
        return False
    return _edits_apart(a.text, b.text, limit)


def _candidates(keys: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs worth comparing: those that could be a word or a few typos apart.

    Comparing every pair is too slow for a 5,000-note step. A typo changes one word, so a
    note at most L typos (or one word) from another shares one of its L + 1 rarest words
    with it: pairs are found through those words. Notes of one or two words are compared
    with the others of one or two words whose letters nearly agree.
    """
    pairs: set[tuple[int, int]] = set()
    word_lists = [k.split() for k in keys]
    df: Counter[str] = Counter(w for ws in word_lists for w in set(ws))
    holders: dict[str, list[int]] = {}
    for i, ws in enumerate(word_lists):
        for w in set(ws):
            holders.setdefault(w, []).append(i)
    for i, ws in enumerate(word_lists):
        limit = max(1, len(keys[i]) // 12)
        for w in sorted(set(ws), key=lambda w: (df[w], w))[:limit + 1]:
            if df[w] <= _COMMON:
                pairs.update((min(i, j), max(i, j)) for j in holders[w] if j != i)
    short = sorted((i for i, ws in enumerate(word_lists) if len(ws) <= 2 and len(keys[i]) >= 8),
                   key=lambda i: len(keys[i]))
    letters = {i: Counter(keys[i]) for i in short}
    for n, i in enumerate(short):
        for j in short[n + 1:]:
            limit = max(1, len(keys[j]) // 12)
            if len(keys[j]) - len(keys[i]) > limit:
                break
            if (letters[i] - letters[j]).total() + (letters[j] - letters[i]).total() <= 2 * limit:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def same_message_groups(texts: Sequence[str]) -> list[tuple[int, ...]]:
    """Groups of two or more notes that say the same thing, in the order of the notes.

    Same means differing only in case, punctuation, a typo or one word.
    """
    keys = [_key(t) for t in texts]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key:
            parent[i] = first.setdefault(key, i)
    distinct = list(first)
    compared = [_Key.of(k) for k in distinct]
    for i, j in sorted(_candidates(distinct)):
        a, b = first[distinct[i]], first[distinct[j]]
        if root(a) != root(b) and _same(compared[i], compared[j]):
            parent[root(b)] = root(a)
    groups: dict[int, list[int]] = {}
    for i in range(len(keys)):
        groups.setdefault(root(i), []).append(i)
    return sorted(tuple(g) for g in groups.values() if len(g) > 1)
