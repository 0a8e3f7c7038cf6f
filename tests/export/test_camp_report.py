"""The camp summary PDF: complete, findable, paged, labelled and written safely."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from export_fixtures import body_text
from export_fixtures import consolidate_indicators
from export_fixtures import demo_tables
from export_fixtures import demo_texts
from export_fixtures import make_demo
from export_fixtures import normalise
from export_fixtures import page_texts
from pypdf import PdfReader

from facilitator.export.camp_report import build_camp_report
from facilitator.export.pdf.document import ReportDoc
from facilitator.store import CampStore

TITLE = "Camp om trivsel og fællesskab"
FURNITURE = (f"Opsamling på camp · {TITLE}", "Bøgelund Kommune",
             "Trivsel og fællesskab i lokalsamfundet · 9. maj 2026")
STEP_TITLES = ("Indikatorer på succes", "Afvejninger for at lykkes", "Avisforside",
               "Forudsætninger", "Hvordan kan vi bidrage?", "Opslagstavlen", "Den gode idé")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("demo") / "demo.camp")


@pytest.fixture(scope="module")
def report(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "opsamling.pdf"
    with CampStore.open(demo_path, read_only=True) as store:
        assert build_camp_report(store, out) == out
    return out


@pytest.fixture(scope="module")
def text(report: Path) -> str:
    return body_text(report, furniture=FURNITURE)


@pytest.fixture
def store(demo_path: Path, tmp_path: Path) -> Iterator[CampStore]:
    """A writable copy of the demo camp."""
    copy = tmp_path / "copy.camp"
    copy.write_bytes(demo_path.read_bytes())
    with CampStore.open(copy) as s:
        yield s


def test_every_note_contribution_and_front_page_appears(text: str) -> None:
    missing = [t for t in demo_texts() if normalise(t) not in text]
    assert missing == []


def test_every_section_heading_appears(text: str) -> None:
    for heading in ("Indhold", "Om campen", "Borde og hovedgrupper", *STEP_TITLES,
                    "Udvalgte bidrag fordelt på aktører", "Bidrag pr. forudsætning",
                    "Bilag: Rådata", *(f"Rådata: {t}" for t in STEP_TITLES)):
        assert heading in text, heading


def test_cover_has_title_core_task_date_venue_and_purpose(report: Path) -> None:
    cover = normalise(page_texts(report)[0])
    for expected in (TITLE, "Kerneopgave: Trivsel og fællesskab i lokalsamfundet",
                     "9. maj 2026", "Medborgerhuset Kastanjen, Bøgelund", "40",
                     "4 borde i 2 hovedgrupper", "Alle borgere i Bøgelund Kommune skal have"):
        assert expected in cover, expected


def test_every_table_code_appears_in_tables_and_raw_data(text: str) -> None:
    for table in demo_tables():
        assert text.count(table["code"]) >= 5, table["code"]
        assert f"Bord {table['code']}" in text


def test_the_appendix_lists_tables_in_table_order(store: CampStore, tmp_path: Path) -> None:
    consolidate_indicators(store)  # the section shows categories, the appendix the notes
    text = body_text(build_camp_report(store, tmp_path / "r.pdf"), furniture=FURNITURE)
    appendix = text[text.rindex("Rådata: Indikatorer på succes"):
                    text.rindex("Rådata: Afvejninger for at lykkes")]
    places = [appendix.index(f"Bord {t['code']}") for t in demo_tables()]
    assert places == sorted(places)


def test_a_step_listed_in_full_is_not_listed_again_in_the_appendix(text: str) -> None:
    appendix = text[text.rindex("Rådata: Afvejninger for at lykkes"):
                    text.rindex("Rådata: Avisforside")]
    assert "noter står i afsnittet »Afvejninger for at lykkes« ovenfor" in appendix
    assert "Bord " not in appendix


def test_contents_list_sections_with_page_numbers(report: Path) -> None:
    contents = normalise(page_texts(report)[1])
    pages = len(page_texts(report))
    for title in STEP_TITLES:
        found = re.search(re.escape(title) + r"\s*(?:\. )*\s*(\d+)", contents)
        assert found, title
        assert 3 <= int(found.group(1)) <= pages


def test_every_page_says_side_x_af_y(report: Path) -> None:
    texts = page_texts(report)
    assert len(texts) > 5
    for number, page in enumerate(texts, start=1):
        assert f"side {number} af {len(texts)}" in normalise(page)
    assert "side 1 af" in normalise(texts[0])


def test_header_names_the_camp(report: Path) -> None:
    for page in page_texts(report)[1:]:
        assert f"Opsamling på camp · {TITLE}" in normalise(page)


def test_metadata_and_language(report: Path) -> None:
    with report.open("rb") as handle:
        reader = PdfReader(handle)
        meta = reader.metadata
        assert meta is not None
        assert meta.title == f"Opsamling på camp: {TITLE}"
        assert meta.author == "Bøgelund Kommune"
        assert meta.subject == "Trivsel og fællesskab i lokalsamfundet"
        assert reader.trailer["/Root"]["/Lang"] == "da"
        assert reader.outline, "headings are bookmarked"


def test_the_font_is_embedded(report: Path) -> None:
    with report.open("rb") as handle:
        reader = PdfReader(handle)
        fonts = set()
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descendant = font.get("/DescendantFonts")
                descriptor = (descendant[0].get_object() if descendant else font).get(
                    "/FontDescriptor")
                fonts.add((str(font["/BaseFont"]), descriptor is not None and (
                    "/FontFile2" in descriptor.get_object())))
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert any("Vera" in name for name, _ in fonts)


def test_unconsolidated_steps_say_so(text: str) -> None:
    assert text.count("Endnu ikke konsolideret") == 5  # every note step of the demo
    # Nothing written by the organiser yet: the analysis has only the tables' proposals.
    for part in ("Gennemgående budskaber", "Betydning for formålsbeskrivelsen",
                 "Sammenfatning af forudsætninger"):
        assert part not in text
    assert "Alle bidrag fordelt på aktører" in text


def test_consolidation_shows_summary_categories_counts_and_excerpts(
        store: CampStore, tmp_path: Path) -> None:
    counts = consolidate_indicators(store)
    out = build_camp_report(store, tmp_path / "r.pdf")
    text = body_text(out, furniture=FURNITURE)
    assert "Bordene ser succes i fællesskaber på tværs." in text
    assert "Kategorier" in text and "Udsnit af data" in text
    for name, count in counts.items():
        assert re.search(re.escape(name) + rf" {count} \d+ %", text), name
    assert "Ikke kategoriseret 2" in text
    assert text.count("Endnu ikke konsolideret") == 4


def test_notes_counted_as_one_message_count_once_in_the_report(
        store: CampStore, tmp_path: Path) -> None:
    before = consolidate_indicators(store)
    step = store.frame.step_by_key("indicators")
    assert step is not None
    first = store.consolidation.category_notes(store.consolidation.categories(step.id)[0].id)
    store.consolidation.count_as_one(note_ids=[n.id for n in first[:3]])
    name = store.consolidation.categories(step.id)[0].name
    out = build_camp_report(store, tmp_path / "r.pdf")
    text = body_text(out, furniture=FURNITURE)
    assert re.search(re.escape(name) + rf" {before[name] - 2} \d+ %", text), name
    assert ("2 noter siger det samme som en anden note i deres kategori og er talt med den "
            "som ét budskab.") in text
    for note in first[:3]:  # each is still in the report as written
        assert " ".join(note.text.split()) in text


def test_the_camp_store_is_a_camp_reader(store: CampStore) -> None:
    """The report reads through one typed interface, and the real store has all of it
    (a stand-in with a method the store lacked once hid a missing analysis)."""
    from facilitator.store.reader import PARTS
    from facilitator.store.reader import CampReader

    assert isinstance(store, CampReader)
    missing = [f"{part}.{name}" for part, reader in PARTS.items() for name in dir(reader)
               if not name.startswith("_")
               and not callable(getattr(getattr(store, part, None), name, None))]
    assert missing == []
    assert set(PARTS) <= {n for n in dir(CampReader) if not n.startswith("_")}


def test_the_organisers_analysis_is_in_the_report(store: CampStore, tmp_path: Path) -> None:
    """Written through the real store: a recurring message, both purpose texts and a
    consolidated prerequisite each reach the PDF, with every contribution by actor."""
    from facilitator.domain.analysis import PurposeText

    store.analysis.add_message(heading="Tværgående samarbejde",
                      body="Bordene vil samarbejde på tværs af foreninger og forvaltning.")
    store.analysis.set_consideration(key=PurposeText.IMPLICATIONS,
                            text="Campen peger på fællesskaber som vejen til trivsel.")
    store.analysis.set_consideration(key=PurposeText.CONSIDERATIONS,
                            text="Formålet kunne nævne de frivillige foreninger.")
    store.analysis.add_consolidated_prerequisite(text="Tilgængelighed – transport og åbne lokaler")
    text = body_text(build_camp_report(store, tmp_path / "a.pdf"), furniture=FURNITURE)
    chapter = text[text.index("Analyse Gennemgående budskaber"):]
    for part in ("Tværgående samarbejde Bordene vil samarbejde på tværs af foreninger og "
                 "forvaltning.",
                 "Betydning for formålsbeskrivelsen",
                 "Campen peger på fællesskaber som vejen til trivsel.",
                 "Det kunne overvejes at: Formålet kunne nævne de frivillige foreninger.",
                 "Sammenfatning af forudsætninger 1. Tilgængelighed – transport og åbne "
                 "lokaler",
                 "Alle bidrag fordelt på aktører"):
        assert part in chapter, part
    step = store.frame.step_by_key("contributions")
    assert step is not None
    everything = store.board.contributions(step.id, all_tables=True)
    assert any(not c.selected for c in everything)  # not only the selected ones
    overview = chapter[chapter.index("Alle bidrag fordelt på aktører"):]
    for c in everything:
        assert normalise(c.text) in normalise(overview), c.text


def test_a_10000_character_note_appears_in_full_across_pages(store: CampStore,
                                                             tmp_path: Path) -> None:
    words = [f"ord{i:04d}" for i in range(1300)]
    note = " ".join(words)
    assert len(note) >= 10_000
    step = store.frame.step_by_key("prerequisites")
    assert step is not None
    store.board.add_note(step_id=step.id, table_id=store.frame.tables()[0].id, text=note, votes=2,
                   selected=True)
    out = build_camp_report(store, tmp_path / "long.pdf")
    # A table repeats its header on the next page, and a split row's other cells come
    # between the parts: read the note's own words, in order.
    found = re.findall(r"ord\d{4}", body_text(out, furniture=FURNITURE))
    assert len(found) >= 2 * len(words)  # in the step's list and in the appendix
    assert found == words * (len(found) // len(words))
    pages = [p for p in page_texts(out) if "ord0" in p or "ord1" in p]
    assert len(pages) >= 4  # over several pages, not clipped on one


def test_a_very_long_word_is_broken_not_lost(store: CampStore, tmp_path: Path) -> None:
    word = "".join(chr(ord("a") + i % 26) for i in range(3000))
    step = store.frame.step_by_key("good_idea")
    assert step is not None
    store.board.add_note(step_id=step.id, table_id=store.frame.tables()[0].id, text=word)
    lines = [line for page in page_texts(build_camp_report(store, tmp_path / "w.pdf"))
             for line in page.split("\n") if re.fullmatch(r"[a-z]{20,}", line.strip())]
    assert "".join(line.strip() for line in lines) == word  # listed once, in its section


def test_notes_of_a_main_group_and_of_the_camp_are_reported(store: CampStore,
                                                           tmp_path: Path) -> None:
    step = store.frame.step_by_key("bulletin_board")
    assert step is not None
    group = store.frame.main_groups()[0]
    store.board.add_note(step_id=step.id, table_id=None, main_group_id=group.id,
                   text="Hovedgruppens egen note")
    store.board.add_note(step_id=step.id, table_id=None, text="En note til hele campen")
    text = body_text(build_camp_report(store, tmp_path / "g.pdf"), furniture=FURNITURE)
    assert f"Hovedgr. {group.code} Hovedgruppens egen note" in text
    assert "Hele campen En note til hele campen" in text
    # Listed in full in its section, so the appendix points there instead of again.
    assert text.count("Hovedgruppens egen note") == 1
    assert "noter står i afsnittet »Opslagstavlen« ovenfor" in text


def test_pseudonyms_replace_names(demo_path: Path, tmp_path: Path) -> None:
    with CampStore.open(demo_path, read_only=True) as store:
        name = store.frame.tables()[0].facilitator
        out = build_camp_report(store, tmp_path / "p.pdf", pseudonyms={name: "Facilitator A"})
    text = body_text(out, furniture=FURNITURE)
    assert name and name not in text
    assert "Facilitator A" in text


def test_a_failed_build_leaves_the_old_file_and_no_temporary(
        demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "opsamling.pdf"
    target.write_bytes(b"the previous report")

    def broken(self: Any, story: list) -> None:
        Path(self.filename).write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("disk full")

    monkeypatch.setattr(ReportDoc, "build_all", broken)
    with CampStore.open(demo_path, read_only=True) as store, \
            pytest.raises(RuntimeError, match="disk full"):
        build_camp_report(store, target)
    assert target.read_bytes() == b"the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["opsamling.pdf"]


def test_front_pages_are_set_in_the_serif_of_the_live_preview(report: Path) -> None:
    """The newspaper looks like the preview at the table: the shipped DejaVu Serif,
    embedded; the rest of the report stays in Vera."""
    with report.open("rb") as handle:
        reader = PdfReader(handle)
        for page in reader.pages:
            if "Lokalavisen" in (page.extract_text() or "") or "Avis" in (
                    page.extract_text() or ""):
                fonts = {str(f.get_object()["/BaseFont"])
                         for f in page["/Resources"]["/Font"].values()}
                if any("DejaVuSerif" in f for f in fonts):
                    break
        else:
            raise AssertionError("no front page in the shipped serif")
    from facilitator.ui.table.newspaper_preview import FONTS_DIR
    from facilitator.ui.table.newspaper_preview import SERIF_FAMILIES

    assert SERIF_FAMILIES[0] == "DejaVu Serif" and (FONTS_DIR / "DejaVuSerif.ttf").exists()


def test_a_front_page_taller_than_a_page_at_the_foot_of_a_page(tmp_path: Path) -> None:
    """A story of pages set as flowing paragraphs, met with only a few points left on
    the page: it starts on the next page instead of stopping the report (a layout
    error found by the generative export test)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus import Spacer

    from facilitator.export.pdf.fonts import register_fonts
    from facilitator.export.pdf.newspaper import FrontPageBlock
    from facilitator.export.pdf.styles import FRAME_HEIGHT
    from facilitator.export.report_data import FrontPageRow

    register_fonts()
    story = " ".join(["Børn og unge leger i skoven, på stranden og ved åen."] * 600)
    page = FrontPageRow(owner="H1-B1", headline="Kort", story=story)
    out = tmp_path / "lang.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, topMargin=72, bottomMargin=72)
    doc.build([Spacer(1, FRAME_HEIGHT - 12),
               FrontPageBlock(page, masthead="Avis", date_line="", edition="Bord H1-B1",
                              caption="BORD H1-B1")])
    text = " ".join((p.extract_text() or "") for p in PdfReader(out).pages)
    assert "BORD H1-B1" in text and normalise(text).count("ved åen.") == 600


