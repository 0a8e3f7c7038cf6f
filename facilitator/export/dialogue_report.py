"""One dialogue's documentation as a PDF ("Dialogens dokumentation").

The host's answer to "how do we document it?" (DESIGN.md §3): who met, where and when;
the thermometer's readings as a distribution with the median (start and end side by
side when both were taken); the inverted triangle's notes level by level, with votes
and ★ for what the group selected; every dilemma card the group talked about with its
answers to the three questions; the creative sheet; and the agreements (what, who, by
when). Built from the report blocks the camp summary uses, in the same look.

The drawings here (thermometer colours, distribution charts, the small triangle) are
shared with the coordinator's overview (:mod:`facilitator.export.gathering_report`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from io import BytesIO
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    NextPageTemplate,
    Spacer,
    TableStyle,
)

from facilitator.domain.dialogue import SCALE, RoundSummary, format_median
from facilitator.export import pdf_blocks as b
from facilitator.export.dialogue_data import (
    QUESTION_LABELS,
    ROUND_LABELS,
    AgreementRow,
    AgreementsSection,
    CardRow,
    CardsSection,
    DialogueData,
    ReadingRow,
    TemplateSection,
    ThermometerSection,
    TriangleSection,
    dialogue_data,
)
from facilitator.export.pdf_style import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    Heading,
    PageFrame,
    Para,
    ReportDoc,
    danish_date,
    markup,
    styles,
    write_atomically,
)
from facilitator.store.reader import CampReader

#: Cold blue (1) → warm red (10), as on the host's screen: (place 0–1, colour).
THERMO_STOPS = ((0.0, "#1f5fa8"), (0.3, "#4fa3d1"), (0.55, "#f2d05c"), (0.78, "#ef8a3c"),
                (1.0, "#c62828"))
#: The triangle's bands, broad (1) to near (3), as on the host's screen.
BAND_COLOURS = ("#d9ecf7", "#a9d3ea", "#f2b35b")


def table_style(commands: list[tuple]) -> TableStyle:
    """A table style whose plain-string cells are set in the embedded font too."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.8, 12), *commands])


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


# -- the report ----------------------------------------------------------------------------
def build_dialogue_report(store: CampReader, out_path: str | os.PathLike[str], *,
                          table_code: str | None = None,
                          pseudonyms: Mapping[str, str] | None = None,
                          progress: Callable[[str, int], None] | None = None) -> Path:
    """Write the documentation of one dialogue of ``store`` to ``out_path``.

    ``table_code`` names the dialogue (its table); without it the file's only dialogue
    is documented. Raises ``UserError`` when there is none, or the choice is unclear.
    """
    from facilitator.export.names import renamed

    data = renamed(dialogue_data(store, table_code), pseudonyms)
    return render_dialogue_report(data, out_path, progress=progress)


def render_dialogue_report(data: DialogueData, out_path: str | os.PathLike[str], *,
                           progress: Callable[[str, int], None] | None = None) -> Path:
    info, file = data.info, data.file

    def build(path: str) -> None:
        doc = ReportDoc(
            path,
            frame=PageFrame(header_left=f"Dialog · {info.name}",
                            header_right=file.municipality,
                            footer_left=" · ".join(p for p in (
                                file.program or "Dialogkassen",
                                danish_date(info.date or file.date)) if p)),
            title=f"Dialog: {info.name}", author=info.host or file.municipality,
            subject=file.program or "Dialogkassen", lang=file.language, progress=progress,
        )
        doc.build_all(dialogue_story(data))

    return write_atomically(out_path, build)


def dialogue_story(data: DialogueData) -> list[Flowable]:
    st = styles()
    info, file = data.info, data.file
    figures = data.figures()
    kicker = " · ".join(p for p in ("DIALOGKASSEN", file.municipality.upper()) if p)
    out: list[Flowable] = [
        NextPageTemplate("body"),
        Para(markup(kicker), st.cover_kicker),
        Spacer(1, 6),
        Heading(info.name, st.cover_title, level=0),
        Para(markup(file.program or file.title), st.cover_subtitle),
        Spacer(1, 8),
        b.fact_table([
            ("Gruppe", info.group_name),
            ("Vært", info.host),
            ("Sted", info.place),
            ("Dato", danish_date(info.date)),
            ("Deltagere", str(info.participants) if info.participants else ""),
            ("Dialog", f"{info.code} i »{file.title}«" if file.title else info.code),
        ]),
        Spacer(1, 12),
        b.key_figures([("målinger", figures["readings"]), ("noter", figures["notes"]),
                       ("kort drøftet", figures["cards"]), ("aftaler", figures["agreements"])]),
        Spacer(1, 6),
    ]
    for section in data.sections:
        out += b.heading(section.title, 1)
        if isinstance(section, ThermometerSection):
            out += thermometer_section(section)
        elif isinstance(section, TriangleSection):
            out += triangle_section(section)
        elif isinstance(section, CardsSection):
            out += cards_section(section)
        elif isinstance(section, TemplateSection):
            out += template_section(section)
        elif isinstance(section, AgreementsSection):
            out += agreements_section(section)
    return out


