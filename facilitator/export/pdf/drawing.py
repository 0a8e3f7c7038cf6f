"""Drawing straight onto the canvas: text lines, fills and rules as PDF operators.

The row tables (``row_table``) set thousands of lines; a ``drawString`` per line, or a
canvas call per rule, formats every number through reportlab's pure-Python code. These
write the PDF operators themselves, with the font subsets' encoding cached.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from typing import TypeAlias

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import Font
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

from facilitator.export.pdf.styles import STAR
from facilitator.export.pdf.styles import is_dry_run

#: The ★'s size in the body's lists (points).
STAR_SIZE = 7.6


# -- the selected mark: ★ -------------------------------------------------------------------
class StarMark(Flowable):
    """★, drawn (the embedded font has no star): what a table selected."""

    def __init__(self, size: float = STAR_SIZE, color: Color = STAR) -> None:
        super().__init__()
        self.size = size
        self.color = color

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        if is_dry_run(self.canv):
            return
        points = star_points(self.size)
        path = self.canv.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        path.close()
        self.canv.setFillColor(self.color)
        self.canv.drawPath(path, stroke=0, fill=1)


@cache
def star_points(size: float) -> tuple[tuple[float, float], ...]:
    """The ten corners of a five-pointed star in a ``size`` box (origin bottom left)."""
    r_out, r_in = size / 2, size / 2 * 0.42
    cx, cy = size / 2, size / 2 - 0.3
    points = []
    for i in range(10):
        r = r_out if i % 2 == 0 else r_in
        angle = math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return tuple(points)


_NEXT_BLOCK = "ET BT 1 0 0 1 0 0 Tm"


def draw_text_lines(canv,
                    lines: Sequence[tuple[float, float, str, ParagraphStyle] | None]) -> None:
    """Draw (x, baseline, text, style) lines in one text object, switching font and
    colour only when they change: far cheaper than a ``drawString`` per line.

    ``None`` between lines ends a block of text (a table cell) and starts the next as
    a new text object does (at the origin): text extraction then reads the cells of a
    row apart, as it does a ``Table``'s, instead of running them into one line.
    The lines are written as PDF operators directly (see :class:`_TextWriter`).
    """
    if not lines:
        return
    writer = _TextWriter.of(canv)
    code = ["BT"]
    font: tuple[str, float] | None = None
    color = None
    for item in lines:
        if item is None:
            if code[-1] != _NEXT_BLOCK:
                code.append(_NEXT_BLOCK)
            continue
        x, y, text, style = item
        if (style.fontName, style.fontSize) != font:
            font = (style.fontName, style.fontSize)
            writer.set_font(*font)
        if style.textColor is not color:
            color = style.textColor
            code.append(fill_op(color))
        code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        writer.show(text, code)
    if code[-1] == _NEXT_BLOCK:
        code.pop()
    code.append("ET")
    canv._code.append(" ".join(code))


@cache
def fill_op(color: Color) -> str:
    return f"{color.red:.4g} {color.green:.4g} {color.blue:.4g} rg"


@cache
def stroke_op(color: Color) -> str:
    return f"{color.red:.4g} {color.green:.4g} {color.blue:.4g} RG"


#: What ``pdfmetrics.getFont`` gives: a TrueType font (ours) or one of the PDF's own.
PdfFont: TypeAlias = TTFont | Font

#: PDF string escapes of the 256 byte values (as reportlab's ``escapePDF``).
_PDF_ESCAPES = [f"\\{c:03o}" if c < 32 or c >= 127 else
                ("\\" + chr(c)) if chr(c) in "\\()" else chr(c) for c in range(256)]


class _TextWriter:
    """Text operators for a document's TrueType fonts, with the work of
    ``TextObject._formatText`` cached: the subset code and PDF escape of every
    character already placed in the font's first subset (which holds the whole
    Danish alphabet and punctuation) come from one ``str.translate`` table, so a
    line costs a few C calls instead of a Python loop over its letters. New
    characters go through the font's own ``splitString``, which places them.
    """

    def __init__(self, canv) -> None:
        self.canv = canv
        self.doc = canv._doc
        self.fonts: dict[str, tuple[PdfFont, dict[int, str], set[str]]] = {}
        self.font: PdfFont | None = None
        self.name = ""
        self.size = 0.0
        self.subset = -1
        self.table: dict[int, str] = {}
        self.known: set[str] = set()

    @classmethod
    def of(cls, canv) -> _TextWriter:
        doc = canv._doc  # the font subsets belong to the document
        writer = getattr(doc, "_facilitator_text", None)
        if writer is None:
            writer = doc._facilitator_text = cls(canv)
        return writer

    def set_font(self, name: str, size: float) -> None:
        if name not in self.fonts:
            self.fonts[name] = (pdfmetrics.getFont(name), {}, set())
        self.font, self.table, self.known = self.fonts[name]
        self.name, self.size, self.subset = name, size, -1

    def show(self, text: str, code: list[str]) -> None:
        font = self._font()
        if not getattr(font, "_dynamicFont", False):  # not TrueType: reportlab's way
            t = self.canv.beginText()
            t.setFont(self.name, self.size)
            code.append(t._formatText(text))
            return
        if self.known.issuperset(text):
            if self.subset != 0:
                self._select(0, code)
            code.append(f"({text.translate(self.table)}) Tj")
            return
        for subset, data in font.splitString(text, self.doc):
            if subset != self.subset:
                self._select(subset, code)
            code.append(f"({''.join(_PDF_ESCAPES[b] for b in data)}) Tj")
        assignments = font.state[self.doc].assignments
        for ch in set(text):
            n = assignments.get(ord(ch))
            if n is not None and n < 256 and ch != "\xa0":
                self.table[ord(ch)] = _PDF_ESCAPES[n]
                self.known.add(ch)

    def _font(self) -> PdfFont:
        assert self.font is not None, "set_font comes first"
        return self.font

    def _select(self, subset: int, code: list[str]) -> None:
        code.append(f"{self._font().getSubsetInternalName(subset, self.doc)} {self.size:g} Tf")
        self.subset = subset
