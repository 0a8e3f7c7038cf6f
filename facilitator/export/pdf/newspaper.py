"""The newspaper front page: masthead, date line, headline, and the story in two
balanced columns with the pull quote heading the second.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer
from reportlab.platypus import Table

from facilitator.export.pdf.blocks import Grid
from facilitator.export.pdf.blocks import table_style
from facilitator.export.pdf.fonts import FONT_BOLD
from facilitator.export.pdf.styles import ACCENT
from facilitator.export.pdf.styles import FRAME_HEIGHT
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import PAPER
from facilitator.export.pdf.styles import PAPER_INK
from facilitator.export.pdf.styles import RULE
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import is_dry_run
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import markup
from facilitator.export.pdf.text import plain
from facilitator.export.report_data import FrontPageRow


class FrontPageBlock(Flowable):
    """A small newspaper front page: masthead, date line, headline, story in two
    balanced columns with the pull quote heading the second column.

    It is set as one piece on a paper-coloured ground. A page too long for that (a
    story of several thousand characters) is set as ordinary flowing paragraphs
    instead, which split over pages.
    """

    PAD = 14.0
    GUTTER = 14.0
    CAPTION_GAP = 4.0
    #: Taller than this, the page is set flowing (see :meth:`flowing`).
    MAX_HEIGHT = FRAME_HEIGHT
    #: What :meth:`wrap` measured, and for which width.
    _layout: dict | None = None
    width: float
    height: float

    def __init__(self, page: FrontPageRow, *, masthead: str, date_line: str, edition: str,
                 caption: str = "") -> None:
        super().__init__()
        self.caption = caption
        self.page = page
        self.masthead = masthead
        self.date_line = date_line
        self.edition = edition

    # -- pieces -------------------------------------------------------------------------
    def _masthead(self, width: float) -> Para:
        st = styles()
        text = plain(self.masthead)
        size = st.paper_masthead.fontSize
        while size > 12 and stringWidth(text, FONT_BOLD, size) > width:
            size -= 1
        style = st.paper_masthead.clone("masthead_fit", fontSize=size, leading=size * 1.15)
        return Para(markup(self.masthead), style)

    def _caption(self) -> Para | None:
        """Whose front page it is, set above the paper (and moving with it)."""
        return Para(markup(self.caption.upper()), styles().label) if self.caption else None

    def _headline(self) -> Para:
        st = styles()
        text = markup(self.page.headline.strip()) or "<i>(uden overskrift)</i>"
        return Para(text, st.paper_headline)

    def _story(self) -> list[Para]:
        st = styles()
        parts = [p.strip() for p in self.page.story.replace("\r", "").split("\n")]
        return [Para(markup(p), st.paper_story) for p in parts if p]

    def _quote(self, width: float) -> Table | None:
        if not self.page.quote.strip() and not self.page.quote_by.strip():
            return None
        st = styles()
        cell = [Para(f"»{markup(self.page.quote.strip())}«", st.paper_quote)] \
            if self.page.quote.strip() else []
        if self.page.quote_by.strip():
            cell.append(Para(f"– {markup(self.page.quote_by.strip())}", st.paper_quote_by))
        table = Grid([[cell]], colWidths=[width], splitInRow=1)
        table.setStyle(table_style([
            ("LINEABOVE", (0, 0), (-1, 0), 1.6, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))
        return table

    # -- layout -------------------------------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The layout depends on the width only: platypus asks again and again (and
        # once more in every pass of the build), balancing the columns once is enough.
        if self._layout is not None and self._layout.get("avail") == availWidth:
            return self.width, self.height
        inner = availWidth - 2 * self.PAD
        st = styles()
        mast = self._masthead(inner)
        _, mast_h = mast.wrap(inner, 10**6)
        date_p = Para(markup(self.date_line), st.paper_line)
        edition_p = Para(markup(self.edition), st.paper_line_right)
        _, line_h = date_p.wrap(inner * 0.6, 10**6)
        edition_p.wrap(inner * 0.4, 10**6)
        headline = self._headline()
        _, head_h = headline.wrap(inner, 10**6)
        col_w = (inner - self.GUTTER) / 2
        quote = self._quote(col_w)
        story = self._story()
        if story:
            col1, col2, cols_h = _balance(story, quote, col_w)
        elif quote is not None:
            quote = self._quote(inner)
            assert quote is not None
            cols_h = _measure(quote, inner)
            col1, col2 = [quote], []
        else:
            col1, col2, cols_h = [], [], 0.0
        top_rules = 3 + 2 + 1 + 4
        paper_h = (self.PAD * 0.8 + mast_h + 4 + top_rules + line_h + 3 + 1 + 10 + head_h + 10
                   + cols_h + self.PAD)
        caption = self._caption()
        caption_h = caption.wrap(availWidth, 10**6)[1] + self.CAPTION_GAP if caption else 0.0
        height = paper_h + caption_h
        self._layout = dict(avail=availWidth, caption=caption, paper_h=paper_h, inner=inner,
                            mast=mast,
                            mast_h=mast_h, date=date_p,
                            edition=edition_p, line_h=line_h, headline=headline,
                            head_h=head_h, col_w=col_w, col1=col1, col2=col2,
                            cols_h=cols_h, single=not story)
        self.width, self.height = availWidth, height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= self.MAX_HEIGHT:
            return []  # fits on a fresh page: move there whole
        parts = self.flowing()
        if parts[0].wrap(availWidth, availHeight)[1] > availHeight:
            return []  # not even its first line fits at the foot of this page
        return parts

    def flowing(self) -> list[Flowable]:
        """The same front page as ordinary paragraphs, for pages too long to set whole."""
        st = styles()
        top = Grid([[self._masthead(FRAME_WIDTH - 20)],
                     [Para(markup(f"{self.date_line} · {self.edition}"), st.paper_line)]],
                    colWidths=[FRAME_WIDTH])
        top.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, -1), PAPER),
            ("LINEBELOW", (0, 0), (-1, 0), 2, PAPER_INK),
            ("LINEBELOW", (0, 1), (-1, 1), 0.6, PAPER_INK),
        ]))
        caption = self._caption()
        out: list[Flowable] = [caption, Spacer(1, self.CAPTION_GAP)] if caption else []
        out += [top, Spacer(1, 8), self._headline(), Spacer(1, 6)]
        out += self._story()
        # Plain paragraphs, not the boxed quote: a quote of pages must split like the
        # story (a one-cell table taller than a page cannot).
        st = styles()
        if self.page.quote.strip():
            out += [Spacer(1, 6),
                    Para(f"»{markup(self.page.quote.strip())}«", st.paper_quote)]
        if self.page.quote_by.strip():
            out.append(Para(f"– {markup(self.page.quote_by.strip())}", st.paper_quote_by))
        out.append(Spacer(1, 14))
        return out

    def draw(self) -> None:
        layout = self._layout
        assert layout is not None
        if is_dry_run(self.canv):
            return
        c = self.canv
        w, h, pad, inner = self.width, layout["paper_h"], self.PAD, layout["inner"]
        c.saveState()
        if layout["caption"] is not None:
            layout["caption"].drawOn(c, 0, h + self.CAPTION_GAP)
        c.setFillColor(Color(0, 0, 0, alpha=0.10))
        c.rect(2.2, -2.2, w, h, stroke=0, fill=1)
        c.setFillColor(PAPER)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.rect(0, 0, w, h, stroke=1, fill=1)
        y = h - pad * 0.8 - layout["mast_h"]
        layout["mast"].drawOn(c, pad, y)
        y -= 4
        c.setFillColor(PAPER_INK)
        c.rect(pad, y - 3, inner, 3, stroke=0, fill=1)
        y -= 3 + 2
        c.rect(pad, y - 0.8, inner, 0.8, stroke=0, fill=1)
        y -= 1 + 4 + layout["line_h"]
        layout["date"].drawOn(c, pad, y)
        layout["edition"].drawOn(c, pad + inner * 0.6, y)
        y -= 3
        c.rect(pad, y - 0.6, inner, 0.6, stroke=0, fill=1)
        y -= 1 + 10 + layout["head_h"]
        layout["headline"].drawOn(c, pad, y)
        y -= 10
        if layout["single"]:
            _draw_column(c, layout["col1"], pad, y)
        else:
            col_w = layout["col_w"]
            _draw_column(c, layout["col1"], pad, y)
            _draw_column(c, layout["col2"], pad + col_w + self.GUTTER, y)
            if layout["col2"]:
                x = pad + col_w + self.GUTTER / 2
                c.setStrokeColor(Color(0.11, 0.11, 0.09, alpha=0.35))
                c.setLineWidth(0.4)
                c.line(x, y, x, y - layout["cols_h"])
        c.restoreState()


def _draw_column(canv, flowables: Sequence[Flowable], x: float, top: float) -> None:
    """Draw flowables measured by :func:`_measure` top-down from ``top``."""
    y = top
    for f in flowables:
        y -= f._h
        f.drawOn(canv, x, y)
        y -= getattr(f, "_after", 0)


def _measure(f: Flowable, width: float) -> float:
    _, h = f.wrap(width, 10**6)
    f._h = h
    return h


def _balance(story: list[Para], quote: Table | None,
             width: float) -> tuple[list[Flowable], list[Flowable], float]:
    """Set ``story`` in two columns of equal height, ``quote`` heading the second."""
    return _Columns(story, quote, width).balanced()


class _Columns:
    """A story in two columns, the quote heading the second: the first column is
    filled up to a height limit, the rest goes to the second, and the limit is halved
    in on until the two are as tall as each other."""

    def __init__(self, story: list[Para], quote: Table | None, width: float) -> None:
        self.story = story
        self.quote = quote
        self.width = width
        self.gap = styles().paper_story.spaceAfter
        self.quote_h = _measure(quote, width) + 8 if quote is not None else 0.0
        if quote is not None:
            quote._after = 8
        heights = [_measure(p, width) for p in story]
        self.total = sum(heights) + self.gap * (len(story) - 1) + self.quote_h
        #: A paragraph splits after as many lines as fit: the same split for every limit
        #: that leaves room for as many lines, so each is made (and measured) once.
        self.splits: dict[tuple[int, int], list] = {}

    def balanced(self) -> tuple[list[Flowable], list[Flowable], float]:
        lo, hi = self.total / 2, self.total + 1
        best = self.fill(hi)
        for _ in range(14):
            mid = (lo + hi) / 2
            attempt = self.fill(mid)
            if attempt[2] <= mid + 0.5:
                best, hi = attempt, mid
            else:
                lo = mid
            if hi - lo < 1:
                break
        return best

    def split(self, p: Para, room: float) -> list:
        key = (id(p), int(room / p.style.leading))
        if key not in self.splits:
            # A copy: when no line fits, reportlab's split drops the paragraph's own
            # layout, and a later attempt that sets the paragraph whole would draw it
            # without one.
            self.splits[key] = copy(p).split(self.width, room)
            for part in self.splits[key]:
                _measure(part, self.width)
        return self.splits[key]

    def fill(self, limit: float) -> tuple[list[Flowable], list[Flowable], float]:
        """The first column filled up to ``limit``, the rest in the second; and the
        taller one's height."""
        gap = self.gap
        col1: list[Flowable] = []
        used = 0.0
        rest = list(self.story)
        while rest:
            p = rest[0]
            h = p._h
            if used + h <= limit:
                p._after = gap
                col1.append(p)
                used += h + gap
                rest.pop(0)
                continue
            parts = self.split(p, limit - used) if limit - used > 0 else []
            if len(parts) == 2:
                used += parts[0]._h + gap
                parts[0]._after = 0
                col1.append(parts[0])
                rest[0] = parts[1]
            break
        col2: list[Flowable] = [self.quote] if self.quote is not None else []
        col2_h = self.quote_h
        for j, p in enumerate(rest):
            col2_h += p._h + (gap if j < len(rest) - 1 else 0)
            p._after = gap
            col2.append(p)
        return col1, col2, max(col2_h, used - gap if col1 else 0.0)
