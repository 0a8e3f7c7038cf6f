"""User text made safe to print, measured and broken into lines.

Text a participant typed may hold characters the font lacks (emoji, other scripts):
:func:`printable` replaces them with a visible placeholder, so a report never shows
empty boxes and never crashes, and :func:`markup` makes any user text safe to put in a
``Paragraph``. :func:`wrap_text` breaks plain text into lines with the word widths
cached, for the tables that draw their text directly (``row_table``).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from facilitator.domain import dates
from facilitator.export.pdf.fonts import FONT
from facilitator.export.pdf.fonts import covered_codepoints
from facilitator.export.pdf.fonts import register_fonts

#: Shown for a run of characters the font cannot draw (emoji, scripts outside Vera).
PLACEHOLDER = "\u25ca"  # ◊, in Vera


@cache
def _outside_font() -> re.Pattern[str]:
    """Matches any character :func:`printable` would have to change."""
    codes = sorted(covered_codepoints())
    ranges, start, prev = [], codes[0], codes[0]
    for code in codes[1:]:
        if code != prev + 1:
            ranges.append((start, prev))
            start = code
        prev = code
    ranges.append((start, prev))
    allowed = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                      for a, b in ranges)
    return re.compile(f"[^{allowed}\n]")


_DROP_CATEGORIES = {"Cc", "Cf", "Mn", "Me", "Zl", "Zp"}
_SPACES = {"\t", "\v", "\f"}


def printable(text: str) -> str:
    """``text`` with only what the font can draw; line breaks are kept as ``\\n``.

    A letter the font lacks becomes its base letter when it has one ("ő" → "o",
    "ﬀ" → "ff"); anything else (emoji, Arabic, Chinese …) becomes one
    :data:`PLACEHOLDER` per run, so "Godt 👍🏽👍" reads "Godt ◊". Control and
    formatting characters are dropped; tabs and exotic spaces become spaces.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _outside_font().search(text):
        return text  # the common case: nothing to replace
    covered = covered_codepoints()
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    in_placeholder = False
    for ch in text:
        code = ord(ch)
        if code in covered or ch == "\n":
            out.append(ch)
            in_placeholder = False
            continue
        if ch in _SPACES or ch in "\u2028\u2029":
            out.append("\n" if ch in "\u2028\u2029" else " ")
            in_placeholder = False
            continue
        category = unicodedata.category(ch)
        if category == "Zs":
            out.append(" ")
            in_placeholder = False
            continue
        if category in _DROP_CATEGORIES:
            continue  # invisible anyway, or an accent on a letter already replaced
        base = "".join(c for c in unicodedata.normalize("NFKD", ch)
                       if unicodedata.category(c) not in _DROP_CATEGORIES)
        if base and all(ord(c) in covered for c in base):
            out.append(base)
            in_placeholder = False
        elif not in_placeholder:
            out.append(PLACEHOLDER)
            in_placeholder = True
    return "".join(out)


def needs_placeholder(text: str) -> bool:
    """Whether :func:`printable` would put a placeholder into ``text``."""
    return PLACEHOLDER in printable(text) and PLACEHOLDER not in text


def markup(text: str) -> str:
    """User text as safe ``Paragraph`` markup: printable, XML-escaped, breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")


def plain(text: str) -> str:
    """User text for places without markup (bookmarks, metadata): one printable line."""
    return " ".join(printable(text).split())


# -- measuring and breaking plain text -----------------------------------------------------
#: Width of each word met so far, per font, in 1/1000 em (multiply by size / 1000).
_WORD_WIDTHS: dict[str, dict[str, float]] = {}


def _word_table(font: str) -> dict[str, float]:
    table = _WORD_WIDTHS.get(font)
    if table is None:
        register_fonts()
        table = _WORD_WIDTHS[font] = {}
    return table


def _units(word: str, font: str, table: dict[str, float]) -> float:
    """Width of ``word`` in 1/1000 em (cached: text is mostly the same words again)."""
    units = table.get(word)
    if units is None:
        face = pdfmetrics.getFont(font).face
        get, default = face.charWidths.get, face.defaultWidth
        units = table[word] = float(sum(get(ord(c), default) for c in word))
    return units


def text_width(text: str, font: str, size: float) -> float:
    """``pdfmetrics.stringWidth`` for our fonts, word by word from a cache (same result)."""
    table = _word_table(font)
    words = text.split(" ")
    units = sum(_units(w, font, table) for w in words if w)
    if len(words) > 1:
        units += (len(words) - 1) * _units(" ", font, table)
    return units * size / 1000.0


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Printable ``text`` broken into lines of at most ``width`` points.

    Like reportlab's ``simpleSplit`` (break at spaces, keep line breaks) but with the
    word widths cached and words longer than a line broken between letters, so no text
    is ever lost or drawn outside its column. Runs of spaces count as one, as in a
    ``Paragraph``; an empty text gives no lines.
    """
    table = _word_table(font)
    get = table.get
    limit = width * 1000.0 / size
    space = _units(" ", font, table)
    lines: list[str] = []
    for part in text.split("\n"):
        words = [w for w in part.split(" ") if w]
        if not words:
            lines.append("")
            continue
        widths = [get(w) or _units(w, font, table) for w in words]
        if sum(widths) + space * (len(words) - 1) <= limit:
            lines.append(" ".join(words))  # most notes: one line
            continue
        line: list[str] = []
        used = 0.0
        for word, units in zip(words, widths, strict=True):
            if line and used + space + units <= limit:
                line.append(word)
                used += space + units
                continue
            if line:
                lines.append(" ".join(line))
            if units <= limit:
                line, used = [word], units
                continue
            pieces = _break_word(word, font, limit)
            lines += pieces[:-1]
            line, used = [pieces[-1]], _units(pieces[-1], font, table)
        lines.append(" ".join(line))
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _break_word(word: str, font: str, limit: float) -> list[str]:
    """A word wider than a line, in pieces that fit (at least one letter each)."""
    face = pdfmetrics.getFont(font).face
    get, default = face.charWidths.get, face.defaultWidth
    pieces: list[str] = []
    start, used = 0, 0.0
    for i, ch in enumerate(word):
        w = get(ord(ch), default)
        if used + w > limit and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces


def fit_line(text: str, width: float, size: float, font: str = FONT) -> str:
    """Plain ``text`` shortened with an ellipsis to fit ``width`` on one line."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


# -- dates --------------------------------------------------------------------------------
def danish_date(value: str | date) -> str:
    """'2026-05-09' → '9. maj 2026': the reports are written in Danish, so are their dates."""
    return dates.long_date(value, "da")


def danish_weekday_date(value: str) -> str:
    """'2026-05-09' → 'lørdag den 9. maj 2026' (a newspaper's date line)."""
    return dates.weekday_date(value, "da") or value.strip()
