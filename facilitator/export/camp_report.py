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

import os
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
)

from facilitator.domain.model import StepKind
from facilitator.domain.words import counted
from facilitator.export import pdf_blocks as b
from facilitator.export.pdf_style import (
    FRAME_WIDTH,
    PLACEHOLDER,
    PageFrame,
    Para,
    ReportDoc,
    contents_table,
    danish_date,
    danish_weekday_date,
    gc_paused,
    markup,
    needs_placeholder,
    styles,
    write_atomically,
)
from facilitator.export.report_data import (
    ContributionStep,
    FrontPageStep,
    NoteStep,
    PrerequisiteBlock,
    ReportData,
    gather,
)
from facilitator.store.reader import CampReader


def build_camp_report(store: CampReader, out_path: str | os.PathLike[str], *,
                      pseudonyms: Mapping[str, str] | None = None,
                      progress: Callable[[str, int], None] | None = None) -> Path:
    """Write the camp summary of ``store``'s camp to ``out_path``; returns the path.

    ``pseudonyms`` maps names to the names printed instead (whole words, in every text
    and name field). ``progress`` receives reportlab's progress events (for a
    progress bar when the export runs off the GUI thread).
    """
    with gc_paused():
        data = gather(store, pseudonyms=pseudonyms)
        return render_camp_report(data, out_path, progress=progress)


def render_camp_report(data: ReportData, out_path: str | os.PathLike[str], *,
                       progress: Callable[[str, int], None] | None = None) -> Path:
    """Write the camp summary of already gathered ``data`` (no store needed)."""
    camp = data.camp

    def build(path: str) -> None:
        doc = ReportDoc(
            path,
            frame=PageFrame(
                header_left=f"Opsamling på camp · {camp.title}",
                header_right=camp.municipality,
                footer_left=" · ".join(p for p in (camp.core_task, danish_date(camp.date))
                                       if p),
                cover=True),
            title=f"Opsamling på camp: {camp.title}", author=camp.municipality,
            subject=camp.core_task, lang=camp.language, progress=progress,
        )
        doc.build_all(camp_report_story(data))

    return write_atomically(out_path, build)


def masthead_title(municipality: str) -> str:
    """'Bøgelund Kommune' → 'Bøgelund Avis': the camp's own local paper."""
    name = municipality.strip()
    if name.lower().endswith(" kommune"):
        name = name[: -len(" kommune")].rstrip()
    return f"{name} Avis" if name else "Lokalavisen"


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
    if data.tables:
        out += [*b.heading("Borde og hovedgrupper", 1),
                b.grid_table(
                    ["Hovedgruppe", "Bord", "Facilitator", "Bordformand", "Deltagere"],
                    [(_group_label(t.main_group, t.main_group_name), t.code, t.facilitator,
                      t.chair, str(t.participants) if t.participants else "")
                     for t in data.tables],
                    [120, 58, 108, 108, FRAME_WIDTH - 394], right_cols=[4])]
    return out


def owner_title(owner: str) -> str:
    """'H1-B1' → 'Bord H1-B1'; main-group and camp-wide owners keep their label."""
    if owner.startswith(("Hovedgruppe", "Hele campen")) or not owner:
        return owner
    return f"Bord {owner}"


def _group_label(code: str, name: str) -> str:
    return f"{code} – {name}" if code and name else code or name


# -- step sections ---------------------------------------------------------------------------
#: A step with more notes than this that is not consolidated shows only the tables'
#: highlights in the body (all of them stay in the appendix): listing every note twice
#: doubled a large camp's report.
BODY_NOTES_MAX = 120


