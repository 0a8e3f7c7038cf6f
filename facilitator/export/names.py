"""Names replaced in any report's data, whatever its shape.

The camp summary replaces names while it gathers; the dialogue, gathering, kit and
cross-camp reports gather into trees of frozen dataclasses of their own. Rather than a
``self.p(…)`` at each of their many texts (one forgotten is a name printed), the whole
tree is walked once: every text replaced, keys and codes left as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import fields
from dataclasses import is_dataclass
from dataclasses import replace
from typing import Any
from typing import TypeVar

from facilitator.domain.pseudonyms import case_variants
from facilitator.domain.pseudonyms import replacer

T = TypeVar("T")

#: Fields that are identifiers, not anybody's words.
NOT_TEXT = frozenset({"id", "key", "code", "table_id", "step_id", "card_id", "round", "kind",
                      "prompt_key", "date", "language", "status", "image_name", "path"})


def renamed(tree: T, mapping: Mapping[str, str] | None) -> T:
    """``tree`` with the names of ``mapping`` replaced in every text (as whole words,
    in any of their usual cases); ``tree`` itself is not changed."""
    if not mapping:
        return tree
    return _walk(tree, replacer(case_variants(mapping)))


def _walk(value: Any, swap: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return swap(value)
    if is_dataclass(value) and not isinstance(value, type):
        changed = {f.name: _walk(getattr(value, f.name), swap) for f in fields(value)
                   if f.init and f.name not in NOT_TEXT}
        return replace(value, **changed)
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(_walk(v, swap) for v in value)
    if isinstance(value, list):
        return [_walk(v, swap) for v in value]
    if isinstance(value, dict):
        return {k: _walk(v, swap) for k, v in value.items()}
    return value
