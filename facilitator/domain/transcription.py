"""Transcription sheets: one row per note, as DESIGN.md §5 describes them.

Camps held on paper come back as sheets typed by someone who was not at the table, so
reading one checks every row and reports *all* problems at once, each with the row
number the person sees in Excel (header = row 1): fixing a sheet one error per attempt
is what makes people give up on a tool. Nothing here knows about files: a sheet is read
from disk by :mod:`facilitator.sheet_files` and written by
:mod:`facilitator.export.transcription_sheet`; the store turns valid rows into notes
(:mod:`facilitator.store.transcription`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import astuple
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import Any

from facilitator.domain.messages import BAD_PARTICIPANTS
from facilitator.domain.messages import BAD_SELECTED
from facilitator.domain.messages import BAD_TAG
from facilitator.domain.messages import BAD_VOTES
from facilitator.domain.messages import CELL_TOO_LONG
from facilitator.domain.messages import CONTROL_CHARACTER
from facilitator.domain.messages import DUPLICATE_COLUMN
from facilitator.domain.messages import EMPTY_FRONT_PAGE
from facilitator.domain.messages import EMPTY_TEXT
from facilitator.domain.messages import MISSING_COLUMNS
from facilitator.domain.messages import MISSING_TABLE
from facilitator.domain.messages import NOTHING_TO_CONTINUE
from facilitator.domain.messages import ONLY_FOR_STEP
from facilitator.domain.messages import OTHER_CAMP_ID
from facilitator.domain.messages import SHEET_REFUSED
from facilitator.domain.messages import TABLE_IN_TWO_GROUPS
from facilitator.domain.messages import TOO_MANY_CELLS
from facilitator.domain.messages import UNKNOWN_ACTOR
from facilitator.domain.messages import UNKNOWN_COLUMNS
from facilitator.domain.messages import UNKNOWN_RECORD
from facilitator.domain.messages import UNKNOWN_STEP
from facilitator.domain.messages import WRONG_DELIMITER
from facilitator.domain.messages import UserError
from facilitator.domain.model import KNOWN_ACTORS
from facilitator.domain.rules import MAX_VOTES
from facilitator.domain.sheet_formats import MAX_CELL_CHARS
from facilitator.domain.sheet_formats import Cell
from facilitator.domain.text_limit import danish_number

#: The columns of a transcription sheet, in the order we write them. The last seven carry
#: what the organiser and the tables added beyond the notes (docs/transcription-format.md);
#: a sheet typed from paper may leave them out.
COLUMNS = (
    "camp_id", "camp_title", "core_task", "camp_date", "participants", "main_group", "table",
    "step", "title", "text", "votes", "selected", "actor", "prerequisite", "source_page",
    "record", "tag", "quote", "quote_by", "category", "excerpt", "same_message",
)
#: What a row is, in the ``record`` column: empty for a note, front page or contribution;
#: otherwise one of the camp's other texts, or the rest of the row above.
RECORDS = ("", "category", "summary", "message", "purpose", "consolidated_prerequisite",
           "actor", "continued")
#: Records that belong to the camp, not to a step.
CAMP_RECORDS = ("message", "purpose", "consolidated_prerequisite", "actor")
#: The dilemma step's tags of a note.
TAGS = ("", "consideration", "tradeoff", "dilemma")
#: The longest text one cell takes in Excel; a longer text goes on in "continued" rows.
CELL_LIMIT = 32_767
#: The text columns a "continued" row carries on.
CONTINUED = ("title", "text", "prerequisite", "quote", "quote_by", "category")
#: Without these a row cannot be placed; every other column may be left out.
REQUIRED_COLUMNS = ("main_group", "table", "step", "text")
#: The program step keys a sheet may name, in the camp day's order.
STEP_KEYS = (
    "indicators", "dilemmas", "front_pages", "prerequisites", "contributions",
    "bulletin_board", "good_idea",
)
#: Steps whose notes may belong to a main group or the whole camp instead of a table.
TABLELESS_STEPS = ("bulletin_board", "good_idea")
SHEET_SUFFIXES = (".csv", ".xlsx")



@dataclass(frozen=True)
class SheetRow:
    """One checked row: a note, a front page or a contribution, with its camp's details."""

    step: str
    text: str
    table: str = ""
    main_group: str = ""
    title: str = ""
    votes: int = 0
    selected: bool = False
    actor: str = ""
    prerequisite: str = ""
    camp_id: str = ""
    camp_title: str = ""
    core_task: str = ""
    camp_date: str = ""
    participants: int = 0
    source_page: str = ""
    record: str = ""
    tag: str = ""
    quote: str = ""
    quote_by: str = ""
    category: str = ""
    excerpt: bool = False
    #: A label the step's notes that the organiser counts as one message share.
    same_message: str = ""
    #: Where the row stood in its sheet (0 when made by an export); not part of equality.
    sheet_row: int = field(default=0, compare=False)

    def cells(self) -> list[Cell]:
        """The row in :data:`COLUMNS` order, numbers as numbers, nothing as ''.

        Invisible control characters go: no spreadsheet file can hold them, and the
        import refuses them. A line break is written as one (LF): XLSX can store a
        carriage return only as ``_x000D_``, which its readers give back as those seven
        characters, so "\r\n" from a Windows paste would come back changed.
        """
        item = self.record == ""
        return [cell_text(c) if isinstance(c, str) else c for c in (
            self.camp_id, self.camp_title, self.core_task, self.camp_date,
            self.participants or "", self.main_group, self.table, self.step, self.title,
            self.text, self.votes if item else "", (1 if self.selected else 0) if item else "",
            self.actor, self.prerequisite, self.source_page, self.record, self.tag,
            self.quote, self.quote_by, self.category, 1 if self.excerpt else "",
            self.same_message,
        )]


