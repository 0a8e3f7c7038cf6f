"""The camp summary's sections, one per step of the program: a note step (consolidated,
or its notes as written), the front pages set as newspapers, and a contribution step
(selected proposals by actor, then every prerequisite with its proposals).

The table sheet sets its front pages the same way (:func:`front_pages`).
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer

from facilitator.domain.model import StepKind
from facilitator.domain.words import counted
from facilitator.export.pdf import blocks as b
from facilitator.export.pdf.charts import category_chart
from facilitator.export.pdf.charts import category_table
from facilitator.export.pdf.document import PageRef
from facilitator.export.pdf.lists import actor_table
from facilitator.export.pdf.lists import note_table
from facilitator.export.pdf.lists import prerequisite_block
from facilitator.export.pdf.newspaper import FrontPageBlock
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import danish_weekday_date
from facilitator.export.pdf.text import markup
from facilitator.export.report_data import ContributionStep
from facilitator.export.report_data import FrontPageStep
from facilitator.export.report_data import NoteStep
from facilitator.export.report_data import PrerequisiteBlock
from facilitator.export.report_data import ReportData


def masthead_title(municipality: str) -> str:
    """'Bøgelund Kommune' → 'Bøgelund Avis': the camp's own local paper."""
    name = municipality.strip()
    if name.lower().endswith(" kommune"):
        name = name[: -len(" kommune")].rstrip()
    return f"{name} Avis" if name else "Lokalavisen"


def owner_title(owner: str) -> str:
    """'H1-B1' → 'Bord H1-B1'; main-group and camp-wide owners keep their label."""
    if owner.startswith(("Hovedgruppe", "Hele campen")) or not owner:
        return owner
    return f"Bord {owner}"


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
    if step.personas:
        out += [*b.heading("Casene", 2, toc=False), b.persona_cards(step.personas),
                Spacer(1, 10)]
    con = step.consolidation
    out += b.summary_box(con.summary)
    if not notes:
        out.append(Para("Ingen noter i dette trin.", styles().muted))
        if con.consolidated:  # the organiser's categories, though no note is in them
            out += [Spacer(1, 6), category_table(con.categories, uncategorised=0)]
        return out
    tables = len({n.owner for n in notes})
    count_line = (f"{counted(len(notes), '%n note', '%n noter')} fra "
                  f"{counted(tables, '%n bord', '%n borde')}, "
                  f"{sum(n.selected for n in notes)} udvalgt.")
    if con.consolidated:
        return out + _consolidated(step, count_line)
    if len(notes) <= BODY_NOTES_MAX:
        return out + [
            b.status_line("Endnu ikke konsolideret. Noterne står herunder, som bordene "
                          "skrev dem, med flest stemmer først."),
            Spacer(1, 6), Para(count_line, styles().muted), Spacer(1, 4),
            note_table(_by_votes(notes), show_owner=True, show_tag=_dilemmas(step))]
    return out + _highlights_only(step, count_line, appendix_key)


def _dilemmas(step: NoteStep) -> bool:
    return step.kind == StepKind.DILEMMAS


def _consolidated(step: NoteStep, count_line: str) -> list[Flowable]:
    """The organiser's categories (chart and table), the excerpts, and what the tables
    selected."""
    con = step.consolidation
    out: list[Flowable] = [
        *b.heading("Kategorier", 2, toc=False),
        Para(f"{count_line} Noterne er fordelt på {len(con.categories)} kategorier:",
             styles().body),
        Spacer(1, 4), category_chart(con.categories), Spacer(1, 10),
        category_table(con.categories, uncategorised=con.uncategorised)]
    if con.counted_once:
        out += [Spacer(1, 4), Para(counted(
            con.counted_once,
            "Én note siger det samme som en anden note i sin kategori og er talt med den "
            "som ét budskab.",
            "%n noter siger det samme som en anden note i deres kategori og er talt med "
            "den som ét budskab."), styles().muted)]
    if con.excerpts:
        out += [*b.heading("Udsnit af data", 2, toc=False), *b.excerpt_list(con.excerpts)]
    chosen = [n for n in step.notes if n.selected]
    if chosen:
        out += [*b.heading("Udvalgt af bordene", 2, toc=False),
                note_table(_by_votes(chosen), show_owner=True, show_tag=_dilemmas(step),
                           highlight=False)]
    return out


def _highlights_only(step: NoteStep, count_line: str, appendix_key: str) -> list[Flowable]:
    """A large step not consolidated: the tables' highlights, and where all its notes are."""
    shown = highlights(step)
    out: list[Flowable] = [
        b.status_line("Endnu ikke konsolideret. Herunder står de noter, bordene "
                      "udvalgte – for et bord uden udvalgte noter den med flest "
                      "stemmer – med flest stemmer først."),
        Spacer(1, 6),
        Para(f"{count_line} Her vises {len(shown)}.", styles().muted)]
    pointer = counted(len(step.notes), "Noten står", "Alle %n noter står") + \
        f" bord for bord i bilaget »Rådata: {step.title}«"
    return out + [appendix_pointer(pointer, appendix_key), Spacer(1, 4),
                  note_table(_by_votes(shown), show_owner=True, show_tag=_dilemmas(step),
                             highlight=False)]


def appendix_pointer(pointer: str, appendix_key: str) -> Flowable:
    """``pointer`` (where in the appendix something stands) with the appendix heading's
    page when its key is known."""
    if appendix_key:
        return PageRef(pointer + ", side {page}.", appendix_key, fallback=pointer + ".")
    return Para(markup(pointer + "."), styles().muted)


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
        out += [FrontPageBlock(page, masthead=masthead, date_line=date_line,
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
        out.append(actor_table([(actor, items, True) for actor, items in chosen],
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
        out.append(appendix_pointer(pointer, appendix_key))
    out.append(Spacer(1, 8))
    owner = None
    for block in step.blocks:
        if block.owner != owner:
            owner = block.owner
            out += b.heading(owner_title(owner), 2, toc=False)
        if large and block.contributions:
            shown = _highlighted_block(block)
            count = len(shown.contributions)
            out += prerequisite_block(
                shown, show_owner=False,
                note=f"{count} af {len(block.contributions)} forslag vist.")
        else:
            out += prerequisite_block(block, show_owner=False)
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
