"""Spreadsheet files as grids of cells: CSV and XLSX in, CSV and XLSX out; and a
transcription sheet read from disk.

:func:`read_grid` knows nothing of what the columns mean (that is
:mod:`facilitator.domain.transcription`); it only turns bytes from Excel, LibreOffice or
a text editor into rows of strings, and :func:`csv_bytes` and :func:`xlsx_bytes` turn
rows back into bytes. Sheets come from many machines: Danish Excel saves CSV with
semicolons and often in Windows-1252, others use commas (or tabs) and UTF-8 with or
without a BOM, so all of these are read. What we write is what Danish Excel opens
directly: UTF-8 with BOM and semicolons, or an .xlsx in which no participant's text can
turn into a formula. Writing a transcription sheet to disk is an export
(:mod:`facilitator.export.transcription_sheet`).
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Iterable
from collections.abc import Sequence
from datetime import date
from datetime import datetime
from datetime import time
from pathlib import Path

from facilitator.domain import messages as msg
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.domain.sheet_formats import MAX_CELL_CHARS
from facilitator.domain.sheet_formats import Cell
from facilitator.domain.sheet_formats import defused
from facilitator.domain.sheet_formats import restored
from facilitator.domain.text_limit import danish_number
from facilitator.domain.transcription import COLUMNS
from facilitator.domain.transcription import SheetError
from facilitator.domain.transcription import SheetRow
from facilitator.domain.transcription import check_grid

NOT_A_SHEET = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« er ikke et regneark. Gem det som CSV (UTF-8 eller semikolonsepareret) "
    "eller som Excel-projektmappe (.xlsx), og prøv igen.",
)
UNREADABLE_SHEET = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« kan ikke læses som regneark ({detail})."
)
EMPTY_SHEET = QT_TRANSLATE_NOOP("Messages", "»{path}« er tomt: der er ingen overskriftsrække.")
SHEET_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« er for stort til et transskriptionsark (over {limit} MB). Intet er indlæst. "
    "Del arket op i flere filer.",
)
CELL_TOO_LONG_IN_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« blev ikke indlæst: række {row} har en celle med mere end {limit} tegn. "
    "Så lange tekster kan ikke indlæses; del teksten op i flere noter.",
)

ZIP_MAGIC = b"PK\x03\x04"
DELIMITERS = (";", ",", "\t")
#: The largest sheet file read at all: 100,000 notes fit in a twentieth of it.
MAX_SHEET_BYTES = 100 * 1024 * 1024


class DanishExcel(csv.excel):
    """Danish Excel's CSV: semicolons, and the line ends csv.writer would otherwise guess
    wrongly."""

    delimiter = ";"
    lineterminator = "\r\n"


def read_sheet(path: Path) -> list[SheetRow]:
    """The checked rows of a .csv or .xlsx transcription sheet; SheetError lists problems."""
    if not path.is_file():
        raise UserError(msg.NOT_A_FILE, path=str(path))
    try:
        if path.stat().st_size > MAX_SHEET_BYTES:
            raise UserError(SHEET_TOO_LARGE, path=str(path),
                            limit=MAX_SHEET_BYTES // 1024 // 1024)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(msg.CANNOT_READ, path=str(path), detail=exc.strerror or str(exc)) from exc
    grid = read_grid(data, path=str(path), known_header=COLUMNS)
    rows, problems = check_grid(grid)
    if problems:
        raise SheetError(problems, path=str(path))
    return rows


def read_grid(data: bytes, *, path: str, known_header: Iterable[str] = ()) -> list[list[str]]:
    """The rows of a CSV or XLSX file, each a list of cell texts; row 1 is the header.

    ``known_header`` (the column names we expect) decides between comma and semicolon
    when both appear in the header line. Raises UserError for anything not a sheet.
    """
    if not data.strip():
        raise UserError(EMPTY_SHEET, path=path)
    if data.startswith(ZIP_MAGIC):
        return _read_xlsx(data, path=path)
    if b"\x00" in data:
        # UTF-16 text, an old .xls, a camp file, a picture: nothing we can read as text.
        raise UserError(NOT_A_SHEET, path=path)
    text = _decode(data, path=path)
    hint = re.match(r"sep=(.)\r?\n", text)
    if hint and hint.group(1) in DELIMITERS:
        # Excel's own "sep=;" line: it is not shown as a row, so it is not counted as one.
        delimiter, text = hint.group(1), text[hint.end():]
    else:
        delimiter = _sniff_delimiter(text, set(known_header))
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append([restored(cell) for cell in row])
    except csv.Error as exc:
        if "field limit" in str(exc):  # csv's own guard (131,072 characters) tripped
            raise UserError(CELL_TOO_LONG_IN_FILE, path=path, row=len(rows) + 1,
                            limit=danish_number(MAX_CELL_CHARS)) from exc
        raise UserError(UNREADABLE_SHEET, path=path, detail=str(exc)) from exc
    return rows


def _decode(data: bytes, *, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Not UTF-8: Windows Excel's "CSV (semikolonsepareret)" is Windows-1252.
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UserError(NOT_A_SHEET, path=path) from exc


def _sniff_delimiter(text: str, known: set[str]) -> str:
    """The delimiter that splits the header line into the most known column names."""
    first = text.splitlines()[0] if text else ""

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([first], delimiter=delimiter), [])
        names = {c.strip().lower() for c in cells}
        return (len(names & known), len(cells))

    return max(DELIMITERS, key=score)


def _read_xlsx(data: bytes, *, path: str) -> list[list[str]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UserError(NOT_A_SHEET, path=path) from exc
    if unpacked > MAX_SHEET_BYTES:  # a small .xlsx can unpack to gigabytes
        raise UserError(SHEET_TOO_LARGE, path=path, limit=MAX_SHEET_BYTES // 1024 // 1024)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it does not know; none of that
            # matters for reading cell values, and a warning must not stop an import.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                if not book.worksheets:
                    raise UserError(EMPTY_SHEET, path=path)
                sheet = book.worksheets[0]
                return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            finally:
                book.close()
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(NOT_A_SHEET, path=path) from exc


def _cell_text(value: object) -> str:
    """A cell as the text a person sees in it (whole numbers without '.0')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """A CSV file as Danish Excel opens it: UTF-8 with BOM, semicolons, CRLF; no cell
    that a spreadsheet would take for a formula."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, DanishExcel, quoting=csv.QUOTE_MINIMAL)
    writer.writerow([defused(c) for c in header])
    writer.writerows([defused(c) for c in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def xlsx_bytes(header: Sequence[str], rows: Iterable[Sequence[Cell]], *,
               sheet_name: str = "Noter", widths: Sequence[int] = ()) -> bytes:
    """An .xlsx workbook: header frozen with a filter, text always written as text.

    ``write_string`` (never ``write``) for every text, so a note such as "=cmd|' /C calc'!A0"
    stays a note when the organiser opens the file; numbers only for int cells.
    """
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {
        "in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
        "strings_to_urls": False,
    })
    try:
        sheet = book.add_worksheet(sheet_name)
        bold = book.add_format({"bold": True})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        for col, name in enumerate(header):
            sheet.write_string(0, col, name, bold)
        last_row = 0
        for last_row, row in enumerate(rows, start=1):
            for col, value in enumerate(row):
                if isinstance(value, int):
                    sheet.write_number(last_row, col, value)
                elif value and sheet.write_string(last_row, col, value) < 0:
                    # XlsxWriter cuts a text over Excel's limit and says so only here.
                    raise ValueError(f"cell {last_row},{col}: {len(value)} characters")
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width, wrap if width > 30 else None)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, last_row, max(len(header) - 1, 0))
    finally:
        book.close()
    return buffer.getvalue()
