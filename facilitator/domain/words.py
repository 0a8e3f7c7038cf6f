"""Counts in words: "1 note", "3 noter" – never "1 noter" or "note(r)".

Danish and English both have two forms, one for exactly 1 and one for every other
number (0 included), so a count needs the two texts and nothing more. The UI passes
both through tr() (each is translated on its own, and lupdate sees them as written);
the command line and the PDFs, which are Danish, pass Danish. A third language with more
forms would need Qt's numerus translations instead; until then this keeps one rule
for the GUI, the CLI and the reports.
"""

from __future__ import annotations


def counted(n: int, one: str, many: str) -> str:
    """``one`` if ``n`` is 1, else ``many``; ``%n`` in the text becomes the number.

    Other placeholders (%1, %2 …) are left for the caller to fill in.
    """
    return (one if n == 1 else many).replace("%n", str(n))
