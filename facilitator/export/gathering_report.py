"""The coordinator's overview of many dialogues as a PDF for the committee
("Opsamling på dialogerne").

Many dialogue boxes (every parent board of a municipality, say) are gathered into one
coordinator file (see :mod:`facilitator.store.bundles`); this summarises them: which
groups met, where and when; the thermometer per group and for all (distribution and
median, start and end); the inverted triangle's notes level by level from every group,
with the coordinator's categories and counts when the notes have been sorted; the
dilemma cards the groups talked about most, with every group's answers to the three
questions; the creative sheets; and every group's agreements.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable
from reportlab.platypus import NextPageTemplate
from reportlab.platypus import PageBreak
from reportlab.platypus import Spacer

from facilitator.domain.dialogue import QUESTIONS
from facilitator.domain.dialogue import SCALE
from facilitator.domain.dialogue import RoundSummary
from facilitator.domain.dialogue import format_median
from facilitator.export.dialogue_charts import level_heading
from facilitator.export.dialogue_charts import median_change
from facilitator.export.dialogue_charts import round_charts
from facilitator.export.dialogue_charts import triangle_figure
from facilitator.export.dialogue_charts import value_colour
from facilitator.export.dialogue_data import QUESTION_LABELS
from facilitator.export.dialogue_data import ROUND_LABELS
from facilitator.export.dialogue_report import agreements_table
from facilitator.export.dialogue_report import card_box
from facilitator.export.gathering_data import AgreementsOverview
from facilitator.export.gathering_data import CardOverview
from facilitator.export.gathering_data import CardsOverview
from facilitator.export.gathering_data import GatheringData
from facilitator.export.gathering_data import TemplateOverview
from facilitator.export.gathering_data import ThermometerOverview
from facilitator.export.gathering_data import TriangleOverview
from facilitator.export.gathering_data import gathering_data
from facilitator.export.names import renamed
from facilitator.export.pdf import blocks as b
from facilitator.export.pdf.charts import category_chart
from facilitator.export.pdf.charts import category_table
from facilitator.export.pdf.document import Heading
from facilitator.export.pdf.document import write_named_report
from facilitator.export.pdf.fonts import FONT_BOLD
from facilitator.export.pdf.lists import note_table
from facilitator.export.pdf.styles import FRAME_HEIGHT
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import danish_date
from facilitator.export.pdf.text import markup
from facilitator.export.report_files import NameMap
from facilitator.export.report_files import OutPath
from facilitator.export.report_files import Progress
from facilitator.export.trend_charts import trend_section
from facilitator.store.reader import CampReader


def build_gathering_report(store: CampReader, out_path: OutPath, *,
                           pseudonyms: NameMap | None = None,
                           progress: Progress | None = None) -> Path:
    """Write the overview of every dialogue gathered in ``store`` to ``out_path``."""
    data = renamed(gathering_data(store, images=True), pseudonyms)
    return render_gathering_report(data, out_path, progress=progress)


def render_gathering_report(data: GatheringData, out_path: OutPath, *,
                            progress: Progress | None = None) -> Path:
    file = data.file

    return write_named_report(
        out_path, lambda: gathering_story(data), kind="Opsamling på dialogerne",
        name=file.title, municipality=file.municipality,
        footer=(file.program or "Dialogkassen",), subject=file.program or "Dialogkassen",
        lang=file.language, cover=True, progress=progress)


def gathering_story(data: GatheringData) -> list[Flowable]:
    out = [*_cover(data), PageBreak()]
    for section in data.sections:
        # A new page for each part, unless the part before left most of its page free.
        out.append(CondPageBreak(FRAME_HEIGHT * 0.55))
        out.append(Heading(section.title, _part_style(), level=0))
        out += _PARTS[type(section)](section)
    return out


def _part_style() -> ParagraphStyle:
    """A part's heading, with room above it when it follows another part on a page."""
    return styles().h1.clone("gathering_part", spaceBefore=20)


