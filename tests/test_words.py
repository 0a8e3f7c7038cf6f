"""The words the user reads: one word for a bundle, in the code's strings and the docs."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "facilitator"


def string_literals(path: Path) -> list[tuple[int, str]]:
    """Every string constant in ``path`` with its line: what tr() and print() can show."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_a_bundle_is_a_bordpakke_everywhere() -> None:
    """»Bundt« in the toolbar and »Bordpakke« in the save dialog were the same thing."""
    other_word = re.compile(r"\bbundt", re.IGNORECASE)
    found = [f"{path.relative_to(ROOT)}:{line}: {text!r}"
             for path in sorted(PACKAGE.rglob("*.py"))
             for line, text in string_literals(path) if other_word.search(text)]
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        found += [f"{doc.relative_to(ROOT)}:{n}: {line}"
                  for n, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), 1)
                  if other_word.search(line)]
    assert found == []
