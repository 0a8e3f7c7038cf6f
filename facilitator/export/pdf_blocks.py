"""Building blocks of the reports, shared by the camp summary, the table sheet and the
dialogue-box report: headings, note lists, category tables and bar charts, newspaper
front pages and the actor × proposals layout.

Every block takes plain data (``report_data``) and returns platypus flowables; user
text goes through :func:`~facilitator.export.pdf_style.markup` on its way in. Blocks
that can grow without limit (note lists, contributions) are tables that split by row
and even inside a row, so a 10,000-character note flows over pages instead of
overflowing one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import Color, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Spacer,
    Table,
    TableStyle,
)

from facilitator.export.pdf_style import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    FONT_BOLD,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    INK,
    MUTED,
    PAPER,
    PAPER_INK,
    RULE,
    SELECTED_TINT,
    STAR,
    Heading,
    Para,
    is_dry_run,
    markup,
    plain,
    printable,
    styles,
)
from facilitator.export.report_data import (
    CategoryRow,
    ContributionRow,
    FrontPageRow,
    NoteRow,
    Persona,
    PrerequisiteBlock,
)

#: How many categories a bar chart shows; the table below it always shows all.
CHART_MAX_BARS = 16


# -- text ------------------------------------------------------------------------------
def heading(text: str, level: int = 0, *, toc: bool = True) -> list[Flowable]:
    """A heading (level 0: chapter, 1: section, 2: subsection) that never ends a page."""
    st = styles()
    style = (st.h1, st.h2, st.h3)[min(level, 2)]
    room = (180, 120, 130)[min(level, 2)]
    return [CondPageBreak(room), Heading(text, style, level=level, toc=toc)]


def para(text: str, style: str = "body") -> Para:
    """User text as a paragraph in one of the :class:`Styles` (by name)."""
    return Para(markup(text), getattr(styles(), style))


def fixed(markup_text: str, style: str = "body") -> Para:
    """Our own (already safe) markup as a paragraph."""
    return Para(markup_text, getattr(styles(), style))


def prompt(text: str, label: str = "SPØRGSMÅLET TIL BORDENE") -> list[Flowable]:
    """The question the step put to the tables, set off with a thin accent rule."""
    if not text.strip():
        return []
    st = styles()
    cell = [Para(label, st.label), Para(markup(text), st.prompt)]
    table = Grid([[cell]], colWidths=[FRAME_WIDTH], splitInRow=1)
    table.setStyle(_style([
        ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return [table, Spacer(1, 8)]


def summary_box(text: str, label: str = "OPSUMMERET") -> list[Flowable]:
    """The organiser's written summary of a step, on a light accent ground."""
    if not text.strip():
        return []
    st = styles()
    return [Para(label, st.label), Spacer(1, 5),
            Para(markup(text), _summary_style()), Spacer(1, 12)]


def _summary_style():
    st = styles()
    return st.body.clone("summary", backColor=ACCENT_LIGHT, borderPadding=(7, 8, 8, 8),
                         leftIndent=8, rightIndent=8, spaceBefore=6, spaceAfter=4,
                         fontSize=9.8, leading=14.5)