def _cover(data: GatheringData) -> list[Flowable]:
    st = styles()
    file = data.file
    f = data.figures()
    kicker = " · ".join(p for p in ("DIALOGKASSEN", "OPSAMLING", file.municipality.upper()) if p)
    out: list[Flowable] = [
        NextPageTemplate("body"),
        Spacer(1, 30),
        Para(markup(kicker), st.cover_kicker),
        Spacer(1, 6),
        Heading("Opsamling på dialogerne", st.cover_title, level=0),
        Para(markup(file.title if not file.program else f"{file.program} · {file.title}"),
             st.cover_subtitle),
        Spacer(1, 14),
        b.key_figures([("dialoger", f["dialogues"]), ("deltagere", f["participants"]),
                       ("målinger", f["readings"]), ("noter", f["notes"]),
                       ("kort drøftet", f["cards"]), ("aftaler", f["agreements"])]),
        Spacer(1, 16),
        Para("DIALOGERNE", st.label),
        Spacer(1, 3),
    ]
    if data.dialogues:
        rows = [[d.code, d.group_name, d.host, d.place, danish_date(d.date),
                 str(d.participants) if d.participants else "–"] for d in data.dialogues]
        out.append(b.grid_table(["Kode", "Gruppe", "Vært", "Sted", "Dato", "Deltagere"], rows,
                                [30, 110, 70, 76, 106, FRAME_WIDTH - 392], right_cols=[5]))
    else:
        out.append(Para("Der er endnu ikke samlet nogen dialoger i filen. Hent dialogernes "
                        "bordpakker under »Indsamling«.", st.muted))
    if data.waiting:
        out += [Spacer(1, 8), Para(
            "Endnu ingen dialog fra: " + markup(", ".join(data.waiting)) + ".", st.muted)]
    return out


# -- the thermometer -----------------------------------------------------------------------
def thermometer_overview(section: ThermometerOverview) -> list[Flowable]:
    st = styles()
    if not section.start.readings and not section.end.readings:
        return [Para("Ingen af grupperne har målinger på termometeret.", st.muted)]
    out: list[Flowable] = [
        Para("Alle gruppers målinger tilsammen (hver deltagers tal; hele gruppens mærke kun, "
             "hvor gruppen ikke gav tal hver for sig).", st.body),
        round_charts(section.start, section.end)]
    if section.both:
        out += [Spacer(1, 6), Para(median_change(section.start, section.end), st.body)]
    for round_ in ("start", "end"):
        rows = [(g.info.code, g.info.name, getattr(g, round_)) for g in section.groups]
        overall = section.start if round_ == "start" else section.end
        if not overall.readings:
            continue
        out += b.heading(f"{ROUND_LABELS[round_]}: målinger pr. gruppe", 1, toc=False)
        out.append(distribution_table(rows, overall))
        if any(s.group_only for _, _, s in rows):
            out.append(Para("* hele gruppens samlede mærke (ingen tal for hver deltager).",
                            st.muted))
    worded = [g for g in section.groups if g.words]
    if worded:
        out += b.heading("Ord ved målingerne", 1, toc=False)
        out += [Para(f"<b>{markup(g.info.name)}:</b> {markup(', '.join(g.words))}",
                     st.body_small) for g in worded]
    if section.trend is not None:
        out += trend_section(section.trend)
    return out


