"""The thermometer over time in the coordinator's overview PDF (issue 18).

Many dialogues, held on different days (sometimes over years), each read at their start
and at their end: a box per period and round (quartiles as the box, lowest and highest
as the whiskers, the median as a bar with its number), a table of the same numbers, and
each dialogue's median from start to end as an arrow. The numbers come from
:mod:`facilitator.domain.dialogue_trends`.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.shapes import Line
from reportlab.graphics.shapes import Polygon
from reportlab.graphics.shapes import Rect
from reportlab.graphics.shapes import String
from reportlab.lib.colors import Color
from reportlab.lib.colors import HexColor
from reportlab.lib.colors import white
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Spacer

from facilitator.domain import dates
from facilitator.domain.dialogue import SCALE
from facilitator.domain.dialogue import format_median
from facilitator.domain.dialogue_trends import DATE
from facilitator.domain.dialogue_trends import UNDATED
from facilitator.domain.dialogue_trends import YEAR
from facilitator.domain.dialogue_trends import Spread
from facilitator.domain.dialogue_trends import StartEnd
from facilitator.domain.dialogue_trends import Trend
from facilitator.domain.dialogue_trends import TrendPoint
from facilitator.export.pdf import blocks as b
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
from facilitator.export.pdf.text import plain
from facilitator.export.pdf.text import text_width

#: The start round light, the end round dark (as in the legend).
START_COLOUR = HexColor("#9cc3d3")
END_COLOUR = ACCENT
UP, DOWN, SAME = HexColor("#2e7d32"), HexColor("#c62828"), MUTED
#: How many periods one chart shows; more periods make more charts.
PERIODS_PER_CHART = 10
#: How many dialogues one start → end chart shows.
ROWS_PER_CHART = 24


def point_label(point: TrendPoint, *, years: bool = True) -> str:
    """"14.09.2026", "2026", "Uden dato", "Alle"."""
    if point.kind == DATE:
        return dates.short_date(point.key, "da") if years else point.key
    if point.kind == YEAR:
        return point.key
    return "Uden dato" if point.kind == UNDATED else "Alle"


def trend_section(trend: Trend) -> list[Flowable]:
    """»Udviklingen over tid«: the charts and table by date (and year), start → end."""
    st = styles()
    if not trend.has_readings:
        return []
    out: list[Flowable] = [*b.heading("Udviklingen over tid", 1, toc=False)]
    periods = [*trend.by_date, *([trend.undated] if trend.undated else [])]
    out.append(Para(
        "Målingerne samlet for hver dato, dialogerne blev holdt (og for hvert år, når de "
        "spænder over flere år). Kassen går fra nedre til øvre kvartil, stregen fra laveste "
        "til højeste måling, og tallet er medianen.", st.body))
    out += [Spacer(1, 4), legend(), Spacer(1, 2)]
    chunks = _chunks(periods, PERIODS_PER_CHART)
    for number, chunk in enumerate(chunks, start=1):
        shown = [*chunk, trend.overall] if number == len(chunks) else chunk
        out += [spread_chart(shown), Spacer(1, 6)]
    out.append(spread_table(periods, trend.overall))
    if trend.by_year:
        out += [*b.heading("År for år", 2, toc=False),
                spread_chart([*trend.by_year, trend.overall]), Spacer(1, 6),
                spread_table(trend.by_year, trend.overall)]
    out += changes_part(trend)
    return out


def changes_part(trend: Trend) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [*b.heading("Fra start til slut i hver dialog", 2, toc=False)]
    changes = trend.changes
    if not changes:
        return [*out, Para("Ingen dialog har målinger både ved start og ved slut.", st.muted)]
    up, same, down = trend.change_counts()
    shift = trend.median_change()
    out.append(Para(
        f"{len(changes)} {'dialog' if len(changes) == 1 else 'dialoger'} har målinger både "
        f"ved start og ved slut. Medianen steg i {up}, var den samme i {same} og faldt i "
        f"{down}. Den midterste ændring er <b>{_signed(shift)}</b>.", st.body))
    for chunk in _chunks(list(changes), ROWS_PER_CHART):
        out += [Spacer(1, 4), change_chart(chunk)]
    return out


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    sign = "+" if value > 0 else "-" if value < 0 else "±"
    return sign + format_median(abs(value))


def legend() -> Drawing:
    d = Drawing(FRAME_WIDTH, 12)
    x = 0.0
    for colour, text in ((START_COLOUR, "Start"), (END_COLOUR, "Slut")):
        d.add(Rect(x, 2, 14, 8, fillColor=colour, strokeColor=None))
        d.add(String(x + 18, 3, text, fontName=FONT, fontSize=7.5, fillColor=INK))
        x += 60
    return d


def _y(value: float, bottom: float, top: float) -> float:
    return bottom + (top - bottom) * (value - SCALE[0]) / (SCALE[-1] - SCALE[0])


def spread_chart(points: Sequence[TrendPoint], *, width: float = FRAME_WIDTH,
                 height: float = 170) -> Drawing:
    """A box per point and round on the 1–10 scale; the last point "Alle" set apart."""
    d = Drawing(width, height)
    left, bottom, top = 22.0, 30.0, height - 10
    for value in SCALE:
        y = _y(value, bottom, top)
        d.add(Line(left, y, width, y, strokeColor=RULE, strokeWidth=0.6 if value in (1, 5, 10)
                   else 0.25))
        d.add(String(left - 5, y - 2.6, str(value), fontName=FONT, fontSize=7,
                     fillColor=MUTED, textAnchor="end"))
    slot = (width - left) / max(len(points), 1)
    for i, point in enumerate(points):
        x = left + i * slot
        if point.kind == "all" and i:
            d.add(Line(x, bottom - 4, x, top, strokeColor=MUTED, strokeWidth=0.6,
                       strokeDashArray=[2, 2]))
        box = min(22.0, slot * 0.3)
        for offset, spread, colour in ((-0.55, point.start, START_COLOUR),
                                       (0.55, point.end, END_COLOUR)):
            if spread is not None:
                _box(d, x + slot / 2 + offset * box - box / 2, box, spread, colour,
                     bottom, top)
        label = _fitting_label(point, slot - 2)
        d.add(String(x + slot / 2, bottom - 12, label, textAnchor="middle", fillColor=INK,
                     fontName=FONT_BOLD if point.kind == "all" else FONT, fontSize=7.5))
        count = f"{point.dialogues} {'dialog' if point.dialogues == 1 else 'dialoger'}"
        d.add(String(x + slot / 2, bottom - 22, fit_line(count, slot - 2, 6.5),
                     textAnchor="middle", fontName=FONT, fontSize=6.5, fillColor=MUTED))
    return d


def _fitting_label(point: TrendPoint, width: float) -> str:
    """The period's label; a date with a two-digit year when the full one is too wide."""
    font = FONT_BOLD if point.kind == "all" else FONT
    label = point_label(point)
    if point.kind == DATE and text_width(label, font, 7.5) > width:
        label = label[:-4] + label[-2:]
    return fit_line(label, width, 7.5, font)


