"""The camp summary ("Opsamling på camp …") as a PDF for the committee.

It follows the organisers' own reports of 2017 (contents; indicators of success;
trade-offs; front pages; prerequisites; contributions by actor; appendix with the raw
data) and adds what they lacked: the camp in numbers, the question each step asked,
categories as a chart as well as a table, the front pages set as newspapers, every
prerequisite's proposals actor by actor, and an appendix that leaves nothing out.

Steps the organiser has consolidated show the summary, the categories with counts and
the chosen excerpts; the others show their notes as written, marked "Endnu ikke
konsolideret" (in a large camp only what the tables selected, with the page of the
appendix that has them all). The appendix is set compactly, one list per step and
table in small type.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable
from reportlab.platypus import NextPageTemplate
from reportlab.platypus import PageBreak
from reportlab.platypus import Spacer

from facilitator.domain.model import StepKind
from facilitator.domain.words import counted
from facilitator.export.camp_sections import contribution_section
from facilitator.export.camp_sections import front_page_section
from facilitator.export.camp_sections import listed_whole
from facilitator.export.camp_sections import note_section
from facilitator.export.camp_sections import owner_title
from facilitator.export.participant_tables import camp_participants
from facilitator.export.pdf import blocks as b
from facilitator.export.pdf.document import contents_table
from facilitator.export.pdf.document import gc_paused
from facilitator.export.pdf.document import write_named_report
from facilitator.export.pdf.lists import actor_table
from facilitator.export.pdf.lists import contribution_rows
from facilitator.export.pdf.lists import note_table
from facilitator.export.pdf.lists import pairs_table
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import PLACEHOLDER
from facilitator.export.pdf.text import danish_date
from facilitator.export.pdf.text import markup
from facilitator.export.pdf.text import needs_placeholder
from facilitator.export.report_data import FrontPageStep
from facilitator.export.report_data import NoteStep
from facilitator.export.report_data import ReportData
from facilitator.export.report_files import NameMap
from facilitator.export.report_files import OutPath
from facilitator.export.report_files import Progress
from facilitator.export.report_reading import gather
from facilitator.store.reader import CampReader


def build_camp_report(store: CampReader, out_path: OutPath, *,
                      pseudonyms: NameMap | None = None,
                      progress: Progress | None = None) -> Path:
    """Write the camp summary of ``store``'s camp to ``out_path``; returns the path.

    ``pseudonyms`` maps names to the names printed instead (whole words, in every text
    and name field). ``progress`` receives reportlab's progress events (for a
    progress bar when the export runs off the GUI thread).
    """
    with gc_paused():
        data = gather(store, pseudonyms=pseudonyms)
        return render_camp_report(data, out_path, progress=progress)


def render_camp_report(data: ReportData, out_path: OutPath, *,
                       progress: Progress | None = None) -> Path:
    """Write the camp summary of already gathered ``data`` (no store needed)."""
    camp = data.camp
    return write_named_report(
        out_path, lambda: camp_report_story(data), kind="Opsamling på camp", name=camp.title,
        municipality=camp.municipality, footer=(camp.core_task, danish_date(camp.date)),
        subject=camp.core_task, lang=camp.language, cover=True, progress=progress)


def camp_report_story(data: ReportData) -> list[Flowable]:
    story = _cover(data)
    story += [NextPageTemplate("body"), PageBreak()]
    story += _contents(data)
    number = 1
    story += [PageBreak(), *_about(data, number)]
    for index, section in enumerate(data.sections):
        number += 1
        story.append(PageBreak())
        if isinstance(section, NoteStep):
            story += note_section(section, number, appendix_key=raw_data_key(index))
        elif isinstance(section, FrontPageStep):
            story += front_page_section(section, data, number)
        else:
            story += contribution_section(section, number, appendix_key=raw_data_key(index))
    if data.analysis is not None and data.analysis.shown:
        number += 1
        story += [PageBreak(), *_analysis(data, number)]
    story += [PageBreak(), *raw_data_appendix(data)]
    return story


# -- cover and contents ---------------------------------------------------------------------
def _cover(data: ReportData) -> list[Flowable]:
    st = styles()
    camp = data.camp
    kicker = " · ".join(p for p in (camp.municipality.upper(), "OPSAMLING PÅ CAMP") if p)
    tables = counted(data.table_count, "%n bord", "%n borde")
    if data.main_group_count:
        tables += " i " + counted(data.main_group_count, "%n hovedgruppe", "%n hovedgrupper")
    out: list[Flowable] = [
        Spacer(1, 150),
        Para(markup(kicker), st.cover_kicker), Spacer(1, 10),
        Para(markup(camp.title or "Camp"), st.cover_title),
    ]
    if camp.core_task:
        out.append(Para("Kerneopgave: " + markup(camp.core_task), st.cover_subtitle))
    out += [Spacer(1, 22), b.fact_table([
        ("Dato", danish_date(camp.date)),
        ("Sted", camp.venue),
        ("Deltagere", str(camp.participants) if camp.participants else ""),
        ("Borde", tables),
    ], width=300, label_width=80), Spacer(1, 26)]
    out += b.summary_box(camp.purpose, label="FORMÅL MED KERNEOPGAVEN")
    out += [Spacer(1, 20), Para(
        f"Udarbejdet {danish_date(data.made_on)} med Facilitator på grundlag af bordenes "
        "egne noter fra dagen.", st.muted)]
    return out


def _contents(data: ReportData) -> list[Flowable]:
    st = styles()
    camp = data.camp
    where = f" i {markup(camp.municipality)}" if camp.municipality else ""
    when = f" d. {markup(danish_date(camp.date))}" if camp.date else ""
    intro = (f"Dette dokument er en opsamling på data fra campen "
             f"»{markup(camp.title)}«{when}{where}. Opsamlingen skal bruges i det videre "
             f"arbejde med kerneopgaven")
    intro += f" »{markup(camp.core_task)}«." if camp.core_task else "."
    return [
        *b.heading("Indhold", 0, toc=False),
        Para(intro, st.lead),
        Spacer(1, 10),
        contents_table(),
    ]


def _about(data: ReportData, number: int) -> list[Flowable]:
    st = styles()
    figures = data.figures()
    out = [*b.heading(f"{number}. Om campen", 0),
           b.key_figures([
               ("deltagere", data.camp.participants or "–"),
               (counted(data.table_count, "bord", "borde"), data.table_count),
               (counted(figures["notes"], "note", "noter"), figures["notes"]),
               (counted(figures["front_pages"], "avisforside", "avisforsider"),
                figures["front_pages"]),
               ("bidrag", figures["contributions"]),
           ]),
           Spacer(1, 14),
           Para(
               "Dagen fulgte trekanten fra <b>formål</b> (indikatorer på succes, afvejninger og "
               "avisforsider) over <b>forudsætninger</b> til <b>bidrag</b>. Bordene skrev deres "
               "noter, fordelte stemmer og valgte de vigtigste ud. Opsamlingen følger samme "
               "rækkefølge; bilaget »Rådata« gengiver alle noter bord for bord.", st.body),
           Para(
               f"I alt blev der afgivet {counted(figures['votes'], '%n stemme', '%n stemmer')}, "
               f"og bordene udvalgte {figures['selected']} "
               f"{counted(figures['selected'], 'note eller bidrag', 'noter og bidrag')}. "
               "Udvalgte punkter er markeret:",
               st.body),
           b.star_legend()]
    out += camp_participants(data.participants)
    if data.tables:
        out += [*b.heading("Borde og hovedgrupper", 1),
                b.grid_table(
                    ["Hovedgruppe", "Bord", "Facilitator", "Bordformand", "Deltagere"],
                    [(_group_label(t.main_group, t.main_group_name), t.code, t.facilitator,
                      t.chair, str(t.participants) if t.participants else "")
                     for t in data.tables],
                    [120, 58, 108, 108, FRAME_WIDTH - 394], right_cols=[4])]
    return out


def _group_label(code: str, name: str) -> str:
    return f"{code} – {name}" if code and name else code or name


def _analysis(data: ReportData, number: int) -> list[Flowable]:
    """The organiser's analysis, in the order of the consultant's reports: recurring
    messages, what the camp means for the purpose statement, the consolidated
    prerequisites, and every contribution by actor."""
    st = styles()
    analysis = data.analysis
    assert analysis is not None
    out: list[Flowable] = [*b.heading(f"{number}. Analyse", 0)]
    if analysis.messages:
        out += b.heading("Gennemgående budskaber", 1)
        for message in analysis.messages:
            if message.heading:
                out += b.heading(message.heading, 2, toc=False)
            if message.body:
                out.append(Para(markup(message.body), st.body))
    if analysis.implications or analysis.considerations:
        out += b.heading("Betydning for formålsbeskrivelsen", 1)
        if data.camp.purpose:
            out += b.prompt(data.camp.purpose, label="FORMÅLSBESKRIVELSEN")
        if analysis.implications:
            out += [Para("Campens formål, forudsætninger, bidrag og rådata giver anledning "
                         "til:", st.muted), Spacer(1, 3),
                    Para(markup(analysis.implications), st.body)]
        if analysis.considerations:
            out += [Spacer(1, 6), Para("Det kunne overvejes at:", st.muted), Spacer(1, 3),
                    Para(markup(analysis.considerations), st.body)]
    if analysis.prerequisites:
        out += b.heading("Sammenfatning af forudsætninger", 1)
        out += b.numbered(analysis.prerequisites)
    if analysis.by_actor:
        out += b.heading("Alle bidrag fordelt på aktører", 1)
        out += [Para("Hvert forslag fra bordene under den aktør, det blev givet til, med bordet "
                     "og stemmerne. Forslag, som bordet udvalgte, er markeret:", st.body),
                b.star_legend(),
                actor_table([(actor, list(items), assigned)
                               for actor, assigned, items in analysis.by_actor],
                              show_owner=True)]
    return out


# -- appendix -------------------------------------------------------------------------------
def raw_data_key(index: int) -> str:
    """The bookmark key of the appendix heading of the ``index``-th section."""
    return f"raadata-{index}"


def raw_data_appendix(data: ReportData) -> list[Flowable]:
    """Every note of every step, table by table in table order; nothing left out.

    Set compactly: one list per step per table in small type, its title and header
    repeated on every page it continues on.
    """
    st = styles()
    out: list[Flowable] = [
        *b.heading("Bilag: Rådata", 0),
        Para("Alle noter, avisforsider og bidrag fra campen, trin for trin og bord for "
                  "bord i bordenes rækkefølge, med stemmer. Intet er udeladt eller rettet.",
                  st.body),
        b.star_legend(),
    ]
    if any(needs_placeholder(t) for t in data.texts() if t):
        out.append(Para(f"Tegn, som rapportens skrift ikke kan vise (fx emoji), er "
                             f"gengivet som {PLACEHOLDER}.", st.muted))
    gap = 9
    for index, section in enumerate(data.sections):
        heading = b.heading(f"Rådata: {section.title}", 1)
        heading[-1].toc_key = raw_data_key(index)
        out += heading
        if isinstance(section, NoteStep):
            if not section.groups:
                out.append(Para("Ingen noter.", st.muted))
            elif listed_whole(section):
                # Printed in full in its own section already: once is enough.
                out += [Para(markup(counted(len(section.notes), "Noten står",
                                            "Alle %n noter står") + " i afsnittet "
                                    f"»{section.title}« ovenfor, med bord, stemmer og "
                                    "udvalgte."), st.muted), Spacer(1, gap)]
                continue
            for group in section.groups:
                out += [note_table(group.notes, show_tag=section.kind == StepKind.DILEMMAS,
                                     compact=True, caption=owner_title(group.owner)),
                        Spacer(1, gap)]
        elif isinstance(section, FrontPageStep):
            if not section.pages:
                out.append(Para("Ingen avisforsider.", st.muted))
            for page in section.pages:
                out += [pairs_table([
                    ("Overskrift", page.headline or "–"), ("Historie", page.story or "–"),
                    ("Citat", page.quote), ("Citat af", page.quote_by)],
                    caption=owner_title(page.owner)), Spacer(1, gap)]
        else:
            if not section.blocks:
                out.append(Para("Ingen bidrag.", st.muted))
            owners: dict[str, list] = {}
            for block in section.blocks:
                owners.setdefault(block.owner, []).append(block)
            for owner, blocks in owners.items():
                out += [contribution_rows(blocks, caption=owner_title(owner)),
                        Spacer(1, gap)]
    return out
