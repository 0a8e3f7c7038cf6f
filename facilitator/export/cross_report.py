"""Across camps as a PDF: each core task's recurring messages, camp beside camp.

The fourth level of DESIGN.md §2. The organiser picks several camp files; each is
opened read-only, read once (:meth:`CampStore.camp_overview`) and closed, so camps of
colleagues or a shared folder are never changed. The report has a cover listing the
camps (date, core task), then one chapter per core task: the camps' recurring messages
side by side (one column per camp) and, for every note step, the category counts of
each camp side by side, as a table and as bar charts.

Every camp is read before anything is written: a file that is not a camp we can read
stops the report with the reason in words, and no PDF (not even half of one) is left.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from datetime import date
from pathlib import Path

from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import NextPageTemplate
from reportlab.platypus import PageBreak
from reportlab.platypus import Spacer

from facilitator.domain.analysis import CampOverview
from facilitator.domain.analysis import CategoryCount
from facilitator.domain.analysis import core_task_key
from facilitator.domain.analysis import grouped_by_core_task
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.export.names import renamed
from facilitator.export.participant_tables import camps_participants
from facilitator.export.pdf import blocks as b
from facilitator.export.pdf.charts import category_chart
from facilitator.export.pdf.document import PageFrame
from facilitator.export.pdf.document import contents_table
from facilitator.export.pdf.document import write_report
from facilitator.export.pdf.fonts import FONT
from facilitator.export.pdf.styles import ACCENT
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import INK
from facilitator.export.pdf.styles import RULE
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import danish_date
from facilitator.export.pdf.text import markup
from facilitator.export.report_files import OutPath
from facilitator.export.report_files import Progress
from facilitator.export.report_files import check_pdf_target
from facilitator.export.report_files import read_overview
from facilitator.export.report_files import reading
from facilitator.export.themes_section import themes_part

NO_CAMPS = QT_TRANSLATE_NOOP("Messages", "Vælg mindst én camp til rapporten på tværs af camps.")
#: What a camp without a core task is listed under.
NO_CORE_TASK_LABEL = "Uden kerneopgave"
TITLE = "Gennemgående budskaber på tværs af camps"
#: How many camps stand side by side in one table before a second table follows.
MESSAGE_COLUMNS = 3
COUNT_COLUMNS = 4



@dataclass(frozen=True)
class CampEntry:
    """One camp of the report: where it came from and what it brings."""

    path: Path
    overview: CampOverview

    @property
    def title(self) -> str:
        return self.overview.title.strip() or self.path.stem


# -- reading ---------------------------------------------------------------------------------
def read_camps(camp_paths: Iterable[OutPath], *,
               progress: Progress | None = None) -> list[CampEntry]:
    """Every camp's overview (each file once, in the order given); stops at a bad file."""
    paths: list[Path] = []
    seen: set[Path] = set()
    for raw in camp_paths:
        path = Path(raw)
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            paths.append(path)
    if not paths:
        raise UserError(NO_CAMPS)
    entries = []
    for number, path in enumerate(paths):
        if progress:
            progress("CAMPS", len(paths))
            progress("CAMP", number)
        entries.append(CampEntry(path, read_overview(path)))
    if progress:
        progress("CAMP", len(paths))
    return entries


def build_cross_report(camp_paths: Iterable[OutPath],
                       out_path: OutPath, *, pseudonymise: bool = False,
                       progress: Progress | None = None) -> Path:
    """Read every camp of ``camp_paths`` and write the report to ``out_path``; returns it.

    ``pseudonymise`` replaces in each camp's texts the names on that camp's own list.
    ``progress`` gets ("CAMPS", n) and ("CAMP", i) while the camps are read, then
    reportlab's progress events (see :class:`~facilitator.export.pdf.document.ReportDoc`).
    """
    paths = [Path(p) for p in camp_paths]
    target = Path(out_path)
    check_pdf_target(target, paths)
    entries = read_camps(paths, progress=progress)
    if pseudonymise:
        entries = [replace(e, overview=renamed(e.overview, names_of(e.path)))
                   for e in entries]
    return render_cross_report(entries, target, progress=progress)


def names_of(path: Path) -> dict[str, str]:
    """The names on the camp's list »Navne i rapporter« (name → what is printed)."""
    with reading(path) as store:
        return store.names.pseudonyms()


