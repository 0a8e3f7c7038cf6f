"""The cross-camp PDF: each core task's camps side by side, read-only, never half-written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from export_fixtures import body_text
from export_fixtures import normalise
from export_fixtures import page_texts
from pypdf import PdfReader

from facilitator.domain.messages import UserError
from facilitator.export.camp_exports import ProgressMeter
from facilitator.export.camp_exports import cross_pdf
from facilitator.export.cross_report import TITLE
from facilitator.export.cross_report import build_cross_report
from facilitator.export.pdf.text import printable
from facilitator.program import load_program
from facilitator.store import CampStore

FURNITURE = (TITLE,)

CAMPS = {
    "ff": dict(
        title="Camp om fællesskaber og fritid", core_task="Fællesskaber og fritid",
        date="2017-04-22", purpose="Alle borgere skal have et fællesskab.",
        messages=[("TVÆRGÅENDE SAMARBEJDE", "Foreninger og skoler skal dele lokaler."),
                  ("Lokale mødesteder", "Unge mangler steder, der ikke koster penge.")],
        categories={"indicators": {"Energi/miljø": 38, "Erhvervsliv": 19},
                    "prerequisites": {"Transport": 5}}),
    "ub": dict(
        title="Camp om uddannelse og beskæftigelse", core_task="Uddannelse og beskæftigelse",
        date="2017-05-06", purpose="",
        messages=[("Praktikpladser", "Erhvervslivet vil gerne, men mangler en indgang 👍."),
                  ("Mentorer", "Unge uden netværk har brug for en voksen.")],
        categories={"indicators": {"Job": 12, "Uddannelse": 9}}),
}


def make_camp(path: Path, *, title: str, core_task: str, date: str, purpose: str,
              messages: list[tuple[str, str]],
              categories: dict[str, dict[str, int]]) -> Path:
    """A camp with messages and categories, made through the store's own operations."""
    store = CampStore.create(path, program=load_program("camp_day"), title=title,
                             core_task=core_task, date=date, purpose=purpose)
    try:
        group = store.frame.add_main_group(code="H1")
        table = store.frame.add_table(code="H1-B1", main_group_id=group.id)
        for heading, body in messages:
            store.analysis.add_message(heading=heading, body=body)
        for key, counts in categories.items():
            step = store.frame.step_by_key(key)
            assert step is not None
            for name, count in counts.items():
                category = store.consolidation.add_category(step_id=step.id, name=name)
                for i in range(count):
                    note = store.board.add_note(step_id=step.id, table_id=table.id,
                                          text=f"{name} {i}")
                    store.consolidation.assign_note(note_id=note.id, category_id=category.id)
            store.board.add_note(step_id=step.id, table_id=table.id, text="Uden kategori")
    finally:
        store.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def camps(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("camps")
    return [make_camp(folder / f"{key}.camp", **spec) for key, spec in CAMPS.items()]


@pytest.fixture(scope="module")
def report(camps: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "på tværs.pdf"
    assert build_cross_report(camps, out) == out
    return out


@pytest.fixture(scope="module")
def text(report: Path) -> str:
    return body_text(report, furniture=FURNITURE)


def shown(value: str) -> str:
    return normalise(printable(value))


def test_cover_lists_every_camp_with_date_and_core_task(report: Path) -> None:
    cover = normalise(page_texts(report)[0])
    assert "Gennemgående budskaber på tværs af camps" in cover
    assert "2 camps · 2 kerneopgaver" in cover
    for spec, day in zip(CAMPS.values(), ("22. april 2017", "6. maj 2017"), strict=True):
        assert spec["title"] in cover and spec["core_task"] in cover and day in cover


def test_every_camp_message_and_category_is_in_the_report(text: str) -> None:
    assert "2. Fællesskaber og fritid" in text and "3. Uddannelse og beskæftigelse" in text
    for spec in CAMPS.values():
        assert spec["title"] in text
        for heading, body in spec["messages"]:
            assert shown(heading) in text
            assert shown(body) in text
        for counts in spec["categories"].values():
            for name, count in counts.items():
                assert f"{name} {count}" in text, name
    assert "Alle borgere skal have et fællesskab." in text
    assert "Indikatorer på succes" in text and "Forudsætninger" in text
    assert "Ikke kategoriseret" in text and "I alt 58" in text  # 38 + 19 + 1
    assert "◊" in text  # the emoji the font lacks, replaced


def test_camps_of_one_core_task_stand_side_by_side(camps: list[Path], tmp_path: Path) -> None:
    third = make_camp(tmp_path / "ff2.camp", title="Anden camp om fritid",
                      core_task="  fællesskaber OG fritid", date="2017-06-01", purpose="",
                      messages=[("Idrætsforeninger", "Flere frivillige trænere.")],
                      categories={"indicators": {"energi/Miljø": 4, "Kultur": 3}})
    out = tmp_path / "tre.pdf"
    build_cross_report([*camps, third], out)
    text = body_text(out, furniture=FURNITURE)
    assert "2 camps: Camp om fællesskaber og fritid (22. april 2017), Anden camp om fritid " \
           "(1. juni 2017)." in text
    # One row per category, whatever its case in each camp: 38 here, 4 there.
    assert "Energi/miljø 38 4" in text and "Kultur – 3" in text
    reader = PdfReader(out)
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline == ["1. På tværs af kerneopgaverne", "2. Fællesskaber og fritid",
                       "3. Uddannelse og beskæftigelse"]


def test_the_report_opens_with_every_core_task_side_by_side(text: str) -> None:
    """Seed 003's "På tværs af kerneopgaverne": each core task on a row with its camps,
    their dates and participants, and the headings of their recurring messages, before
    the chapters of the core tasks."""
    start = text.index("Hver kerneopgave på én række")
    overview = text[start:text.index("2. Fællesskaber og fritid", start)]
    for spec, day in zip(CAMPS.values(), ("22. april 2017", "6. maj 2017"), strict=True):
        assert spec["core_task"] in overview and f"{spec['title']} ({day})" in overview
        for heading, _ in spec["messages"]:
            assert shown(heading) in overview


def test_camp_files_are_not_changed(camps: list[Path], tmp_path: Path) -> None:
    before = [digest(p) for p in camps]
    build_cross_report(camps, tmp_path / "r.pdf")
    assert [digest(p) for p in camps] == before
    assert sorted(p.name for p in camps[0].parent.iterdir()) == ["ff.camp", "ub.camp"]


@pytest.mark.parametrize("bad", ["not a camp", "missing"])
def test_a_bad_camp_file_stops_the_report_and_leaves_no_pdf(camps: list[Path], tmp_path: Path,
                                                             bad: str) -> None:
    wrong = tmp_path / "noter.camp"
    if bad == "not a camp":
        wrong.write_text("Dette er ikke en camp", encoding="utf-8")
    out = tmp_path / "ud" / "rapport.pdf"
    with pytest.raises(UserError) as info:
        build_cross_report([camps[0], wrong, camps[1]], out)
    assert "noter.camp" in str(info.value)
    assert not out.exists()
    assert not (out.parent.exists() and any(out.parent.iterdir()))


def test_an_old_report_stays_when_a_new_one_fails(camps: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    build_cross_report(camps, out)
    before = digest(out)
    with pytest.raises(UserError):
        build_cross_report([*camps, tmp_path / "findes-ikke.camp"], out)
    assert digest(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_no_camps_or_a_camp_as_target_is_refused(camps: list[Path], tmp_path: Path) -> None:
    with pytest.raises(UserError):
        build_cross_report([], tmp_path / "r.pdf")
    before = digest(camps[0])
    with pytest.raises(UserError) as info:
        cross_pdf(camps, camps[0])
    assert "PDF" in str(info.value)
    assert digest(camps[0]) == before


def test_a_camp_without_messages_or_categories(tmp_path: Path) -> None:
    empty = make_camp(tmp_path / "tom.camp", title="Tom camp", core_task="", date="",
                      purpose="", messages=[], categories={})
    out = build_cross_report([empty, empty], tmp_path / "tom.pdf")  # the same file once
    text = body_text(out, furniture=FURNITURE)
    assert "1 camp · 1 kerneopgave" in text
    assert "Uden kerneopgave" in text
    assert "Ingen gennemgående budskaber endnu." in text
    assert "Ingen af campene har fordelt noterne i kategorier endnu." in text


def test_progress_rises_to_the_end(camps: list[Path], tmp_path: Path) -> None:
    seen: list[int] = []
    build_cross_report(camps, tmp_path / "r.pdf",
                       progress=ProgressMeter(seen.append, reading=0.3))
    assert seen == sorted(seen) and len(set(seen)) == len(seen)
    assert seen[0] <= 30 and seen[-1] >= 90