# -- the thermometer -----------------------------------------------------------------------
def thermometer_section(section: ThermometerSection) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [*b.prompt(section.prompt, "SPØRGSMÅLET")]
    if not section.start.readings and not section.end.readings:
        return [*out, Para("Ingen målinger.", st.muted)]
    out.append(round_charts(section.start, section.end))
    if section.both:
        out += [Spacer(1, 6), Para(median_change(section.start, section.end), st.body)]
    words = reading_words(section.readings)
    if words:
        out += [Spacer(1, 4), *words]
    return out


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
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
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


def reading_words(readings: Sequence[ReadingRow]) -> list[Flowable]:
    """The round's readings in words: "7 (glad), 5 (træt) …; hele gruppen: 6"."""
    st = styles()
    out: list[Flowable] = []
    for round_ in ("start", "end"):
        mine = [r for r in readings if r.round == round_]
        if not mine:
            continue
        people = [f"{r.value}" + (f" ({markup(r.label)})" if r.label.strip() else "")
                  for r in mine if not r.whole_group]
        group = [f"{r.value}" + (f" ({markup(r.label)})" if r.label.strip() else "")
                 for r in mine if r.whole_group]
        text = ", ".join(people)
        if group:
            text += ("; " if text else "") + "hele gruppen: " + ", ".join(group)
        out.append(Para(f"<b>{ROUND_LABELS[round_]}:</b> {text}", st.body_small))
    return out


