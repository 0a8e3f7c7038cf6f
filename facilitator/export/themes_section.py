"""»Temaer, der går igen«: the categories recurring across camps and dialogue files, in the
cross-camp PDF (issue 18).

The same category name in several camps, with each camp's count; then the suggested
matches between differently named categories ("Frivillige" / "Fokus på frivillig
indsats"), shown as suggestions, never merged. The numbers come from
:mod:`facilitator.domain.themes_across`.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer

from facilitator.domain.analysis import CampOverview
from facilitator.domain.themes_across import Theme
from facilitator.domain.themes_across import ThemesAcross
from facilitator.domain.themes_across import from_overview
from facilitator.domain.themes_across import themes_across
from facilitator.export.pdf import blocks as b
from facilitator.export.pdf.styles import FRAME_WIDTH
from facilitator.export.pdf.styles import Para
from facilitator.export.pdf.styles import styles
from facilitator.export.pdf.text import markup


def camp_themes(camps: Sequence[tuple[str, CampOverview]]) -> ThemesAcross:
    """The themes of the camps given as (title, overview)."""
    return themes_across([from_overview(title, overview) for title, overview in camps])


def themes_part(camps: Sequence[tuple[str, CampOverview]]) -> list[Flowable]:
    """The recurring themes with counts per camp, and the suggested matches."""
    st = styles()
    found = camp_themes(camps)
    out: list[Flowable] = [CondPageBreak(160), Spacer(1, 10),
                           *b.heading("Temaer, der går igen", 1)]
    if len(camps) < 2:
        return [*out, Para("Vælg mindst to camps for at se temaer, der går igen.", st.muted)]
    out.append(Para(
        "Kategorierne fra konsolideringen, der findes i flere camps under samme navn (store "
        "og små bogstaver og tegnsætning tæller ikke), med antal noter i hver camp. "
        "Dialogfilers kategorier fra den omvendte trekant er med.", st.body))
    out.append(Spacer(1, 6))
    if found.recurring:
        out.append(theme_table(found.recurring))
    else:
        out.append(Para("Ingen kategori har samme navn i to camps.", st.muted))
    out += [Spacer(1, 10), Para("FORESLÅEDE SAMMENFALD", st.label), Spacer(1, 3)]
    if not found.suggested:
        out.append(Para("Ingen forslag: ingen kategorinavne ligner hinanden på tværs af "
                        "campene.", st.muted))
        return out
    out.append(Para(
        "Kategorier med forskellige navne, som måske er samme tema – fordi navnene deler "
        "ord eller ligner hinanden. Det er kun forslag: læs noterne, før I behandler dem "
        "som ét tema.", st.body))
    out.append(Spacer(1, 4))
    out.append(match_table(found))
    return out


def _per_camp(theme: Theme) -> str:
    return "<br/>".join(f"{markup(camp)}: <b>{count}</b>" for camp, count in theme.counts)


def _named(theme: Theme) -> str:
    return f"<b>{markup(theme.name)}</b><br/><font size='8' color='#6b7075'>" \
           f"{_per_camp(theme)}</font>"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
           right_cols: Sequence[int] = ()) -> Flowable:
    """A list table whose cells are paragraph markup (names bold, counts below them)."""
    st = styles()
    data: list[list] = [[Para(h.upper(), st.cell_head_right if i in right_cols
                              else st.cell_head) for i, h in enumerate(header)]]
    data += [[Para(v, st.cell_right if i in right_cols else st.cell) for i, v in enumerate(row)]
             for row in rows]
    table = b.Grid(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(b.list_style(len(data)))
    return table


def theme_table(themes: Sequence[Theme]) -> Flowable:
    rows = [[f"<b>{markup(t.name)}</b>", str(t.camps), _per_camp(t), f"<b>{t.total}</b>"]
            for t in themes]
    widths = [130, 44, FRAME_WIDTH - 130 - 44 - 44, 44]
    return _table(["Tema", "Camps", "Antal noter pr. camp", "I alt"], rows, widths,
                  right_cols=(1, 3))


def match_table(found: ThemesAcross) -> Flowable:
    rows = [[_named(m.first), _named(m.second),
             markup(", ".join(m.shared)) if m.shared else "<i>ligner hinanden</i>"]
            for m in found.suggested]
    width = (FRAME_WIDTH - 96) / 2
    return _table(["Kategori", "Måske samme tema som", "Fælles ord"], rows, [width, width, 96])
