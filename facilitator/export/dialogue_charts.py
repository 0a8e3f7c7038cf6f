"""The dialogue box's drawings, in the colours of the host's screen: the thermometer's
scale from cold blue to warm red, its distributions with the median, and the inverted
triangle's bands. Shared by a dialogue's documentation, the coordinator's overview and
the kit to print.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing
from reportlab.graphics.shapes import Line
from reportlab.graphics.shapes import Polygon
from reportlab.graphics.shapes import Rect
from reportlab.graphics.shapes import String
from reportlab.lib.colors import Color
from reportlab.lib.colors import HexColor
from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable

from facilitator.domain.dialogue import SCALE
from facilitator.domain.dialogue import RoundSummary
from facilitator.domain.dialogue import format_median
from facilitator.export.dialogue_data import ROUND_LABELS
from facilitator.export.pdf import blocks as b
from facilitator.export.pdf.fonts import FONT
from facilitator.export.pdf.fonts import FONT_BOLD
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import INK
from facilitator.export.pdf.styles import MUTED
from facilitator.export.pdf.styles import RULE
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import markup

#: Cold blue (1) → warm red (10), as on the host's screen: (place 0–1, colour).
THERMO_STOPS = ((0.0, "#1f5fa8"), (0.3, "#4fa3d1"), (0.55, "#f2d05c"), (0.78, "#ef8a3c"),
                (1.0, "#c62828"))
#: The triangle's bands, broad (1) to near (3), as on the host's screen.
BAND_COLOURS = ("#d9ecf7", "#a9d3ea", "#f2b35b")


def value_colour(value: float) -> Color:
    """The colour of a value on the 1–10 scale (the same in posters and charts)."""
    t = max(0.0, min(1.0, (value - 1) / 9))
    stops = [(p, HexColor(c)) for p, c in THERMO_STOPS]
    for (a, ca), (z, cz) in zip(stops, stops[1:], strict=False):
        if t <= z:
            f = (t - a) / (z - a) if z > a else 0.0
            return Color(ca.red + (cz.red - ca.red) * f, ca.green + (cz.green - ca.green) * f,
                         ca.blue + (cz.blue - ca.blue) * f)
    return stops[-1][1]


def median_change(start: RoundSummary, end: RoundSummary) -> str:
    """"Median ved start 6, ved slut 7,5 (+1,5)." as paragraph markup."""
    text = (f"Median ved start <b>{format_median(start.median)}</b>, ved slut "
            f"<b>{format_median(end.median)}</b>")
    if start.median is not None and end.median is not None:
        change = end.median - start.median
        shown = format_median(abs(change))
        text += f" ({'+' if change > 0 else '-' if change < 0 else '±'}{shown})"
    return text + "."


def round_charts(start: RoundSummary, end: RoundSummary, *,
                 width: float = FRAME_WIDTH) -> Flowable:
    """The start and end distributions side by side (one of them when only one was taken)."""
    shown = [s for s in (start, end) if s.readings] or [start]
    gap = 14.0
    each = (width - gap * (len(shown) - 1)) / len(shown)
    charts = [distribution_chart(s, ROUND_LABELS.get(s.round, s.round), width=min(each, 300))
              for s in shown]
    if len(charts) == 1:
        return charts[0]
    table = b.Grid([charts], colWidths=[each + gap / 2] * 2, hAlign="LEFT")
    table.setStyle(b.table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def distribution_chart(summary: RoundSummary, title: str, *, width: float = 240,
                       height: float = 128) -> Drawing:
    """How many said 1, 2 … 10, as coloured bars with their counts, and the median marked."""
    d = Drawing(width, height)
    head = title
    if summary.readings:
        head += f" · median {format_median(summary.median)} · {summary.readings} " + (
            "måling" if summary.readings == 1 else "målinger")
        if summary.group_only:
            head += " (hele gruppen)"
    d.add(String(0, height - 10, head, fontName=FONT_BOLD, fontSize=8.5, fillColor=INK))
    left, bottom, top = 4.0, 26.0, height - 24
    slot = (width - left) / len(SCALE)
    peak = max(summary.counts, default=0) or 1
    d.add(Line(left, bottom, width, bottom, strokeColor=RULE, strokeWidth=0.7))
    for i, value in enumerate(SCALE):
        x = left + i * slot
        count = summary.counts[i] if i < len(summary.counts) else 0
        h = (top - bottom) * count / peak
        if count:
            d.add(Rect(x + slot * 0.16, bottom, slot * 0.68, h, fillColor=value_colour(value),
                       strokeColor=None))
            d.add(String(x + slot / 2, bottom + h + 3, str(count), fontName=FONT_BOLD,
                         fontSize=7.5, fillColor=INK, textAnchor="middle"))
        d.add(String(x + slot / 2, bottom - 10, str(value), fontName=FONT, fontSize=7.5,
                     fillColor=MUTED, textAnchor="middle"))
    if summary.median is not None:
        mx = left + (summary.median - 0.5) * slot
        d.add(Line(mx, bottom - 13, mx, top + 6, strokeColor=INK, strokeWidth=0.9,
                   strokeDashArray=[2, 2]))
        d.add(Polygon([mx - 3.5, 2, mx + 3.5, 2, mx, 8], fillColor=INK, strokeColor=None))
        label = f"median {format_median(summary.median)}"
        anchor = "start" if mx < width * 0.7 else "end"
        d.add(String(mx + (5 if anchor == "start" else -5), 2.5, label, fontName=FONT,
                     fontSize=7, fillColor=INK, textAnchor=anchor))
    return d




def triangle_bands(width: float, height: float, *,
                   gap: float) -> tuple[Drawing, list[tuple[float, float]]]:
    """The inverted triangle's three bands, broad (1) at the top to near (3) at the tip,
    ``gap`` apart; and each band's top and bottom as drawn."""
    d = Drawing(width, height)
    band = height / 3
    edges = []

    def half(y: float) -> float:  # half the width at height y above the tip
        return width / 2 * y / height

    for i in range(3):
        top, bottom = height - i * band, height - (i + 1) * band
        t = top - (gap / 2 if i else 0)
        b_ = bottom + (gap / 2 if i < 2 else 0)
        d.add(Polygon([width / 2 - half(t), t, width / 2 + half(t), t,
                       width / 2 + half(b_), b_, width / 2 - half(b_), b_],
                      fillColor=HexColor(BAND_COLOURS[i]), strokeColor=None))
        edges.append((t, b_))
    return d, edges


