"""What the Export menu and the command line write, from camp files.

One function per export, shared by the CLI verbs and the GUI's export worker, so both
check the same things and say the same words (:mod:`facilitator.export.report_files`):
the camp is opened read-only (its file is never changed, not even by the names it is
asked to replace), a report is only ever a .pdf and never written over one of the camps
it is made from, and a file that cannot be written is a Danish message, not a
traceback. The builders write atomically, so a failed export leaves no half-written
file.

The builders are imported where they are used, not at the top: the command line imports
this module for every verb, and reportlab and XlsxWriter would double the start-up of
the verbs that write no report (importing a sheet, collecting).
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from pathlib import Path

from facilitator.domain.messages import UNKNOWN_SUFFIX
from facilitator.domain.messages import UserError
from facilitator.domain.places import safe_file_stem
from facilitator.domain.pseudonyms import case_variants
from facilitator.domain.transcription import SHEET_SUFFIXES
from facilitator.export.report_files import PDF_SUFFIX
from facilitator.export.report_files import NameMap
from facilitator.export.report_files import OutPath
from facilitator.export.report_files import Progress
from facilitator.export.report_files import check_pdf_target
from facilitator.export.report_files import reading
from facilitator.export.report_files import writing
from facilitator.export.transcription_sheet import write_sheet
from facilitator.store import CampStore
from facilitator.store.bundle_files import OTHER
from facilitator.store.bundle_files import check_target
from facilitator.store.reader import CampReader
from facilitator.store.transcription import export_rows


def report_names(store: CampReader) -> dict[str, str]:
    """The camp's names in reports, as the PDF builders match them (exactly as written:
    each name also in lower, upper and title case)."""
    return case_variants(store.names.pseudonyms())


# -- the exports --------------------------------------------------------------------------
def camp_pdf(camp_path: OutPath, out_path: OutPath, *,
             table_code: str | None = None, pseudonymise: bool = False,
             progress: Progress | None = None) -> Path:
    """The camp summary (or, with ``table_code``, that table's sheet) as a PDF.

    ``pseudonymise`` replaces the names on the camp's list in the report only.
    """
    camp, out = Path(camp_path), Path(out_path)
    check_pdf_target(out, [camp])
    with reading(camp) as store:
        names = report_names(store) if pseudonymise else None
        with writing(out):
            if table_code is not None:
                from facilitator.export.table_sheet import build_table_sheet

                return build_table_sheet(store, table_code, out, pseudonyms=names,
                                         progress=progress)
            from facilitator.export.camp_report import build_camp_report

            return build_camp_report(store, out, pseudonyms=names, progress=progress)


def cross_pdf(camp_paths: Iterable[OutPath], out_path: OutPath,
              *, pseudonymise: bool = False, progress: Progress | None = None) -> Path:
    """The recurring messages and category counts of several camps, side by side;
    ``pseudonymise`` replaces each camp's listed names in its texts."""
    from facilitator.export.cross_report import build_cross_report

    paths, out = [Path(p) for p in camp_paths], Path(out_path)
    check_pdf_target(out, paths)
    with writing(out):
        return build_cross_report(paths, out, pseudonymise=pseudonymise, progress=progress)


def write_spreadsheet(store: CampStore, out_path: OutPath, *,
                      pseudonyms: NameMap | None = None) -> int:
    """The camp's notes as .xlsx (a workbook: all notes, then a sheet per step) or as
    .csv (the transcription sheet); returns how many rows were written.

    A CampStore, not a CampReader: the sheet is the store's own dump of its rows
    (:func:`~facilitator.store.transcription.export_rows`), tombstones and all."""
    out = Path(out_path)
    suffix = out.suffix.lower()
    if suffix not in SHEET_SUFFIXES:
        raise UserError(UNKNOWN_SUFFIX, suffix=out.suffix or "(ingen)")
    check_target(out, OTHER, [store.path] if store.path else [])
    from facilitator.export.workbook import build_workbook
    from facilitator.export.workbook import pseudonymised

    if suffix == ".xlsx":
        return build_workbook(store, out, pseudonyms=pseudonyms).rows
    rows = pseudonymised(export_rows(store), pseudonyms)
    write_sheet(rows, out)
    return len(rows)


# -- names and progress --------------------------------------------------------------------
def default_file_name(title: str, date: str, kind: str, *, table_code: str = "") -> str:
    """A file name to offer: what it is, the camp's title and date, e.g.
    'Opsamling - Camp om trivsel 2026-05-09.pdf' (kind: summary, table, cross, sheet)."""
    camp = " ".join(p for p in (title.strip(), date.strip()[:10]) if p)
    stem = {
        "summary": f"Opsamling - {camp}" if camp else "Opsamling",
        "table": f"Bordark {table_code} - {camp}" if camp else f"Bordark {table_code}",
        "cross": "På tværs af camps",
        "sheet": camp or "Noter",
    }[kind]
    suffix = ".xlsx" if kind == "sheet" else PDF_SUFFIX
    return safe_file_stem(stem, fallback="rapport") + suffix


class ProgressMeter:
    """The builders' progress events as one whole percentage, 0–99, rising only.

    A report is built in (usually) two passes over its flowables (reportlab's STARTED,
    SIZE_EST and PROGRESS events); the cross-camp report first reads its camps (CAMPS,
    CAMP), which counts for ``reading`` of the whole. ``report`` is called with the new
    percentage whenever it grows.
    """

    PASSES = 2

    def __init__(self, report: Callable[[int], None], *, reading: float = 0.0) -> None:
        self.report = report
        self.reading = reading
        self.percent = 0
        self._camps = 0
        self._passes = 0
        self._size = 0

    def __call__(self, kind: str, value: int) -> None:
        if kind == "CAMPS":
            self._camps = max(1, value)
            return
        if kind == "CAMP" and self._camps:
            self._show(self.reading * min(1.0, value / self._camps))
            return
        if kind == "STARTED":
            self._passes += 1
            self._size = 0
        elif kind == "SIZE_EST":
            self._size = value
        elif kind == "PROGRESS" and self._size and self._passes:
            done = min(self.PASSES, self._passes - 1 + value / self._size) / self.PASSES
            self._show(self.reading + (1 - self.reading) * done)

    def _show(self, fraction: float) -> None:
        percent = min(99, int(fraction * 100))
        if percent > self.percent:
            self.percent = percent
            self.report(percent)
