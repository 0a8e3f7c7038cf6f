"""Who took part, in the reports: people per table by group (issue 18).

The camp report's »Om campen« gets a table of the counted tables (a row each, a column
per group, the total), the table sheet a line with its table's mix, and the report
across camps the camps side by side. What nobody counted is said to be »ikke opgivet«,
and a camp where no table was counted shows nothing: never zeros pretending to be data.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable
from reportlab.platypus import Spacer

from facilitator.domain.participants import GROUPS
from facilitator.domain.participants import ParticipantCounts
from facilitator.domain.participants import added_up
from facilitator.domain.participants import mix_text
from facilitator.domain.words import counted
from facilitator.export.pdf import blocks as b
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import markup

NOT_GIVEN_TEXT = "ikke opgivet"
#: Width of one group's column (the widest name, »foreninger/erhverv«, takes two lines;
#: »MEDARBEJDERE« must fit on one) and of the total's.
COUNT_WIDTH = 70.0
TOTAL_WIDTH = 42.0

#: Per table (its code) its counts, in the report's table order; uncounted tables too.
TableCounts = Sequence[tuple[str, ParticipantCounts]]


def total_of(tables: TableCounts) -> ParticipantCounts:
    return added_up(counts for _code, counts in tables)


def _header(first: str) -> list[str]:
    """The columns' heads; a name with »/« may wrap after it (never inside a word)."""
    return [first, *(g.name.replace("/", "/ ") for g in GROUPS), "I alt"]


def _row(label: str, counts: ParticipantCounts, *, shares: bool = False) -> list[str]:
    """A row of counts; ``shares`` adds each group's share of the total (»15 (68 %)«)."""
    def cell(n: int) -> str:
        return f"{n} ({round(100 * n / counts.total)} %)" if shares and counts.total else str(n)

    return [label, *(cell(n) for _g, n in counts.rows()), str(counts.total)]


def _widths() -> list[float]:
    rest = FRAME_WIDTH - COUNT_WIDTH * len(GROUPS) - TOTAL_WIDTH
    return [rest, *([COUNT_WIDTH] * len(GROUPS)), TOTAL_WIDTH]


def camp_participants(tables: TableCounts) -> list[Flowable]:
    """»Om campen«'s part: the mix in words, then a row per counted table and the total;
    nothing when no table was counted."""
    total = total_of(tables)
    if not total.given:
        return []
    st = styles()
    missing = [code for code, counts in tables if not counts.given]
    rows = [_row(code, counts) for code, counts in tables if counts.given]
    rows.append(_row("I alt", total))
    where = f" ved {len(tables) - len(missing)} af {len(tables)} borde" if missing else ""
    out: list[Flowable] = [
        *b.heading("Deltagere efter gruppe", 1),
        Para(markup(counted(total.total, "I alt %n deltager", "I alt %n deltagere")
                    + f"{where} – {mix_text(total)}."), st.body),
        b.grid_table(_header("Bord"), rows, _widths(),
                     right_cols=range(1, len(GROUPS) + 2)),
    ]
    if missing:
        out += [Spacer(1, 4), Para(markup(
            f"Antal deltagere {NOT_GIVEN_TEXT} for {', '.join(missing)}."), st.muted)]
    return out


def sheet_line(counts: ParticipantCounts) -> tuple[str, str]:
    """The table sheet's line: (label, »borgere: 6, politikere: 2 (i alt 8)«); an empty
    value (no line) when the table was not counted."""
    if not counts.given:
        return ("Deltagergrupper", "")
    return ("Deltagergrupper", f"{mix_text(counts)} (i alt {counts.total})")


def camps_participants(camps: Sequence[tuple[str, ParticipantCounts]]) -> list[Flowable]:
    """The report across camps: each camp's participant mix on a row, side by side with
    the others; a camp nobody counted says so. Nothing when no camp was counted."""
    if not any(counts.given for _title, counts in camps):
        return []
    st = styles()
    rows = [_row(title, counts, shares=True) if counts.given
            else [title, *([""] * len(GROUPS)), NOT_GIVEN_TEXT] for title, counts in camps]
    return [*b.heading("Deltagere efter gruppe", 1),
            Para("Hvem campene samlede: antal deltagere i hver gruppe (og gruppens andel), "
                 "som bordene eller arrangøren har talt dem.", st.body),
            b.grid_table(_header("Camp"), rows, _widths(),
                         right_cols=range(1, len(GROUPS) + 2))]