def render_cross_report(entries: Sequence[CampEntry], out_path: OutPath, *,
                        made_on: date | None = None,
                        progress: Progress | None = None) -> Path:
    """Write the report of already read camps (no camp file needed)."""
    made = made_on or date.today()
    camps = len(entries)

    return write_report(
        out_path, lambda: cross_report_story(entries, made_on=made),
        frame=PageFrame(header_left=TITLE, header_right="",
                        footer_left=f"{camps} {'camp' if camps == 1 else 'camps'} · "
                                    f"udarbejdet {danish_date(made)}",
                        cover=True),
        title=TITLE, author="",
        subject=", ".join(name or NO_CORE_TASK_LABEL for name, _ in _groups(entries)),
        lang="da", progress=progress)


def _groups(entries: Sequence[CampEntry]) -> list[tuple[str, list[CampEntry]]]:
    """The camps per core task, in the order the core tasks first appear (none last)."""
    by_overview = {id(e.overview): e for e in entries}
    return [(name, [by_overview[id(o)] for o in members])
            for name, members in grouped_by_core_task(e.overview for e in entries)]


# -- the story -------------------------------------------------------------------------------
def cross_report_story(entries: Sequence[CampEntry], *,
                       made_on: date | None = None) -> list[Flowable]:
    groups = _groups(entries)
    story = _cover(entries, groups, made_on or date.today())
    story += [NextPageTemplate("body"), PageBreak()]
    story += [*b.heading("Indhold", 0, toc=False), contents_table()]
    story += [PageBreak(), *overview_chapter(groups, 1)]
    story += themes_part([(e.title, e.overview) for e in entries])
    story += camps_participants([(e.title, e.overview.participant_mix)
                                 for _name, members in groups for e in members])
    for number, (name, members) in enumerate(groups, start=2):
        story.append(PageBreak())
        story += core_task_chapter(name, members, number)
    return story


def overview_chapter(groups: Sequence[tuple[str, Sequence[CampEntry]]],
                     number: int) -> list[Flowable]:
    """All core tasks side by side before their chapters (seed 003's "På tværs af
    kerneopgaverne"): the camps with their dates and participants, and the headings of
    their recurring messages."""
    st = styles()
    out: list[Flowable] = [*b.heading(f"{number}. På tværs af kerneopgaverne", 0),
                           Para("Hver kerneopgave på én række: campene med dato og antal "
                                "deltagere, og overskrifterne på deres gennemgående "
                                "budskaber. Kapitlerne herefter har budskaberne i "
                                "deres fulde længde.", st.body), Spacer(1, 8)]
    rows = []
    for name, members in groups:
        camps = "\n".join(f"{e.title} ({danish_date(e.overview.date)})"
                          if e.overview.date else e.title for e in members)
        people = sum(e.overview.participants for e in members)
        headings = "\n".join(
            f"• {m.heading.strip() or _first_words(m.body)}"
            for e in members for m in e.overview.messages
            if m.heading.strip() or m.body.strip()) or "–"
        rows.append((name or NO_CORE_TASK_LABEL, camps, str(people) if people else "–",
                     headings))
    out.append(b.grid_table(["Kerneopgave", "Camps", "Deltagere", "Gennemgående budskaber"],
                            rows, [110, 130, 56, FRAME_WIDTH - 296], right_cols=(2,)))
    return out


def _first_words(text: str, words: int = 12) -> str:
    found = text.split()
    return " ".join(found[:words]) + (" …" if len(found) > words else "")