def triangle_figure(questions: Sequence[str], counts: Sequence[int], *,
                    width: float = FRAME_WIDTH, notes_label: str = "noter") -> Flowable:
    """The inverted triangle, drawn small, beside its questions and how many notes each has."""
    st = styles()
    tri_w, tri_h = 118.0, 84.0
    d, edges = triangle_bands(tri_w, tri_h, gap=3.0)
    for i, (top, bottom) in enumerate(edges):
        d.add(String(tri_w / 2, (top + bottom) / 2 - 4, str(i + 1), fontName=FONT_BOLD,
                     fontSize=10 if i < 2 else 8, fillColor=INK, textAnchor="middle"))
    lines = []
    for i, question in enumerate(questions):
        n = counts[i] if i < len(counts) else 0
        lines.append(Para(f"<b>{i + 1}.</b> {markup(question)} "
                          f"<font color='#6b7075'>({n} {notes_label})</font>", st.body_small))
    table = b.Grid([[d, lines]], colWidths=[tri_w + 14, width - tri_w - 14], hAlign="LEFT")
    table.setStyle(b.table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def level_heading(level: int, question: str) -> list[Flowable]:
    st = styles()
    style = st.h3.clone("level_heading", leftIndent=0)
    return [CondPageBreak(80), Para(
        f"<font color='{_band_ink(level)}'>Niveau {level}</font> · {markup(question)}", style)]


def _band_ink(level: int) -> str:
    return ("#2f6f95", "#2f6f95", "#b36b00")[max(0, min(2, level - 1))]
