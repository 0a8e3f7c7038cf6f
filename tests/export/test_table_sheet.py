"""The table sheet: one table's notes, front pages and contributions, and no one else's."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_fixtures import body_text
from export_fixtures import demo_tables
from export_fixtures import make_demo
from export_fixtures import normalise
from export_fixtures import page_texts
from export_fixtures import table_texts
from pypdf import PdfReader

from facilitator.domain.messages import UserError
from facilitator.export.table_sheet import build_table_sheet
from facilitator.store import CampStore


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("demo") / "demo.camp")


def _sheet(demo_path: Path, code: str, out: Path) -> str:
    with CampStore.open(demo_path, read_only=True) as store:
        build_table_sheet(store, code, out)
    return body_text(out, furniture=(f"Bordark {code} · Camp om trivsel og fællesskab",
                                      "Bøgelund Kommune"))


@pytest.mark.parametrize("index", [0, 3])
def test_a_sheet_holds_exactly_its_tables_texts(demo_path: Path, tmp_path: Path,
                                                index: int) -> None:
    tables = demo_tables()
    mine = tables[index]
    text = _sheet(demo_path, mine["code"], tmp_path / "sheet.pdf")
    own = {normalise(t) for t in table_texts(mine)}
    # The newspaper sets the pull quote at the head of the story's second column.
    page = mine["front_page"]
    story = normalise(page["story"])
    assert [t for t in own - {story} if t not in text] == []
    assert story in normalise(text.replace(f"»{page['quote']}« – {page['quote_by']}", " "))
    others = {normalise(t) for other in tables if other is not mine for t in table_texts(other)}
    leaked = [t for t in others - own if t in text]
    assert leaked == []
    for other in tables:
        if other is not mine:
            assert other["code"] not in text


def test_a_sheet_names_table_camp_and_people(demo_path: Path, tmp_path: Path) -> None:
    table = demo_tables()[1]
    out = tmp_path / "sheet.pdf"
    text = _sheet(demo_path, table["code"], out)
    for expected in (f"Bord {table['code']}", "Camp om trivsel og fællesskab",
                     table["facilitator"], table["chair"], "9. maj 2026",
                     "Indikatorer på succes", "Avisforside", "Hvordan kan vi bidrage?"):
        assert expected in text, expected
    pages = page_texts(out)
    for number, page in enumerate(pages, start=1):
        assert f"side {number} af {len(pages)}" in normalise(page)
    with out.open("rb") as handle:
        reader = PdfReader(handle)
        assert reader.metadata is not None
        assert reader.metadata.title == f"Bordark {table['code']}: Camp om trivsel og fællesskab"
        assert reader.metadata.author == "Bøgelund Kommune"
        assert reader.trailer["/Root"]["/Lang"] == "da"


def test_an_unknown_table_is_refused_and_writes_nothing(demo_path: Path,
                                                        tmp_path: Path) -> None:
    with CampStore.open(demo_path, read_only=True) as store, pytest.raises(UserError):
        build_table_sheet(store, "H9-B9", tmp_path / "sheet.pdf")
    assert list(tmp_path.iterdir()) == []


def test_table_codes_match_without_regard_to_case(demo_path: Path, tmp_path: Path) -> None:
    code = demo_tables()[0]["code"]
    text = _sheet(demo_path, code.lower(), tmp_path / "sheet.pdf")
    assert f"Bord {code}" in text
