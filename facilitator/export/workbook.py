"""The camp as an Excel workbook: every note on one sheet, and one sheet per step.

The first sheet, "Alle noter", is the transcription sheet of DESIGN.md §5 (the same
columns, the same order), so the workbook imports again like any sheet: the import
reads the first sheet. After it comes one sheet per step of the program, named by the
step's title, with that step's rows only: what the organiser filters and counts in.
Last, when anybody counted who came, »Deltagere«: the people by group per table.
Every sheet has its header frozen and a filter on it; every user text is written with
``write_string``, so a note such as ``=cmd|' /C calc'!A0`` stays a note.

A workbook may replace names (:mod:`facilitator.domain.pseudonyms`); the camp file is
never changed. The file is written under a temporary name, flushed and renamed into
place, readable by the user only: the sheet holds what the participants said.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path
from typing import Any

import xlsxwriter

from facilitator import written_files
from facilitator.domain.participants import GROUPS
from facilitator.domain.participants import added_up
from facilitator.domain.pseudonyms import replacer
from facilitator.domain.transcription import COLUMNS
from facilitator.domain.transcription import STEP_KEYS
from facilitator.domain.transcription import SheetRow
from facilitator.domain.transcription import with_continuations
from facilitator.export.report_files import NameMap
from facilitator.export.report_files import OutPath
from facilitator.export.report_files import writing
from facilitator.store import CampStore
from facilitator.store.transcription import export_rows

ALL_NOTES = "Alle noter"
#: The sheet of the camp's own texts (recurring messages, purpose, prerequisites).
ANALYSIS = "Analyse"
#: The last sheet: who came, by group, per table (issue 18); only when anybody counted.
PARTICIPANTS = "Deltagere"
#: Excel's limits for a sheet name.
MAX_SHEET_NAME = 31
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]+")
#: Characters a sheet name cannot carry into the workbook's XML, where it is written
#: unescaped in the filter ranges (an actor called "Kommunen\x03" made a file Excel and
#: openpyxl refuse): control characters, surrogates and the two non-characters.
_NOT_IN_XML = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]+")
#: Column widths in characters: the texts wide, the codes narrow.
WIDTHS = {
    "camp_id": 8, "camp_title": 22, "core_task": 20, "camp_date": 11, "participants": 7,
    "main_group": 9, "table": 9, "step": 14, "title": 30, "text": 70, "votes": 7,
    "selected": 8, "actor": 16, "prerequisite": 34, "source_page": 9, "same_message": 9,
}
#: Columns whose texts wrap in their cells.
WRAPPED = ("title", "text", "prerequisite")


@dataclass(frozen=True)
class WorkbookSummary:
    """What was written: the file, how many rows, and the sheets' names in order."""

    path: Path
    rows: int
    sheets: tuple[str, ...]