def sheet_digest(rows: Iterable[SheetRow]) -> str:
    """SHA-256 over a sheet's checked rows: the same content is the same sheet, whether
    saved as CSV or .xlsx, renamed, or its cells wrapped into continued rows differently.
    Where a row stood (``sheet_row``) is left out; order counts (it is the board's). A
    row without a ``same_message`` label hashes as it did before that column existed, so
    a sheet imported then is still known."""
    digest = hashlib.sha256()
    for row in rows:
        values = astuple(replace(row, sheet_row=0))  # ends in same_message, sheet_row
        cells = values if row.same_message else (*values[:-2], values[-1])
        digest.update(json.dumps(cells, ensure_ascii=False, separators=(",", ":")).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def message_labels(ids: Sequence[str], counted_with: Mapping[str, str]) -> dict[str, str]:
    """note id → »1«, »2« …: the notes of one message share a label, numbered in the
    sheet's order."""
    labels: dict[str, str] = {}
    numbers: dict[str, str] = {}
    grouped = set(counted_with.values()) | set(counted_with)
    for note_id in ids:
        if note_id in grouped:
            first = counted_with.get(note_id, note_id)
            labels[note_id] = numbers.setdefault(first, str(len(numbers) + 1))
    return labels

def with_continuations(rows: Iterable[SheetRow], limit: int = CELL_LIMIT) -> list[SheetRow]:
    """``rows`` with every text longer than ``limit`` carried on in "continued" rows
    below it, so no cell is ever cut (the import joins them again)."""
    out: list[SheetRow] = []
    for row in rows:
        parts = {name: cell_pieces(getattr(row, name), limit) for name in CONTINUED}
        out.append(replace(row, **_piece(parts, 0)))
        out.extend(SheetRow(step=row.step, table=row.table, main_group=row.main_group,
                            record="continued", **_piece(parts, i))
                   for i in range(1, max(len(p) for p in parts.values())))
    return out


def _piece(parts: dict[str, list[str]], i: int) -> dict[str, Any]:
    """The ``i``-th piece of every text column, '' where a text has fewer pieces."""
    return {name: p[i] if i < len(p) else "" for name, p in parts.items()}


def cell_pieces(text: str, limit: int = CELL_LIMIT) -> list[str]:
    """``text`` in pieces Excel takes (at most ``limit`` UTF-16 units: an emoji counts
    twice), never cut next to white space (the import trims each cell)."""
    pieces = []
    while len(text.encode("utf-16-le")) // 2 > limit:
        cut = _fitting(text, limit)
        lowest = cut // 2
        while cut > lowest and (text[cut - 1].isspace() or text[cut].isspace()):
            cut -= 1
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text] if text or not pieces else pieces


