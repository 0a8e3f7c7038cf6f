"""Fast list tables: rows of plain text, broken into lines once and drawn directly.

Blocks that can grow without limit (note lists, contributions) are :class:`RowTable`
lists: thousands of notes in seconds, where a ``Table`` of ``Paragraph`` cells took
minutes. They split by row and even inside a row, so a 10,000-character note flows
over pages instead of overflowing one.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from dataclasses import KW_ONLY
from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from facilitator.export.pdf.drawing import STAR_SIZE
from facilitator.export.pdf.drawing import draw_text_lines
from facilitator.export.pdf.drawing import fill_op
from facilitator.export.pdf.drawing import star_points
from facilitator.export.pdf.drawing import stroke_op
from facilitator.export.pdf.styles import ACCENT
from facilitator.export.pdf.styles import FRAME_HEIGHT
from facilitator.export.pdf.styles import RULE
from facilitator.export.pdf.styles import STAR
from facilitator.export.pdf.styles import is_dry_run
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import printable
from facilitator.export.pdf.text import text_width
from facilitator.export.pdf.text import wrap_text


class _StarCell:
    """The ★ of a selected row, as a cell of a :class:`RowTable`."""

    def __repr__(self) -> str:
        return "STAR"


#: A cell holding the selected mark.
STAR_CELL = _StarCell()

#: What a cell holds: nothing ("" or None), user text, ``(text, style)``, a list of
#: those stacked, or :data:`STAR_CELL`.
CellContent = str | tuple[str, ParagraphStyle] | Sequence["CellContent"] | _StarCell | None
#: One line of a laid-out cell: its text, style and alignment.
_Line = tuple[str, ParagraphStyle, str]
#: A laid-out cell: its lines, or the ★.
_LaidCell = list[_Line] | _StarCell


@dataclass(frozen=True)
class Col:
    """A column of a :class:`RowTable`: width, text style, header label, alignment
    ("left", "right", "center"; empty: the style's own)."""

    width: float
    style: ParagraphStyle
    head: str = ""
    align: str = ""


@dataclass(slots=True, eq=False)
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

    cells: Sequence[CellContent]
    _: KW_ONLY
    tint: Color | None = None
    line_above: tuple[float, Color] | None = None
    span: bool = False
    keep_with_next: bool = False
    carry: Sequence[CellContent] | None = None
    context: Row | None = None


@dataclass(slots=True, eq=False)
class _Laid:
    """A row (or the part of a row on one page) broken into lines."""

    row: Row
    #: Per cell: STAR_CELL or [(line, style, align)].
    cells: list[_LaidCell]
    height: float
    #: The row's first part (or all of it).
    first: bool
    #: All of the row.
    whole: bool = True


_ALIGN = {0: "left", 1: "center", 2: "right", 4: "left"}


@dataclass(frozen=True)
class TableLook:
    """How a :class:`RowTable` is set: its header (``head``: the labels' style, the
    report's small capitals when None), cell padding (top, right, bottom, left), the
    rule under every row, a bar down its left side, and where its ★ stand."""

    header: bool = True
    head: ParagraphStyle | None = None
    padding: tuple[float, float, float, float] = (3.2, 4, 4, 4)
    rule: tuple[float, Color] | None = (0.35, RULE)
    bar: tuple[float, Color] | None = None
    star_top: float = 5.0
    star_size: float = STAR_SIZE


#: The body's note lists.
LIST_LOOK = TableLook()


@cache
def _caption_style() -> ParagraphStyle:
    return styles().list_title


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

    #: The rule under the header row, and the gap under the caption.
    HEAD_RULE = (0.8, ACCENT)
    CAPTION_GAP = 3.0
    continued = False
    _laid: list[_Laid] | None = None
    _head: _Laid | None = None

    def __init__(self, columns: Sequence[Col], rows: Sequence[Row], *,
                 look: TableLook = LIST_LOOK, caption: str = "") -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows = list(rows)
        self.look = look
        self.caption = caption
        self.width = sum(c.width for c in self.columns)

    # -- layout ---------------------------------------------------------------------------
    def _cell_lines(self, content: CellContent, style: ParagraphStyle, align: str,
                    width: float) -> _LaidCell:
        if isinstance(content, _StarCell):
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
        out: list[_Line] = []
        for part in content:  # stacked pieces
            lines = self._cell_lines(part, style, align, width)
            if not isinstance(lines, _StarCell):
                out += lines
        return out

    def _lay(self, row: Row, contents: Sequence[CellContent] | None = None) -> _Laid:
        top, right, _, left = self.look.padding
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
        cells: list[_LaidCell] = []
        for cell in laid.cells:
            if not isinstance(cell, _StarCell) and len(cell) > most:
                line, style, align = cell[most - 1]
                cell = [*cell[:most - 1], (line + " …", style, align)]
            cells.append(cell)
        return _Laid(laid.row, cells, self._height(cells), laid.first, laid.whole)

    def _height(self, cells: Sequence[_LaidCell]) -> float:
        top, _, bottom, _ = self.look.padding
        tallest = self.columns[0].style.leading
        for lines in cells:
            if isinstance(lines, _StarCell):
                tallest = max(tallest, self.look.star_size + self.look.star_top - top)
            elif lines:
                tallest = max(tallest, sum(item[1].leading for item in lines))
        return top + tallest + bottom

    def _layout(self) -> list[_Laid]:
        if self._laid is None:
            self._laid = [self._lay(row) for row in self.rows]
        return self._laid

    def _head_row(self) -> _Laid | None:
        if not self.look.header:
            return None
        if self._head is None:
            top = self.look.padding[0]
            head = self.look.head or styles().cell_head
            cells: list[_LaidCell] = []
            for col in self.columns:
                align = col.align or _ALIGN.get(col.style.alignment, "left")
                cells.append([(col.head, head, align)] if col.head else [])
            height = top + head.leading + max(top - 0.5, 2.5)
            self._head = _Laid(Row([]), cells, height, True)
        return self._head

    def _top_height(self) -> float:
        head = self._head_row()
        caption = _caption_style().leading + self.CAPTION_GAP if self.caption else 0.0
        return caption + (head.height if head else 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.height = self._top_height() + sum(r.height for r in self._layout())
        return self.width, self.height

    def _part(self, laid: list[_Laid], continued: bool) -> RowTable:
        part = copy(self)
        part.__dict__.pop("_postponed", None)  # platypus's mark on the whole, not the part
        part._laid = laid
        part.continued = continued
        part.wrap(self.width, 0)
        return part

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        laid = self._layout()
        room = availHeight - self._top_height()
        used, i = 0.0, 0
        while i < len(laid) and used + laid[i].height <= room + 1e-6:
            used += laid[i].height
            i += 1
        if i == len(laid):
            return [self]
        first, rest = laid[:i], laid[i:]
        pieces = self._split_row(laid[i], room - used)
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
        top, _, bottom, _ = self.look.padding
        inner = room - top - bottom
        texts = [c for c in laid.cells if not isinstance(c, _StarCell)]
        tallest: list[_Line] = max(texts, key=len, default=[])
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
        head: list[_LaidCell] = []
        tail: list[_LaidCell] = []
        for cell in laid.cells:
            if isinstance(cell, _StarCell):
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
        look = self.look
        texts: list[tuple[float, float, str, ParagraphStyle]] = []
        fills: dict[Color, list[tuple[float, float, float]]] = {}
        rules: dict[tuple[float, Color], list[tuple[float, float, float, float]]] = {}
        stars: list[tuple[float, float]] = []
        width = self.width
        y = self.height
        if self.caption:
            text = self.caption + (" (fortsat)" if self.continued else "")
            style = _caption_style()
            texts.append((0.0, y - style.fontSize, printable(text), style))
            y -= style.leading + self.CAPTION_GAP
        rows = self._laid or []
        head = self._head_row()
        if head is not None:
            self._row_texts(head, y, texts, stars)
            y -= head.height
            rules.setdefault(self.HEAD_RULE, []).append((0, y, width, y))
        for n, laid in enumerate(rows):
            row, bottom = laid.row, y - laid.height
            if row.tint is not None:
                fills.setdefault(row.tint, []).append((bottom, laid.height, 0))
            if row.line_above is not None and laid.first and (n or head is None):
                rules.setdefault(row.line_above, []).append((0, y, width, y))
            if look.bar is not None:
                rules.setdefault(look.bar, []).append((0, y, 0, bottom))
            if look.rule is not None:
                rules.setdefault(look.rule, []).append((0, bottom, width, bottom))
            self._row_texts(laid, y, texts, stars)
            y = bottom
        c.saveState()
        # Plain PDF operators: a canvas call per rule and star corner formats every
        # number through reportlab's (pure Python) fp_str.
        ops: list[str] = []
        for color, boxes in fills.items():
            ops.append(fill_op(color))
            ops += [f"0 {bottom:.2f} {width:.2f} {height:.2f} re f"
                    for bottom, height, _ in boxes]
        for (line_width, color), lines in rules.items():
            ops.append(f"{stroke_op(color)} {line_width:g} w")
            ops += [f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S" for x1, y1, x2, y2 in lines]
        if stars:
            ops.append(fill_op(STAR))
            corners = star_points(look.star_size)
            for x, y0 in stars:
                ops.append(" ".join(f"{x + px:.2f} {y0 + py:.2f} {'l' if i else 'm'}"
                                    for i, (px, py) in enumerate(corners)) + " h")
            ops.append("f")
        c._code.append(" ".join(ops))
        draw_text_lines(c, texts)
        c.restoreState()

    def _row_texts(self, laid: _Laid, top: float, texts: list, stars: list) -> None:
        top_pad, right_pad, _, left_pad = self.look.padding
        x = 0.0
        columns = self.columns if not laid.row.span else [Col(self.width, self.columns[0].style)]
        for col, cell in zip(columns, laid.cells, strict=False):
            if isinstance(cell, _StarCell):
                if laid.first:
                    stars.append((x + (col.width - self.look.star_size) / 2,
                                  top - self.look.star_top - self.look.star_size))
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