def note_section(step: NoteStep, number: int | None = None, *,
                 appendix_key: str = "") -> list[Flowable]:
    """A note step: consolidation when there is one, otherwise the notes as written.

    Not consolidated, a step of up to :data:`BODY_NOTES_MAX` notes lists them all; a
    larger one lists what the tables selected (a table that selected nothing: its
    note with most votes) and points to the appendix (``appendix_key``: the key of the
    appendix heading, for the page number), which has every note.
    """
    title = f"{number}. {step.title}" if number is not None else step.title
    out: list[Flowable] = [*b.heading(title, 0), *b.prompt(step.prompt)]
    if step.dots:
        # The votes below only mean something against how many each person had.
        out.append(Para(counted(step.dots, "Hver deltager havde %n prik.",
                                "Hver deltager havde %n prikker."), styles().muted))
    notes = step.notes
    dilemmas = step.kind == StepKind.DILEMMAS
    if step.personas:
        out += [*b.heading("Casene", 2, toc=False), b.persona_cards(step.personas),
                Spacer(1, 10)]
    con = step.consolidation
    out += b.summary_box(con.summary)
    if not notes:
        out.append(Para("Ingen noter i dette trin.", styles().muted))
        if con.consolidated:  # the organiser's categories, though no note is in them
            out += [Spacer(1, 6), b.category_table(con.categories, uncategorised=0)]
        return out
    tables = len({n.owner for n in notes})
    count_line = (f"{counted(len(notes), '%n note', '%n noter')} fra "
                  f"{counted(tables, '%n bord', '%n borde')}, "
                  f"{sum(n.selected for n in notes)} udvalgt.")
    if con.consolidated:
        out += [*b.heading("Kategorier", 2, toc=False),
                Para(f"{count_line} Noterne er fordelt på {len(con.categories)} "
                          "kategorier:", styles().body),
                Spacer(1, 4), b.category_chart(con.categories), Spacer(1, 10),
                b.category_table(con.categories, uncategorised=con.uncategorised)]
        if con.excerpts:
            out += [*b.heading("Udsnit af data", 2, toc=False), *b.excerpt_list(con.excerpts)]
        chosen = [n for n in notes if n.selected]
        if chosen:
            out += [*b.heading("Udvalgt af bordene", 2, toc=False),
                    b.note_table(_by_votes(chosen), show_owner=True, show_tag=dilemmas,
                                 highlight=False)]
    elif len(notes) <= BODY_NOTES_MAX:
        out += [b.status_line("Endnu ikke konsolideret. Noterne står herunder, som bordene "
                              "skrev dem, med flest stemmer først."),
                Spacer(1, 6), Para(count_line, styles().muted), Spacer(1, 4),
                b.note_table(_by_votes(notes), show_owner=True, show_tag=dilemmas)]
    else:
        shown = highlights(step)
        where = f"bilaget »Rådata: {step.title}«"
        out += [b.status_line("Endnu ikke konsolideret. Herunder står de noter, bordene "
                              "udvalgte – for et bord uden udvalgte noter den med flest "
                              "stemmer – med flest stemmer først."),
                Spacer(1, 6),
                Para(f"{count_line} Her vises {len(shown)}.", styles().muted)]
        pointer = counted(len(notes), "Noten står", "Alle %n noter står") + \
            f" bord for bord i {where}"
        if appendix_key:
            out.append(b.PageRef(pointer + ", side {page}.", appendix_key,
                                 fallback=pointer + "."))
        else:
            out.append(Para(markup(pointer + "."), styles().muted))
        out += [Spacer(1, 4),
                b.note_table(_by_votes(shown), show_owner=True, show_tag=dilemmas,
                             highlight=False)]
    return out


def listed_whole(step: NoteStep) -> bool:
    """True when the step's section lists every one of its notes (not consolidated,
    and small enough), so the appendix need not list them again."""
    return not step.consolidation.consolidated and 0 < len(step.notes) <= BODY_NOTES_MAX


def highlights(step: NoteStep) -> list:
    """Each table's selected notes; for a table that selected none, its note with most
    votes (if it has votes)."""
    out = []
    for group in step.groups:
        chosen = [n for n in group.notes if n.selected]
        if not chosen:
            top = max(group.notes, key=lambda n: n.votes, default=None)
            chosen = [top] if top is not None and top.votes else []
        out += chosen
    return out


def _by_votes(notes: list) -> list:
    return sorted(notes, key=lambda n: (-n.votes, not n.selected))


def front_page_section(step: FrontPageStep, data: ReportData,
                       number: int | None = None) -> list[Flowable]:
    title = f"{number}. {step.title}" if number is not None else step.title
    out: list[Flowable] = [*b.heading(title, 0), *b.prompt(step.prompt),
                           *b.summary_box(step.summary)]
    if not step.pages:
        return [*out, Para("Ingen avisforsider.", styles().muted)]
    owners = len({p.owner for p in step.pages})
    pages = counted(len(step.pages), "%n avisforside", "%n avisforsider")
    out += [Para(f"{pages} fra {counted(owners, '%n bord', '%n borde')}.", styles().muted),
            Spacer(1, 10)]
    out += front_pages(step, data)
    return out


