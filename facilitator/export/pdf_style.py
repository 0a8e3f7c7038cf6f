"""The look of every PDF report: font, colours, paragraph styles, page template, writing.

One embedded TrueType family (Bitstream Vera, shipped inside reportlab and free to
redistribute) carries every letter of Danish. Text a participant typed may hold
characters the font lacks (emoji, other scripts); :func:`printable` replaces them with
a visible placeholder so a report never shows empty boxes and never crashes, and
:func:`markup` makes any user text safe to put in a ``Paragraph``.

:class:`ReportDoc` is the page template: a header with the camp's name, a footer with
"side X af Y", a table of contents and PDF bookmarks for every :class:`Heading`, and
the document's metadata (title, author, subject, language). :func:`write_atomically`
builds into a temporary file next to the target and renames it into place, so a
crash or a full disk never leaves a half-written PDF under the real name.
"""

from __future__ import annotations

import gc
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from facilitator import written_files
from facilitator.domain import dates
from facilitator.resources import resource

# -- font --------------------------------------------------------------------------------
FONT = "Vera"
FONT_BOLD = "Vera-Bold"
FONT_ITALIC = "Vera-Italic"
FONT_BOLD_ITALIC = "Vera-BoldItalic"
_FONT_FILES = {
    FONT: "Vera.ttf", FONT_BOLD: "VeraBd.ttf",
    FONT_ITALIC: "VeraIt.ttf", FONT_BOLD_ITALIC: "VeraBI.ttf",
}
FONT_DIR = Path(reportlab.__file__).resolve().parent / "fonts"
#: The newspaper's serif, shipped with the app (resources/fonts, Bitstream Vera licence):
#: the same face the live front-page preview uses. It covers every character Vera does.
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"
SERIF_ITALIC = "DejaVuSerif-Italic"
SERIF_BOLD_ITALIC = "DejaVuSerif-BoldItalic"
SERIF_DIR = resource("fonts")
_SERIF_FILES = {name: f"{name}.ttf" for name in (SERIF, SERIF_BOLD, SERIF_ITALIC,
                                                  SERIF_BOLD_ITALIC)}

#: Shown for a run of characters the font cannot draw (emoji, scripts outside Vera).
PLACEHOLDER = "\u25ca"  # ◊, in Vera

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


# -- dates --------------------------------------------------------------------------------
def danish_date(value: str | date) -> str:
    """'2026-05-09' → '9. maj 2026': the reports are written in Danish, so are their dates."""
    return dates.long_date(value, "da")


def danish_weekday_date(value: str) -> str:
    """'2026-05-09' → 'lørdag den 9. maj 2026' (a newspaper's date line)."""
    return dates.weekday_date(value, "da") or value.strip()


# -- paragraph styles ---------------------------------------------------------------------
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


@cache
def styles() -> Styles:
    register_fonts()

    def s(name: str, **kw: object) -> ParagraphStyle:
        base = {"fontName": FONT, "fontSize": 9.5, "leading": 13.5, "textColor": INK}
        return ParagraphStyle(name, **{**base, **kw})

    return Styles(
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

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._wrapped_for and getattr(self, "blPara", None) is not None:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth if size[1] != 0x7FFFFFFF else None
        return size

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        self._wrapped_for = None  # reportlab's split may re-wrap with its own state
        return super().split(availWidth, availHeight)

    def draw(self) -> None:
        if not is_dry_run(self.canv):
            super().draw()


def is_dry_run(canv: object) -> bool:
    """Whether ``canv`` belongs to a layout-only pass, whose drawing is thrown away."""
    return bool(getattr(getattr(canv, "_doctemplate", None), "dry_run", False))


# -- headings: table of contents and bookmarks --------------------------------------------
class Heading(Para):
    """A heading that lists itself in the contents and the PDF's bookmarks.

    ``level`` 0 and 1 go into the table of contents; deeper levels only into the
    bookmarks. ``toc=False`` keeps a heading out of both.
    """

    _count = 0

    def __init__(self, text: str, style: ParagraphStyle, *, level: int,
                 toc: bool = True) -> None:
        super().__init__(markup(text), style)
        Heading._count += 1
        self.toc_text = plain(text)
        self.toc_level = level if toc else None
        self.toc_key = f"h{Heading._count}"


def contents_table() -> TableOfContents:
    st = styles()
    toc = TableOfContents(dotsMinLevel=1)
    toc.levelStyles = [st.toc0, st.toc1]
    toc.tableStyle = TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10),  # no standard font sneaks into the file
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ])
    return toc


