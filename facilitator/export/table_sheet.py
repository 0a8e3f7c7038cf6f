"""One table's sheet ("bordark"): everything a single table wrote during the day.

For the table's facilitator and chair to check and keep, and for the organisers when
one table's documentation is asked for. It holds that table's notes (with votes and ★
for the selected ones) in board order, its front pages as newspapers and its
contributions per prerequisite, actor by actor, and nothing from other tables.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable
from reportlab.platypus import NextPageTemplate
from reportlab.platypus import Spacer

from facilitator.domain.model import StepKind
from facilitator.export.camp_sections import front_pages
from facilitator.export.participant_tables import sheet_line
from facilitator.export.participant_tables import total_of
from facilitator.export.pdf import blocks as b
from facilitator.export.pdf.document import Heading
from facilitator.export.pdf.document import write_named_report
from facilitator.export.pdf.lists import note_table
from facilitator.export.pdf.lists import prerequisite_block
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import danish_date
from facilitator.export.pdf.text import markup
from facilitator.export.report_data import ContributionStep
from facilitator.export.report_data import FrontPageStep
from facilitator.export.report_data import NoteStep
from facilitator.export.report_data import ReportData
from facilitator.export.report_files import NameMap
from facilitator.export.report_files import OutPath
from facilitator.export.report_files import Progress
from facilitator.export.report_reading import gather
from facilitator.store.reader import CampReader


def build_table_sheet(store: CampReader, table_code: str, out_path: OutPath, *,
                      pseudonyms: NameMap | None = None,
                      progress: Progress | None = None) -> Path:
    """Write the sheet of the table coded ``table_code`` to ``out_path``; returns the path.

    ``pseudonyms`` maps names to the names printed instead, as for the camp summary.
    Raises ``UserError`` (UNKNOWN_TABLE) when the camp has no such table.
    """
    data = gather(store, table_code=table_code, pseudonyms=pseudonyms)
    return render_table_sheet(data, out_path, progress=progress)


def render_table_sheet(data: ReportData, out_path: OutPath, *,
                       progress: Progress | None = None) -> Path:
    camp = data.camp
    code = data.table.code if data.table else ""

    return write_named_report(
        out_path, lambda: table_sheet_story(data), kind=f"Bordark {code}", name=camp.title,
        municipality=camp.municipality, footer=(camp.core_task, danish_date(camp.date)),
        subject=camp.core_task, lang=camp.language, progress=progress)


def table_sheet_story(data: ReportData) -> list[Flowable]:
    st = styles()
    camp, table = data.camp, data.table
    code = table.code if table else ""
    group = ""
    if table and table.main_group:
        group = table.main_group + (f" – {table.main_group_name}" if table.main_group_name
                                    else "")
    figures = data.figures()
    out: list[Flowable] = [
        NextPageTemplate("body"),
        Para(markup(" · ".join(p for p in ("BORDARK", camp.municipality.upper()) if p)),
                  st.cover_kicker),
        Spacer(1, 6),
        Heading(f"Bord {code}", st.cover_title, level=0),
        Para(markup(camp.title), st.cover_subtitle),
        Spacer(1, 10),
        b.fact_table([
            ("Kerneopgave", camp.core_task),
            ("Dato", danish_date(camp.date)),
            ("Sted", camp.venue),
            ("Hovedgruppe", group),
            ("Facilitator", table.facilitator if table else ""),
            ("Bordformand", table.chair if table else ""),
            ("Deltagere", str(table.participants) if table and table.participants else ""),
            sheet_line(total_of(data.participants)),
        ]),
        Spacer(1, 14),
        b.key_figures([("noter", figures["notes"]), ("stemmer", figures["votes"]),
                       ("udvalgt", figures["selected"]),
                       ("avisforsider", figures["front_pages"]),
                       ("bidrag", figures["contributions"])]),
        Spacer(1, 10),
        b.star_legend(),
    ]
    for section in data.sections:
        out += b.heading(section.title, 1)
        out += b.prompt(section.prompt)
        if isinstance(section, NoteStep):
            if section.personas:
                out += [b.persona_cards(section.personas), Spacer(1, 8)]
            out += [note_table(section.notes, show_tag=section.kind == StepKind.DILEMMAS),
                    Spacer(1, 6)]
        elif isinstance(section, FrontPageStep):
            if section.pages:
                out += front_pages(section, data)
            else:
                out.append(Para("Ingen avisforsider.", st.muted))
        elif isinstance(section, ContributionStep):
            if not section.blocks:
                out.append(Para("Ingen bidrag.", st.muted))
            for block in section.blocks:
                out += prerequisite_block(block, show_owner=False)
    return out