def _fitting(text: str, limit: int) -> int:
    """How many characters of ``text`` fit in ``limit`` UTF-16 units."""
    units = 0
    for i, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return i
    return len(text)


def cell_text(text: str) -> str:
    """``text`` as a spreadsheet cell can hold it: line breaks as LF (XLSX keeps a CR only
    as ``_x000D_``), no control characters."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


class SheetProblem(UserError):
    """One thing wrong with a sheet, at ``row`` (0 when it concerns the whole sheet)."""

    def __init__(self, text: str, *, row: int = 0, **fields: object) -> None:
        self.row = row
        super().__init__(text, row=row, **fields)


class SheetError(UserError):
    """A sheet refused as a whole: :attr:`problems` lists every reason, in row order."""

    def __init__(self, problems: Sequence[UserError], *, path: str) -> None:
        self.problems = list(problems)
        super().__init__(SHEET_REFUSED, path=path, count=len(self.problems))


def check_grid(grid: Sequence[Sequence[str]]) -> tuple[list[SheetRow], list[SheetProblem]]:
    """Rows and problems of a sheet's cells (row 0 = header); never stops at the first."""
    if not grid:
        return [], [SheetProblem(MISSING_COLUMNS, row=1, columns=_names(REQUIRED_COLUMNS))]
    header = [c.replace("\ufeff", "").strip().lower() for c in grid[0]]
    problems = _check_header(header)
    if any(p.text in (MISSING_COLUMNS, WRONG_DELIMITER) for p in problems):
        return [], problems
    index = {name: i for i, name in reversed(list(enumerate(header))) if name in COLUMNS}
    # Actors of the camp's own (not one of the known ones) are declared in "actor" rows,
    # anywhere in the sheet: a contribution may name them, a typo stays an error.
    declared = {cells[index["title"]].strip().casefold() for cells in grid[1:]
                if "record" in index and "title" in index
                and len(cells) > max(index["record"], index["title"])
                and str(cells[index["record"]]).strip().lower() == "actor"}
    rows: list[SheetRow] = []
    first_camp = ""
    table_groups: dict[str, str] = {}  # table -> the main group it first stood in
    can_continue = False  # the row above was read: a "continued" row may carry it on
    for number, cells in enumerate(grid[1:], start=2):
        if not any(str(c).strip() for c in cells):
            continue  # blank lines at the end of a sheet are not notes
        values = {name: cells[i].strip() if i < len(cells) else "" for name, i in index.items()}
        if any(str(c).strip() for c in cells[len(header):]):
            problems.append(SheetProblem(TOO_MANY_CELLS, row=number))
        unfit = _check_cells(number, values)
        if unfit:
            problems.extend(unfit)
            continue
        if values.get("record", "").lower() == "continued":
            if not can_continue:
                problems.append(SheetProblem(NOTHING_TO_CONTINUE, row=number))
            else:
                rows[-1], found = _carried_on(rows[-1], number, values)
                problems.extend(found)
            continue
        row, found = _check_row(number, values, declared)
        problems.extend(found)
        can_continue = row is not None
        if row is None:
            continue
        first_camp = first_camp or row.camp_id
        problems.extend(_check_place(number, row, first_camp, table_groups))
        rows.append(row)
    problems.sort(key=lambda p: p.row)
    return rows, problems


def _carried_on(row: SheetRow, number: int, values: dict[str, str]
                ) -> tuple[SheetRow, list[SheetProblem]]:
    """``row`` with the texts of the "continued" row ``number`` added to its own; a text
    carried on past the limit is said once, at the row where it goes past."""
    longer = replace(row, **{name: getattr(row, name) + values.get(name, "")
                             for name in CONTINUED})
    return longer, [_too_long(number, name, len(getattr(longer, name))) for name in CONTINUED
                    if len(getattr(longer, name)) > MAX_CELL_CHARS >= len(getattr(row, name))]


