"""The camp store: every edit lands in the file, and foreign files are refused untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError
from facilitator.program import load_program
from facilitator.store import APPLICATION_ID
from facilitator.store import SCHEMA_VERSION
from facilitator.store import CampStore


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_camp_has_program_actors_and_marks(camp_path: Path) -> None:
    conn = sqlite3.connect(camp_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    with CampStore.open(camp_path) as store:
        keys = [s.key for s in store.frame.steps()]
        assert keys[:3] == ["indicators", "dilemmas", "front_pages"]
        assert "contributions" in keys and "good_idea" in keys
        assert [a.name for a in store.frame.actors()] == [
            "Kommunen", "Borgerne", "Erhvervslivet", "Lokalsamfundet", "Andre"]
        assert [t.code for t in store.frame.tables()] == ["H1-B1", "H1-B2"]
        assert store.frame.personas(store.frame.step_by_key("dilemmas").id)


def test_camp_file_is_private(camp_path: Path) -> None:
    if os.name == "posix":
        assert stat.S_IMODE(camp_path.stat().st_mode) == 0o600


def test_every_edit_is_in_the_file_at_once(camp_path: Path, store: CampStore) -> None:
    step = store.frame.step_by_key("indicators")
    table = store.frame.table_by_code("H1-B1")
    a = store.board.add_note(step_id=step.id, table_id=table.id, text="  Flere frivillige  ")
    b = store.board.add_note(step_id=step.id, table_id=table.id, text="Trygge stier")
    store.board.update_note(note_id=a.id, votes=4, selected=True)
    store.board.move_note(note_id=b.id, index=0)
    # A second, independent reader sees it without the first closing.
    with CampStore.open(camp_path, read_only=True) as other:
        notes = other.board.notes(step.id, table.id)
    assert [(n.text, n.votes, n.selected) for n in notes] == [
        ("Trygge stier", 0, False), ("Flere frivillige", 4, True)]


def test_delete_is_a_tombstone_and_restore_returns_the_note(store: CampStore) -> None:
    step = store.frame.step_by_key("indicators")
    table = store.frame.table_by_code("H1-B1")
    note = store.board.add_note(step_id=step.id, table_id=table.id, text="x")
    store.board.delete_note(note_id=note.id)
    assert store.board.notes(step.id, table.id) == []
    row = store.row("SELECT deleted FROM note WHERE id = ?", [note.id])
    assert row == {"deleted": 1}
    store.board.restore_note(note_id=note.id)
    assert [n.text for n in store.board.notes(step.id, table.id)] == ["x"]


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_notes_are_refused(store: CampStore, text: str) -> None:
    step = store.frame.step_by_key("indicators")
    with pytest.raises(UserError) as info:
        store.board.add_note(step_id=step.id, table_id=None, text=text)
    assert info.value.text == msg.EMPTY_NOTE
    assert store.board.notes(step.id, None) == []


@pytest.mark.parametrize("text", [
    "ø" * 10_000,
    "Vi 💚 Lejre 👍🏽 – og «citater» & <tags>",
    "مرحبا بالعالم — שלום עולם",
    "linje 1\nlinje 2",
    "\u200b\u202e skjult retning",
])
def test_any_unicode_is_kept_intact(camp_path: Path, store: CampStore, text: str) -> None:
    step = store.frame.step_by_key("indicators")
    note = store.board.add_note(step_id=step.id, table_id=None, text=text)
    store.close()
    with CampStore.open(camp_path) as again:
        assert again.board.note(note.id).text == text.strip()


def test_votes_never_go_negative(store: CampStore) -> None:
    step = store.frame.step_by_key("indicators")
    note = store.board.add_note(step_id=step.id, table_id=None, text="x")
    assert store.board.update_note(note_id=note.id, votes=-3).votes == 0


# -- bad files: refused with a clear message, never modified ----------------------------

def _not_sqlite(path: Path) -> None:
    path.write_text("Dette er et brev, ikke en camp.\n", encoding="utf-8")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _newer_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    store = CampStore.create(path.with_suffix(".full"), program=load_program("camp_day"))
    for i in range(200):
        store.board.add_note(step_id=store.frame.steps()[0].id, table_id=None,
                             text=f"note {i} " * 20)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = path.with_suffix(".full").read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(("make", "expected"), [
    (_not_sqlite, msg.NOT_SQLITE),
    (_empty, msg.EMPTY_FILE),
    (_foreign_sqlite, msg.FOREIGN_SQLITE),
    (_newer_schema, msg.NEWER_SCHEMA),
    (_truncated, msg.DAMAGED),
])
def test_bad_files_are_refused_untouched(tmp_path: Path, make, expected: str) -> None:
    path = tmp_path / "bad.camp"
    make(path)
    before = digest(path)
    with pytest.raises(UserError) as info:
        CampStore.open(path)
    assert info.value.text == expected
    assert str(path) in str(info.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("bad.camp")) == [
        "bad.camp"]


def test_a_directory_is_not_a_camp(tmp_path: Path) -> None:
    with pytest.raises(UserError) as info:
        CampStore.open(tmp_path)
    assert info.value.text == msg.NOT_A_FILE


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root ignores file permissions")
def test_read_only_file_opens_read_only_and_refuses_edits(camp_path: Path) -> None:
    camp_path.chmod(0o400)
    try:
        _assert_read_only(camp_path)
    finally:
        camp_path.chmod(0o600)


def test_read_only_flag_refuses_edits(camp_path: Path) -> None:
    _assert_read_only(camp_path, flag=True)


def _assert_read_only(camp_path: Path, flag: bool = False) -> None:
    before = digest(camp_path)
    with CampStore.open(camp_path, read_only=flag) as store:
        assert store.read_only
        assert [t.code for t in store.frame.tables()] == ["H1-B1", "H1-B2"]
        with pytest.raises(UserError) as info:
            store.board.add_note(step_id=store.frame.steps()[0].id, table_id=None, text="x")
        assert info.value.text == msg.READ_ONLY
    assert digest(camp_path) == before


def test_create_refuses_to_overwrite(camp_path: Path) -> None:
    before = digest(camp_path)
    with pytest.raises(UserError):
        CampStore.create(camp_path, program=load_program("camp_day"))
    assert digest(camp_path) == before


def test_table_codes_are_unique_ignoring_case(store: CampStore) -> None:
    with pytest.raises(UserError) as info:
        store.frame.add_table(code="h1-b1")
    assert info.value.text == msg.DUPLICATE_TABLE
    other = store.frame.table_by_code("H1-B2")
    with pytest.raises(UserError):
        store.frame.update_table(table_id=other.id, code="H1-B1")
    store.frame.delete_table(table_id=other.id)
    assert store.frame.add_table(code="H1-B2").code == "H1-B2"


def test_removing_a_main_group_removes_its_tables_and_undo_returns_them(
        store: CampStore) -> None:
    group = store.frame.main_groups()[0]
    removed = store.frame.delete_main_group(group_id=group.id)
    assert len(removed) == 2 and store.frame.tables() == [] and store.frame.main_groups() == []
    store.frame.restore_main_group(group_id=group.id, table_ids=removed)
    assert [t.code for t in store.frame.tables()] == ["H1-B1", "H1-B2"]


def test_second_opener_sees_the_schema_version_still_in_the_wal(tmp_path: Path) -> None:
    """The file header lags behind the -wal; reading it there once re-ran migrations."""
    path = tmp_path / "fresh.camp"
    first = CampStore.create(path, program=load_program("camp_day"))
    try:
        assert path.with_name(path.name + "-wal").exists()
        with CampStore.open(path) as second:
            assert second.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        first.close()


def test_looking_read_only_leaves_nothing_beside_the_file(camp_path: Path) -> None:
    with CampStore.open(camp_path, read_only=True) as store:
        assert store.frame.tables()
    assert sorted(p.name for p in camp_path.parent.iterdir()) == [camp_path.name]
