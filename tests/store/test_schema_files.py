"""Camp files of every schema version open in today's app with nothing lost.

``tests/data/schema_vK.camp`` is what version K of the app wrote (built by
``tests/data/make_schema_files.py`` from the migrations 001…K and plain SQL). Opening a
copy migrates it to the current schema after a backup beside it (``<name>.vK.bak``),
and every value the old file held is still there, read through the store's own API.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from facilitator.domain.participants import ParticipantCounts
from facilitator.store import APPLICATION_ID
from facilitator.store import SCHEMA_VERSION
from facilitator.store import CampStore
from facilitator.store import database
from facilitator.store.bundles import deliveries

DATA = Path(__file__).resolve().parents[1] / "data"
_spec = importlib.util.spec_from_file_location("make_schema_files",
                                               DATA / "make_schema_files.py")
assert _spec is not None and _spec.loader is not None
gen = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_schema_files", gen)
_spec.loader.exec_module(gen)

VERSIONS = gen.versions()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def header(path: Path) -> tuple[int, int, str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return (conn.execute("PRAGMA application_id").fetchone()[0],
                conn.execute("PRAGMA user_version").fetchone()[0],
                conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_there_is_a_file_for_every_schema_version() -> None:
    assert gen.APPLICATION_ID == APPLICATION_ID
    assert gen.latest_version() == SCHEMA_VERSION
    for version in VERSIONS:
        path = gen.file_for(version, DATA)
        assert path.exists(), f"run python tests/data/make_schema_files.py ({path.name})"
        assert header(path) == (APPLICATION_ID, version, "delete")
        assert path.stat().st_size < 100 * 1024


@pytest.mark.parametrize("version", VERSIONS)
def test_committed_file_is_what_the_generator_builds(tmp_path: Path, version: int) -> None:
    """The committed file and the generator agree, so the values checked below are the
    values in the file (and a changed old migration shows up here)."""
    fresh = gen.build(tmp_path / "fresh.camp", version)
    assert dump(gen.file_for(version, DATA)) == dump(fresh)


@pytest.fixture(params=VERSIONS, ids=[f"v{v}" for v in VERSIONS])
def old_camp(request, tmp_path: Path) -> tuple[Path, int]:
    version = request.param
    copy = tmp_path / f"lejre-v{version}.camp"
    shutil.copyfile(gen.file_for(version, DATA), copy)
    return copy, version


def test_old_file_migrates_with_a_backup_and_keeps_every_value(old_camp) -> None:
    path, version = old_camp
    with CampStore.open(path) as store:
        assert not store.read_only
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check_values(store, version)
    backup = path.with_name(f"{path.name}.v{version}.bak")
    if version < SCHEMA_VERSION:
        assert backup.exists()
        assert header(backup)[:2] == (APPLICATION_ID, version)
        assert dump(backup) == dump(gen.file_for(version, DATA))
    else:
        assert not backup.exists()  # nothing to migrate, nothing to back up
    # Opened again: already current, no second migration, no second backup.
    with CampStore.open(path) as again:
        check_values(again, version)
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(
        ("-wal", "-shm"))) == sorted({path.name} | ({backup.name} if backup.exists() else set()))


def test_old_file_opened_read_only_is_migrated_in_memory_only(old_camp, monkeypatch) -> None:
    """A file we may not write (read-only folder: simulated, since tests run as root) is
    shown through a private migrated copy: no backup, no -wal, the file unchanged."""
    path, version = old_camp
    monkeypatch.setattr(database, "is_writable", lambda p: False)
    before = digest(path)
    with CampStore.open(path) as store:
        assert store.read_only
        check_values(store, version)
    assert digest(path) == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def check_values(store: CampStore, version: int) -> None:
    """Every value :func:`make_schema_files.rows_for` put in, read through the store."""
    camp = store.frame.camp()
    assert (camp.id, camp.title, camp.core_task, camp.purpose, camp.date, camp.venue,
            camp.municipality, camp.participants, camp.program) == (
        gen.CAMP, "Lejre camp – trivsel", "Trivsel for unge", "Unge skal trives i fritiden",
        "2025-05-09", "Hvalsø Hallen", "Lejre Kommune", 48, "camp_day")
    from facilitator.store.transcription import camp_code

    assert camp_code(store) == ("lj" if version >= 2 else "")

    [group] = store.frame.main_groups()
    assert (group.id, group.code, group.name) == (gen.GROUP, "H1", "Fritid")
    tables = store.frame.tables()
    assert [(t.id, t.code, t.main_group_id, t.facilitator, t.chair, t.participants)
            for t in tables] == [
        (gen.TABLE_1, "H1-B1", gen.GROUP, "Anne", "Bo", 6),
        (gen.TABLE_2, "H1-B2", gen.GROUP, "", "", 0)]
    steps = {s.key: s for s in store.frame.steps()}
    expected_keys = ["indicators", "dilemmas", "front_pages", "prerequisites", "contributions"]
    if version >= 5:
        expected_keys += ["thermometer", "triangle", "dilemma_cards", "free_sheet", "agreements"]
    assert [s.key for s in store.frame.steps()] == expected_keys
    assert steps["front_pages"].title == "Fremtidens forside"
    assert steps["indicators"].minutes == 20
    [persona] = store.frame.personas(gen.STEP["dilemmas"])
    assert (persona.name, persona.description) == (
        "Maja, 15", "Går til håndbold og vil hjem sent")
    assert [(a.id, a.key, a.name) for a in store.frame.actors()] == [
        (gen.ACTOR_MUNICIPALITY, "municipality", "Kommunen"),
        (gen.ACTOR_CITIZENS, "citizens", "Borgerne")]

    indicators = gen.STEP["indicators"]
    notes = store.board.notes(indicators, gen.TABLE_1)
    assert [(n.id, n.text, n.votes, n.selected) for n in notes] == [
        (gen.NOTE_VOTED, "Flere unge i foreningerne", 3, True),
        (gen.NOTE_PLAIN, "Trygge cykelstier\nogså om vinteren", 1, False)]
    assert notes[0].updated_at == gen.LATER
    assert [n.text for n in store.board.notes(indicators,
                                              gen.TABLE_2)] == ["Æbler på træerne – og 💚"]
    assert [(n.id, n.main_group_id) for n in store.board.notes(indicators, all_tables=True)
            if n.table_id is None] == [(gen.NOTE_GROUP, gen.GROUP)]
    assert store.board.note(gen.NOTE_DELETED).text == "Slettet note"  # the tombstone stays one
    assert gen.NOTE_DELETED not in {n.id for n in store.board.notes(indicators, all_tables=True)}
    [dilemma] = store.board.notes(gen.STEP["dilemmas"], gen.TABLE_1)
    assert (dilemma.text, dilemma.tag) == ("Frihed mod tryghed", "dilemma")
    assert [n.text for n in store.board.selected_prerequisites(gen.TABLE_1)] == [
        "Busser om aftenen"]
    [page] = store.board.front_pages(gen.STEP["front_pages"], gen.TABLE_1)
    assert (page.headline, page.story, page.quote, page.quote_by) == (
        "Lejre vinder prisen", "Ungdomsklubben er fuld", "Det er vores by", "Sofie, 16")
    contributions = store.board.contributions(gen.STEP["contributions"], gen.TABLE_1,
                                        prerequisite_id=gen.NOTE_PREREQ)
    assert sorted((c.text, c.actor_id, c.votes, c.selected) for c in contributions) == [
        ("Forlæng linje 233", gen.ACTOR_MUNICIPALITY, 2, True),
        ("Forældre kører på skift", gen.ACTOR_CITIZENS, 0, False)]

    delivered = {d.table_code: d for d in deliveries(store)}
    if version >= 2:
        assert delivered["H1-B2"].delivered and delivered["H1-B2"].new_rows == 1
        assert delivered["H1-B2"].bundle == "Lejre-H1-B2.campbundle"
    assert not delivered["H1-B1"].delivered

    if version >= 3:
        [category] = store.consolidation.categories(indicators)
        assert (category.id, category.name) == (gen.CATEGORY, "Fællesskab")
        assert store.consolidation.note_category(gen.NOTE_VOTED) == gen.CATEGORY
        assert [n.id for n in store.consolidation.excerpts(indicators)] == [gen.NOTE_PLAIN]
        assert store.consolidation.step_summary(indicators) == "OPSUMMERET: fællesskab og tryghed"
    else:
        assert store.consolidation.categories(indicators) == []
        assert store.consolidation.step_summary(indicators) == ""
    if version >= 4:
        [message] = store.analysis.messages()
        assert (message.heading, message.body) == (
            "TVÆRGÅENDE SAMARBEJDE", "Foreninger og skoler skal tale sammen.")
        assert store.analysis.consideration("purpose_implications").text == (
            "Formålet holder, men mangler transport.")
        [prereq] = store.analysis.consolidated_prerequisites()
        assert (prereq.text, prereq.note_id) == ("Bedre busser", gen.NOTE_PREREQ)
    else:
        assert store.analysis.messages() == [] and store.analysis.consolidated_prerequisites() == []
    if version >= 5:
        dialogue = store.dialogue_box.dialogue(gen.TABLE_1)
        assert dialogue is not None
        assert (dialogue.host, dialogue.group_name, dialogue.place, dialogue.date,
                dialogue.participants) == ("Karen", "Ungdomsrådet", "Biblioteket",
                                           "2025-06-02", 7)
        [reading] = store.dialogue_box.readings(gen.STEP["thermometer"], gen.TABLE_1)
        assert (reading.value, reading.label, reading.round) == (7, "AB", "start")
        [level] = store.dialogue_box.level_notes(gen.STEP["triangle"], gen.TABLE_1, 3)
        assert level.text == "Vi kan selv starte en klub"
        cards = store.dialogue_box.cards(gen.STEP["dilemma_cards"])
        assert [(c.id, c.text, c.caption) for c in cards] == [
            (gen.CARD_TEXT, "Din ven pjækker fra skole", ""),
            (gen.CARD_PICTURE, "", "Skolegården")]
        assert store.dialogue_box.card_image(gen.CARD_PICTURE) == gen.tiny_png()
        [reflection] = store.dialogue_box.reflections(gen.STEP["dilemma_cards"], gen.TABLE_1)
        assert (reflection.question, reflection.text) == (
            "what_would_you_do", "Tale med ham først")
        [answer] = store.dialogue_box.template_answers(gen.STEP["free_sheet"], gen.TABLE_1)
        assert (answer.prompt_key, answer.text) == ("wish", "Et sted at være")
        [agreement] = store.dialogue_box.agreements(gen.STEP["agreements"], gen.TABLE_1)
        assert (agreement.what, agreement.who, agreement.by_when) == (
            "Mødes igen i juni", "Karen", "2025-06-30")
    else:
        assert store.dialogue_box.dialogues() == []
    if version >= 6:
        assert store.names.pseudonyms() == {"Karen Hansen": "K.H."}
        assert [(p.id, p.name, p.replacement) for p in store.names.pseudonym_list()] == [
            (gen.PSEUDONYM, "Karen Hansen", "K.H.")]
    else:
        assert store.names.pseudonyms() == {}
    # Notes of every version keep no triangle level until one is given.
    assert all(n.level is None for n in notes)
    # Schema 7 counts each row's edits; rows of older files start at 0.
    [revision] = store.conn.execute("SELECT revision FROM note WHERE id = ?",
                                    [gen.NOTE_VOTED]).fetchone()
    assert revision == (3 if version >= 7 else 0)
    # Schema 8's dots per participant: an older camp-day camp gets the program's three
    # on its voting steps (by key); a newer file keeps what the organiser set.
    dots = {s.key: s.dots for s in store.frame.steps()}
    if version >= 8:
        expected_dots = {"indicators": 5, "prerequisites": 2}
    else:
        expected_dots = {"indicators": 3, "dilemmas": 3, "prerequisites": 3}
    assert dots == {key: expected_dots.get(key, 0) for key in expected_keys}
    # Schema 9's follow-up: kept as the organiser set it; older files have none.
    followed = {i.id: i for i in store.followup.items()}
    first = followed[gen.CONTRIBUTION_1]
    if version >= 9:
        assert (first.actor_id, first.person, first.deadline, first.status) == (
            gen.ACTOR_CITIZENS, "Bo Jensen", "2025-09-01", "in_progress")
        assert [(c.date, c.text) for c in first.comments] == [
            ("2025-06-15", "Ringet til busselskabet")]
        assert followed[gen.AGREEMENT].status == "done"
        assert followed[gen.AGREEMENT].person == "Karen"  # the agreement's own "who"
    else:
        assert (first.actor_id, first.person, first.deadline, first.status) == (
            gen.ACTOR_MUNICIPALITY, "", "", "proposed")
        assert first.comments == ()
    # Schema 10's participants by group: an older camp has none (not counted, not zeros).
    expected_counts = {gen.TABLE_1: ParticipantCounts.of(
        {"citizens": 4, "associations": 2, "politicians": 0})} if version >= 10 else {}
    assert store.participants.by_table() == expected_counts
    # Schema 11's notes counted as one message: the category counts them once.
    indicators = next(s.id for s in store.frame.steps() if s.key == "indicators")
    assert store.consolidation.counted_with(indicators) == (
        {gen.NOTE_PLAIN: gen.NOTE_VOTED} if version >= 11 else {})
    assert [c.count for c in store.consolidation.categories(indicators)] == (
        [1] if version >= 3 else [])


def test_migration_gives_dots_only_to_a_camp_day_camp(tmp_path: Path) -> None:
    """Another program's steps keep no limit, even where their keys match the camp day's."""
    path = gen.build(tmp_path / "own-program.camp", 7)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE camp SET program = 'dialogue_box'")
    conn.close()
    with CampStore.open(path) as store:
        assert {s.key: s.dots for s in store.frame.steps()} == {
            s.key: 0 for s in store.frame.steps()}
        assert store.frame.step_by_key("indicators") is not None