def _check_place(number: int, row: SheetRow, first_camp: str,
                 table_groups: dict[str, str]) -> list[SheetProblem]:
    """A row of another camp than the sheet's first, or of a table already seen in
    another main group (``table_groups`` remembers where each table stood first)."""
    problems = []
    if row.camp_id and row.camp_id != first_camp:
        problems.append(SheetProblem(OTHER_CAMP_ID, row=number, found=row.camp_id,
                                     first=first_camp))
    if row.table and row.main_group:
        group = table_groups.setdefault(row.table, row.main_group)
        if group != row.main_group:
            problems.append(SheetProblem(TABLE_IN_TWO_GROUPS, row=number, table=row.table,
                                         group=row.main_group, first=group))
    return problems


#: C0 control characters and DEL; tab, line feed and carriage return belong in a note.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _check_cells(number: int, values: dict[str, str]) -> list[SheetProblem]:
    """Cells no note should hold: longer than :data:`MAX_CELL_CHARS`, or control characters."""
    problems = []
    for column, value in values.items():
        if len(value) > MAX_CELL_CHARS:
            problems.append(_too_long(number, column, len(value)))
            continue
        found = _CONTROL.search(value)
        if found:
            problems.append(SheetProblem(CONTROL_CHARACTER, row=number, column=column,
                                         code=f"U+{ord(found.group()):04X}"))
    return problems


def _too_long(number: int, column: str, length: int) -> SheetProblem:
    return SheetProblem(CELL_TOO_LONG, row=number, column=column, length=danish_number(length),
                        limit=danish_number(MAX_CELL_CHARS))


def _names(names: Iterable[str]) -> str:
    return ", ".join(f"»{n}«" for n in names)


def _check_header(header: list[str]) -> list[SheetProblem]:
    delimiter = _other_delimiter(header)
    if delimiter:
        return [SheetProblem(WRONG_DELIMITER, row=1, delimiter=delimiter)]
    problems = []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        problems.append(SheetProblem(MISSING_COLUMNS, row=1, columns=_names(missing)))
    unknown = [c for c in header if c and c not in COLUMNS]
    if unknown:
        problems.append(SheetProblem(UNKNOWN_COLUMNS, row=1, columns=_names(unknown),
                                     known=", ".join(COLUMNS)))
    seen: set[str] = set()
    for name in header:
        if name in seen and name in COLUMNS:
            problems.append(SheetProblem(DUPLICATE_COLUMN, row=1, column=name))
        seen.add(name)
    return problems


def _other_delimiter(header: list[str]) -> str:
    """The character a one-cell header uses between known column names ('' if none):
    a sheet saved with »|« or another separator we do not read."""
    cells = [c for c in header if c]
    if len(cells) != 1:
        return ""
    for char in dict.fromkeys(c for c in cells[0] if not (c.isalnum() or c in "_ ")):
        if sum(part.strip() in COLUMNS for part in cells[0].split(char)) >= 2:
            return char
    return ""