# -- the inverted triangle -----------------------------------------------------------------
def triangle_figure(questions: Sequence[str], counts: Sequence[int], *,
                    width: float = FRAME_WIDTH, notes_label: str = "noter") -> Flowable:
    """The inverted triangle, drawn small, beside its questions and how many notes each has."""
    st = styles()
    tri_w, tri_h = 118.0, 84.0
    d = Drawing(tri_w, tri_h)
    band = tri_h / 3
    for i in range(3):
        top, bottom = tri_h - i * band, tri_h - (i + 1) * band

        def half(y: float) -> float:
            return tri_w / 2 * y / tri_h

        gap = 1.5
        t, bo = top - (gap if i else 0), bottom + (gap if i < 2 else 0)
        d.add(Polygon([tri_w / 2 - half(t), t, tri_w / 2 + half(t), t,
                       tri_w / 2 + half(bo), bo, tri_w / 2 - half(bo), bo],
                      fillColor=HexColor(BAND_COLOURS[i]), strokeColor=None))
        d.add(String(tri_w / 2, (t + bo) / 2 - 4, str(i + 1), fontName=FONT_BOLD,
                     fontSize=10 if i < 2 else 8, fillColor=INK, textAnchor="middle"))
    lines = []
    for i, question in enumerate(questions):
        n = counts[i] if i < len(counts) else 0
        lines.append(Para(f"<b>{i + 1}.</b> {markup(question)} "
                          f"<font color='#6b7075'>({n} {notes_label})</font>", st.body_small))
    table = b.Grid([[d, lines]], colWidths=[tri_w + 14, width - tri_w - 14], hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def level_heading(level: int, question: str) -> list[Flowable]:
    st = styles()
    style = st.h3.clone("level_heading", leftIndent=0)
    return [CondPageBreak(80), Para(
        f"<font color='{_band_ink(level)}'>Niveau {level}</font> · {markup(question)}", style)]


def _band_ink(level: int) -> str:
    return ("#2f6f95", "#2f6f95", "#b36b00")[max(0, min(2, level - 1))]


def triangle_section(section: TriangleSection) -> list[Flowable]:
    out: list[Flowable] = []
    if section.intro:
        out += b.prompt(section.intro, "SPØRGSMÅLET")
    out += [triangle_figure([lv.question for lv in section.levels],
                            [len(lv.notes) for lv in section.levels]), Spacer(1, 4)]
    if any(n.selected for lv in section.levels for n in lv.notes):
        out.append(b.star_legend("udvalgt af gruppen"))
    for level in section.levels:
        out += level_heading(level.level, level.question)
        out.append(b.note_table(level.notes))
    return out


# -- dilemma cards -------------------------------------------------------------------------
def card_image(card: CardRow, *, max_width: float, max_height: float) -> Flowable | None:
    """The picture of a picture card, scaled to fit; None when it cannot be read."""
    if not card.image:
        return None
    try:
        w, h = ImageReader(BytesIO(card.image)).getSize()
    except Exception:  # a damaged picture from a bundle: the caption still shows
        return None
    if not w or not h:
        return None
    scale = min(max_width / w, max_height / h)
    return Image(BytesIO(card.image), width=w * scale, height=h * scale, hAlign="LEFT")


def card_box(card: CardRow, *, width: float = FRAME_WIDTH, label: str = "") -> Flowable:
    """The card as the group saw it: its text, or its picture with the caption."""
    st = styles()
    cell: list[Flowable] = [Para(markup(label or f"KORT {card.number}"), st.label)]
    if card.is_picture:
        picture = card_image(card, max_width=width * 0.55, max_height=150)
        if picture is not None:
            cell += [Spacer(1, 3), picture, Spacer(1, 4)]
        else:
            cell.append(Para("<i>(billedet kan ikke vises)</i>", st.muted))
        if card.caption.strip():
            cell.append(Para(markup(card.caption), st.cell_bold))
        if card.text.strip():
            cell.append(Para(markup(card.text), st.cell))
    else:
        cell.append(Para(markup(card.text), st.body.clone("card_text", fontName=FONT_BOLD,
                                                          fontSize=10.5, leading=15)))
    table = b.Grid([[cell]], colWidths=[width], hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def answers_table(answers: Sequence[tuple[str, str]], *, width: float = FRAME_WIDTH,
                  owner: str = "") -> Flowable:
    """The group's answers under the three questions."""
    st = styles()
    rows = [[Para(markup(QUESTION_LABELS.get(q, q)), st.cell_bold), Para(markup(text), st.cell)]
            for q, text in answers]
    if owner:
        rows.insert(0, [Para(markup(owner), st.label), ""])
    table = b.Grid(rows, colWidths=[118, width - 118], hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
    ]))
    return table


def cards_section(section: CardsSection) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [*b.prompt(section.prompt, "SÅDAN")]
    if not section.cards:
        return [*out, Para("Gruppen skrev ikke noget om kortene.", st.muted)]
    out.append(Para(f"Gruppen talte om {len(section.cards)} af bunkens {section.deck_size} "
                    "kort.", st.body))
    for discussed in section.cards:
        out += [CondPageBreak(120), Spacer(1, 4), card_box(discussed.card), Spacer(1, 3),
                answers_table(discussed.answers), Spacer(1, 10)]
    return out


# -- the free sheet and the agreements -----------------------------------------------------
def template_section(section: TemplateSection) -> list[Flowable]:
    st = styles()
    if not section.answered:
        return [Para("Skabelonen blev ikke brugt.", st.muted)]
    out: list[Flowable] = []
    for prompt, text in section.answers:
        out.append(Para(markup(prompt), st.h3))
        out.append(Para(markup(text), st.body) if text.strip()
                   else Para("<i>(ikke udfyldt)</i>", st.muted))
    return out


def agreements_table(rows: Sequence[AgreementRow], *, width: float = FRAME_WIDTH,
                     show_owner: bool = False) -> Flowable:
    header = ["Hvad gør vi?", "Hvem?", "Hvornår?"]
    widths = [width - 220, 120, 100]
    data = [[a.what, a.who, a.by_when] for a in rows]
    if show_owner:
        header.insert(0, "Gruppe")
        widths = [46, width - 266, 120, 100]
        data = [[a.owner, a.what, a.who, a.by_when] for a in rows]
    return b.grid_table(header, data, widths)


def agreements_section(section: AgreementsSection) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [*b.prompt(section.prompt, "SPØRGSMÅLET")]
    if not section.agreements:
        return [*out, Para("Ingen aftaler skrevet.", st.muted)]
    return [*out, agreements_table(section.agreements)]

