"""Transcription sheets: reading every kind of CSV/XLSX people save, and every problem."""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from facilitator.domain import transcription as tr
from facilitator.domain.messages import UserError
from facilitator.domain.transcription import COLUMNS
from facilitator.domain.transcription import SheetError
from facilitator.domain.transcription import SheetRow
from facilitator.domain.transcription import check_grid
from facilitator.export.transcription_sheet import sheet_bytes
from facilitator.export.transcription_sheet import write_sheet
from facilitator.sheet_files import NOT_A_SHEET
from facilitator.sheet_files import read_grid
from facilitator.sheet_files import read_sheet

HEADER = ",".join(COLUMNS)


def sheet(tmp_path: Path, text: str, *, name: str = "ark.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def line(**cells: str) -> str:
    values = {"main_group": "H1", "table": "H1-B1", "step": "indicators", "text": "Note",
              "votes": "0", "selected": "0", **cells}
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([values.get(c, "") for c in COLUMNS])
    return out.getvalue()


def problems_of(path: Path) -> list[UserError]:
    with pytest.raises(SheetError) as info:
        read_sheet(path)
    return info.value.problems


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize(("name", "count"), [("camp_ff.csv", 148), ("camp_ub.csv", 102)])
def test_fixtures_read_whole(fixtures_dir: Path, name: str, count: int) -> None:
    path = fixtures_dir / name
    rows = read_sheet(path)
    raw = rows_of(path)
    assert len(rows) == len(raw) == count
    assert Counter(r.step for r in rows) == Counter(r["step"] for r in raw)
    assert Counter(r.table for r in rows) == Counter(r["table"] for r in raw)
    assert [r.sheet_row for r in rows] == list(range(2, count + 2))
    assert all(r.text or r.title for r in rows)


def test_ub_good_idea_has_no_table(fixtures_dir: Path) -> None:
    rows = read_sheet(fixtures_dir / "camp_ub.csv")
    idea = [r for r in rows if r.step == "good_idea"]
    assert len(idea) == 1 and idea[0].table == "" and idea[0].main_group == "H2"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    texts = ["Ældre, børn; og »unge« – sammen", 'Et "citat" her', "Kort"]
    for text in texts:
        writer.writerow(["ff", "Camp", "", "", "", "H1", "H1-B1", "indicators", "", text,
                         "2", "1", "", "", ""])
    rows = read_sheet(sheet(tmp_path, out.getvalue(), encoding=encoding))
    assert [r.text for r in rows] == texts
    assert all(r.votes == 2 and r.selected for r in rows)


def test_multiline_cells_keep_sheet_row_numbers(tmp_path: Path) -> None:
    text = HEADER + "\n" + line(text="to\nlinjer") + line(votes="x")
    problems = problems_of(sheet(tmp_path, text))
    assert [p.row for p in problems] == [3]


def test_headers_ignore_case_order_and_optional_columns(tmp_path: Path) -> None:
    text = "Text;Step;TABLE;main_group\nHej;dilemmas;B1;H1\n;;;\n"
    rows = read_sheet(sheet(tmp_path, text))
    assert rows == [SheetRow(step="dilemmas", text="Hej", table="B1", main_group="H1")]


def test_every_problem_is_reported_with_its_row(tmp_path: Path) -> None:
    text = HEADER + "\n" + "".join([
        line(),                                     # 2 fine
        line(votes="mange"),                        # 3
        line(votes="-1"),                           # 4
        line(selected="ja"),                        # 5
        line(step="forudsætning"),                  # 6
        line(step="contributions", actor="borgmesteren"),  # 7
        line(text="  "),                            # 8
        line(table=""),                             # 9
        line(title="Overskrift"),                   # 10: title only for front pages
        line(step="front_pages", text="", title=""),  # 11
        line(camp_id="ff"), line(camp_id="ub"),     # 12 fine, 13 another camp
        line(table="H1-B1", main_group="H2"),       # 14 a table in two main groups
        line(participants="mange"),                 # 15
        line(votes="1000"),                         # 16
    ])
    problems = problems_of(sheet(tmp_path, text))
    found = [(p.row, p.text) for p in problems]
    assert found == [
        (3, tr.BAD_VOTES), (4, tr.BAD_VOTES), (5, tr.BAD_SELECTED), (6, tr.UNKNOWN_STEP),
        (7, tr.UNKNOWN_ACTOR), (8, tr.EMPTY_TEXT), (9, tr.MISSING_TABLE),
        (10, tr.ONLY_FOR_STEP), (11, tr.EMPTY_FRONT_PAGE), (13, tr.OTHER_CAMP_ID),
        (14, tr.TABLE_IN_TWO_GROUPS), (15, tr.BAD_PARTICIPANTS), (16, tr.BAD_VOTES),
    ]
    for p in problems:
        shown = p.format(p.text)
        assert shown.startswith(f"Række {p.row}:") and "{" not in shown


def test_refusal_names_the_file_and_count(tmp_path: Path) -> None:
    path = sheet(tmp_path, HEADER + "\n" + line(votes="x") + line(step="x"))
    with pytest.raises(SheetError) as info:
        read_sheet(path)
    assert info.value.fields["count"] == 2
    assert "ark.csv" in str(info.value) and "Intet er ændret" in str(info.value)


def test_wrong_header(tmp_path: Path) -> None:
    text = "camp,tekst,step,table,main_group,step\nx,y,indicators,B1,H1,z\n"
    problems = problems_of(sheet(tmp_path, text))
    assert [p.text for p in problems] == [tr.MISSING_COLUMNS, tr.UNKNOWN_COLUMNS,
                                          tr.DUPLICATE_COLUMN]
    assert all(p.row == 1 for p in problems)
    assert "»text«" in problems[0].format(problems[0].text)
    assert "»tekst«" in problems[1].format(problems[1].text)


def test_extra_cells_beyond_header(tmp_path: Path) -> None:
    text = "main_group,table,step,text\nH1,B1,indicators,Hej,løs celle\nH1,B1,indicators,Ok,\n"
    problems = problems_of(sheet(tmp_path, text))
    assert [(p.row, p.text) for p in problems] == [(2, tr.TOO_MANY_CELLS)]


def test_actor_by_key_or_danish_name(tmp_path: Path) -> None:
    text = HEADER + "\n" + line(step="contributions", actor="Kommunen") + line(
        step="contributions", actor=" POLITICIANS ") + line(step="contributions", actor="")
    assert [r.actor for r in read_sheet(sheet(tmp_path, text))] == [
        "municipality", "politicians", ""]


@pytest.mark.parametrize("content", [
    b"SQLite format 3\x00" + bytes(200),
    "camp_id,step\n".encode("utf-16"),
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"PK\x03\x04 not really a zip file",
])
def test_binary_files_are_not_sheets(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "noter.csv"
    path.write_bytes(content)
    with pytest.raises(UserError) as info:
        read_sheet(path)
    assert info.value.text == NOT_A_SHEET


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "noter.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hej")
    with pytest.raises(UserError) as info:
        read_sheet(path)
    assert info.value.text == NOT_A_SHEET


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        read_sheet(sheet(tmp_path, "\n\n"))


def test_xlsx_with_numbers_dates_and_booleans(tmp_path: Path) -> None:
    import datetime

    path = tmp_path / "ark.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet()
    ws.write_row(0, 0, COLUMNS)
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(1, 0, ["ff", "Camp", "Trivsel"])
    ws.write_datetime(1, 3, datetime.datetime(2017, 5, 7), date)
    ws.write_row(1, 4, [26.0, "H1", "H1-B1", "indicators", None, "Tekst", 3.0, True])
    book.close()
    [row] = read_sheet(path)
    assert (row.camp_date, row.participants, row.votes, row.selected) == (
        "2017-05-07", 26, 3, True)


def test_csv_out_is_danish_excel_csv(tmp_path: Path, fixtures_dir: Path) -> None:
    rows = read_sheet(fixtures_dir / "camp_ff.csv")
    path = tmp_path / "ud.csv"
    write_sheet(rows, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + ";".join(COLUMNS).encode() + b"\r\n")
    assert read_sheet(path) == rows
    assert not list(tmp_path.glob("*.tmp"))


def test_xlsx_out_keeps_formulas_as_text(tmp_path: Path) -> None:
    evil = ["=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1)", "0042", "https://x.dk", "1e5"]
    rows = [SheetRow(step="indicators", text=t, table="B1", main_group="H1", votes=i)
            for i, t in enumerate(evil)]
    path = tmp_path / "ud.xlsx"
    write_sheet(rows, path)
    assert read_sheet(path) == rows
    book = openpyxl.load_workbook(path)
    try:
        ws = book.worksheets[0]
        assert [c.value for c in ws[1]] == list(COLUMNS)
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:V{len(rows) + 1}"
        text_col = COLUMNS.index("text") + 1
        cells = [ws.cell(row=i + 2, column=text_col) for i in range(len(evil))]
        assert [c.value for c in cells] == evil
        assert all(c.data_type == "s" for c in cells)
    finally:
        book.close()


def test_unknown_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        write_sheet([], tmp_path / "ud.txt")
    assert not list(tmp_path.iterdir())


def test_delimiter_sniffing_prefers_known_columns() -> None:
    text = "main_group;table;step;text\nH1;B1;indicators;a, b, c, d, e, f, g\n"
    grid = read_grid(text.encode(), path="x", known_header=COLUMNS)
    assert grid[1][3] == "a, b, c, d, e, f, g"


note_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029")
    | st.sampled_from("\n;,\"'=æøåÆØÅ😀"),
    min_size=1, max_size=40,
).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(note_text, min_size=1, max_size=5), votes=st.integers(0, 999))
def test_any_text_survives_csv_and_xlsx(texts: list[str], votes: int) -> None:
    rows = [SheetRow(step="dilemmas", text=t, table="B1", main_group="H1", votes=votes)
            for t in texts]
    for suffix in (".csv", ".xlsx"):
        grid = read_grid(sheet_bytes(rows, suffix), path="x", known_header=COLUMNS)
        back, problems = check_grid(grid)
        assert problems == [] and back == rows


