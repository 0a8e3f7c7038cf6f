"""One dialogue's documentation as a PDF ("Dialogens dokumentation").

The host's answer to "how do we document it?" (DESIGN.md §3): who met, where and when;
the thermometer's readings as a distribution with the median (start and end side by
side when both were taken); the inverted triangle's notes level by level, with votes
and ★ for what the group selected; every dilemma card the group talked about with its
answers to the three questions; the creative sheet; and the agreements (what, who, by
when). Built from the report blocks the camp summary uses, in the same look.

The drawings (thermometer colours, distribution charts, the small triangle) are shared
with the coordinator's overview and the kit (:mod:`facilitator.export.dialogue_charts`).
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable
from reportlab.platypus import Image
from reportlab.platypus import NextPageTemplate
from reportlab.platypus import Spacer

from facilitator.export.dialogue_charts import level_heading
from facilitator.export.dialogue_charts import median_change
from facilitator.export.dialogue_charts import round_charts
from facilitator.export.dialogue_charts import triangle_figure
from facilitator.export.dialogue_data import QUESTION_LABELS
from facilitator.export.dialogue_data import ROUND_LABELS
from facilitator.export.dialogue_data import AgreementRow
from facilitator.export.dialogue_data import AgreementsSection
from facilitator.export.dialogue_data import CardRow
from facilitator.export.dialogue_data import CardsSection
from facilitator.export.dialogue_data import DialogueData
from facilitator.export.dialogue_data import ReadingRow
from facilitator.export.dialogue_data import TemplateSection
from facilitator.export.dialogue_data import ThermometerSection
from facilitator.export.dialogue_data import TriangleSection
from facilitator.export.dialogue_data import dialogue_data
from facilitator.export.names import renamed
from facilitator.export.pdf import blocks as b
from facilitator.export.pdf.document import Heading
from facilitator.export.pdf.document import write_named_report
from facilitator.export.pdf.fonts import FONT_BOLD
from facilitator.export.pdf.lists import note_table
from facilitator.export.pdf.styles import ACCENT
from facilitator.export.pdf.styles import ACCENT_LIGHT
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import RULE
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import danish_date
from facilitator.export.pdf.text import markup
from facilitator.export.report_files import NameMap
from facilitator.export.report_files import OutPath
from facilitator.export.report_files import Progress
from facilitator.store.reader import CampReader


# -- the report ----------------------------------------------------------------------------
def build_dialogue_report(store: CampReader, out_path: OutPath, *,
                          table_code: str | None = None,
                          pseudonyms: NameMap | None = None,
                          progress: Progress | None = None) -> Path:
    """Write the documentation of one dialogue of ``store`` to ``out_path``.

    ``table_code`` names the dialogue (its table); without it the file's only dialogue
    is documented. Raises ``UserError`` when there is none, or the choice is unclear.
    """
    data = renamed(dialogue_data(store, table_code), pseudonyms)
    return render_dialogue_report(data, out_path, progress=progress)


def render_dialogue_report(data: DialogueData, out_path: OutPath, *,
                           progress: Progress | None = None) -> Path:
    info, file = data.info, data.file

    return write_named_report(
        out_path, lambda: dialogue_story(data), kind="Dialog", name=info.name,
        municipality=file.municipality, author=info.host,
        footer=(file.program or "Dialogkassen", danish_date(info.date or file.date)),
        subject=file.program or "Dialogkassen", lang=file.language, progress=progress)


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
        out += _SECTIONS[type(section)](section)
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
        out.append(note_table(level.notes))
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
    table.setStyle(b.table_style([
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
    rows: list[list[Para | str]] = [
        [Para(markup(QUESTION_LABELS.get(q, q)), st.cell_bold), Para(markup(text), st.cell)]
        for q, text in answers]
    if owner:
        rows.insert(0, [Para(markup(owner), st.label), ""])
    table = b.Grid(rows, colWidths=[118, width - 118], hAlign="LEFT", splitInRow=1)
    table.setStyle(b.table_style([
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


#: What each section of the documentation is set as.
_SECTIONS: dict[type, Callable[[Any], list[Flowable]]] = {
    ThermometerSection: thermometer_section, TriangleSection: triangle_section,
    CardsSection: cards_section, TemplateSection: template_section,
    AgreementsSection: agreements_section,
}
