"""Note and contribution lists, as :class:`~facilitator.export.pdf.row_table.RowTable`
rows: the notes of a step or a table, a prerequisite with its proposals actor by actor,
and the appendix's compact lists of raw data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer

from facilitator.export.pdf.fonts import FONT_ITALIC
from facilitator.export.pdf.row_table import LIST_LOOK
from facilitator.export.pdf.row_table import STAR_CELL
from facilitator.export.pdf.row_table import Col
from facilitator.export.pdf.row_table import Row
from facilitator.export.pdf.row_table import RowTable
from facilitator.export.pdf.row_table import TableLook
from facilitator.export.pdf.styles import ACCENT
from facilitator.export.pdf.styles import ACCENT_LIGHT
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import MUTED
from facilitator.export.pdf.styles import RULE
from facilitator.export.pdf.styles import SELECTED_TINT
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import markup
from facilitator.export.pdf.text import plain
from facilitator.export.report_data import ContributionRow
from facilitator.export.report_data import NoteRow
from facilitator.export.report_data import PrerequisiteBlock


def _votes(votes: int) -> str:
    """Votes as a plain cell string (right-aligned by the table style): cheap to set."""
    return str(votes) if votes else "–"


@dataclass(frozen=True)
class _ListLook:
    """Type and spacing of a note list: the body's, or the appendix's compact one."""

    text: ParagraphStyle
    bold: ParagraphStyle
    muted: ParagraphStyle
    tag: ParagraphStyle
    table: TableLook
    widths: dict[str, float]


@cache
def list_look(compact: bool = False) -> _ListLook:
    st = styles()
    if compact:
        return _ListLook(
            text=st.cell_small, bold=st.cell_small_bold,
            muted=st.cell_small.clone("cell_small_num", textColor=MUTED),
            tag=st.cell_small_muted,
            table=TableLook(head=st.cell_small_head, padding=(1.9, 3.5, 2.3, 3.5),
                            star_top=2.2, star_size=6.8),
            widths={"nr": 22, "owner": 48, "tag": 54, "votes": 42, "mark": 40})
    return _ListLook(
        text=st.cell, bold=st.cell_bold, muted=st.cell.clone("cell_num", textColor=MUTED),
        tag=st.muted, table=LIST_LOOK,
        widths={"nr": 26, "owner": 52, "tag": 58, "votes": 50, "mark": 48})


def short_owner(owner: str) -> str:
    """An owner as its narrow column holds it without breaking a word: "Hovedgr. H1"."""
    return owner.replace("Hovedgruppe ", "Hovedgr. ")


def note_table(notes: Sequence[NoteRow], *, show_owner: bool = False, show_tag: bool = False,
               numbered: bool = True, width: float = FRAME_WIDTH, compact: bool = False,
               caption: str = "", highlight: bool = True) -> Flowable:
    """Notes with their votes and ★ for the selected ones, one row each.

    ``show_owner`` adds the table's code (for lists across tables), ``show_tag`` the
    dilemma tag (Hensyn, Afvejning, Dilemma). ``compact`` sets it in the appendix's
    small type; ``caption`` is a title set above it (and repeated, "fortsat", on every
    page it continues on). Selected notes are tinted and set in bold, unless
    ``highlight`` is off (a list of mostly selected notes: the ★ says it).
    """
    if not notes:
        return Para("Ingen noter.", styles().muted)
    look = list_look(compact)
    w = look.widths
    columns: list[Col] = []
    if numbered:
        columns.append(Col(w["nr"], look.muted, "NR."))
    if show_owner:
        columns.append(Col(w["owner"], look.text, "BORD"))
    text_at = len(columns)
    columns.append(Col(0, look.text, "NOTE"))
    if show_tag:
        columns.append(Col(w["tag"], look.tag, "TYPE"))
    columns += [Col(w["votes"], look.text, "STEMMER", "right"),
                Col(w["mark"], look.text, "UDVALGT", "center")]
    columns[text_at] = Col(width - sum(c.width for c in columns), look.text, "NOTE")
    rows: list[Row] = []
    for i, note in enumerate(notes, start=1):
        cells: list = []
        if numbered:
            cells.append(str(i))
        if show_owner:
            cells.append(short_owner(note.owner))
        marked = note.selected and highlight
        cells.append((note.text, look.bold) if marked else note.text)
        if show_tag:
            cells.append(note.tag_label)
        cells += [_votes(note.votes), STAR_CELL if note.selected else ""]
        rows.append(Row(cells, tint=SELECTED_TINT if marked else None))
    return RowTable(columns, rows, caption=caption, look=look.table)


#: A prerequisite's box; the actors' proposals for it; the appendix's label–text lines.
_BOX_LOOK = TableLook(header=False, padding=(5, 8, 7, 8), rule=None, bar=(2.5, ACCENT))
_ACTOR_LOOK = TableLook(padding=(3, 4, 3.5, 4), rule=None)
_PAIRS_LOOK = TableLook(header=False, padding=(2.6, 3.5, 3, 0))


# -- actor × proposals ---------------------------------------------------------------------
_STATUS = {
    "selected": "UDVALGT FORUDSÆTNING",
    "not_selected": "FORUDSÆTNING (IKKE UDVALGT)",
    "missing": "BIDRAG UDEN FORUDSÆTNING",
}


def prerequisite_block(block: PrerequisiteBlock, *, width: float = FRAME_WIDTH,
                       show_owner: bool = True, note: str = "") -> list[Flowable]:
    """A prerequisite and, actor by actor, the proposals for it (★ the selected ones);
    ``note`` is a remark set under them."""
    st = styles()
    label = _STATUS.get(block.status, "FORUDSÆTNING")
    if show_owner and block.owner:
        label = f"{plain(block.owner).upper()} · {label}"
    text = (block.text, st.cell_bold) if block.text else (
        "(ingen forudsætning angivet)", _italic(st.cell))
    votes = f"{block.votes} stemmer" if block.votes else ""
    head = RowTable([Col(width - 70, st.cell_bold), Col(70, st.muted, align="right")],
                    [Row([[(label, st.label), text], votes], tint=ACCENT_LIGHT)],
                    look=_BOX_LOOK)
    out: list[Flowable] = [CondPageBreak(90), head]
    if not block.contributions:
        out += [Spacer(1, 4), Para("Ingen bidrag noteret.", st.muted), Spacer(1, 12)]
        return out
    out.append(actor_table([(g.actor, [(None, c) for c in g.contributions], g.assigned)
                            for g in block.groups], width=width))
    remarks = [markup(note)] if note else []
    if block.idle_actors:
        remarks.append("Ingen forslag fra: " + markup(", ".join(block.idle_actors)) + ".")
    if remarks:
        out += [Spacer(1, 3), Para(" ".join(remarks), st.muted)]
    out.append(Spacer(1, 14))
    return out


@cache
def _italic(style: ParagraphStyle) -> ParagraphStyle:
    return style.clone(style.name + "_italic", fontName=FONT_ITALIC)


@cache
def _actor_style() -> ParagraphStyle:
    return styles().cell_bold.clone("actor", textColor=ACCENT)


def actor_table(groups: Sequence[tuple[str, Sequence[tuple[str | None, ContributionRow]], bool]],
                *, width: float = FRAME_WIDTH, show_owner: bool = False) -> Flowable:
    """One block of rows per actor: the actor's name once, then its proposals.

    ``groups`` holds (actor, [(owner or None, contribution)], assigned); ``show_owner``
    adds a column with the table each proposal came from.
    """
    st = styles()
    actor_w, mark_w, votes_w = 96.0, 20.0, 50.0
    owner_w = 52.0 if show_owner else 0.0
    text_w = width - actor_w - mark_w - votes_w - owner_w
    columns = [Col(actor_w, _actor_style(), "AKTØR"), Col(mark_w, st.cell, "", "center"),
               Col(text_w, st.cell, "FORSLAG")]
    if show_owner:
        columns.append(Col(owner_w, st.muted, "BORD"))
    columns.append(Col(votes_w, st.cell, "STEMMER", "right"))
    rows: list[Row] = []
    for actor, items, assigned in groups:
        name = actor if assigned else (actor, st.muted)
        for i, (owner, c) in enumerate(items):
            cells: list = [name if i == 0 else "", STAR_CELL if c.selected else "",
                           (c.text, st.cell_bold) if c.selected else c.text]
            if show_owner:
                cells.append(owner or "")
            cells.append(_votes(c.votes))
            rows.append(Row(cells, line_above=(0.6, RULE) if i == 0 and rows else None,
                            carry=[name, *cells[1:]] if i else None))
    return RowTable(columns, rows, look=_ACTOR_LOOK)


def contribution_rows(blocks: Sequence[PrerequisiteBlock], *,
                      width: float = FRAME_WIDTH, caption: str = "") -> Flowable:
    """Contributions as raw rows, in the appendix's small type: each prerequisite as a
    tinted line of its own, then its proposals with actor, votes and ★.

    The actor is written on the first of its rows only; a prerequisite without any
    proposal still has its line ("–").
    """
    st = styles()
    look = list_look(compact=True)
    actor_w, votes_w, mark_w = 96.0, look.widths["votes"], look.widths["mark"]
    columns = [Col(actor_w, look.text, "AKTØR"),
               Col(width - actor_w - votes_w - mark_w, look.text, "BIDRAG"),
               Col(votes_w, look.text, "STEMMER", "right"),
               Col(mark_w, look.text, "UDVALGT", "center")]
    rows: list[Row] = []
    for block in blocks:
        status = {"not_selected": " (ikke udvalgt)"}.get(block.status, "")
        text = block.text or "(ingen forudsætning)"
        votes = f" · {block.votes} stemmer" if block.votes else ""
        prerequisite = (text + status + votes, look.bold)
        head = Row([[("FORUDSÆTNING", st.label), prerequisite]], span=True,
                   tint=ACCENT_LIGHT, keep_with_next=True,
                   carry=[[("FORUDSÆTNING (FORTSAT)", st.label), prerequisite]])
        rows.append(head)
        items = [(g, c) for g in block.groups for c in g.contributions]
        if not items:
            rows.append(Row(["", ("–", look.tag), "", ""]))
        last_actor = None
        for group, c in items:
            name = group.actor if group.assigned else (group.actor, look.tag)
            cells = [name if group.actor != last_actor else "", c.text, _votes(c.votes),
                     STAR_CELL if c.selected else ""]
            rows.append(Row(cells, tint=SELECTED_TINT if c.selected else None, context=head,
                            carry=[name, *cells[1:]] if not cells[0] else None))
            last_actor = group.actor
    return RowTable(columns, rows, caption=caption, look=look.table)


def pairs_table(pairs: Sequence[tuple[str, str]], *, width: float = FRAME_WIDTH,
                label_width: float = 80, caption: str = "") -> Flowable:
    """Label–text lines in the appendix's small type (a front page's headline, story,
    quote); empty texts are left out."""
    st = styles()
    look = list_look(compact=True)
    rows = [Row([(label.upper(), st.label), value]) for label, value in pairs if value]
    return RowTable([Col(label_width, st.label), Col(width - label_width, look.text)], rows,
                    caption=caption, look=_PAIRS_LOOK)
