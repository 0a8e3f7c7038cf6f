"""Transcription sheets into a camp (all or nothing) and back out in the same order."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.domain.model import Program
from facilitator.domain.transcription import SheetError
from facilitator.domain.transcription import SheetRow
from facilitator.program import load_program
from facilitator.sheet_files import read_sheet
from facilitator.store import CampStore
from facilitator.store import transcription as imp
from facilitator.store.transcription import camp_code
from facilitator.store.transcription import export_rows
from facilitator.store.transcription import import_sheet

FIXTURES = ("camp_ff.csv", "camp_ub.csv")


@pytest.fixture
def new_camp(tmp_path: Path):
    made: list[CampStore] = []

    def make(name: str = "camp", program: Program | None = None) -> CampStore:
        store = CampStore.create(tmp_path / f"{name}-{len(made)}.camp",
                                 program=program or load_program("camp_day"))
        made.append(store)
        return store

    yield make
    for store in made:
        store.close()


def dump(store: CampStore) -> list[str]:
    return list(store.conn.iterdump())


def live_counts(store: CampStore) -> tuple[Counter, Counter]:
    """Rows per table code ('' = no table) and per step key, over all three kinds."""
    per_table, per_step = Counter(), Counter()
    for kind in ("note", "front_page", "contribution"):
        for r in store.rows(
            f"SELECT COALESCE(t.code, '') AS code, s.key FROM {kind} x "
            "JOIN step s ON s.id = x.step_id LEFT JOIN camp_table t ON t.id = x.table_id "
            "WHERE x.deleted = 0"
        ):
            per_table[r["code"]] += 1
            per_step[r["key"]] += 1
    return per_table, per_step


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_counts_per_table_and_step(fixtures_dir: Path, new_camp, name: str) -> None:
    rows = read_sheet(fixtures_dir / name)
    store = new_camp()
    summary = import_sheet(store, rows)
    per_table, per_step = live_counts(store)
    assert per_table == Counter(r.table for r in rows) == summary.per_table
    assert per_step == Counter(r.step for r in rows) == summary.per_step
    assert summary.rows == len(rows)
    assert summary.prerequisites_created == []  # every answered prerequisite is in the sheet
    camp = store.frame.camp()
    assert (camp_code(store), camp.title, camp.date, camp.participants) == (
        rows[0].camp_id, rows[0].camp_title, "2017-05-07", rows[0].participants)


def test_fixture_details_land_where_they_belong(fixtures_dir: Path, new_camp) -> None:
    store = new_camp()
    import_sheet(store, read_sheet(fixtures_dir / "camp_ub.csv"))
    h2 = store.frame.main_groups()[0]
    assert h2.code == "H2"
    assert [(t.code, t.main_group_id) for t in store.frame.tables()] == [
        ("H2-B4", h2.id), ("H2-B5", h2.id)]
    idea = store.board.notes(store.frame.step_by_key("good_idea").id, None)
    assert len(idea) == 1 and idea[0].main_group_id == h2.id and idea[0].table_id is None

    b4 = store.frame.table_by_code("H2-B4")
    pages = store.board.front_pages(store.frame.step_by_key("front_pages").id, b4.id)
    assert pages[0].headline.startswith("I Lejre Kommune lytter man til")
    assert pages[0].story.startswith("Lejre Kommune har kæmpe succes")

    step = store.frame.step_by_key("contributions")
    contributions = store.board.contributions(step.id, b4.id, all_tables=True)
    answered = {c.prerequisite_id for c in contributions if c.table_id == b4.id}
    assert len(answered) == 1
    prerequisite = store.board.note(answered.pop())
    assert prerequisite.text == "At der er det perfekte match"
    assert prerequisite.selected and prerequisite.table_id == b4.id
    keys = {a.id: a.key for a in store.frame.actors()}
    assert Counter(keys.get(c.actor_id or "", "") for c in contributions)["municipality"] == 7


def test_unknown_prerequisite_and_actor_are_created(new_camp) -> None:
    rows = [
        SheetRow(step="prerequisites", table="B1", main_group="H1", text="Tid", votes=2),
        SheetRow(step="contributions", table="B1", main_group="H1", text="Møde hver måned",
                 actor="politicians", prerequisite="Tillid"),
        SheetRow(step="contributions", table="B1", main_group="H1", text="Lyt", actor="",
                 prerequisite="Tid"),
        SheetRow(step="bulletin_board", text="Kaffe!"),
    ]
    store = new_camp()
    summary = import_sheet(store, rows)
    assert summary.prerequisites_created == ["Tillid"]
    assert summary.actors_created == ["politicians"]
    assert store.frame.actor_by_key("politicians").name == "Politikerne"
    table = store.frame.table_by_code("B1")
    pre = store.board.notes(store.frame.step_by_key("prerequisites").id, table.id)
    assert [(n.text, n.selected) for n in pre] == [("Tid", False), ("Tillid", True)]
    board = store.board.notes(store.frame.step_by_key("bulletin_board").id, None)
    assert [(n.text, n.table_id, n.main_group_id) for n in board] == [("Kaffe!", None, None)]


def test_import_is_all_or_nothing(new_camp) -> None:
    program = load_program("camp_day")
    program.steps = [s for s in program.steps if s.key != "good_idea"]
    store = new_camp(program=program)
    before = dump(store)
    rows = [SheetRow(step="indicators", table="B1", main_group="H1", text="Fint", sheet_row=2),
            SheetRow(step="good_idea", text="Idé", sheet_row=3)]
    with pytest.raises(SheetError) as info:
        import_sheet(store, rows)
    assert [(p.text, p.row) for p in info.value.problems] == [(imp.STEP_MISSING, 3)]
    assert dump(store) == before


def test_sheet_of_another_camp_or_group_is_refused(fixtures_dir: Path, new_camp) -> None:
    store = new_camp()
    import_sheet(store, read_sheet(fixtures_dir / "camp_ff.csv"))
    before = dump(store)
    with pytest.raises(SheetError) as info:
        import_sheet(store, read_sheet(fixtures_dir / "camp_ub.csv"))
    assert info.value.problems[0].text == imp.OTHER_CAMP
    moved = [SheetRow(step="indicators", table="H1-B1", main_group="H9", text="x", sheet_row=7)]
    with pytest.raises(SheetError) as info:
        import_sheet(store, moved)
    assert [(p.text, p.row) for p in info.value.problems] == [(imp.TABLE_IN_OTHER_GROUP, 7)]
    assert dump(store) == before


def test_prepared_tables_are_reused(new_camp) -> None:
    store = new_camp()
    group = store.frame.add_main_group(code="H1")
    table = store.frame.add_table(code="H1-B1", main_group_id=group.id, facilitator="Anne")
    summary = import_sheet(store, [SheetRow(step="indicators", table="H1-B1", text="x")])
    assert summary.tables_created == [] and summary.main_groups_created == []
    assert store.board.notes(store.frame.step_by_key("indicators").id, table.id)[0].text == "x"


@pytest.mark.parametrize("name", FIXTURES)
def test_export_import_export_is_stable(fixtures_dir: Path, new_camp, name: str) -> None:
    rows = read_sheet(fixtures_dir / name)
    first = new_camp()
    import_sheet(first, rows)
    exported = export_rows(first)
    assert sorted(map(_content, exported)) == sorted(map(_content, rows))
    second = new_camp()
    import_sheet(second, exported)
    assert export_rows(second) == exported


def _content(row: SheetRow) -> tuple:
    return (row.table, row.step, row.title, row.text, row.votes, row.selected, row.actor,
            row.prerequisite)


def test_a_camp_typed_in_the_app_survives_the_round_trip(new_camp) -> None:
    """Tables made out of order, notes of a group and of the camp, deletions, new actors."""
    store = new_camp()
    h2 = store.frame.add_main_group(code="H2")
    h1 = store.frame.add_main_group(code="H1")
    b2 = store.frame.add_table(code="B2", main_group_id=h1.id)
    loose = store.frame.add_table(code="Løs")
    b1 = store.frame.add_table(code="B1", main_group_id=h1.id)
    step = {s.key: s.id for s in store.frame.steps()}
    store.board.add_note(step_id=step["dilemmas"], table_id=b1.id, text="Dilemma", votes=3)
    store.board.add_note(step_id=step["indicators"], table_id=b2.id, text="Kun B2")
    gone = store.board.add_note(step_id=step["indicators"], table_id=b1.id, text="Slettet")
    store.board.delete_note(note_id=gone.id)
    store.board.add_note(step_id=step["bulletin_board"], table_id=None, main_group_id=h2.id,
                   text="Til H2")
    store.board.add_note(step_id=step["good_idea"], table_id=None, text="Til alle")
    store.board.add_note(step_id=step["indicators"], table_id=loose.id, text="Løst bord")
    pre = store.board.add_note(step_id=step["prerequisites"], table_id=b1.id, text="Tid",
                         selected=True)
    store.board.add_front_page(step_id=step["front_pages"], table_id=b2.id, headline="Nyt",
                         story="Historien")
    store.board.add_front_page(step_id=step["front_pages"], table_id=b2.id)  # blank: not exported
    for key in ("municipality", "others"):
        store.board.add_contribution(step_id=step["contributions"], table_id=b1.id, text=key,
                               prerequisite_id=pre.id, actor_id=store.frame.actor_by_key(key).id)
    store.board.add_contribution(step_id=step["contributions"], table_id=b1.id, text="Uden aktør",
                           prerequisite_id=pre.id, selected=True)

    removed = store.frame.add_table(code="Fjernet", main_group_id=h1.id)
    store.board.add_note(step_id=step["indicators"], table_id=removed.id, text="På fjernet bord")
    store.frame.delete_table(table_id=removed.id)

    exported = export_rows(store)
    texts = [r.text for r in exported]
    assert "Slettet" not in texts and "På fjernet bord" not in texts
    assert [(r.main_group, r.table) for r in exported][:2] == [("H2", ""), ("H1", "B2")]
    again = new_camp()
    import_sheet(again, exported)
    assert export_rows(again) == exported


def test_notes_counted_as_one_survive_the_round_trip(new_camp, tmp_path: Path) -> None:
    """»Tæl som ét« goes into the sheet as a shared label (also through an XLSX file)
    and comes back as the same messages; a label on one note alone groups nothing."""
    from facilitator.export.workbook import build_workbook

    store = new_camp()
    b1 = store.frame.add_table(code="B1")
    b2 = store.frame.add_table(code="B2")
    step = store.frame.step_by_key("indicators").id
    texts = ["Flere cykelstier", "flere cykelstier!", "Solceller", "Solceller på taget",
             "Nye job"]
    ids = [store.board.add_note(step_id=step, table_id=(b1 if i % 2 else b2).id, text=t).id
           for i, t in enumerate(texts)]
    store.consolidation.count_as_one(note_ids=ids[:2])
    store.consolidation.count_as_one(note_ids=ids[2:4])
    exported = export_rows(store)
    labels = {r.text: r.same_message for r in exported}
    assert labels["Flere cykelstier"] == labels["flere cykelstier!"] != ""
    assert labels["Solceller"] == labels["Solceller på taget"] != labels["Flere cykelstier"]
    assert labels["Nye job"] == ""
    out = tmp_path / "noter.xlsx"
    build_workbook(store, out)
    again = new_camp("igen")
    import_sheet(again, read_sheet(out))
    assert export_rows(again) == exported
    step_again = again.frame.step_by_key("indicators").id
    by_text = {n.id: n.text for n in again.board.notes(step_again, all_tables=True)}
    groups = {frozenset((by_text[n], by_text[f])) for n, f in
              again.consolidation.counted_with(step_again).items()}
    assert groups == {frozenset(texts[:2]), frozenset(texts[2:4])}
    # A label on a single note (a careless sheet) counts nothing as one.
    lone = [replace(r, same_message="9") if r.text == "Nye job" else r for r in exported]
    third = new_camp("tredje")
    import_sheet(third, lone)
    assert len(third.consolidation.counted_with(third.frame.step_by_key("indicators").id)) == 2


def test_a_step_of_the_wrong_kind_is_refused(new_camp) -> None:
    program = load_program("camp_day")
    program.steps = [s if s.key != "front_pages" else replace(s, kind="notes")
                     for s in program.steps]
    store = new_camp(program=program)
    rows = [SheetRow(step="front_pages", table="B1", title="Overskrift", text="", sheet_row=4)]
    with pytest.raises(SheetError) as info:
        import_sheet(store, rows)
    assert [(p.text, p.row) for p in info.value.problems] == [(imp.STEP_NOT_FRONT_PAGES, 4)]


# -- everything the organiser and the tables added, through a sheet and back ---------------
def _rich_camp(path: Path) -> Path:
    """A camp with tags, quotes, categories, excerpts, summaries, the analysis, an actor of
    its own and a note of 40,000 characters, made through the store."""
    from facilitator.domain.analysis import PurposeText
    from facilitator.program import load_program

    long_note = " ".join(f"ord{i:05d}" for i in range(4500))[:40_000].strip()
    assert len(long_note) >= 39_990
    with CampStore.create(path, program=load_program("camp_day"), title="Rund tur",
                          core_task="Trivsel") as store:
        group = store.frame.add_main_group(code="H1")
        table = store.frame.add_table(code="H1-B1", main_group_id=group.id)
        dilemmas = store.frame.step_by_key("dilemmas")
        store.board.add_note(step_id=dilemmas.id, table_id=table.id, text="Tryghed mod frihed",
                       tag="tradeoff", votes=2)
        indicators = store.frame.step_by_key("indicators")
        store.consolidation.add_category(step_id=indicators.id, name="Tom kategori")
        category = store.consolidation.add_category(step_id=indicators.id, name="Fællesskab")
        first = store.board.add_note(step_id=indicators.id, table_id=table.id, text=long_note)
        second = store.board.add_note(step_id=indicators.id, table_id=table.id,
                                text="Linje et\r\nlinje to", selected=True)
        store.consolidation.assign_note(note_id=first.id, category_id=category.id)
        store.consolidation.set_excerpt(note_id=second.id, excerpt=True)
        store.consolidation.set_step_summary(step_id=indicators.id, text="Bordene ser fællesskab.")
        front = store.frame.step_by_key("front_pages")
        store.board.add_front_page(step_id=front.id, table_id=table.id, headline="Byen lever",
                             story="Alle mødes i parken.", quote="Det er vores by",
                             quote_by="Borgmesteren")
        store.board.add_front_page(step_id=front.id, table_id=table.id, quote="Kun et citat")
        prerequisites = store.frame.step_by_key("prerequisites")
        need = store.board.add_note(step_id=prerequisites.id, table_id=table.id,
                              text="Åbne lokaler", selected=True)
        own = store.frame.add_actor(name="Lokalrådet")
        contributions = store.frame.step_by_key("contributions")
        store.board.add_contribution(step_id=contributions.id, table_id=table.id,
                               text="Vi låner nøglerne ud", prerequisite_id=need.id,
                               actor_id=own.id, selected=True)
        store.analysis.add_message(heading="Samarbejde", body="På tværs af foreninger.")
        store.analysis.set_consideration(key=PurposeText.IMPLICATIONS, text="Fællesskab først.")
        store.analysis.set_consideration(key=PurposeText.CONSIDERATIONS, text="Nævn foreningerne.")
        store.analysis.add_consolidated_prerequisite(text="Tilgængelige lokaler")
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_sheet_keeps_everything_and_comes_back_whole(tmp_path: Path, suffix: str) -> None:
    from facilitator.export.camp_exports import write_spreadsheet
    from facilitator.program import load_program

    camp = _rich_camp(tmp_path / "rig.camp")
    first = tmp_path / f"first{suffix}"
    with CampStore.open(camp, snapshot=True) as store:
        write_spreadsheet(store, first)
    rows = read_sheet(first)
    again = tmp_path / "again.camp"
    with CampStore.create(again, program=load_program("camp_day")) as store:
        imp.import_sheet(store, rows)
        second = tmp_path / f"second{suffix}"
        write_spreadsheet(store, second)
        # What the organiser sees in the new camp: every kind of thing, in place.
        indicators = store.frame.step_by_key("indicators")
        notes = store.board.notes(indicators.id, all_tables=True)
        assert [len(n.text) for n in notes][0] >= 39_990
        assert notes[1].text == "Linje et\nlinje to"  # one kind of line break
        assert [c.name for c in store.consolidation.categories(indicators.id)] == ["Tom kategori",
                                                                      "Fællesskab"]
        assert store.consolidation.note_category(notes[0].id) is not None
        assert [n.text for n in store.consolidation.excerpts(indicators.id)] == [
            "Linje et\nlinje to"]
        assert store.consolidation.step_summary(indicators.id) == "Bordene ser fællesskab."
        dilemmas = store.frame.step_by_key("dilemmas")
        assert [n.tag for n in store.board.notes(dilemmas.id, all_tables=True)] == ["tradeoff"]
        front = store.frame.step_by_key("front_pages")
        assert [(p.quote, p.quote_by) for p in store.board.front_pages(front.id, all_tables=True)] \
            == [("Det er vores by", "Borgmesteren"), ("Kun et citat", "")]
        assert [m.heading for m in store.analysis.messages()] == ["Samarbejde"]
        assert [c.text for c in store.analysis.considerations()] == ["Fællesskab først.",
                                                           "Nævn foreningerne."]
        assert [p.text for p in store.analysis.consolidated_prerequisites()] == [
            "Tilgængelige lokaler"]
        contributions = store.frame.step_by_key("contributions")
        (given,) = store.board.contributions(contributions.id, all_tables=True)
        assert {a.id: a.name for a in store.frame.actors()}[given.actor_id] == "Lokalrådet"
    assert read_sheet(second) == rows
    # The long note went on in a continued row instead of being cut at Excel's limit.
    if suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(first, read_only=True)
        cells = list(book.worksheets[0].iter_rows(values_only=True))
        book.close()
        assert len(cells) == 1 + len(rows) + 1  # header, the rows, one continued row
        assert sum("continued" in row for row in cells) == 1
        assert max(len(str(c)) for row in cells for c in row if c) <= 32_767