def _check_row(number: int, v: dict[str, str], declared: frozenset[str] | set[str] = frozenset()
               ) -> tuple[SheetRow | None, list[SheetProblem]]:
    problems: list[SheetProblem] = []

    def problem(text: str, **fields: object) -> None:
        problems.append(SheetProblem(text, row=number, **fields))

    step = v.get("step", "").lower()
    record = v.get("record", "").lower()
    if record not in RECORDS:
        problem(UNKNOWN_RECORD, value=v.get("record", ""), known=", ".join(RECORDS[1:]))
        return None, problems
    if record in CAMP_RECORDS:
        step = ""  # the camp's own texts belong to no step
    elif step not in STEP_KEYS:
        problem(UNKNOWN_STEP, step=v.get("step", ""), known=", ".join(STEP_KEYS))
    problems.extend(_check_texts(number, v, step, record))
    votes = _whole_number(v.get("votes", ""))
    if votes is None or votes > MAX_VOTES:
        problem(BAD_VOTES, value=v.get("votes", ""), most=MAX_VOTES)
    for column in ("selected", "excerpt"):
        if v.get(column, "") not in ("", "0", "1"):
            problem(BAD_SELECTED, value=v.get(column, ""))
    participants = _whole_number(v.get("participants", ""))
    if participants is None:
        problem(BAD_PARTICIPANTS, value=v.get("participants", ""))
    actor = actor_key(v.get("actor", ""))
    if actor is None and v.get("actor", "").strip().casefold() in declared:
        actor = v.get("actor", "").strip()
    if actor is None:
        problem(UNKNOWN_ACTOR, actor=v.get("actor", ""), known=", ".join(KNOWN_ACTORS))
    tag = v.get("tag", "").lower()
    if tag not in TAGS:
        problem(BAD_TAG, value=v.get("tag", ""), known=", ".join(TAGS[1:]))
    if step in STEP_KEYS and record == "":
        problems.extend(SheetProblem(ONLY_FOR_STEP, row=number, column=column, step=only,
                                     used=step)
                        for column, only in _ONLY_FOR_STEP if v.get(column) and step != only)
    if problems:
        return None, problems
    return SheetRow(
        step=step, text=v.get("text", ""), table=v.get("table", ""),
        main_group=v.get("main_group", ""), title=v.get("title", ""), votes=votes or 0,
        selected=v.get("selected", "") == "1", actor=actor or "",
        prerequisite=v.get("prerequisite", ""),
        camp_id=v.get("camp_id", ""), camp_title=v.get("camp_title", ""),
        core_task=v.get("core_task", ""), camp_date=v.get("camp_date", ""),
        participants=participants or 0, source_page=v.get("source_page", ""),
        record=record, tag=tag, quote=v.get("quote", ""), quote_by=v.get("quote_by", ""),
        category=v.get("category", ""), excerpt=v.get("excerpt", "") == "1",
        same_message=v.get("same_message", "").strip(), sheet_row=number,
    ), []


#: The columns of a note that only one step's notes use, with that step.
_ONLY_FOR_STEP = (("title", "front_pages"), ("actor", "contributions"),
                  ("prerequisite", "contributions"), ("quote", "front_pages"),
                  ("quote_by", "front_pages"), ("tag", "dilemmas"))


def _check_texts(number: int, v: dict[str, str], step: str, record: str
                 ) -> list[SheetProblem]:
    """A row without the text its kind needs, or a note without its table: a note needs
    its text (a front page a headline, story or quote), a camp text its title or text."""
    text, title = v.get("text", ""), v.get("title", "")
    problems = []
    if record == "":
        if not v.get("table") and step not in TABLELESS_STEPS:
            problems.append(SheetProblem(MISSING_TABLE, row=number,
                                         steps=_names(TABLELESS_STEPS)))
        if step == "front_pages":
            if not (text or title or v.get("quote") or v.get("quote_by")):
                problems.append(SheetProblem(EMPTY_FRONT_PAGE, row=number))
        elif not text:
            problems.append(SheetProblem(EMPTY_TEXT, row=number))
    elif record in ("category", "purpose", "actor") and not title:
        problems.append(SheetProblem(EMPTY_TEXT, row=number))
    elif record == "purpose" and title not in ("purpose_implications", "considerations"):
        problems.append(SheetProblem(UNKNOWN_RECORD, row=number, value=f"purpose: {title}",
                                     known="purpose_implications, considerations"))
    elif record in ("summary", "consolidated_prerequisite") and not text:
        problems.append(SheetProblem(EMPTY_TEXT, row=number))
    return problems


def _whole_number(value: str) -> int | None:
    """0 for an empty cell, the number for digits, None for anything else (or < 0)."""
    if value == "":
        return 0
    return int(value) if value.isascii() and value.isdigit() else None


def actor_key(value: str) -> str | None:
    """The actor key a cell names ('' for none), by key or Danish name; None if unknown."""
    wanted = value.strip().casefold()
    if not wanted:
        return ""
    for key, name in KNOWN_ACTORS.items():
        if wanted in (key, name.casefold()):
            return key
    return None