def _cover(entries: Sequence[CampEntry], groups: list[tuple[str, list[CampEntry]]],
           made_on: date) -> list[Flowable]:
    st = styles()
    camps, tasks = len(entries), len(groups)
    subtitle = (f"{camps} {'camp' if camps == 1 else 'camps'} · {tasks} "
                f"{'kerneopgave' if tasks == 1 else 'kerneopgaver'}")
    rows = [(e.title, danish_date(e.overview.date), name or NO_CORE_TASK_LABEL)
            for name, members in groups for e in members]
    return [
        Spacer(1, 110),
        Para("PÅ TVÆRS AF CAMPS", st.cover_kicker), Spacer(1, 10),
        Para(markup(TITLE), st.cover_title),
        Para(markup(subtitle), st.cover_subtitle),
        Spacer(1, 20),
        b.grid_table(["Camp", "Dato", "Kerneopgave"], rows, [190, 88, FRAME_WIDTH - 278]),
        Spacer(1, 22),
        Para("Campenes gennemgående budskaber står side om side for hver kerneopgave, "
             "efterfulgt af kategorierne fra konsolideringen med antal noter pr. trin. "
             "Camp-filerne er kun læst, ikke ændret.", st.body),
        Spacer(1, 8),
        Para(f"Udarbejdet {danish_date(made_on)} med Facilitator.", st.muted),
    ]


def core_task_chapter(name: str, members: Sequence[CampEntry],
                      number: int | None = None) -> list[Flowable]:
    """One core task: its purpose, the camps' messages side by side, their categories."""
    st = styles()
    label = name or NO_CORE_TASK_LABEL
    title = f"{number}. {label}" if number is not None else label
    out: list[Flowable] = [*b.heading(title, 0)]
    listed = ", ".join(f"{e.title} ({danish_date(e.overview.date)})" if e.overview.date
                       else e.title for e in members)
    noun = "camp" if len(members) == 1 else "camps"
    out.append(Para(markup(f"{len(members)} {noun}: {listed}."), st.muted))
    out.append(Spacer(1, 8))
    out += _purposes(members)
    out += b.heading("Gennemgående budskaber", 1)
    for chunk in _chunks(members, MESSAGE_COLUMNS):
        out += [message_columns(chunk), Spacer(1, 12)]
    out += [CondPageBreak(200), *b.heading("Kategorier pr. trin", 1)]
    steps = _step_order(members)
    if not steps:
        out.append(Para("Ingen af campene har fordelt noterne i kategorier endnu.", st.muted))
    for key, step_title in steps:
        out += step_counts(key, step_title, members)
    return out


def _purposes(members: Sequence[CampEntry]) -> list[Flowable]:
    """The core task's purpose statement: once when the camps agree, else per camp."""
    purposes = {" ".join(e.overview.purpose.split()).casefold(): e.overview.purpose
                for e in members if e.overview.purpose.strip()}
    if not purposes:
        return []
    if len(purposes) == 1:
        return b.summary_box(next(iter(purposes.values())), label="FORMÅL MED KERNEOPGAVEN")
    return [Para("FORMÅL MED KERNEOPGAVEN", styles().label), Spacer(1, 3),
            b.fact_table([(e.title, e.overview.purpose) for e in members
                          if e.overview.purpose.strip()], label_width=130),
            Spacer(1, 12)]