def sheet_name(title: str, taken: Iterable[str] = ()) -> str:
    """``title`` as Excel accepts a sheet name: no []:*?/\\, at most 31 characters,
    not starting or ending with an apostrophe, and unlike every name in ``taken``
    (case does not count)."""
    # A forbidden character inside becomes a dash; at either end ("bidrage?") it goes.
    name = " ".join(_FORBIDDEN.sub("-", _NOT_IN_XML.sub(" ", title)).split()).strip(" -'")
    if not name or name.casefold() == "history":  # Excel reserves "History"
        name = f"Trin {name}".strip()
    name = name[:MAX_SHEET_NAME].rstrip().rstrip("'")
    used = {t.casefold() for t in taken}
    candidate, number = name, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate = name[:MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
        number += 1
    return candidate


def pseudonymised(rows: Iterable[SheetRow], mapping: Mapping[str, str] | None) -> list[SheetRow]:
    """``rows`` with the names of ``mapping`` replaced in every text a person wrote."""
    rows = list(rows)
    if not mapping:
        return rows
    swap = replacer(mapping)
    return [_replace(r, swap) for r in rows]


def _replace(row: SheetRow, swap: Any) -> SheetRow:
    return replace(row, text=swap(row.text), title=swap(row.title),
                   prerequisite=swap(row.prerequisite), quote=swap(row.quote),
                   quote_by=swap(row.quote_by), category=swap(row.category))


Sheets = list[tuple[str, list[SheetRow]]]


def workbook_sheets(rows: Sequence[SheetRow], steps: Sequence[tuple[str, str]]) -> Sheets:
    """The workbook's sheets, (name, rows) in order: all notes, then one per step.

    ``steps`` are the program's (key, title) in order: each gets a sheet, when it is a
    step a sheet can hold or has rows; rows of steps not listed get one at the end.
    """
    rows = with_continuations(rows)
    by_step: dict[str, list[SheetRow]] = {}
    for row in rows:
        by_step.setdefault(row.step or ANALYSIS, []).append(row)
    sheets: list[tuple[str, list[SheetRow]]] = [(ALL_NOTES, list(rows))]
    names = [ALL_NOTES]
    listed = set()
    for key, step_title in steps:
        if key in listed or (key not in STEP_KEYS and key not in by_step):
            continue
        listed.add(key)
        name = sheet_name(step_title or key, names)
        names.append(name)
        sheets.append((name, by_step.get(key, [])))
    for key, step_rows in by_step.items():
        if key not in listed:
            name = sheet_name(key, names)
            names.append(name)
            sheets.append((name, step_rows))
    return sheets


#: A sheet that is not the transcription's columns: its header row, then its rows.
Table = list[list[str | int]]


def participants_table(store: CampStore) -> Table:
    """People by group per table, and all tables together; empty when nobody counted.

    Last in the workbook, after the sheets that import again, for the organiser who
    sums up who came.
    """
    counted = store.participants.by_table()
    if not counted:
        return []
    groups = {g.id: g.code for g in store.frame.main_groups()}
    rows: Table = [["Bord", "Hovedgruppe", *(g.name[:1].upper() + g.name[1:] for g in GROUPS),
                    "I alt"]]
    for table in store.frame.tables():
        counts = counted.get(table.id)
        if counts is not None:
            rows.append([table.code, groups.get(table.main_group_id or "", ""),
                         *(n for _g, n in counts.rows()), counts.total])
    total = added_up(counted.values())
    rows.append(["I alt", "", *(n for _g, n in total.rows()), total.total])
    return rows


def write_workbook(sheets: Sheets, path: Path, *, title: str = "",
                   tables: Sequence[tuple[str, Table]] = ()) -> None:
    """The sheets as an .xlsx file at ``path``, every text written as text; then
    ``tables``, each (name, rows) as a sheet of its own."""
    book = xlsxwriter.Workbook(str(path), {
        "in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
        "strings_to_urls": False,
    })
    try:
        if title:
            book.set_properties({"title": title})
        formats = {
            "head": book.add_format({"bold": True, "bottom": 1, "bg_color": "#E7EFF1",
                                     "valign": "top"}),
            "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
            "top": book.add_format({"valign": "top"}),
        }
        for name, sheet_rows in sheets:
            _write_sheet(book.add_worksheet(name), sheet_rows, formats)
        for name, table in tables:
            _write_table(book.add_worksheet(name), table, formats)
    finally:
        book.close()


def _write_sheet(sheet: Any, rows: Sequence[SheetRow], formats: dict[str, Any]) -> None:
    for col, name in enumerate(COLUMNS):
        sheet.write_string(0, col, name, formats["head"])
        wrapped = name in WRAPPED
        sheet.set_column(col, col, WIDTHS.get(name, 12),
                         formats["wrap"] if wrapped else formats["top"])
    for number, row in enumerate(rows, start=1):
        for col, value in enumerate(row.cells()):
            if isinstance(value, int):
                sheet.write_number(number, col, value)
            elif value and sheet.write_string(number, col, value) < 0:
                # XlsxWriter cuts a text over Excel's limit and says so only here:
                # never hand the organiser a cut note.
                raise ValueError(f"cell {number},{col}: {len(value)} characters")
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(COLUMNS) - 1)


def _write_table(sheet: Any, rows: Table, formats: dict[str, Any]) -> None:
    for number, row in enumerate(rows):
        for col, value in enumerate(row):
            if isinstance(value, int):
                sheet.write_number(number, col, value)
            elif value:
                sheet.write_string(number, col, value, formats["head"] if number == 0 else None)
    sheet.set_column(0, 1, 12)
    sheet.set_column(2, max(len(rows[0]) - 1, 2), 14)
    sheet.freeze_panes(1, 0)


def build_workbook(store: CampStore, out_path: OutPath, *,
                   pseudonyms: NameMap | None = None) -> WorkbookSummary:
    """Write ``store``'s camp as a workbook to ``out_path``.

    ``pseudonyms`` maps names to what is written instead (whole words, any case).
    Raises UserError when the file cannot be written; a file already there is then
    left as it was.
    """
    rows = pseudonymised(export_rows(store), pseudonyms)
    steps = [(s.key, s.title) for s in store.frame.steps()]
    sheets = workbook_sheets(rows, steps)
    people = participants_table(store)
    tables = [(sheet_name(PARTICIPANTS, [n for n, _ in sheets]), people)] if people else []
    title = store.frame.camp().title
    path = Path(out_path)
    with writing(path):
        if not path.parent.is_dir():  # write_via would make it: a sheet goes where asked
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
        written_files.write_via(path, lambda temp: write_workbook(sheets, temp, title=title,
                                                                 tables=tables))
    return WorkbookSummary(path=path, rows=len(rows),
                           sheets=tuple(name for name, _ in [*sheets, *tables]))