def distribution_table(rows: Sequence[tuple[str, str, RoundSummary]],
                       overall: RoundSummary, *, width: float = FRAME_WIDTH) -> Flowable:
    """One row per group: how many gave each number, the readings and the median."""
    st = styles()
    count_w, n_w, med_w, code_w = 19.0, 44.0, 44.0, 30.0
    name_w = width - code_w - count_w * len(SCALE) - n_w - med_w
    head = [b.fixed("", "cell_head"), b.fixed("GRUPPE", "cell_head"),
            *[Para(str(v), st.cell_head_right) for v in SCALE],
            Para("ANTAL", st.cell_head_right), Para("MEDIAN", st.cell_head_right)]
    data: list[list] = [head]

    def line(code: str, name: str, s: RoundSummary, bold: bool = False) -> list:
        cell = st.cell_bold if bold else st.cell
        return [Para(markup(code), cell), Para(markup(name), cell),
                *[str(c) if c else "" for c in s.counts],
                str(s.readings) if s.readings else "–",
                format_median(s.median) + (" *" if s.group_only else "")]

    for code, name, summary in rows:
        data.append(line(code, name, summary))
    data.append(line("", "Alle grupper", overall, bold=True))
    table = b.Grid(data, colWidths=[code_w, name_w, *[count_w] * len(SCALE), n_w, med_w],
                   repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(b.ruled_style(
        (3, 3, 3.5, 3), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("FONTNAME", (2, -1), (-1, -1), FONT_BOLD),
        *[("TEXTCOLOR", (2 + i, 0), (2 + i, 0), value_colour(v)) for i, v in enumerate(SCALE)],
        total=True))
    return table


# -- the inverted triangle -----------------------------------------------------------------
def triangle_overview(section: TriangleOverview) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    if section.intro:
        out += b.prompt(section.intro, "SPØRGSMÅLET")
    out.append(triangle_figure([lv.question for lv in section.levels],
                               [len(lv.notes) for lv in section.levels],
                               notes_label="noter i alt"))
    out.append(Spacer(1, 6))
    out += b.summary_box(section.summary)
    if section.categorised:
        out += [Para("KATEGORIER, ALLE NIVEAUER", st.label), Spacer(1, 3),
                category_chart(section.categories), Spacer(1, 4),
                category_table(section.categories, uncategorised=section.uncategorised),
                Spacer(1, 6)]
    else:
        out.append(b.status_line(
            "Noterne er endnu ikke kategoriseret. Det gøres under »Konsolidering« "
            "(trinnet »" + section.title + "«, gerne niveau for niveau)."))
    if any(n.selected for lv in section.levels for n in lv.notes):
        out += [Spacer(1, 4), b.star_legend("udvalgt af gruppen")]
    for level in section.levels:
        out += level_heading(level.level, level.question)
        per_group = " · ".join(f"{code}: {n}" for code, n in level.per_group)
        out.append(Para(f"{len(level.notes)} noter" + (f" ({markup(per_group)})"
                                                       if per_group else "") + ".", st.muted))
        if level.categories:
            out += [Spacer(1, 3),
                    category_table(level.categories, uncategorised=level.uncategorised),
                    Spacer(1, 5)]
        out += [Spacer(1, 3), note_table(level.notes, show_owner=True), Spacer(1, 4)]
    return out


# -- the dilemma cards ---------------------------------------------------------------------
def cards_overview(section: CardsOverview) -> list[Flowable]:
    st = styles()
    if not section.cards:
        return [Para("Ingen af grupperne skrev noget om kortene.", st.muted)]
    out: list[Flowable] = [Para(
        f"Grupperne talte om {len(section.cards)} af bunkens {section.deck_size} kort. "
        "Kortene, der blev talt mest om, står først.", st.body)]
    rows = [[str(i), c.card.title, str(c.count), ", ".join(g.owner for g in c.groups)]
            for i, c in enumerate(section.cards, start=1)]
    out += [b.grid_table(["Nr.", "Kort", "Grupper", "Hvilke"], rows,
                         [28, FRAME_WIDTH - 28 - 52 - 90, 52, 90], right_cols=[2]),
            Spacer(1, 8)]
    for i, card in enumerate(section.cards, start=1):
        out += [CondPageBreak(150), Spacer(1, 6)]
        out += card_overview(card, i)
    return out


def card_overview(card: CardOverview, rank: int) -> list[Flowable]:
    label = (f"NR. {rank} · KORT {card.card.number} · TALT OM I {card.count} "
             f"{'GRUPPE' if card.count == 1 else 'GRUPPER'}")
    return [card_box(card.card, label=label), Spacer(1, 3), group_answers(card), Spacer(1, 8)]


def group_answers(card: CardOverview, *, width: float = FRAME_WIDTH) -> Flowable:
    """Under each of the three questions, every group's answer with its code."""
    st = styles()
    rows: list[list] = []
    commands: list[tuple] = []
    for question in QUESTIONS:
        said = [(g.owner, text) for g in card.groups for q, text in g.answers if q == question]
        if not said:
            continue
        commands.append(("SPAN", (0, len(rows)), (1, len(rows))))
        if rows:
            commands.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 8))
        rows.append([Para(markup(QUESTION_LABELS[question]), st.cell_bold), ""])
        rows += [[Para(markup(owner), st.muted), Para(markup(text), st.cell)]
                 for owner, text in said]
    if not rows:
        return Para("(ingen svar)", st.muted)
    table = b.Grid(rows, colWidths=[40, width - 40], hAlign="LEFT", splitInRow=1)
    table.setStyle(b.table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *commands,
    ]))
    return table


# -- the sheets and the agreements ---------------------------------------------------------
def template_overview(section: TemplateOverview) -> list[Flowable]:
    st = styles()
    if not any(answers for _, answers in section.prompts):
        return [Para("Ingen af grupperne brugte skabelonen.", st.muted)]
    out: list[Flowable] = []
    for prompt, answers in section.prompts:
        out.append(Para(markup(prompt), st.h3))
        if not answers:
            out.append(Para("<i>(ingen svar)</i>", st.muted))
        for owner, text in answers:
            out += [Para(markup(text), st.quote), Para(markup(owner), st.quote_source)]
    return out


def agreements_overview(section: AgreementsOverview) -> list[Flowable]:
    st = styles()
    if not section.agreements:
        return [Para("Ingen af grupperne skrev aftaler.", st.muted)]
    return [Para(f"{len(section.agreements)} aftaler fra grupperne: hvad de vil gøre, hvem "
                 "der gør det, og hvornår.", st.body),
            agreements_table(section.agreements, show_owner=True)]


#: What each part of the overview is set as.
_PARTS: dict[type, Callable[[Any], list[Flowable]]] = {
    ThermometerOverview: thermometer_overview, TriangleOverview: triangle_overview,
    CardsOverview: cards_overview, TemplateOverview: template_overview,
    AgreementsOverview: agreements_overview,
}
