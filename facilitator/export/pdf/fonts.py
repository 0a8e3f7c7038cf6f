"""The embedded fonts: every letter of Danish, in files free to redistribute.

One TrueType family (Bitstream Vera, shipped inside reportlab) sets the reports; the
newspaper's serif (DejaVu Serif, shipped with the app under the Bitstream Vera licence)
is the face the live front-page preview uses too. Registered once per process.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator.resources import resource

FONT = "Vera"
FONT_BOLD = "Vera-Bold"
FONT_ITALIC = "Vera-Italic"
FONT_BOLD_ITALIC = "Vera-BoldItalic"
_FONT_FILES = {
    FONT: "Vera.ttf", FONT_BOLD: "VeraBd.ttf",
    FONT_ITALIC: "VeraIt.ttf", FONT_BOLD_ITALIC: "VeraBI.ttf",
}
FONT_DIR = Path(reportlab.__file__).resolve().parent / "fonts"
#: The newspaper's serif: it covers every character Vera does.
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"
SERIF_ITALIC = "DejaVuSerif-Italic"
SERIF_BOLD_ITALIC = "DejaVuSerif-BoldItalic"
SERIF_DIR = resource("fonts")
_SERIF_FILES = {name: f"{name}.ttf" for name in (SERIF, SERIF_BOLD, SERIF_ITALIC,
                                                  SERIF_BOLD_ITALIC)}


@cache
def register_fonts() -> None:
    """Register the Vera family once; ``<b>`` and ``<i>`` in paragraphs then use it."""
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD_ITALIC)
    for name, filename in _SERIF_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(SERIF_DIR / filename)))
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC,
                                  boldItalic=SERIF_BOLD_ITALIC)


@cache
def covered_codepoints() -> frozenset[int]:
    """Code points every face of the family can draw (regular, bold, italic)."""
    register_fonts()
    sets = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in _FONT_FILES]
    common = set.intersection(*sets)
    return frozenset(c for c in common if c >= 0x20 and c not in (0x7f, 0xffff, 0xfffe))