# -- page template ------------------------------------------------------------------------
@dataclass(frozen=True)
class PageFrame:
    """What the header and footer say; ``cover`` leaves the first page's header off."""

    header_left: str
    header_right: str
    footer_left: str
    cover: bool = False


class ReportDoc(BaseDocTemplate):
    """A4, generous margins, header and footer, contents, bookmarks and metadata.

    "side X af Y" needs Y before the last page is set, so the document is always built
    in (at least) two passes; a pass whose page count differs from the one the footer
    used asks for another, as an unresolved table of contents does.
    """

    def __init__(self, filename: str, *, frame: PageFrame, title: str, author: str,
                 subject: str, lang: str = "da",
                 progress: Callable[[str, int], None] | None = None) -> None:
        register_fonts()
        super().__init__(
            filename, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=plain(title),
            author=plain(author), subject=plain(subject), creator="Facilitator",
            lang=lang or "da", displayDocTitle=1, initialFontName=FONT,
        )
        self.page_frame = frame
        #: Page of every bookmarked heading, by key: this pass's, and the previous pass's
        #: (what a page reference drawn before its heading can print, see ``PageRef``).
        self.heading_pages: dict[str, int] = {}
        self.known_pages: dict[str, int] = {}
        #: Keys whose page a page reference printed in this pass.
        self.referenced: set[str] = set()
        self._total_used: int | None = None
        self._total_seen = 0
        body = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[body], onPage=self._decorate_cover),
            PageTemplate(id="body", frames=[body], onPage=self._decorate),
        ])
        if progress is not None:
            self.setProgressCallBack(progress)

    # -- passes -------------------------------------------------------------------------
    #: True while a pass only lays the story out (see :meth:`build_all`).
    dry_run = False

    def build_all(self, story: list, max_passes: int = 8) -> None:
        """Lay the story out to learn its page numbers, then draw it with them.

        Like reportlab's ``multiBuild`` (repeat until the contents and the page count
        no longer change), but passes alternate: a layout-only pass (see
        :func:`is_dry_run`) and a drawn one, which is kept when it confirms the page
        numbers it was given. Usually that is one dry and one drawn pass, where
        ``multiBuild`` draws twice. Page references (``PageRef``) print the pages of the
        pass before, and are checked like the contents. The garbage collector is held
        off meanwhile (see :func:`gc_paused`).
        """
        self._indexingFlowables = [f for f in story if f.isIndexing()]
        self._doSave = 0
        edits: list[tuple] = []
        self._multiBuildEdits = edits.append
        self.dry_run = True
        with gc_paused():
            try:
                for _ in range(max_passes + 1):
                    if self._onProgress:
                        self._onProgress("PASS", 0 if self.dry_run else 1)
                    for flowable in self._indexingFlowables:
                        flowable.beforeBuild()
                    self.known_pages, self.heading_pages = self.heading_pages, {}
                    self.referenced = set()
                    self.build(story[:])
                    for flowable in self._indexingFlowables:
                        flowable.afterBuild()
                    settled = self._allSatisfied() and all(
                        self.heading_pages.get(k) == self.known_pages.get(k)
                        for k in self.referenced)
                    if settled and not self.dry_run:
                        _save_binary(self.canv)
                        return
                    # After a dry pass the page numbers are (nearly always) known: draw the
                    # next one, and keep it if it confirms them; if not, lay out again.
                    self.dry_run = not self.dry_run
                    while edits:
                        edit = edits.pop(0)
                        edit[0](*edit[1:])
                raise IndexError(f"page numbers not settled after {max_passes} passes")
            finally:
                self.dry_run = False
                del self._multiBuildEdits

    def _allSatisfied(self) -> int:  # noqa: N802 - reportlab's name
        pages = self.page
        happy = super()._allSatisfied() and pages == self._total_used
        self._total_used = pages
        return int(happy)

    def afterFlowable(self, flowable: object) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, Heading) and flowable.toc_level is not None:
            level = flowable.toc_level
            self.heading_pages[flowable.toc_key] = self.page
            if level <= 1:
                self.notify("TOCEntry", (level, escape(flowable.toc_text), self.page,
                                         flowable.toc_key))
            self.canv.bookmarkPage(flowable.toc_key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.toc_key, level=level,
                                      closed=level > 0)

    # -- decoration -----------------------------------------------------------------------
    def _page_label(self) -> str:
        total = self._total_used or self.page
        return f"side {self.page} af {max(total, self.page)}"

    def _decorate_cover(self, canv, doc) -> None:  # noqa: ANN001 - reportlab callback
        if self.dry_run:
            return
        canv.saveState()
        width, height = PAGE_SIZE
        canv.setFillColor(ACCENT)
        canv.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
        canv.rect(MARGIN_LEFT, MARGIN_BOTTOM - 6 * mm, 28 * mm, 1.6, stroke=0, fill=1)
        self._footer(canv)
        canv.restoreState()

    def _decorate(self, canv, doc) -> None:  # noqa: ANN001 - reportlab callback
        if self.dry_run:
            return  # a layout pass's drawing is thrown away
        canv.saveState()
        width, height = PAGE_SIZE
        top = height - MARGIN_TOP + 9 * mm
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        right_text = self.page_frame.header_right
        right_w = pdfmetrics.stringWidth(right_text, FONT, 7.5)
        left_text = _fit(self.page_frame.header_left, FRAME_WIDTH - right_w - 12 * mm, 7.5)
        canv.drawString(MARGIN_LEFT, top, left_text)
        canv.drawRightString(width - MARGIN_RIGHT, top, right_text)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_LEFT, top - 2.6 * mm, width - MARGIN_RIGHT, top - 2.6 * mm)
        self._footer(canv)
        canv.restoreState()

    def _footer(self, canv) -> None:  # noqa: ANN001 - reportlab canvas
        width = PAGE_SIZE[0]
        y = MARGIN_BOTTOM - 12 * mm
        label = self._page_label()
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        label_w = pdfmetrics.stringWidth(label, FONT, 7.5)
        canv.drawString(MARGIN_LEFT, y, _fit(self.page_frame.footer_left,
                                             FRAME_WIDTH - label_w - 12 * mm, 7.5))
        canv.setFillColor(INK)
        canv.drawRightString(width - MARGIN_RIGHT, y, label)


