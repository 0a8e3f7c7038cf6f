"""Names in reports: the people a camp's texts mention, and what an export prints instead.

Notes and cases name real people ("Karen fra skolebestyrelsen", the persona "Nina"); a
report for the committee may need them out. The organiser keeps a list in the camp file
(name → replacement: initials or a label such as "Forælder A"); an export that is asked
to replaces every occurrence as a whole word, whatever its case, the longest names first
(so "Karen Hansen" is not half-replaced by "Karen"). The camp file itself keeps the
texts as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import product

# Raised by the store, which reads it from here.
from facilitator.domain.messages import DUPLICATE_NAME as DUPLICATE_NAME
from facilitator.domain.messages import EMPTY_NAME
from facilitator.domain.messages import UserError
from facilitator.domain.model import _Row

#: Names of up to this many words get every word's case combined in :func:`case_variants`.
MAX_VARIANT_WORDS = 4


@dataclass(frozen=True)
class Pseudonym(_Row):
    """One name on the list and what exports print instead of it."""

    id: str
    name: str
    replacement: str = ""
    updated_at: str = ""


def clean_name(name: str) -> str:
    """The name as it is matched: spacing tidied; refused when empty."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise UserError(EMPTY_NAME)
    return cleaned


def clean_replacement(replacement: str, name: str) -> str:
    """The replacement, tidied; the name's initials when left empty."""
    return " ".join(replacement.split()) or initials(name)


def name_key(name: str) -> str:
    """What makes two names on the list the same: case and spacing do not count."""
    return " ".join(name.split()).casefold()


def initials(name: str) -> str:
    """'Karen Hansen' → 'K.H.'; 'Anne-Marie Holm' → 'A.M.H.'; 'Nina, 34' → 'N.'.

    What follows a comma (an age, a role) is no part of the name.
    """
    words = re.split(r"[\s\-]+", name.split(",")[0])
    letters = [next((c for c in w if c.isalpha()), "") for w in words]
    found = "".join(f"{c.upper()}." for c in letters if c)
    return found or "N.N."


def persona_name(name: str) -> str:
    """A case's name without what follows a comma: 'Nina, 34 år' → 'Nina'."""
    return " ".join(name.split(",")[0].split())


def pseudonymise(text: str, mapping: Mapping[str, str]) -> str:
    """``text`` with every name of ``mapping`` replaced: whole words, any case.

    Longer names are tried first, so "Karen Hansen" → "K.H." even when "Karen" is on
    the list too; a name inside a longer word ("Karenhus") is left alone, but its
    genitive is replaced ("Ninas" → "N.s").
    """
    if not text or not mapping:
        return text
    return _Replacer(mapping)(text)


class _Replacer:
    def __init__(self, mapping: Mapping[str, str]) -> None:
        self._by_key = {name_key(n): r for n, r in mapping.items() if name_key(n)}
        names = sorted(self._by_key, key=len, reverse=True)
        # Spacing inside a name may differ from the list's ("Karen  Hansen", a line break).
        alternatives = [r"\s+".join(map(re.escape, n.split())) for n in names]
        # A Danish genitive ("Ninas motivation") is the name too: "N.s motivation".
        self._pattern = (re.compile(r"(?<!\w)(" + "|".join(alternatives) + r")(s?)(?!\w)",
                                    re.IGNORECASE) if names else None)

    def _swap(self, match: re.Match[str]) -> str:
        replacement = self._by_key.get(name_key(match.group(1)))
        if replacement is None:
            return match.group(0)
        return replacement + ("s" if match.group(2) else "")

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(self._swap, text)


def replacer(mapping: Mapping[str, str]) -> Callable[[str], str]:
    """A reusable ``pseudonymise`` for many texts with one ``mapping`` (compiled once)."""
    return _Replacer(mapping)