def _box(d: Drawing, x: float, w: float, s: Spread, colour: Color, bottom: float,
         top: float) -> None:
    mid = x + w / 2
    d.add(Line(mid, _y(s.low, bottom, top), mid, _y(s.high, bottom, top), strokeColor=colour,
               strokeWidth=1))
    for end in (s.low, s.high):
        d.add(Line(mid - w / 4, _y(end, bottom, top), mid + w / 4, _y(end, bottom, top),
                   strokeColor=colour, strokeWidth=1))
    y1, y3 = _y(s.q1, bottom, top), _y(s.q3, bottom, top)
    d.add(Rect(x, y1, w, max(y3 - y1, 2.0), fillColor=colour, strokeColor=None))
    ym = _y(s.median, bottom, top)
    d.add(Line(x - 1.5, ym, x + w + 1.5, ym, strokeColor=INK, strokeWidth=1.6))
    d.add(Line(x, ym, x + w, ym, strokeColor=white, strokeWidth=0.6))
    d.add(String(mid, max(_y(s.high, bottom, top), y3) + 3, format_median(s.median),
                 textAnchor="middle", fontName=FONT_BOLD, fontSize=7, fillColor=INK))


def _spread_text(s: Spread | None) -> tuple[str, str]:
    if s is None:
        return "–", ""
    quartiles = f"{format_median(s.q1)}–{format_median(s.q3)}"
    return format_median(s.median), f"{quartiles} ({s.low}–{s.high})"


