"""The follow-up as a PDF: one list per actor of what is agreed, by whom, by when, with
its status and latest comment (read by :mod:`facilitator.export.followup_exports`).

A short report for the committee's meeting: a title block naming the camps and the
date, a count per status, then a chapter per actor. An overdue deadline is printed in
red with "overskredet"; an item the table chose (★) has the tinted row of the other
reports.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer

from facilitator.domain import followup as fu
from facilitator.export.followup_exports import OVERDUE
from facilitator.export.followup_exports import TITLE
from facilitator.export.followup_exports import FollowedRow
from facilitator.export.followup_exports import FollowupLists
from facilitator.export.pdf import blocks as b
from facilitator.export.pdf.document import PageFrame
from facilitator.export.pdf.document import write_report
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import MUTED
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import danish_date
from facilitator.export.pdf.text import markup
from facilitator.export.report_files import Progress

LATE = HexColor("#a4262c")
#: Column widths: what (and where), who, by when, status, latest comment.
WIDTHS = (160.0, 72.0, 64.0, 64.0, FRAME_WIDTH - 360.0)
HEADERS = ("Hvad", "Hvem", "Frist", "Status", "Seneste kommentar")


def build_followup_report(lists: FollowupLists, out_path: Path, *,
                          progress: Progress | None = None) -> Path:
    """Write ``lists`` as a PDF to ``out_path``; returns it."""
    camps = ", ".join(lists.camps)
    return write_report(
        out_path, lambda: followup_story(lists),
        frame=PageFrame(header_left=TITLE, header_right=camps[:80],
                        footer_left=f"Udarbejdet {danish_date(lists.made_on)}"),
        title=TITLE, author="", subject=camps, lang="da", progress=progress)


def followup_story(lists: FollowupLists) -> list[Flowable]:
    st = styles()
    noun = "camp" if len(lists.camps) == 1 else "camps"
    story: list[Flowable] = [
        *b.heading(TITLE, 0),
        Para(markup(f"{len(lists.camps)} {noun}: {', '.join(lists.camps)}."), st.muted),
        Para(markup(f"Udarbejdet {danish_date(lists.made_on)}. Én liste pr. aktør: hvad "
                    "der er aftalt, hvem der gør det, hvornår, og hvor langt det er nået."),
             st.body),
        Spacer(1, 8),
    ]
    if not lists.count:
        story.append(Para("Campene har endnu ingen bidrag eller aftaler at følge op på.",
                          st.muted))
        return story
    statuses = Counter(row.status for _, rows in lists.lists for row in rows)
    story.append(b.key_figures([(label, statuses.get(label, 0))
                                for label in fu.STATUS_LABELS.values()]))
    story.append(Spacer(1, 10))
    for actor, rows in lists.lists:
        story += b.heading(actor, 1)
        story.append(actor_table(rows))
        story.append(Spacer(1, 8))
    return story


def actor_table(rows: tuple[FollowedRow, ...]) -> Flowable:
    """One actor's list: a row per item, chosen items tinted, late deadlines red."""
    st = styles()
    source = ParagraphStyle("followup_source", parent=st.cell, textColor=MUTED, fontSize=7.5,
                            leading=9.5)
    late = ParagraphStyle("followup_late", parent=st.cell, textColor=LATE)
    data: list[list[Flowable]] = [[Para(h.upper(), st.cell_head) for h in HEADERS]]
    for row in rows:
        what: list[Flowable] = [Para(markup(row.what), st.cell)]
        if row.source:
            what.append(Para(markup(row.source), source))
        due = f"{markup(row.due)}<br/>{OVERDUE}" if row.overdue else markup(row.due)
        data.append([what, Para(markup(row.person), st.cell),
                     Para(due, late if row.overdue else st.cell),
                     Para(markup(row.status), st.cell), Para(markup(row.comment), st.cell)])
    table = b.Grid(data, colWidths=list(WIDTHS), repeatRows=1, splitInRow=1, hAlign="LEFT")
    chosen = [n for n, row in enumerate(rows, start=1) if row.selected]
    table.setStyle(b.list_style(len(data), chosen))
    return table
