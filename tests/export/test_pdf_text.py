"""Any text a participant can type makes a valid PDF: escaped, and drawn or replaced."""

from __future__ import annotations

from pathlib import Path

from export_fixtures import body_text
from export_fixtures import normalise
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from pypdf import PdfReader

from facilitator.export.camp_report import build_camp_report
from facilitator.export.pdf.text import PLACEHOLDER
from facilitator.export.pdf.text import markup
from facilitator.export.pdf.text import printable
from facilitator.export.table_sheet import build_table_sheet
from facilitator.program import load_program
from facilitator.store import CampStore


def test_danish_letters_and_punctuation_are_kept() -> None:
    text = "Æble, øl og ål – »citat« “godt” … 5 € · ÆØÅ"
    assert printable(text) == text


def test_unknown_characters_become_one_visible_placeholder_per_run() -> None:
    assert printable("Godt 👍🏽👍 gået") == f"Godt {PLACEHOLDER} gået"
    assert printable("مرحبا og 你好") == f"{PLACEHOLDER} og {PLACEHOLDER}"


def test_letters_outside_the_font_fall_back_to_their_base_letter() -> None:
    assert printable("Erdős, Łódź, ﬀ") == "Erdos, Łódz, ff"


def test_control_characters_go_and_line_breaks_stay() -> None:
    assert printable("a\x00b\x1bc\r\nd\te\u200bf") == "abc\nd ef"


def test_markup_is_escaped_not_interpreted() -> None:
    assert markup("<b>fed</b> & <br/>\nny") == "&lt;b&gt;fed&lt;/b&gt; &amp; &lt;br/&gt;<br/>ny"


def _camp(text: str) -> CampStore:
    store = CampStore.in_memory(program=load_program("camp_day"), title=text, core_task=text,
                                purpose=text, venue=text, municipality=text, date=text)
    group = store.frame.add_main_group(code="H1", name=text)
    table = store.frame.add_table(code="H1-B1", main_group_id=group.id, facilitator=text,
                                  chair=text)
    for key in ("indicators", "dilemmas", "prerequisites", "good_idea"):
        step = store.frame.step_by_key(key)
        assert step is not None
        note = store.board.add_note(step_id=step.id, table_id=table.id, text=f"{text}.", votes=1,
                              selected=True, tag="dilemma")
        if key == "indicators":
            category = store.consolidation.add_category(step_id=step.id, name=f"{text}.")
            store.consolidation.assign_note(note_id=note.id, category_id=category.id)
            store.consolidation.set_step_summary(step_id=step.id, text=text)
            store.consolidation.set_excerpt(note_id=note.id, excerpt=True)
        if key == "prerequisites":
            contributions = store.frame.step_by_key("contributions")
            assert contributions is not None
            store.board.add_contribution(step_id=contributions.id, table_id=table.id,
                                   text=f"{text}.", prerequisite_id=note.id,
                                   actor_id=store.frame.actors()[0].id, selected=True)
    front = store.frame.step_by_key("front_pages")
    assert front is not None
    store.board.add_front_page(step_id=front.id, table_id=table.id, headline=text, story=text,
                         quote=text, quote_by=text)
    return store


def _readable(path: Path) -> str:
    with path.open("rb") as handle:
        reader = PdfReader(handle)
        assert len(reader.pages) >= 1
        return " ".join(page.extract_text() or "" for page in reader.pages)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=300))
def test_any_text_gives_a_valid_pdf(tmp_path: Path, text: str) -> None:
    store = _camp(text)
    try:
        report = build_camp_report(store, tmp_path / "camp.pdf")
        sheet = build_table_sheet(store, "H1-B1", tmp_path / "sheet.pdf")
    finally:
        store.close()
    for path in (report, sheet):
        _readable(path)
    shown = normalise(printable(text))
    if shown and PLACEHOLDER not in shown and "<" not in shown:
        assert shown in normalise(_readable(report))


def test_emoji_are_shown_as_the_placeholder(tmp_path: Path) -> None:
    store = _camp("Fællesskab 🎉 for alle")
    try:
        report = build_camp_report(store, tmp_path / "camp.pdf")
    finally:
        store.close()
    text = body_text(report)
    assert f"Fællesskab {PLACEHOLDER} for alle" in text
    assert "gengivet som" in text  # the appendix explains the placeholder
