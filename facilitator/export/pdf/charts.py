"""Categories with their counts: as a bar chart (``reportlab.graphics``) and as a
table with each one's share of the step's notes, most first."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing
from reportlab.graphics.shapes import Line
from reportlab.graphics.shapes import Rect
from reportlab.graphics.shapes import String
from reportlab.platypus import Table

from facilitator.domain.analysis import CategoryCount
from facilitator.export.pdf.blocks import Grid
from facilitator.export.pdf.blocks import list_style
from facilitator.export.pdf.fonts import FONT
from facilitator.export.pdf.fonts import FONT_BOLD
from facilitator.export.pdf.styles import ACCENT
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import INK
from facilitator.export.pdf.styles import MUTED
from facilitator.export.pdf.styles import RULE
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import fit_line
from facilitator.export.pdf.text import markup
from facilitator.export.pdf.text import plain

#: How many categories a bar chart shows; the table below it always shows all.
CHART_MAX_BARS = 16


def category_table(categories: Sequence[CategoryCount], *, uncategorised: int = 0,
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
    style = list_style(len(rows))
    style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)
    table.setStyle(style)
    return table


def sorted_categories(categories: Sequence[CategoryCount]) -> list[CategoryCount]:
    """Most notes first; equal counts keep the organiser's order."""
    return sorted(categories, key=lambda c: -c.count)


def _share(count: int, total: int) -> str:
    return f"{round(100 * count / total)} %" if total else "–"


def category_chart(categories: Sequence[CategoryCount], *, width: float = FRAME_WIDTH,
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
        label = fit_line(plain(c.name), label_w, 8)
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
