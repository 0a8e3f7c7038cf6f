"""The look of every PDF report: colours, page geometry and paragraph styles.

:class:`Para` is the paragraph every report sets: it breaks its lines once per width,
and draws nothing in a layout-only pass (see :func:`is_dry_run`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from facilitator.export.pdf.fonts import FONT
from facilitator.export.pdf.fonts import FONT_BOLD
from facilitator.export.pdf.fonts import FONT_ITALIC
from facilitator.export.pdf.fonts import SERIF
from facilitator.export.pdf.fonts import SERIF_BOLD
from facilitator.export.pdf.fonts import SERIF_BOLD_ITALIC
from facilitator.export.pdf.fonts import register_fonts

# -- colours: ink, one restrained accent, and a warm mark for what the tables selected ----
INK = colors.HexColor("#1e2124")
MUTED = colors.HexColor("#6b7075")
ACCENT = colors.HexColor("#1f4e5f")
ACCENT_LIGHT = colors.HexColor("#e7eff1")
RULE = colors.HexColor("#c9d3d6")
SELECTED_TINT = colors.HexColor("#f7f1e1")
STAR = colors.HexColor("#c08a17")
PAPER = colors.HexColor("#f6f1e4")
PAPER_INK = colors.HexColor("#1d1b18")

# -- page geometry ------------------------------------------------------------------------
PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 25 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 24 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_small: ParagraphStyle
    muted: ParagraphStyle
    lead: ParagraphStyle
    label: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    quote: ParagraphStyle
    quote_source: ParagraphStyle
    prompt: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle
    paper_masthead: ParagraphStyle
    paper_line: ParagraphStyle
    paper_line_right: ParagraphStyle
    paper_headline: ParagraphStyle
    paper_story: ParagraphStyle
    paper_quote: ParagraphStyle
    paper_quote_by: ParagraphStyle
    # small type of the appendix's compact lists, and the title above such a list
    cell_small: ParagraphStyle
    cell_small_bold: ParagraphStyle
    cell_small_muted: ParagraphStyle
    cell_small_head: ParagraphStyle
    list_title: ParagraphStyle


def _style(name: str, **kw: object) -> ParagraphStyle:
    base = {"fontName": FONT, "fontSize": 9.5, "leading": 13.5, "textColor": INK}
    return ParagraphStyle(name, **{**base, **kw})


@cache
def styles() -> Styles:
    register_fonts()
    return Styles(**_report_styles(), **_paper_and_list_styles())


def _report_styles() -> dict[str, ParagraphStyle]:
    """Body text, headings, table cells, quotes, the cover and key figures."""
    s = _style
    return dict(
        body=s("body", spaceAfter=6),
        body_small=s("body_small", fontSize=8.5, leading=12),
        muted=s("muted", fontSize=8.5, leading=12, textColor=MUTED),
        lead=s("lead", fontSize=11, leading=16, spaceAfter=8),
        label=s("label", fontName=FONT_BOLD, fontSize=7, leading=9, textColor=MUTED,
                spaceAfter=2),
        h1=s("h1", fontName=FONT_BOLD, fontSize=19, leading=24, textColor=ACCENT,
             spaceBefore=0, spaceAfter=10),
        h2=s("h2", fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=ACCENT,
             spaceBefore=14, spaceAfter=6),
        h3=s("h3", fontName=FONT_BOLD, fontSize=10, leading=14, textColor=INK,
             spaceBefore=10, spaceAfter=4),
        cell=s("cell", fontSize=8.8, leading=12),
        cell_bold=s("cell_bold", fontName=FONT_BOLD, fontSize=8.8, leading=12),
        cell_right=s("cell_right", fontSize=8.8, leading=12, alignment=TA_RIGHT),
        cell_head=s("cell_head", fontName=FONT_BOLD, fontSize=7, leading=9, textColor=MUTED),
        cell_head_right=s("cell_head_right", fontName=FONT_BOLD, fontSize=7, leading=9,
                          textColor=MUTED, alignment=TA_RIGHT),
        quote=s("quote", fontName=FONT_ITALIC, fontSize=9.5, leading=13.5, leftIndent=12,
                textColor=INK),
        quote_source=s("quote_source", fontSize=7.5, leading=10, leftIndent=12,
                       textColor=MUTED, spaceAfter=7),
        prompt=s("prompt", fontName=FONT_ITALIC, fontSize=9, leading=13, textColor=MUTED),
        cover_kicker=s("cover_kicker", fontName=FONT_BOLD, fontSize=9, leading=12,
                       textColor=ACCENT),
        cover_title=s("cover_title", fontName=FONT_BOLD, fontSize=28, leading=34,
                      textColor=INK, spaceAfter=10),
        cover_subtitle=s("cover_subtitle", fontSize=14, leading=19, textColor=ACCENT,
                         spaceAfter=6),
        figure=s("figure", fontName=FONT_BOLD, fontSize=18, leading=22, textColor=ACCENT,
                 alignment=TA_CENTER),
        figure_label=s("figure_label", fontSize=7.5, leading=10, textColor=MUTED,
                       alignment=TA_CENTER),
    )


def _paper_and_list_styles() -> dict[str, ParagraphStyle]:
    """The contents, the newspaper front page, and the appendix's compact lists."""
    s = _style
    return dict(
        toc0=s("toc0", fontName=FONT_BOLD, fontSize=10, leading=14, spaceBefore=5),
        toc1=s("toc1", fontSize=9, leading=12.5, leftIndent=14, textColor=INK),
        paper_masthead=s("paper_masthead", fontName=SERIF_BOLD, fontSize=24, leading=28,
                         textColor=PAPER_INK, alignment=TA_CENTER),
        paper_line=s("paper_line", fontSize=7, leading=9, textColor=PAPER_INK),
        paper_line_right=s("paper_line_right", fontSize=7, leading=9, textColor=PAPER_INK,
                           alignment=TA_RIGHT),
        paper_headline=s("paper_headline", fontName=SERIF_BOLD, fontSize=16, leading=19.5,
                         textColor=PAPER_INK),
        paper_story=s("paper_story", fontName=SERIF, fontSize=8.4, leading=11.6,
                      textColor=PAPER_INK, alignment=TA_LEFT, spaceAfter=4),
        paper_quote=s("paper_quote", fontName=SERIF_BOLD_ITALIC, fontSize=10.5, leading=14,
                      textColor=ACCENT, alignment=TA_LEFT),
        paper_quote_by=s("paper_quote_by", fontName=SERIF, fontSize=7.5, leading=10,
                         textColor=PAPER_INK, spaceBefore=2),
        cell_small=s("cell_small", fontSize=8, leading=10.4),
        cell_small_bold=s("cell_small_bold", fontName=FONT_BOLD, fontSize=8, leading=10.4),
        cell_small_muted=s("cell_small_muted", fontSize=7.5, leading=10.4, textColor=MUTED),
        cell_small_head=s("cell_small_head", fontName=FONT_BOLD, fontSize=6.5, leading=8.5,
                          textColor=MUTED),
        list_title=s("list_title", fontName=FONT_BOLD, fontSize=9.5, leading=13,
                     textColor=INK),
    )


# -- paragraphs that remember their line breaks --------------------------------------------
class Para(Paragraph):
    """A ``Paragraph`` that breaks its lines once per width.

    A table measures, splits and draws every cell, and the document is built in two
    passes: without this a note's lines were broken eight times over. The result of
    ``wrap`` depends only on the width, so it is kept until the width changes.
    """

    _wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_for and getattr(self, "blPara", None) is not None:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth if size[1] != 0x7FFFFFFF else None
        return size

    def split(self, availWidth: float, availHeight: float) -> list:
        self._wrapped_for = None  # reportlab's split may re-wrap with its own state
        return super().split(availWidth, availHeight)

    def draw(self) -> None:
        if not is_dry_run(self.canv):
            super().draw()


def is_dry_run(canv: object) -> bool:
    """Whether ``canv`` belongs to a layout-only pass, whose drawing is thrown away."""
    return bool(getattr(getattr(canv, "_doctemplate", None), "dry_run", False))
