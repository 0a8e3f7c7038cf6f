"""The follow-up of contributions and agreements as a list per actor: .xlsx or .pdf.

One or more camp files (camps and dialogue files alike) are read, each read-only and
closed again, into plain rows: what is agreed, where it was said, by whom, by when, the
status and the latest comment (domain/followup.py). The same actor of several camps
(by name) is one list. The suffix of the file asked for says which is written:
:mod:`facilitator.export.followup_workbook` or :mod:`facilitator.export.followup_report`,
both imported when used (reportlab and XlsxWriter stay out of the CLI's start).
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from facilitator.domain import dates
from facilitator.domain import followup as fu
from facilitator.domain.followup import FollowupItem
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.domain.places import safe_file_stem
from facilitator.export.report_files import PDF_SUFFIX
from facilitator.export.report_files import OutPath
from facilitator.export.report_files import Progress
from facilitator.export.report_files import check_pdf_target
from facilitator.export.report_files import reading
from facilitator.export.report_files import writing
from facilitator.store.bundle_files import OTHER
from facilitator.store.bundle_files import check_target

XLSX_SUFFIX = ".xlsx"
FOLLOWUP_SUFFIXES = (XLSX_SUFFIX, PDF_SUFFIX)
NOT_XLSX_OR_PDF = QT_TRANSLATE_NOOP(
    "Messages", "»{path}«: opfølgningen gemmes som regneark (.xlsx) eller PDF (.pdf).")
NO_CAMPS = QT_TRANSLATE_NOOP("Messages", "Vælg mindst én camp til opfølgningen.")
TITLE = "Opfølgning på bidrag og aftaler"
#: The columns of each actor's list, in both files.
HEADERS = ("Hvad", "Fra", "Hvem", "Frist", "Status", "Seneste kommentar")
OVERDUE = "overskredet"


@dataclass(frozen=True)
class FollowedRow:
    """One line of an actor's list, as both files print it."""

    what: str
    source: str
    person: str
    #: The deadline with "(overskredet)" when it has passed.
    deadline: str
    #: The deadline alone.
    due: str
    status: str
    comment: str
    overdue: bool
    selected: bool


@dataclass(frozen=True)
class FollowupLists:
    """What the export shows: the camps read, and one list per actor."""

    camps: tuple[str, ...]
    lists: tuple[tuple[str, tuple[FollowedRow, ...]], ...]
    made_on: date

    @property
    def count(self) -> int:
        return sum(len(rows) for _, rows in self.lists)


# -- reading ----------------------------------------------------------------------------
def read_followup(camp_paths: Iterable[OutPath], *, today: date | None = None,
                  progress: Progress | None = None) -> FollowupLists:
    """Every camp's items, one list per actor (by name, in the first camp's order)."""
    paths = _unique(camp_paths)
    if not paths:
        raise UserError(NO_CAMPS)
    made = today or date.today()
    titles: list[str] = []
    found: list[tuple[FollowupItem, str]] = []
    order: list[str] = []
    for number, path in enumerate(paths):
        if progress:
            progress("CAMPS", len(paths))
            progress("CAMP", number)
        with reading(path) as store:
            title = store.frame.camp().title.strip() or path.stem
            order += [a.name for a in store.frame.actors() if a.name not in order]
            found += [(item, title) for item in store.followup.items()]
        titles.append(title)
    several = len(paths) > 1
    source = {id(item): title for item, title in found}
    lists = tuple(
        (name or fu.NO_ACTOR,
         tuple(_row(item, source[id(item)] if several else "", made) for item in items))
        for name, items in fu.by_actor([item for item, _ in found], order))
    return FollowupLists(camps=tuple(titles), lists=lists, made_on=made)


def _unique(camp_paths: Iterable[OutPath]) -> list[Path]:
    paths: list[Path] = []
    for raw in camp_paths:
        path = Path(raw)
        if all(path.resolve() != p.resolve() for p in paths):
            paths.append(path)
    return paths


def _row(item: FollowupItem, camp: str, today: date) -> FollowedRow:
    overdue = item.overdue(today)
    deadline = dates.short_date(item.deadline, "da") if item.deadline else item.said_when
    latest = item.latest_comment
    comment = f"{dates.short_date(latest.date, 'da')}: {latest.text}" if latest else ""
    where = " · ".join(p for p in (camp, item.table_code) if p)
    return FollowedRow(
        what=item.text, source=where, person=item.person,
        deadline=f"{deadline} ({OVERDUE})" if overdue else deadline, due=deadline,
        status=fu.STATUS_LABELS.get(item.status, item.status), comment=comment,
        overdue=overdue, selected=item.selected)


# -- writing ----------------------------------------------------------------------------
def export_followup(camp_paths: Sequence[OutPath], out_path: OutPath, *,
                    progress: Progress | None = None) -> Path:
    """Write the follow-up of ``camp_paths`` to ``out_path`` (.xlsx or .pdf); returns it."""
    return write_followup(camp_paths, out_path, progress=progress)[0]


def write_followup(camp_paths: Sequence[OutPath], out_path: OutPath, *,
                   progress: Progress | None = None) -> tuple[Path, FollowupLists]:
    """The file written and what it lists. Every camp is read before anything is
    written; a camp is never changed, and never written over."""
    out = Path(out_path)
    paths = [Path(p) for p in camp_paths]
    suffix = out.suffix.lower()
    if suffix not in FOLLOWUP_SUFFIXES:
        raise UserError(NOT_XLSX_OR_PDF, path=str(out))
    if suffix == PDF_SUFFIX:
        check_pdf_target(out, paths)
    else:
        check_target(out, OTHER, paths)  # never over a camp, a kit, a bundle or a source
    lists = read_followup(paths, progress=progress)
    with writing(out):
        if suffix == XLSX_SUFFIX:
            from facilitator.export.followup_workbook import build_followup_workbook

            return build_followup_workbook(lists, out), lists
        from facilitator.export.followup_report import build_followup_report

        return build_followup_report(lists, out, progress=progress), lists


def default_followup_name(title: str) -> str:
    """'Opfølgning - Camp om trivsel.xlsx': the file name the Export menu offers."""
    stem = f"Opfølgning - {title.strip()}" if title.strip() else "Opfølgning"
    return safe_file_stem(stem, fallback="opfølgning") + XLSX_SUFFIX