def _save_binary(canv) -> None:  # noqa: ANN001 - reportlab canvas
    """``canv.save()`` with the streams only compressed, not also ASCII85-encoded.

    ASCII85 makes a PDF a quarter larger and, in pure Python, costs about a tenth of
    the whole build; every PDF reader takes binary streams.
    """
    from reportlab import rl_config

    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canv.save()
    finally:
        rl_config.useA85 = before


def _fit(text: str, width: float, size: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` in the regular face."""
    text = plain(text)
    if pdfmetrics.stringWidth(text, FONT, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold Python's cyclic garbage collector off while a report is built.

    A large report allocates hundreds of thousands of small objects that live until
    it is written; every collection walks all of them again, which made the 10,000-note
    report a third slower (and more so the larger it got). Reference counting still
    frees what is dropped, and the collector runs as usual afterwards. Nested and
    concurrent builds share one pause.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


def write_atomically(out_path: str | os.PathLike[str], build: Callable[[str], None]) -> Path:
    """Run ``build(temp_path)`` and move the result to ``out_path`` only when it succeeded.

    The temporary file sits next to the target (same folder, same file system), is
    flushed to disk, and replaces the target in one rename: readers, sync tools and a
    crash see the old file or the new one, never a half-written PDF.
    """
    target = Path(out_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    written_files.tidy(target.parent)  # what an export killed before this one left
    temp = written_files.temporary_name(target)
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        build(str(temp))
        written_files.flush_file(temp)
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    return target