def _chunks(members: Sequence[CampEntry], size: int) -> list[list[CampEntry]]:
    """``members`` in as few groups of at most ``size`` as can be, evenly filled
    (four camps in columns of three: two and two, not three and one)."""
    groups = -(-len(members) // size) or 1
    base, extra = divmod(len(members), groups)
    out, start = [], 0
    for number in range(groups):
        end = start + base + (1 if number < extra else 0)
        out.append(list(members[start:end]))
        start = end
    return [group for group in out if group]


def message_columns(members: Sequence[CampEntry]) -> Flowable:
    """The camps' recurring messages side by side: one column per camp, a row per message."""
    st = styles()
    heading_style = st.cell_bold.clone("cross_message_heading", textColor=ACCENT,
                                       spaceAfter=2)
    width = FRAME_WIDTH / len(members)
    head = [[Para(markup(e.title), st.cell_bold),
             Para(markup(danish_date(e.overview.date)), st.muted)] for e in members]
    rows: list[list] = [head]
    deepest = max(len(e.overview.messages) for e in members)
    for index in range(max(deepest, 1)):
        row: list = []
        for e in members:
            messages = e.overview.messages
            if index < len(messages):
                message = messages[index]
                cell: list[Flowable] = []
                if message.heading.strip():
                    cell.append(Para(markup(message.heading), heading_style))
                if message.body.strip():
                    cell.append(Para(markup(message.body), st.cell))
                row.append(cell or "")
            elif index == 0:
                row.append(Para("Ingen gennemgående budskaber endnu.", st.muted))
            else:
                row.append("")
        rows.append(row)
    table = b.Grid(rows, colWidths=[width] * len(members), repeatRows=1, splitInRow=1,
                   hAlign="LEFT")
    table.setStyle(b.ruled_style((5, 8, 7, 6), ("LINEAFTER", (0, 0), (-2, -1), 0.35, RULE)))
    return table


def _step_order(members: Sequence[CampEntry]) -> list[tuple[str, str]]:
    """(key, title) of every note step some camp has categories in, in program order."""
    order: dict[str, str] = {}
    for e in members:
        for step in e.overview.steps:
            if step.categories:
                order.setdefault(step.key, step.title or step.key)
    return list(order.items())


def step_counts(key: str, title: str, members: Sequence[CampEntry]) -> list[Flowable]:
    """One step: every camp's category counts in one table, then each camp's bar chart."""
    st = styles()
    out: list[Flowable] = [*b.heading(title, 2)]
    for chunk in _chunks(members, COUNT_COLUMNS):
        out += [counts_table(key, chunk), Spacer(1, 10)]
    charts = [(e, rows) for e in members if (rows := _categories(e, key))]
    # One camp: a chart the page wide; several: two to a row, so they can be compared.
    across = 1 if len(charts) == 1 else 2
    width = FRAME_WIDTH / across
    for pair in _chunks_of(charts, across):
        cells: list = [[Para(markup(e.title), st.label), Spacer(1, 2),
                        category_chart(rows, width=width - 12)] for e, rows in pair]
        cells += [""] * (across - len(cells))
        grid = b.Grid([cells], colWidths=[width] * across, hAlign="LEFT")
        grid.setStyle([("FONT", (0, 0), (-1, -1), FONT, 8.8, 12),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                       ("TOPPADDING", (0, 0), (-1, -1), 0),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 10)])
        out.append(KeepTogether([grid]))
    return out


def _chunks_of(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _categories(entry: CampEntry, key: str) -> list[CategoryCount]:
    for step in entry.overview.steps:
        if step.key == key:
            return list(step.categories)
    return []


def counts_table(key: str, members: Sequence[CampEntry]) -> Flowable:
    """Category × camp: how many notes each camp put in each category of the step.

    Categories with the same name (case and spacing do not count) share a row; rows are
    ordered by their total, most first. "–" where a camp has no such category.
    """
    st = styles()
    names: dict[str, str] = {}
    counts: list[dict[str, int]] = []
    uncategorised: list[int | None] = []
    for e in members:
        mine: dict[str, int] = {}
        found = None
        for step in e.overview.steps:
            if step.key == key:
                found = step
                for c in step.categories:
                    k = core_task_key(c.name)
                    names.setdefault(k, " ".join(c.name.split()))
                    mine[k] = mine.get(k, 0) + c.count
        counts.append(mine)
        uncategorised.append(found.uncategorised if found is not None else None)
    totals = {k: sum(m.get(k, 0) for m in counts) for k in names}
    ordered = sorted(names, key=lambda k: -totals[k])
    count_w = min(78.0, (FRAME_WIDTH - 170) / len(members))
    name_w = FRAME_WIDTH - count_w * len(members)
    rows: list[list] = [[Para("KATEGORI", st.cell_head)] +
                        [Para(markup(e.title.upper()), st.cell_head_right) for e in members]]
    for k in ordered:
        rows.append([Para(markup(names[k]), st.cell)] +
                    [_count(m.get(k)) for m in counts])
    if any(uncategorised):
        rows.append([Para("<i>Ikke kategoriseret</i>", st.muted)] +
                    [_count(u) for u in uncategorised])
    rows.append([Para("I alt", st.cell_bold)] +
                [str(sum(m.values()) + (u or 0)) if u is not None else "–"
                 for m, u in zip(counts, uncategorised, strict=True)])
    table = b.Grid(rows, colWidths=[name_w] + [count_w] * len(members), repeatRows=1,
                   splitInRow=1, hAlign="LEFT")
    table.setStyle(b.ruled_style((3.2, 4, 4, 4), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                                 ("ALIGN", (1, 0), (-1, -1), "RIGHT"), total=True))
    return table


def _count(value: int | None) -> str:
    return "–" if not value else str(value)
