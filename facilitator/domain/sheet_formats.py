"""What a cell of a spreadsheet may hold, and how a text stays text in one.

Pure rules, shared by reading and writing sheets (:mod:`facilitator.sheet_files`): the
longest cell we take, and the guard that keeps a participant's text from turning into a
formula when the organiser opens a CSV file, undone again when that file is read back.
"""

from __future__ import annotations

from facilitator.domain.text_limit import TEXT_LIMIT

#: A cell value: text, or a whole number written as a number in .xlsx.
Cell = str | int

#: The longest cell a sheet may hold (a note is a few lines; this is twenty pages).
MAX_CELL_CHARS = TEXT_LIMIT

#: What makes a spreadsheet program read a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defused(cell: Cell) -> str:
    """A cell for a CSV file: text a spreadsheet would run as a formula gets a leading
    apostrophe, so Excel and LibreOffice show it as the text it is.

    A participant's note may be ``=HYPERLINK(…)`` or ``- mere grønt``; opened from a CSV
    either would be a live formula (``=cmd|…`` even starts a program). Text that starts
    with an apostrophe gets one more, so that :func:`restored` gives every text back.
    """
    text = str(cell)
    guard = isinstance(cell, str) and text.startswith((*FORMULA_STARTS, "'"))
    return "'" + text if guard else text


def restored(text: str) -> str:
    """The cell as it was before :func:`defused`: a CSV of ours reads back unchanged."""
    if text.startswith("'") and text[1:].startswith((*FORMULA_STARTS, "'")):
        return text[1:]
    return text
