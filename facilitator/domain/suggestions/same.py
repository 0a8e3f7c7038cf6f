"""Same message: notes that say the same thing, differing in case, punctuation, a typo
or one word."""

from __future__ import annotations

import re
from collections.abc import Sequence

from facilitator.domain.suggestions.text import normal

_WORD = re.compile(r"\w+", re.UNICODE)
#: Characters of a note compared: two 10,000-character notes are not compared whole.
MAX_CHARS = 600


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


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if len(wa) >= 3 and len(wb) >= 3 and abs(len(wa) - len(wb)) <= 1:
        if len(set(wa) ^ set(wb)) <= 2 and len(set(wa) & set(wb)) >= min(len(wa), len(wb)) - 1:
            return True
    return len(a) >= 8 and _edits_apart(a, b, max(1, len(a) // 12))


def same_message_groups(texts: Sequence[str]) -> list[tuple[int, ...]]:
    """Groups of two or more notes that say the same thing.

    Same means differing only in case, punctuation, a typo or one word.
    """
    keys = [_key(t) for t in texts]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(keys)):
        if not keys[i]:
            continue
        for j in range(i + 1, len(keys)):
            if keys[j] and root(i) != root(j) and _same(keys[i], keys[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(keys)):
        groups.setdefault(root(i), []).append(i)
    return [tuple(g) for g in groups.values() if len(g) > 1]
