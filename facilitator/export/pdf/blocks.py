"""The report blocks built of ``Paragraph`` and ``Table``: headings, the step's
question, the organiser's summary, a status remark, the ★ legend, facts, key figures,
short list tables, the dilemma step's cases and quoted excerpts.

Every block takes plain data and returns platypus flowables; user text goes through
:func:`~facilitator.export.pdf.text.markup` on its way in.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import white
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from facilitator.domain.model import Persona
from facilitator.export.pdf.document import Heading
from facilitator.export.pdf.drawing import StarMark
from facilitator.export.pdf.fonts import FONT
from facilitator.export.pdf.styles import ACCENT
from facilitator.export.pdf.styles import ACCENT_LIGHT
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import INK
from facilitator.export.pdf.styles import RULE
from facilitator.export.pdf.styles import SELECTED_TINT
from facilitator.export.pdf.styles import STAR
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import is_dry_run
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import markup
from facilitator.export.report_data import NoteRow


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
    table.setStyle(table_style([
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


def _summary_style() -> ParagraphStyle:
    st = styles()
    return st.body.clone("summary", backColor=ACCENT_LIGHT, borderPadding=(7, 8, 8, 8),
                         leftIndent=8, rightIndent=8, spaceBefore=6, spaceAfter=4,
                         fontSize=9.8, leading=14.5)


def status_line(text: str) -> Table:
    """A short status remark ("Endnu ikke konsolideret"), flagged in the mark colour."""
    st = styles()
    table = Grid([[Para(markup(text), st.prompt)]], colWidths=[FRAME_WIDTH])
    table.setStyle(table_style([
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


def table_style(commands: list[tuple]) -> TableStyle:
    """A table style whose plain-string cells are set in the embedded font too."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.8, 12), *commands])


def ruled_style(padding: tuple[float, float, float, float], *commands: tuple,
                total: bool = False) -> TableStyle:
    """The look of a table of figures: text at the top of its cells, padded (top, right,
    bottom, left), the header row ruled off in the accent and hairlines between the rows
    under it; with ``total`` the last row is a total, ruled off in ink."""
    top, right, bottom, left = padding
    return table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), left), ("RIGHTPADDING", (0, 0), (-1, -1), right),
        ("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -2), 0.35, RULE),
        *([("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)] if total else []),
        *commands,
    ])


def star_legend(text: str = "udvalgt af bordet") -> Table:
    table = Grid([[StarMark(), Para(f"= {text}", styles().muted)]],
                  colWidths=[12, FRAME_WIDTH - 12], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table



# -- tables of short texts ---------------------------------------------------------------
def list_style(rows: int, selected_rows: Sequence[int] = (), *, header: bool = True,
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
    return table_style(commands)


def fact_table(pairs: Sequence[tuple[str, str]], *, width: float = FRAME_WIDTH,
               label_width: float = 90) -> Table:
    """Label–value lines (date, venue, participants …) without grid lines."""
    st = styles()
    rows = [[Para(label.upper(), st.label), Para(markup(value), st.body_small)]
            for label, value in pairs if value]
    table = Grid(rows, colWidths=[label_width, width - label_width], hAlign="LEFT",
                  splitInRow=1)
    table.setStyle(table_style([
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
    table.setStyle(table_style([
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
    table.setStyle(list_style(len(data)))
    return table


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
    cells: list[list[Para] | str] = [
        [Para(markup(p.name), st.cell_bold), Para(markup(p.description), st.cell)]
        for p in personas]
    if len(cells) % 2:
        cells.append("")  # the empty cell beside an odd last case
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
    table.setStyle(table_style(commands))
    return table
