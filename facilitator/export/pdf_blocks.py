"""Building blocks of the reports, shared by the camp summary, the table sheet and the
dialogue-box report: headings, note lists, category tables and bar charts, newspaper
front pages and the actor × proposals layout.

Every block takes plain data (``report_data``) and returns platypus flowables; user
text goes through :func:`~facilitator.export.pdf_style.markup` on its way in. Blocks
that can grow without limit (note lists, contributions) are :class:`RowTable` lists:
plain text broken into lines once and drawn directly (thousands of notes in seconds,
where a ``Table`` of ``Paragraph`` cells took minutes), split by row and even inside a
row, so a 10,000-character note flows over pages instead of overflowing one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from functools import cache

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import Color, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
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
    FONT_ITALIC,
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
    text_width,
    wrap_text,
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


def numbered(items: Sequence[str]) -> list[Flowable]:
    """User texts as a numbered list with a hanging indent; a long item splits."""
    st = styles()
    style = st.body.clone("numbered", leftIndent=20, bulletIndent=2, spaceAfter=5)
    return [Para(markup(text), style, bulletText=f"{i}.") for i, text in enumerate(items, 1)]


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
        points = _star_points(self.size)
        path = self.canv.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        path.close()
        self.canv.setFillColor(self.color)
        self.canv.drawPath(path, stroke=0, fill=1)


# -- fast lists: rows of plain text, wrapped and drawn directly ----------------------------
class _StarCell:
    """The ★ of a selected row, as a cell of a :class:`RowTable`."""

    def __repr__(self) -> str:
        return "STAR"


#: A cell holding the selected mark.
STAR_CELL = _StarCell()

_STAR_SIZE = 7.6


@cache
def _star_points(size: float) -> tuple[tuple[float, float], ...]:
    """The ten corners of a five-pointed star in a ``size`` box (origin bottom left)."""
    r_out, r_in = size / 2, size / 2 * 0.42
    cx, cy = size / 2, size / 2 - 0.3
    points = []
    for i in range(10):
        r = r_out if i % 2 == 0 else r_in
        angle = math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return tuple(points)


@dataclass(frozen=True)
class Col:
    """A column of a :class:`RowTable`: width, text style, header label, alignment
    ("left", "right", "center"; empty: the style's own)."""

    width: float
    style: ParagraphStyle
    head: str = ""
    align: str = ""


class Row:
    """A row of a :class:`RowTable`.

    A cell is empty ("" or None), user text (set in the column's style), ``(text,
    style)``, a list of those stacked, or :data:`STAR_CELL`. ``span`` makes the row's
    one cell run across all columns (a group heading); ``tint`` fills the row,
    ``line_above`` = (width, colour) rules it off from the rows before, and
    ``keep_with_next`` never leaves it last on a page. When a page starts with the
    row, ``carry`` replaces its cells (the actor's name written again) and its
    ``context`` row (the group heading it belongs to) is repeated above it.
    """

    __slots__ = ("cells", "tint", "line_above", "span", "keep_with_next", "carry", "context")

    def __init__(self, cells: Sequence, *, tint: Color | None = None,
                 line_above: tuple[float, Color] | None = None, span: bool = False,
                 keep_with_next: bool = False, carry: Sequence | None = None,
                 context: Row | None = None) -> None:
        self.cells = cells
        self.tint = tint
        self.line_above = line_above
        self.span = span
        self.keep_with_next = keep_with_next
        self.carry = carry
        self.context = context


class _Laid:
    """A row (or the part of a row on one page) broken into lines."""

    __slots__ = ("row", "cells", "height", "first", "whole")

    def __init__(self, row: Row, cells: list, height: float, first: bool,
                 whole: bool = True) -> None:
        self.row = row
        self.cells = cells  # per cell: STAR_CELL or [(line, style, align)]
        self.height = height
        self.first = first  # the row's first part (or all of it)
        self.whole = whole  # all of the row


_ALIGN = {0: "left", 1: "center", 2: "right", 4: "left"}


class RowTable(Flowable):
    """A list table of plain text, made for thousands of rows.

    It looks like the report's other tables (header row with a rule, hairlines between
    rows, tinted rows, ★ marks) but breaks its text with :func:`wrap_text` once and
    draws it as plain lines in a single text object, where a ``Table`` of
    ``Paragraph`` cells would parse, measure and draw every cell as a little document
    of its own. It splits between rows and, for tall rows, between lines of a row
    (a 10,000-character note flows over pages), repeating ``caption`` ("… (fortsat)")
    and the header on every page. The text stays selectable and searchable.
    """

    def __init__(self, columns: Sequence[Col], rows: Sequence[Row], *, header: bool = True,
                 caption: str = "", caption_style: ParagraphStyle | None = None,
                 head_style: ParagraphStyle | None = None,
                 padding: tuple[float, float, float, float] = (3.2, 4, 4, 4),
                 rule: tuple[float, Color] | None = (0.35, RULE),
                 head_rule: tuple[float, Color] = (0.8, ACCENT),
                 bar: tuple[float, Color] | None = None, star_top: float = 5.0,
                 star_size: float = _STAR_SIZE, split_rows: bool = True) -> None:
        super().__init__()
        st = styles()
        self.columns = list(columns)
        self.rows = list(rows)
        self.header = header
        self.caption = caption
        self.caption_style = caption_style or st.list_title
        self.head_style = head_style or st.cell_head
        self.padding = padding
        self.rule = rule
        self.head_rule = head_rule
        self.bar = bar
        self.star_top = star_top
        self.star_size = star_size
        self.split_rows = split_rows
        self.hAlign = "LEFT"
        self.width = sum(c.width for c in self.columns)
        self.continued = False
        self._laid: list[_Laid] | None = None
        self._head: _Laid | None = None

    # -- layout ---------------------------------------------------------------------------
    def _cell_lines(self, content: object, style: ParagraphStyle, align: str,
                    width: float) -> list | _StarCell:
        if content is STAR_CELL:
            return STAR_CELL
        if not content:
            return []
        if isinstance(content, str):
            return [(line, style, align) for line in
                    wrap_text(printable(content), style.fontName, style.fontSize, width)]
        if isinstance(content, tuple):
            text, own = content
            own_align = align or _ALIGN.get(own.alignment, "left")
            return [(line, own, own_align) for line in
                    wrap_text(printable(text), own.fontName, own.fontSize, width)]
        out: list = []
        for part in content:  # stacked pieces
            lines = self._cell_lines(part, style, align, width)
            if lines is not STAR_CELL:
                out += lines
        return out

    def _lay(self, row: Row, contents: Sequence | None = None) -> _Laid:
        top, right, _, left = self.padding
        contents = row.cells if contents is None else contents
        if row.span:
            col = self.columns[0]
            cells = [self._cell_lines(contents[0], col.style, "", self.width - left - right)]
        else:
            cells = [self._cell_lines(content, col.style,
                                      col.align or _ALIGN.get(col.style.alignment, "left"),
                                      col.width - left - right)
                     for col, content in zip(self.columns, contents, strict=False)]
        return _Laid(row, cells, self._height(cells), True)

    def _resumed(self, rest: list[_Laid]) -> list[_Laid]:
        """The rows continued on the next page, their group heading repeated above
        them and the first one's ``carry`` cells filled in."""
        start = rest[0]
        row = start.row
        out = list(rest)
        if start.first and row.carry is not None:
            out[0] = self._lay(row, row.carry)
        context = row.context
        if context is not None:
            out.insert(0, self._shortened(self._lay(context, context.carry)))
        return out

    def _shortened(self, laid: _Laid, most: int = 3) -> _Laid:
        """``laid`` cut to its first ``most`` lines (a repeated heading: a reminder)."""
        cells: list = []
        for cell in laid.cells:
            if cell is not STAR_CELL and len(cell) > most:
                line, style, align = cell[most - 1]
                cell = [*cell[:most - 1], (line + " …", style, align)]
            cells.append(cell)
        return _Laid(laid.row, cells, self._height(cells), laid.first, laid.whole)

    def _height(self, cells: list) -> float:
        top, _, bottom, _ = self.padding
        tallest = self.columns[0].style.leading
        for lines in cells:
            if lines is STAR_CELL:
                tallest = max(tallest, self.star_size + self.star_top - top)
            elif lines:
                tallest = max(tallest, sum(item[1].leading for item in lines))
        return top + tallest + bottom

    def _layout(self) -> list[_Laid]:
        if self._laid is None:
            self._laid = [self._lay(row) for row in self.rows]
        return self._laid

    def _head_row(self) -> _Laid | None:
        if not self.header:
            return None
        if self._head is None:
            top, right, _, left = self.padding
            cells = []
            for col in self.columns:
                align = col.align or _ALIGN.get(col.style.alignment, "left")
                cells.append([(col.head, self.head_style, align)] if col.head else [])
            height = top + self.head_style.leading + max(top - 0.5, 2.5)
            self._head = _Laid(Row([]), cells, height, True)
        return self._head

    def _top_height(self) -> float:
        head = self._head_row()
        caption = self.caption_style.leading + 3 if self.caption else 0.0
        return caption + (head.height if head else 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.height = self._top_height() + sum(r.height for r in self._layout())
        return self.width, self.height

    def _part(self, laid: list[_Laid], continued: bool) -> RowTable:
        part = copy(self)
        part.__dict__.pop("_postponed", None)  # platypus's mark on the whole, not the part
        part._laid = laid
        part.continued = continued
        part.wrap(self.width, 0)
        return part

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        laid = self._layout()
        room = availHeight - self._top_height()
        used, i = 0.0, 0
        while i < len(laid) and used + laid[i].height <= room + 1e-6:
            used += laid[i].height
            i += 1
        if i == len(laid):
            return [self]
        first, rest = laid[:i], laid[i:]
        pieces = self._split_row(laid[i], room - used) if self.split_rows else None
        if pieces is not None:
            first.append(pieces[0])
            rest = [pieces[1], *laid[i + 1:]]
        while first and first[-1].row.keep_with_next and first[-1].whole:
            rest.insert(0, first.pop())
        if not first:
            return []
        if (not self.continued and len(first) <= 2 and all(x.whole for x in first)
                and rest and rest[0].first and availHeight < 0.9 * FRAME_HEIGHT
                and sum(x.height for x in first) < 0.25 * FRAME_HEIGHT):
            # Not a list's head and a row or two at the foot of a page, the rest over
            # the page: the whole list starts on the next page (never at a page's top,
            # where the next page would be no better).
            return []
        return [self._part(first, self.continued), self._part(self._resumed(rest), True)]

    def _split_row(self, laid: _Laid, room: float) -> tuple[_Laid, _Laid] | None:
        """The row's lines that fit in ``room``, and the rest; None when the row moves
        to the next page whole.

        A short row is split only when at least three of its lines stay and two go
        (no orphan, no widow); a tall one (half a page or more) wherever it must. The
        less room, the fewer lines, so a row refused here is refused again further
        down the same page.
        """
        top, _, bottom, _ = self.padding
        inner = room - top - bottom
        texts = [c for c in laid.cells if c is not STAR_CELL]
        tallest = max(texts, key=len, default=[])
        lines = len(tallest)
        if inner <= 0 or lines < 2:
            return None
        used, fitted = 0.0, 0
        while fitted < lines and used + tallest[fitted][1].leading <= inner + 1e-6:
            used += tallest[fitted][1].leading
            fitted += 1
        if lines > 3:
            fitted = min(fitted, lines - 2)
        if fitted < (3 if laid.height < 0.5 * FRAME_HEIGHT else 1) or fitted >= lines:
            return None
        cut = sum(item[1].leading for item in tallest[:fitted]) + 1e-6
        head: list = []
        tail: list = []
        for cell in laid.cells:
            if cell is STAR_CELL:
                head.append(STAR_CELL)
                tail.append([])
                continue
            used, k = 0.0, 0
            while k < len(cell) and used + cell[k][1].leading <= cut:
                used += cell[k][1].leading
                k += 1
            head.append(cell[:k])
            tail.append(cell[k:])
        return (_Laid(laid.row, head, self._height(head), laid.first, whole=False),
                _Laid(laid.row, tail, self._height(tail), False, whole=False))

    # -- drawing --------------------------------------------------------------------------
    def draw(self) -> None:
        if is_dry_run(self.canv):
            return
        c = self.canv
        top_pad, right_pad, _, left_pad = self.padding
        texts: list[tuple[float, float, str, ParagraphStyle]] = []
        fills: dict[Color, list[tuple[float, float, float]]] = {}
        rules: dict[tuple[float, Color], list[tuple[float, float, float, float]]] = {}
        stars: list[tuple[float, float]] = []
        width = self.width
        y = self.height
        if self.caption:
            text = self.caption + (" (fortsat)" if self.continued else "")
            texts.append((0.0, y - self.caption_style.fontSize, printable(text),
                          self.caption_style))
            y -= self.caption_style.leading + 3
        rows = self._laid or []
        head = self._head_row()
        if head is not None:
            self._row_texts(head, y, texts, stars)
            y -= head.height
            rules.setdefault(self.head_rule, []).append((0, y, width, y))
        for n, laid in enumerate(rows):
            row, bottom = laid.row, y - laid.height
            if row.tint is not None:
                fills.setdefault(row.tint, []).append((bottom, laid.height, 0))
            if row.line_above is not None and laid.first and (n or head is None):
                rules.setdefault(row.line_above, []).append((0, y, width, y))
            if self.bar is not None:
                rules.setdefault(self.bar, []).append((0, y, 0, bottom))
            if self.rule is not None:
                rules.setdefault(self.rule, []).append((0, bottom, width, bottom))
            self._row_texts(laid, y, texts, stars)
            y = bottom
        c.saveState()
        # Plain PDF operators: a canvas call per rule and star corner formats every
        # number through reportlab's (pure Python) fp_str.
        ops: list[str] = []
        for color, boxes in fills.items():
            ops.append(_fill_op(color))
            ops += [f"0 {bottom:.2f} {width:.2f} {height:.2f} re f"
                    for bottom, height, _ in boxes]
        for (line_width, color), lines in rules.items():
            ops.append(f"{_stroke_op(color)} {line_width:g} w")
            ops += [f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S" for x1, y1, x2, y2 in lines]
        if stars:
            ops.append(_fill_op(STAR))
            corners = _star_points(self.star_size)
            for x, y0 in stars:
                ops.append(" ".join(f"{x + px:.2f} {y0 + py:.2f} {'l' if i else 'm'}"
                                    for i, (px, py) in enumerate(corners)) + " h")
            ops.append("f")
        c._code.append(" ".join(ops))
        draw_text_lines(c, texts)
        c.restoreState()

    def _row_texts(self, laid: _Laid, top: float, texts: list, stars: list) -> None:
        top_pad, right_pad, _, left_pad = self.padding
        x = 0.0
        columns = self.columns if not laid.row.span else [Col(self.width, self.columns[0].style)]
        for col, cell in zip(columns, laid.cells, strict=False):
            if cell is STAR_CELL:
                if laid.first:
                    stars.append((x + (col.width - self.star_size) / 2,
                                  top - self.star_top - self.star_size))
            elif cell:
                y = top - top_pad
                for text, style, align in cell:
                    baseline = y - style.fontSize
                    if align == "right":
                        tx = x + col.width - right_pad - text_width(text, style.fontName,
                                                                    style.fontSize)
                    elif align == "center":
                        tx = x + (col.width - text_width(text, style.fontName,
                                                         style.fontSize)) / 2
                    else:
                        tx = x + left_pad
                    if text:
                        texts.append((tx, baseline, text, style))
                    y -= style.leading
                texts.append(None)
            x += col.width


_NEXT_BLOCK = "ET BT 1 0 0 1 0 0 Tm"


def draw_text_lines(canv,  # noqa: ANN001 - a reportlab canvas
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
            code.append(_fill_op(color))
        code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        writer.show(text, code)
    if code[-1] == _NEXT_BLOCK:
        code.pop()
    code.append("ET")
    canv._code.append(" ".join(code))


@cache
def _fill_op(color: Color) -> str:
    return f"{color.red:.4g} {color.green:.4g} {color.blue:.4g} rg"


@cache
def _stroke_op(color: Color) -> str:
    return f"{color.red:.4g} {color.green:.4g} {color.blue:.4g} RG"


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

    def __init__(self, canv) -> None:  # noqa: ANN001 - a reportlab canvas
        self.canv = canv
        self.doc = canv._doc
        self.fonts: dict[str, tuple] = {}
        self.font = None
        self.name = ""
        self.size = 0.0
        self.subset = -1
        self.table: dict[int, str] = {}
        self.known: set[str] = set()

    @classmethod
    def of(cls, canv) -> _TextWriter:  # noqa: ANN001 - a reportlab canvas
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
        font = self.font
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

    def _select(self, subset: int, code: list[str]) -> None:
        code.append(f"{self.font.getSubsetInternalName(subset, self.doc)} {self.size:g} Tf")
        self.subset = subset


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


def _votes(votes: int) -> str:
    """Votes as a plain cell string (right-aligned by the table style): cheap to set."""
    return str(votes) if votes else "–"


@dataclass(frozen=True)
class _ListLook:
    """Type and spacing of a note list: the body's, or the appendix's compact one."""

    text: ParagraphStyle
    bold: ParagraphStyle
    muted: ParagraphStyle
    tag: ParagraphStyle
    head: ParagraphStyle
    padding: tuple[float, float, float, float]
    star_top: float
    star_size: float
    widths: dict[str, float]


@cache
def list_look(compact: bool = False) -> _ListLook:
    st = styles()
    if compact:
        return _ListLook(
            text=st.cell_small, bold=st.cell_small_bold,
            muted=st.cell_small.clone("cell_small_num", textColor=MUTED),
            tag=st.cell_small_muted, head=st.cell_small_head, padding=(1.9, 3.5, 2.3, 3.5),
            star_top=2.2, star_size=6.8,
            widths={"nr": 22, "owner": 48, "tag": 54, "votes": 42, "mark": 40})
    return _ListLook(
        text=st.cell, bold=st.cell_bold, muted=st.cell.clone("cell_num", textColor=MUTED),
        tag=st.muted, head=st.cell_head, padding=(3.2, 4, 4, 4), star_top=5.0,
        star_size=_STAR_SIZE,
        widths={"nr": 26, "owner": 52, "tag": 58, "votes": 50, "mark": 48})


def short_owner(owner: str) -> str:
    """An owner as its narrow column holds it without breaking a word: "Hovedgr. H1"."""
    return owner.replace("Hovedgruppe ", "Hovedgr. ")


def note_table(notes: Sequence[NoteRow], *, show_owner: bool = False, show_tag: bool = False,
               numbered: bool = True, width: float = FRAME_WIDTH, compact: bool = False,
               caption: str = "", highlight: bool = True) -> Flowable:
    """Notes with their votes and ★ for the selected ones, one row each.

    ``show_owner`` adds the table's code (for lists across tables), ``show_tag`` the
    dilemma tag (Hensyn, Afvejning, Dilemma). ``compact`` sets it in the appendix's
    small type; ``caption`` is a title set above it (and repeated, "fortsat", on every
    page it continues on). Selected notes are tinted and set in bold, unless
    ``highlight`` is off (a list of mostly selected notes: the ★ says it).
    """
    if not notes:
        return Para("Ingen noter.", styles().muted)
    look = list_look(compact)
    w = look.widths
    columns: list[Col] = []
    if numbered:
        columns.append(Col(w["nr"], look.muted, "NR."))
    if show_owner:
        columns.append(Col(w["owner"], look.text, "BORD"))
    text_at = len(columns)
    columns.append(Col(0, look.text, "NOTE"))
    if show_tag:
        columns.append(Col(w["tag"], look.tag, "TYPE"))
    columns += [Col(w["votes"], look.text, "STEMMER", "right"),
                Col(w["mark"], look.text, "UDVALGT", "center")]
    columns[text_at] = Col(width - sum(c.width for c in columns), look.text, "NOTE")
    rows: list[Row] = []
    for i, note in enumerate(notes, start=1):
        cells: list = []
        if numbered:
            cells.append(str(i))
        if show_owner:
            cells.append(short_owner(note.owner))
        marked = note.selected and highlight
        cells.append((note.text, look.bold) if marked else note.text)
        if show_tag:
            cells.append(note.tag_label)
        cells += [_votes(note.votes), STAR_CELL if note.selected else ""]
        rows.append(Row(cells, tint=SELECTED_TINT if marked else None))
    return RowTable(columns, rows, caption=caption, head_style=look.head,
                    padding=look.padding, star_top=look.star_top, star_size=look.star_size)


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
        if not self.page.quote.strip() and not self.page.quote_by.strip():
            return None
        st = styles()
        cell = [Para(f"»{markup(self.page.quote.strip())}«", st.paper_quote)] \
            if self.page.quote.strip() else []
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

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        if self.height <= self.max_height:
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
        top.setStyle(_style([
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
    # A paragraph splits after as many lines as fit: the same split for every limit
    # that leaves room for as many lines, so each is made (and measured) once.
    splits: dict[tuple[int, int], list] = {}

    def split(p: Para, room: float) -> list:
        key = (id(p), int(room / p.style.leading))
        if key not in splits:
            # A copy: when no line fits, reportlab's split drops the paragraph's own
            # layout, and a later attempt that sets the paragraph whole would draw it
            # without one.
            splits[key] = copy(p).split(width, room)
            for part in splits[key]:
                _measure(part, width)
        return splits[key]

    def fill(limit: float) -> tuple[list[Flowable], list[Flowable], float]:
        col1: list[Flowable] = []
        used = 0.0
        rest = list(story)
        while rest:
            p = rest[0]
            h = p._h
            if used + h <= limit:
                p._after = gap  # type: ignore[attr-defined]
                col1.append(p)
                used += h + gap
                rest.pop(0)
                continue
            parts = split(p, limit - used) if limit - used > 0 else []
            if len(parts) == 2:
                used += parts[0]._h + gap
                parts[0]._after = 0  # type: ignore[attr-defined]
                col1.append(parts[0])
                rest[0] = parts[1]
            break
        col2: list[Flowable] = [quote] if quote is not None else []
        col2_h = quote_h
        for j, p in enumerate(rest):
            col2_h += p._h + (gap if j < len(rest) - 1 else 0)
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
                       show_owner: bool = True, note: str = "") -> list[Flowable]:
    """A prerequisite and, actor by actor, the proposals for it (★ the selected ones);
    ``note`` is a remark set under them."""
    st = styles()
    label = _STATUS.get(block.status, "FORUDSÆTNING")
    if show_owner and block.owner:
        label = f"{plain(block.owner).upper()} · {label}"
    text = (block.text, st.cell_bold) if block.text else (
        "(ingen forudsætning angivet)", _italic(st.cell))
    votes = f"{block.votes} stemmer" if block.votes else ""
    head = RowTable([Col(width - 70, st.cell_bold), Col(70, st.muted, align="right")],
                    [Row([[(label, st.label), text], votes], tint=ACCENT_LIGHT)],
                    header=False, padding=(5, 8, 7, 8), rule=None, bar=(2.5, ACCENT))
    out: list[Flowable] = [CondPageBreak(90), head]
    if not block.contributions:
        out += [Spacer(1, 4), Para("Ingen bidrag noteret.", st.muted), Spacer(1, 12)]
        return out
    out.append(actor_table([(g.actor, [(None, c) for c in g.contributions], g.assigned)
                            for g in block.groups], width=width))
    remarks = [markup(note)] if note else []
    if block.idle_actors:
        remarks.append("Ingen forslag fra: " + markup(", ".join(block.idle_actors)) + ".")
    if remarks:
        out += [Spacer(1, 3), Para(" ".join(remarks), st.muted)]
    out.append(Spacer(1, 14))
    return out


@cache
def _italic(style: ParagraphStyle) -> ParagraphStyle:
    return style.clone(style.name + "_italic", fontName=FONT_ITALIC)


@cache
def _actor_style() -> ParagraphStyle:
    return styles().cell_bold.clone("actor", textColor=ACCENT)


def actor_table(groups: Sequence[tuple[str, Sequence[tuple[str | None, ContributionRow]], bool]],
                *, width: float = FRAME_WIDTH, show_owner: bool = False) -> Flowable:
    """One block of rows per actor: the actor's name once, then its proposals.

    ``groups`` holds (actor, [(owner or None, contribution)], assigned); ``show_owner``
    adds a column with the table each proposal came from.
    """
    st = styles()
    actor_w, mark_w, votes_w = 96.0, 20.0, 50.0
    owner_w = 52.0 if show_owner else 0.0
    text_w = width - actor_w - mark_w - votes_w - owner_w
    columns = [Col(actor_w, _actor_style(), "AKTØR"), Col(mark_w, st.cell, "", "center"),
               Col(text_w, st.cell, "FORSLAG")]
    if show_owner:
        columns.append(Col(owner_w, st.muted, "BORD"))
    columns.append(Col(votes_w, st.cell, "STEMMER", "right"))
    rows: list[Row] = []
    for actor, items, assigned in groups:
        name = actor if assigned else (actor, st.muted)
        for i, (owner, c) in enumerate(items):
            cells: list = [name if i == 0 else "", STAR_CELL if c.selected else "",
                           (c.text, st.cell_bold) if c.selected else c.text]
            if show_owner:
                cells.append(owner or "")
            cells.append(_votes(c.votes))
            rows.append(Row(cells, line_above=(0.6, RULE) if i == 0 and rows else None,
                            carry=[name, *cells[1:]] if i else None))
    return RowTable(columns, rows, padding=(3, 4, 3.5, 4), rule=None, star_top=5.0)


def contribution_rows(blocks: Sequence[PrerequisiteBlock], *,
                      width: float = FRAME_WIDTH, caption: str = "") -> Flowable:
    """Contributions as raw rows, in the appendix's small type: each prerequisite as a
    tinted line of its own, then its proposals with actor, votes and ★.

    The actor is written on the first of its rows only; a prerequisite without any
    proposal still has its line ("–").
    """
    st = styles()
    look = list_look(compact=True)
    actor_w, votes_w, mark_w = 96.0, look.widths["votes"], look.widths["mark"]
    columns = [Col(actor_w, look.text, "AKTØR"),
               Col(width - actor_w - votes_w - mark_w, look.text, "BIDRAG"),
               Col(votes_w, look.text, "STEMMER", "right"),
               Col(mark_w, look.text, "UDVALGT", "center")]
    rows: list[Row] = []
    for block in blocks:
        status = {"not_selected": " (ikke udvalgt)"}.get(block.status, "")
        text = block.text or "(ingen forudsætning)"
        votes = f" · {block.votes} stemmer" if block.votes else ""
        prerequisite = (text + status + votes, look.bold)
        head = Row([[("FORUDSÆTNING", st.label), prerequisite]], span=True,
                   tint=ACCENT_LIGHT, keep_with_next=True,
                   carry=[[("FORUDSÆTNING (FORTSAT)", st.label), prerequisite]])
        rows.append(head)
        items = [(g, c) for g in block.groups for c in g.contributions]
        if not items:
            rows.append(Row(["", ("–", look.tag), "", ""]))
        last_actor = None
        for group, c in items:
            name = group.actor if group.assigned else (group.actor, look.tag)
            cells = [name if group.actor != last_actor else "", c.text, _votes(c.votes),
                     STAR_CELL if c.selected else ""]
            rows.append(Row(cells, tint=SELECTED_TINT if c.selected else None, context=head,
                            carry=[name, *cells[1:]] if not cells[0] else None))
            last_actor = group.actor
    return RowTable(columns, rows, caption=caption, head_style=look.head,
                    padding=look.padding, star_top=look.star_top, star_size=look.star_size)


def pairs_table(pairs: Sequence[tuple[str, str]], *, width: float = FRAME_WIDTH,
                label_width: float = 80, caption: str = "") -> Flowable:
    """Label–text lines in the appendix's small type (a front page's headline, story,
    quote); empty texts are left out."""
    st = styles()
    look = list_look(compact=True)
    rows = [Row([(label.upper(), st.label), value]) for label, value in pairs if value]
    return RowTable([Col(label_width, st.label), Col(width - label_width, look.text)], rows,
                    header=False, caption=caption, padding=(2.6, 3.5, 3, 0))


class PageRef(Flowable):
    """A line of text naming the page a heading is on (``{page}`` in ``template``),
    linked to it.

    The page is the one the previous layout pass found (``ReportDoc.known_pages``);
    the document is built again until it no longer changes. Without it (a document
    built in one pass) ``fallback`` is printed.
    """

    def __init__(self, template: str, key: str, *, fallback: str = "",
                 style: ParagraphStyle | None = None, width: float = FRAME_WIDTH) -> None:
        super().__init__()
        self.template = template
        self.key = key
        self.fallback = fallback or template.replace("{page}", "").strip()
        self.style = style or styles().muted
        self.width = width

    def _lines(self, text: str) -> list[str]:
        st = self.style
        return wrap_text(printable(text), st.fontName, st.fontSize, self.width)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        longest = max(len(self._lines(self.template.replace("{page}", "0000"))),
                      len(self._lines(self.fallback)))
        self.height = longest * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)
        referenced = getattr(doc, "referenced", None)
        if referenced is not None:
            referenced.add(self.key)
        if is_dry_run(self.canv):
            return
        page = getattr(doc, "known_pages", {}).get(self.key)
        text = self.template.replace("{page}", str(page)) if page else self.fallback
        st = self.style
        y = self.height - st.fontSize
        lines = []
        for line in self._lines(text):
            lines.append((0.0, y, line, st))
            y -= st.leading
        c = self.canv
        c.saveState()
        draw_text_lines(c, lines)
        c.restoreState()
        if page:
            c.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)