def test_a_list_does_not_leave_one_or_two_rows_at_the_foot_of_a_page(tmp_path: Path) -> None:
    """Room for the head and two rows at the bottom of a page, a list of twenty: the
    list starts on the next page rather than leave two rows behind."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus import Spacer

    from facilitator.export.pdf.fonts import register_fonts
    from facilitator.export.pdf.lists import note_table
    from facilitator.export.pdf.styles import FRAME_HEIGHT
    from facilitator.export.report_data import NoteRow

    register_fonts()
    notes = [NoteRow(text=f"Note nummer {i:02d}", votes=i % 3) for i in range(20)]
    table = note_table(notes)
    table.wrap(FRAME_HEIGHT, FRAME_HEIGHT)
    laid = table._layout()
    room = table._top_height() + laid[0].height + laid[1].height + 2  # head and two rows
    out = tmp_path / "liste.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, topMargin=72, bottomMargin=72)
    doc.build([Spacer(1, doc.height - 12 - room), note_table(notes)])  # 12: frame padding
    pages = [p.extract_text() or "" for p in PdfReader(out).pages]
    assert "Note nummer 00" not in pages[0]
    assert "Note nummer 00" in pages[1] and "Note nummer 19" in " ".join(pages[1:])


def test_a_front_page_with_a_story_and_no_quote_is_reported(tmp_path: Path) -> None:
    """The smallest case that stopped the camp PDF and the table sheet (a front page
    from a sheet, which has no quote): the story's split left a paragraph without its
    layout."""
    from facilitator.export.table_sheet import build_table_sheet
    from facilitator.program import load_program

    story = "Børn og unge leger i skoven, på stranden, ved åen og på marken hver dag."
    with CampStore.create(tmp_path / "kort.camp", program=load_program("camp_day"),
                          title="Kort") as store:
        group = store.frame.add_main_group(code="H1")
        table = store.frame.add_table(code="H1-B1", main_group_id=group.id)
        front = store.frame.step_by_key("front_pages")
        store.board.add_front_page(step_id=front.id, table_id=table.id, headline="Kort",
                             story=story)
        for out in (build_camp_report(store, tmp_path / "camp.pdf"),
                    build_table_sheet(store, "H1-B1", tmp_path / "bord.pdf")):
            assert story in normalise(" ".join(page_texts(out)))



def test_each_voting_step_states_its_dots_per_participant(text: str) -> None:
    """The camp day's »tre prikker«: the indicators, dilemmas and prerequisites say so."""
    for title, following in (("Indikatorer på succes", "Afvejninger for at lykkes"),
                             ("Afvejninger for at lykkes", "Avisforside"),
                             ("Forudsætninger", "Hvordan kan vi bidrage?")):
        # The last "N. Title" is the section's heading (the first is the contents').
        section = text.rsplit(f". {title} ", 1)[1].split(f". {following} ", 1)[0]
        assert "Hver deltager havde 3 prikker." in section
    assert text.count("Hver deltager havde") == 3  # not the steps without a limit


def test_a_changed_limit_is_the_one_reported(store: CampStore, tmp_path: Path) -> None:
    indicators, dilemmas = store.frame.step_by_key("indicators"), store.frame.step_by_key(
        "dilemmas")
    assert indicators is not None and dilemmas is not None
    store.frame.update_step(step_id=indicators.id, dots=1)
    store.frame.update_step(step_id=dilemmas.id, dots=0)
    text = body_text(build_camp_report(store, tmp_path / "d.pdf"), furniture=FURNITURE)
    assert "Hver deltager havde 1 prik." in text
    assert text.count("Hver deltager havde") == 2