def case_variants(mapping: Mapping[str, str]) -> dict[str, str]:
    """``mapping`` with each name also as lower, upper and title case.

    For replacers that match names exactly as written (the PDF reports'): "karen" and
    "KAREN" are then replaced as well as "Karen" (in a name of a few words, each word in
    any of these cases: "KAREN hansen"), and the genitive "Karens" too.
    """
    out: dict[str, str] = {}
    for name, replacement in mapping.items():
        words = name.split()
        if not words:
            continue
        if len(words) <= MAX_VARIANT_WORDS:  # each word in each case: "KAREN hansen"
            forms = [dict.fromkeys((w, w.lower(), w.upper(), w[:1].upper() + w[1:].lower()))
                     for w in words]
            variants = [" ".join(combo) for combo in product(*forms)]
        else:
            whole = " ".join(words)
            variants = [whole, whole.lower(), whole.upper(), whole.title()]
        for variant in variants:
            out.setdefault(variant, replacement)
            out.setdefault(variant + "s", replacement + "s")  # the genitive: "Ninas"
    return out


def suggested_names(names: Iterable[str], known: Iterable[str]) -> list[str]:
    """Names worth adding to the list: tidied, each once, none already on it."""
    seen = {name_key(n) for n in known}
    out = []
    for name in names:
        cleaned = persona_name(name)
        key = name_key(cleaned)
        if key and key not in seen and any(c.isalpha() for c in cleaned):
            seen.add(key)
            out.append(cleaned)
    return out


#: Words a Danish note starts a sentence with, or writes with a capital anyway: never
#: anybody's name. Kept short on purpose: a word the camp also writes in lower case is
#: ruled out by that alone.
ORDINARY = frozenset("""
jeg du han hun vi i de den det der dem os mig dig sig man min din sin vores jeres deres
og eller men for at som så nu når hvis hvor hvad hvem hvordan hvorfor hvilken hvilke
en et to tre fire fem ikke også kun alle mange flere mere mest nogle ingen hver
er var har havde kan kunne skal skulle vil ville må måtte bliver blev få får
god gode godt mere bedre bedst ny nye nyt stor store lille små
kommunen kommune borgerne borgere byrådet byråd staten danmark dansk danske
mandag tirsdag onsdag torsdag fredag lørdag søndag
januar februar marts april maj juni juli august september oktober november december
ok ja nej tak hej
""".split())

_CAPITALISED = re.compile(r"\b[A-ZÆØÅ][a-zæøåéü]+(?:[ -][A-ZÆØÅ][a-zæøåéü]+)*\b")


def name_candidates(texts: Iterable[str], known: Iterable[str] = ()) -> list[str]:
    """Capitalised words (and runs of them: "Karen Hansen") in ``texts`` that may be
    somebody's name: never written in lower case in the texts, not an ordinary Danish
    word, not already ``known``. Those met inside a sentence come first (most frequent
    first); those only ever met at a sentence's start, where any word has a capital
    ("Giv", "Antallet"), follow: a name missed costs more than a box left unticked."""
    texts = list(texts)
    lower = {w for t in texts for w in re.findall(r"\b[a-zæøåéü]+\b", t)}
    seen = {name_key(n) for n in known}
    counts: dict[str, int] = {}
    inside: set[str] = set()
    for text in texts:
        for match in _CAPITALISED.finditer(text):
            run = match.group()
            words = list(re.finditer(r"[^ -]+", run))
            while words and (words[0].group().lower() in ORDINARY
                             or words[0].group().lower() in lower):
                words.pop(0)  # "Mandag Karen" → "Karen"
            if not words or any(w.group().lower() in lower for w in words):
                continue
            name = run[words[0].start():]  # as written: "Ærø-Jens", "Karen Hansen"
            counts[name] = counts.get(name, 0) + 1
            before = text[:match.start() + words[0].start()].rstrip(" \t\"'»«“”(-–•*")
            if before and before[-1] not in ".!?:;\n" and words[0].start() == 0:
                inside.add(name)
            elif words[0].start() > 0:  # after an ordinary capitalised word: "Mandag Karen"
                inside.add(name)
    return [n for n in sorted(counts, key=lambda n: (n not in inside, -counts[n], n))
            if name_key(n) not in seen]