def spread_table(points: Sequence[TrendPoint], overall: TrendPoint) -> Flowable:
    """Per period: dialogues, readings (start / end), median and quartiles (lowest–highest)
    of each round, and the change of the median."""
    rows = []
    for point in [*points, overall]:
        counts = " / ".join(str(s.readings) if s is not None else "0"
                            for s in (point.start, point.end))
        change = (_signed(point.end.median - point.start.median)
                  if point.start is not None and point.end is not None else "–")
        rows.append([point_label(point), str(point.dialogues), counts,
                     *_spread_text(point.start), *_spread_text(point.end), change])
    widths = [60, 50, 52, 36, 86, 36, 86]
    widths.append(FRAME_WIDTH - sum(widths))
    table = b.grid_table(["Periode", "Dialoger", "Målinger", "Start", "Kvartiler (min–maks)",
                          "Slut", "Kvartiler (min–maks)", "Ændring"],
                         rows, widths, right_cols=(1, 2, 3, 5, 7))
    return KeepTogether([table])


def change_chart(rows: Sequence[StartEnd], *, width: float = FRAME_WIDTH) -> Drawing:
    """One line per dialogue: its median at the start (open dot) to its end (arrow)."""
    row_h, label_w, head = 15.0, 170.0, 14.0
    height = head + row_h * len(rows) + 4
    d = Drawing(width, height)
    left, right = label_w + 10, width - 34

    def x_of(value: float) -> float:
        return left + (right - left) * (value - SCALE[0]) / (SCALE[-1] - SCALE[0])

    for value in SCALE:
        d.add(Line(x_of(value), 2, x_of(value), height - head + 2, strokeColor=RULE,
                   strokeWidth=0.25))
        d.add(String(x_of(value), height - 9, str(value), fontName=FONT, fontSize=7,
                     fillColor=MUTED, textAnchor="middle"))
    for i, row in enumerate(rows):
        y = height - head - (i + 1) * row_h + row_h / 2
        name = row.code if row.name in ("", f"Dialog {row.code}") else f"{row.code} · {row.name}"
        d.add(String(label_w, y - 2.8, fit_line(plain(name), label_w, 7.5), fontName=FONT,
                     fontSize=7.5, fillColor=INK, textAnchor="end"))
        if row.start is None or row.end is None:
            continue
        a, z = x_of(row.start), x_of(row.end)
        colour = UP if z > a else DOWN if z < a else SAME
        d.add(Line(a, y, z, y, strokeColor=colour, strokeWidth=1.6))
        if z != a:
            tip = 5.0 if z > a else -5.0
            d.add(Polygon([z, y, z - tip, y + 3, z - tip, y - 3], fillColor=colour,
                          strokeColor=None))
        d.add(Circle(a, y, 2.6, fillColor=white, strokeColor=colour, strokeWidth=1.2))
        d.add(String(right + 30, y - 2.8, _signed(row.change), fontName=FONT_BOLD,
                     fontSize=7.5, fillColor=colour, textAnchor="end"))
    return d