def status_line(text: str) -> Table:
    """A short status remark ("Endnu ikke konsolideret"), flagged in the mark colour."""
    st = styles()
    table = Grid([[Para(markup(text), st.prompt)]], colWidths=[FRAME_WIDTH])
    table.setStyle(_style([
        ("LINEBEFORE", (0, 0), (0, -1), 2, STAR),
        ("BACKGROUND", (0, 0), (-1, -1), SELECTED_TINT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


class Grid(Table):
    """A ``Table`` that skips drawing in layout-only passes."""

    def draw(self) -> None:
        if not is_dry_run(self.canv):
            super().draw()


def _style(commands: list[tuple]) -> TableStyle:
    """A table style whose plain-string cells are set in the embedded font too."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.8, 12), *commands])


# -- the selected mark --------------------------------------------------------------------
class StarMark(Flowable):
    """★, drawn (the embedded font has no star): what a table selected."""

    def __init__(self, size: float = 7.6, color: Color = STAR) -> None:
        super().__init__()
        self.size = size
        self.color = color

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        if is_dry_run(self.canv):
            return
        r_out, r_in = self.size / 2, self.size / 2 * 0.42
        cx, cy = self.size / 2, self.size / 2 - 0.3
        points = []
        for i in range(10):
            r = r_out if i % 2 == 0 else r_in
            angle = math.pi / 2 + i * math.pi / 5
            points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
        path = self.canv.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        path.close()
        self.canv.setFillColor(self.color)
        self.canv.drawPath(path, stroke=0, fill=1)


def star_legend(text: str = "udvalgt af bordet") -> Table:
    table = Grid([[StarMark(), Para(f"= {text}", styles().muted)]],
                  colWidths=[12, FRAME_WIDTH - 12], hAlign="LEFT")
    table.setStyle(_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


# -- lists and tables ---------------------------------------------------------------------
def _list_style(rows: int, selected_rows: Sequence[int] = (), *, header: bool = True,
                right_cols: Sequence[int] = ()) -> TableStyle:
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 1 if header else 0), (-1, -1), 0.35, RULE),
        ("FONT", (0, 0), (-1, -1), FONT, 8.8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]
    if header:
        commands += [("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                     ("BOTTOMPADDING", (0, 0), (-1, 0), 3)]
    for col in right_cols:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    for row in selected_rows:
        commands.append(("BACKGROUND", (0, row), (-1, row), SELECTED_TINT))
    return _style(commands)


def _short(text: str, width: float, style: ParagraphStyle) -> str | Para:
    """A plain cell string when ``text`` fits on one line of the column, else a Para.

    A table sets strings far faster than paragraphs; table codes and tags nearly
    always fit.
    """
    shown = printable(text)
    if "\n" not in shown and stringWidth(shown, style.fontName, style.fontSize) <= width - 8:
        return shown
    return Para(markup(text), style)


def _votes(votes: int) -> str:
    """Votes as a plain cell string (right-aligned by the table style): cheap to set."""
    return str(votes) if votes else "–"


def note_table(notes: Sequence[NoteRow], *, show_owner: bool = False, show_tag: bool = False,
               numbered: bool = True, width: float = FRAME_WIDTH) -> Flowable:
    """Notes with their votes and ★ for the selected ones, one row each.

    ``show_owner`` adds the table's code (for lists across tables), ``show_tag`` the
    dilemma tag (Hensyn, Afvejning, Dilemma).
    """
    st = styles()
    if not notes:
        return Para("Ingen noter.", st.muted)
    head = []
    widths: list[float] = []
    if numbered:
        head.append(Para("NR.", st.cell_head))
        widths.append(26)
    if show_owner:
        head.append(Para("BORD", st.cell_head))
        widths.append(52)
    head.append(Para("NOTE", st.cell_head))
    widths.append(0)
    if show_tag:
        head.append(Para("TYPE", st.cell_head))
        widths.append(58)
    head += [Para("STEMMER", st.cell_head_right), Para("UDVALGT", st.cell_head)]
    widths += [50, 48]
    text_col = int(numbered) + int(show_owner)
    widths[text_col] = width - sum(widths)
    rows: list[list] = [head]
    selected = []
    for i, note in enumerate(notes, start=1):
        row: list = []
        if numbered:
            row.append(str(i))
        if show_owner:
            row.append(_short(note.owner, widths[len(row)], st.cell))
        row.append(Para(markup(note.text), st.cell_bold if note.selected else st.cell))
        if show_tag:
            row.append(_short(note.tag_label, widths[len(row)], st.muted))
        row += [_votes(note.votes), StarMark() if note.selected else ""]
        rows.append(row)
        if note.selected:
            selected.append(i)
    table = Grid(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    style = _list_style(len(rows), selected)
    style.add("ALIGN", (-1, 0), (-1, -1), "CENTER")
    style.add("ALIGN", (-2, 1), (-2, -1), "RIGHT")
    if numbered:
        style.add("TEXTCOLOR", (0, 1), (0, -1), MUTED)
    if show_tag:
        style.add("TEXTCOLOR", (-3, 1), (-3, -1), MUTED)
        style.add("FONTSIZE", (-3, 1), (-3, -1), st.muted.fontSize)
    style.add("TOPPADDING", (-1, 1), (-1, -1), 5)
    table.setStyle(style)
    return table


def category_table(categories: Sequence[CategoryRow], *, uncategorised: int = 0,
                   width: float = FRAME_WIDTH) -> Table:
    """Categories with their counts and share of the step's notes, most first."""
    st = styles()
    ordered = sorted_categories(categories)
    total = sum(c.count for c in ordered) + uncategorised
    rows: list[list] = [[Para("KATEGORI", st.cell_head),
                         Para("ANTAL", st.cell_head_right),
                         Para("ANDEL", st.cell_head_right)]]
    for c in ordered:
        rows.append([Para(markup(c.name), st.cell), Para(str(c.count), st.cell_right),
                     Para(_share(c.count, total), st.cell_right)])
    if uncategorised:
        rows.append([Para("<i>Ikke kategoriseret</i>", st.muted),
                     Para(str(uncategorised), st.cell_right),
                     Para(_share(uncategorised, total), st.cell_right)])
    rows.append([Para("I alt", st.cell_bold), Para(str(total), st.cell_right),
                 Para("100 %" if total else "–", st.cell_right)])
    table = Grid(rows, colWidths=[width - 110, 50, 60], repeatRows=1, splitInRow=1,
                  hAlign="LEFT")
    style = _list_style(len(rows))
    style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)
    table.setStyle(style)
    return table


def sorted_categories(categories: Sequence[CategoryRow]) -> list[CategoryRow]:
    """Most notes first; equal counts keep the organiser's order."""
    return sorted(categories, key=lambda c: -c.count)


def _share(count: int, total: int) -> str:
    return f"{round(100 * count / total)} %" if total else "–"


def category_chart(categories: Sequence[CategoryRow], *, width: float = FRAME_WIDTH,
                   max_bars: int = CHART_MAX_BARS) -> Drawing:
    """A horizontal bar chart of the categories' counts, drawn with reportlab.graphics."""
    ordered = sorted_categories(categories)[:max_bars]
    rest = len(categories) - len(ordered)
    row_h, bar_h, label_w, value_w = 17.0, 9.5, width * 0.36, 28.0
    height = row_h * len(ordered) + (14 if rest else 0) + 6
    drawing = Drawing(width, height)
    peak = max((c.count for c in ordered), default=0) or 1
    bar_x = label_w + 8
    bar_room = width - bar_x - value_w
    drawing.add(Line(bar_x, height - 2, bar_x, height - row_h * len(ordered) - 2,
                     strokeColor=RULE, strokeWidth=0.6))
    for i, c in enumerate(ordered):
        y = height - (i + 1) * row_h
        label = _fit_text(plain(c.name), label_w, FONT, 8)
        drawing.add(String(label_w, y + 5.2, label, fontName=FONT, fontSize=8,
                           fillColor=INK, textAnchor="end"))
        length = max(1.5, bar_room * c.count / peak) if c.count else 0
        if length:
            drawing.add(Rect(bar_x, y + 2.5, length, bar_h, fillColor=ACCENT,
                             strokeColor=None))
        drawing.add(String(bar_x + length + 4, y + 5.2, str(c.count), fontName=FONT_BOLD,
                           fontSize=8, fillColor=ACCENT))
    if rest:
        drawing.add(String(bar_x, 3, f"+ {rest} kategorier mere (se tabellen)",
                           fontName=FONT, fontSize=7.5, fillColor=MUTED))
    return drawing


def _fit_text(text: str, width: float, font: str, size: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def excerpt_list(excerpts: Sequence[NoteRow]) -> list[Flowable]:
    """Quoted notes ("Udsnit af data"), each with its table and votes."""
    st = styles()
    out: list[Flowable] = []
    for note in excerpts:
        out.append(Para(f"»{markup(note.text)}«", st.quote))
        source = [note.owner] + ([f"{note.votes} stemmer"] if note.votes else []) + \
            (["udvalgt"] if note.selected else [])
        out.append(Para(markup(" · ".join(s for s in source if s)), st.quote_source))
    return out


def persona_cards(personas: Sequence[Persona], *, width: float = FRAME_WIDTH) -> Flowable:
    """The dilemma step's cases side by side, two to a row."""
    st = styles()
    cells = [[Para(markup(p.name), st.cell_bold), Para(markup(p.description), st.cell)]
             for p in personas]
    if len(cells) % 2:
        cells.append("")
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    gap = 8
    table = Grid(rows, colWidths=[(width - gap) / 2 + gap / 2] * 2, splitInRow=1,
                  hAlign="LEFT")
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LINEAFTER", (0, 0), (0, -1), gap, white),
        ("LINEBELOW", (0, 0), (-1, -2), gap, white),
    ]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell:
                commands.append(("BACKGROUND", (c, r), (c, r), ACCENT_LIGHT))
    table.setStyle(_style(commands))
    return table


def fact_table(pairs: Sequence[tuple[str, str]], *, width: float = FRAME_WIDTH,
               label_width: float = 90) -> Table:
    """Label–value lines (date, venue, participants …) without grid lines."""
    st = styles()
    rows = [[Para(label.upper(), st.label), Para(markup(value), st.body_small)]
            for label, value in pairs if value]
    table = Grid(rows, colWidths=[label_width, width - label_width], hAlign="LEFT",
                  splitInRow=1)
    table.setStyle(_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (0, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
    ]))
    return table


def key_figures(figures: Sequence[tuple[str, int | str]], *,
                width: float = FRAME_WIDTH) -> Table:
    """A row of big numbers with small labels: the camp at a glance."""
    st = styles()
    cells = [[Para(markup(str(value)), st.figure), Para(markup(label), st.figure_label)]
             for label, value in figures]
    table = Grid([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle(_style([
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
        ("LINEAFTER", (0, 0), (-2, -1), 5, white),
        ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def grid_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               *, right_cols: Sequence[int] = ()) -> Table:
    """A plain list table of short texts (the tables of the camp, their people)."""
    st = styles()
    data: list[list] = [[Para(h.upper(), st.cell_head_right if i in right_cols
                                   else st.cell_head) for i, h in enumerate(header)]]
    for row in rows:
        data.append([Para(markup(v), st.cell_right if i in right_cols else st.cell)
                     for i, v in enumerate(row)])
    table = Grid(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(_list_style(len(data)))
    return table


# -- newspaper front page ------------------------------------------------------------------
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

    def __init__(self, page: FrontPageRow, *, masthead: str, date_line: str, edition: str,
                 caption: str = "", max_height: float = FRAME_HEIGHT) -> None:
        super().__init__()
        self.caption = caption
        self.page = page
        self.masthead = masthead
        self.date_line = date_line
        self.edition = edition
        self.max_height = max_height
        self._layout: dict | None = None

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
        if not self.page.quote.strip():
            return None
        st = styles()
        cell = [Para(f"»{markup(self.page.quote.strip())}«", st.paper_quote)]
        if self.page.quote_by.strip():
            cell.append(Para(f"– {markup(self.page.quote_by.strip())}", st.paper_quote_by))
        table = Grid([[cell]], colWidths=[width], splitInRow=1)
        table.setStyle(_style([
            ("LINEABOVE", (0, 0), (-1, 0), 1.6, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))
        return table

    # -- layout -------------------------------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
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
        self._layout = dict(caption=caption, paper_h=paper_h, inner=inner, mast=mast,
                            mast_h=mast_h, date=date_p,
                            edition=edition_p, line_h=line_h, headline=headline,
                            head_h=head_h, col_w=col_w, col1=col1, col2=col2,
                            cols_h=cols_h, single=not story)
        self.width, self.height = availWidth, height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        if self.height <= self.max_height:
            return []  # fits on a fresh page: move there whole
        return self.flowing()

    def flowing(self) -> list[Flowable]:
        """The same front page as ordinary paragraphs, for pages too long to set whole."""
        st = styles()
        top = Grid([[self._masthead(FRAME_WIDTH - 20)],
                     [Para(markup(f"{self.date_line} · {self.edition}"), st.paper_line)]],
                    colWidths=[FRAME_WIDTH])
        top.setStyle(_style([
            ("BACKGROUND", (0, 0), (-1, -1), PAPER),
            ("LINEBELOW", (0, 0), (-1, 0), 2, PAPER_INK),
            ("LINEBELOW", (0, 1), (-1, 1), 0.6, PAPER_INK),
        ]))
        caption = self._caption()
        out: list[Flowable] = [caption, Spacer(1, self.CAPTION_GAP)] if caption else []
        out += [top, Spacer(1, 8), self._headline(), Spacer(1, 6)]
        out += self._story()
        quote = self._quote(FRAME_WIDTH)
        if quote is not None:
            out += [Spacer(1, 6), quote]
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


def _draw_column(canv, flowables: Sequence[Flowable], x: float, top: float) -> None:  # noqa: ANN001
    """Draw flowables measured by :func:`_measure` top-down from ``top``."""
    y = top
    for f in flowables:
        y -= f._h  # type: ignore[attr-defined]
        f.drawOn(canv, x, y)
        y -= getattr(f, "_after", 0)


def _measure(f: Flowable, width: float) -> float:
    _, h = f.wrap(width, 10**6)
    f._h = h  # type: ignore[attr-defined]
    return h


def _balance(story: list[Para], quote: Table | None,
             width: float) -> tuple[list[Flowable], list[Flowable], float]:
    """Set ``story`` in two columns of equal height, ``quote`` heading the second."""
    gap = styles().paper_story.spaceAfter
    quote_h = _measure(quote, width) + 8 if quote is not None else 0.0
    if quote is not None:
        quote._after = 8  # type: ignore[attr-defined]
    heights = [_measure(p, width) for p in story]
    total = sum(heights) + gap * (len(story) - 1) + quote_h

    def fill(limit: float) -> tuple[list[Flowable], list[Flowable], float]:
        col1: list[Flowable] = []
        used = 0.0
        rest = list(story)
        while rest:
            p = rest[0]
            h = _measure(p, width)
            if used + h <= limit:
                p._after = gap  # type: ignore[attr-defined]
                col1.append(p)
                used += h + gap
                rest.pop(0)
                continue
            parts = p.split(width, limit - used) if limit - used > 0 else []
            if len(parts) == 2:
                used += _measure(parts[0], width) + gap
                parts[0]._after = 0  # type: ignore[attr-defined]
                col1.append(parts[0])
                rest[0] = parts[1]
            break
        col2: list[Flowable] = [quote] if quote is not None else []
        col2_h = quote_h
        for j, p in enumerate(rest):
            col2_h += _measure(p, width) + (gap if j < len(rest) - 1 else 0)
            p._after = gap  # type: ignore[attr-defined]
            col2.append(p)
        return col1, col2, max(col2_h, used - gap if col1 else 0.0)

    lo, hi = total / 2, total + 1
    best = fill(hi)
    for _ in range(14):
        mid = (lo + hi) / 2
        attempt = fill(mid)
        if attempt[2] <= mid + 0.5:
            best, hi = attempt, mid
        else:
            lo = mid
        if hi - lo < 1:
            break
    return best


# -- actor × proposals ---------------------------------------------------------------------
_STATUS = {
    "selected": "UDVALGT FORUDSÆTNING",
    "not_selected": "FORUDSÆTNING (IKKE UDVALGT)",
    "missing": "BIDRAG UDEN FORUDSÆTNING",
}


def prerequisite_block(block: PrerequisiteBlock, *, width: float = FRAME_WIDTH,
                       show_owner: bool = True) -> list[Flowable]:
    """A prerequisite and, actor by actor, the proposals for it (★ the selected ones)."""
    st = styles()
    label = _STATUS.get(block.status, "FORUDSÆTNING")
    if show_owner and block.owner:
        label = f"{markup(block.owner).upper()} · {label}"
    text = markup(block.text) if block.text else "<i>(ingen forudsætning angivet)</i>"
    votes = f"{block.votes} stemmer" if block.votes else ""
    head = Grid([[[Para(label, st.label), Para(text, st.cell_bold)],
                   Para(votes, st.muted.clone("votes_r", alignment=2))]],
                 colWidths=[width - 70, 70], splitInRow=1)
    head.setStyle(_style([
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    out: list[Flowable] = [CondPageBreak(90), head]
    if not block.contributions:
        out += [Spacer(1, 4), Para("Ingen bidrag noteret.", st.muted), Spacer(1, 12)]
        return out
    out.append(actor_table([(g.actor, [(None, c) for c in g.contributions], g.assigned)
                            for g in block.groups], width=width))
    if block.idle_actors:
        out.append(Spacer(1, 3))
        out.append(Para("Ingen forslag fra: " + markup(", ".join(block.idle_actors)) + ".",
                             st.muted))
    out.append(Spacer(1, 14))
    return out


def actor_table(groups: Sequence[tuple[str, Sequence[tuple[str | None, ContributionRow]], bool]],
                *, width: float = FRAME_WIDTH, show_owner: bool = False) -> Table:
    """One block of rows per actor: the actor's name once, then its proposals.

    ``groups`` holds (actor, [(owner or None, contribution)], assigned); ``show_owner``
    adds a column with the table each proposal came from.
    """
    st = styles()
    actor_w, mark_w, votes_w = 96.0, 20.0, 50.0
    owner_w = 52.0 if show_owner else 0.0
    text_w = width - actor_w - mark_w - votes_w - owner_w
    head = [Para("AKTØR", st.cell_head), "", Para("FORSLAG", st.cell_head)]
    widths = [actor_w, mark_w, text_w]
    if show_owner:
        head.append(Para("BORD", st.cell_head))
        widths.append(owner_w)
    head.append(Para("STEMMER", st.cell_head_right))
    widths.append(votes_w)
    rows: list[list] = [head]
    commands: list[tuple] = []
    actor_style = st.cell_bold.clone("actor", textColor=ACCENT)
    for actor, items, assigned in groups:
        first = len(rows)
        for i, (owner, c) in enumerate(items):
            name: Para | str = ""
            if i == 0:
                name = Para(markup(actor), actor_style if assigned else st.muted)
            row: list = [name, StarMark() if c.selected else "",
                         Para(markup(c.text), st.cell_bold if c.selected else st.cell)]
            if show_owner:
                row.append(Para(markup(owner or ""), st.muted))
            row.append(_votes(c.votes))
            rows.append(row)
        if first > 1:
            commands.append(("LINEABOVE", (0, first), (-1, first), 0.6, RULE))
    table = Grid(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    style = _style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("TOPPADDING", (1, 1), (1, -1), 5),
        ("ALIGN", (1, 0), (1, -1), "CENTER"),
        ("ALIGN", (-1, 1), (-1, -1), "RIGHT"),
        *commands,
    ])
    table.setStyle(style)
    return table


def contribution_rows(blocks: Sequence[PrerequisiteBlock], *,
                      width: float = FRAME_WIDTH) -> Table:
    """Contributions as raw rows: prerequisite, actor, proposal, votes, ★.

    The prerequisite and the actor are written on the first of their rows only; a
    prerequisite without any proposal still has its row.
    """
    st = styles()
    pre_w, actor_w, votes_w, mark_w = 130.0, 80.0, 50.0, 48.0
    widths = [pre_w, actor_w, width - pre_w - actor_w - votes_w - mark_w, votes_w, mark_w]
    rows: list[list] = [[Para("FORUDSÆTNING", st.cell_head),
                         Para("AKTØR", st.cell_head), Para("BIDRAG", st.cell_head),
                         Para("STEMMER", st.cell_head_right),
                         Para("UDVALGT", st.cell_head)]]
    commands: list[tuple] = []
    for block in blocks:
        first = len(rows)
        status = {"selected": "", "not_selected": " <i>(ikke udvalgt)</i>",
                  "missing": ""}.get(block.status, "")
        pre = Para((markup(block.text) or "<i>(ingen forudsætning)</i>") + status, st.cell)
        items = [(g, c) for g in block.groups for c in g.contributions] or [(None, None)]
        last_actor = None
        for i, (group, c) in enumerate(items):
            actor: Para | str = ""
            if group is not None and group.actor != last_actor:
                last_actor = group.actor
                actor = Para(markup(group.actor), st.cell if group.assigned else st.muted)
            if c is None:
                rows.append([pre, "", Para("–", st.muted), "", ""])
                continue
            rows.append([pre if i == 0 else "", actor,
                         Para(markup(c.text), st.cell), _votes(c.votes),
                         StarMark() if c.selected else ""])
        if first > 1:
            commands.append(("LINEABOVE", (0, first), (-1, first), 0.8, RULE))
    table = Grid(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("ALIGN", (-1, 0), (-1, -1), "CENTER"),
        ("ALIGN", (3, 1), (3, -1), "RIGHT"),
        ("TOPPADDING", (-1, 1), (-1, -1), 5),
        *commands,
    ]))
    return table