def front_pages(step: FrontPageStep, data: ReportData) -> list[Flowable]:
    out: list[Flowable] = []
    masthead = masthead_title(data.camp.municipality)
    date_line = danish_weekday_date(data.camp.date)
    for page in step.pages:
        edition = owner_title(page.owner)
        out += [b.FrontPageBlock(page, masthead=masthead, date_line=date_line,
                                 edition=edition, caption=edition), Spacer(1, 22)]
    return out


#: A contribution step with more proposals than this shows, per prerequisite, only
#: the selected ones in the body (all of them stay in the appendix).
BODY_CONTRIBUTIONS_MAX = 120


def contribution_section(step: ContributionStep, number: int | None = None, *,
                         appendix_key: str = "") -> list[Flowable]:
    """Selected proposals by actor, then every prerequisite with its proposals.

    With more than :data:`BODY_CONTRIBUTIONS_MAX` proposals a prerequisite shows the
    ones its table selected (none selected: the one with most votes) and the section
    points to the appendix (``appendix_key``), which has them all.
    """
    st = styles()
    title = f"{number}. {step.title}" if number is not None else step.title
    out: list[Flowable] = [*b.heading(title, 0), *b.prompt(step.prompt),
                           *b.summary_box(step.summary)]
    if not step.blocks:
        return [*out, Para("Ingen bidrag.", st.muted)]
    chosen = step.selected_by_actor()
    out += b.heading("Udvalgte bidrag fordelt på aktører", 1)
    if chosen:
        out.append(b.actor_table([(actor, items, True) for actor, items in chosen],
                                 show_owner=True))
    else:
        out.append(Para("Bordene har ikke udvalgt bidrag.", st.muted))
    total = sum(len(block.contributions) for block in step.blocks)
    large = total > BODY_CONTRIBUTIONS_MAX
    out += [CondPageBreak(260), *b.heading("Bidrag pr. forudsætning", 1)]
    if not large:
        out.append(Para("Hver udvalgt forudsætning med alle bordets forslag, aktør for "
                        "aktør. Forslag, som bordet udvalgte, er markeret:", st.body))
    else:
        out.append(Para("Hver udvalgt forudsætning med de forslag, bordet udvalgte – for en "
                        "forudsætning uden udvalgte forslag det med flest stemmer – aktør "
                        "for aktør. Udvalgte forslag er markeret:", st.body))
    out.append(b.star_legend())
    if large:
        pointer = (f"Alle {total} forslag står bord for bord i bilaget "
                   f"»Rådata: {step.title}«")
        out.append(b.PageRef(pointer + ", side {page}.", appendix_key, fallback=pointer + ".")
                   if appendix_key else Para(markup(pointer + "."), st.muted))
    out.append(Spacer(1, 8))
    owner = None
    for block in step.blocks:
        if block.owner != owner:
            owner = block.owner
            out += b.heading(owner_title(owner), 2, toc=False)
        if large and block.contributions:
            shown = _highlighted_block(block)
            count = len(shown.contributions)
            out += b.prerequisite_block(
                shown, show_owner=False,
                note=f"{count} af {len(block.contributions)} forslag vist.")
        else:
            out += b.prerequisite_block(block, show_owner=False)
    return out


def _highlighted_block(block: PrerequisiteBlock) -> PrerequisiteBlock:
    """``block`` with only its selected proposals (none: the one with most votes)."""
    if any(c.selected for c in block.contributions):
        groups = [replace(g, contributions=tuple(c for c in g.contributions if c.selected))
                  for g in block.groups]
    else:
        top = max(block.contributions, key=lambda c: c.votes)
        groups = [replace(g, contributions=tuple(c for c in g.contributions if c is top))
                  for g in block.groups]
    return replace(block, groups=tuple(g for g in groups if g.contributions))


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
            if message.text:
                out.append(Para(markup(message.text), st.body))
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
                b.actor_table([(actor, list(items), assigned)
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
                out += [b.note_table(group.notes, show_tag=section.kind == StepKind.DILEMMAS,
                                     compact=True, caption=owner_title(group.owner)),
                        Spacer(1, gap)]
        elif isinstance(section, FrontPageStep):
            if not section.pages:
                out.append(Para("Ingen avisforsider.", st.muted))
            for page in section.pages:
                out += [b.pairs_table([
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
                out += [b.contribution_rows(blocks, caption=owner_title(owner)),
                        Spacer(1, gap)]
    return out