def test_excel_sep_line_and_tabs(tmp_path: Path) -> None:
    text = "sep=;\nmain_group;table;step;text;votes\nH1;B1;indicators;a, b;x\n"
    [problem] = problems_of(sheet(tmp_path, text))
    assert problem.row == 2  # Excel hides the sep= line, so the header is still row 1
    tabbed = "main_group\ttable\tstep\ttext\nH1\tB1\tindicators\tMed; og ,\n"
    assert [r.text for r in read_sheet(sheet(tmp_path, tabbed, name="t.csv"))] == ["Med; og ,"]


@pytest.mark.parametrize("text", ["=cmd|' /C calc'!A0", "+45 12 34 56 78", "- mere grønt",
                                  "@alle", "\tindrykket", "'=allerede skærmet", "'citat'",
                                  "''", "'", "almindelig tekst", "1e5", ""])
def test_csv_cells_are_defused_and_read_back_as_typed(text: str) -> None:
    from facilitator.domain.sheet_formats import defused
    from facilitator.domain.sheet_formats import restored

    out = defused(text)
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restored(out) == text


def test_a_text_over_excels_cell_limit_goes_on_in_continued_rows_and_comes_back(
        tmp_path: Path) -> None:
    """Excel counts UTF-16 units: an emoji is two. No cell is cut; import joins them."""
    long = ("Fællesskab 🎉 " * 5000).strip()
    rows = [SheetRow(step="indicators", text=long, table="B1", main_group="H1", votes=1)]
    for suffix in (".xlsx", ".csv"):
        path = tmp_path / f"lang{suffix}"
        write_sheet(rows, path)
        assert read_sheet(path) == rows
    book = openpyxl.load_workbook(tmp_path / "lang.xlsx", read_only=True)
    cells = [c for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c]
    book.close()
    assert max(len(str(c).encode("utf-16-le")) // 2 for c in cells) <= 32_767
    assert cells.count("continued") == 2


def test_text_that_looks_like_an_xlsx_escape_comes_back_as_typed(tmp_path: Path) -> None:
    """A note that says _x0041_ itself (a file name, pasted code) must not come back as
    "A"; a Windows line break comes back as a line break in both formats."""
    texts = ["lit _x0041_ og _x000D_ som tekst", "linje et\r\nlinje to"]
    rows = [SheetRow(step="indicators", text=t, table="B1", main_group="H1") for t in texts]
    for suffix in (".xlsx", ".csv"):
        path = tmp_path / f"esc{suffix}"
        write_sheet(rows, path)
        assert [r.text for r in read_sheet(path)] == [
            "lit _x0041_ og _x000D_ som tekst", "linje et\nlinje to"], suffix


def test_a_text_carried_on_past_the_limit_is_refused_at_its_row() -> None:
    """Each cell within the limit, the joined text over it: the same one limit applies."""
    from facilitator.domain.text_limit import TEXT_LIMIT

    header = list(tr.COLUMNS)

    def row(**cells: str) -> list[str]:
        return [cells.get(c, "") for c in header]

    half = "a" * (TEXT_LIMIT // 2 + 10)
    grid = [header, row(table="H1-B1", step="indicators", text=half),
            row(record="continued", text=half), row(record="continued", text="b")]
    rows, problems = check_grid(grid)
    assert [(p.row, p.format(p.text)) for p in problems] == [
        (3, "Række 3: kolonnen »text« har 100.020 tegn; højst 100.000 kan indlæses. "
            "Del teksten op i flere noter.")]
    grid[2] = row(record="continued", text="a" * 100)
    assert check_grid(grid)[1] == []
