"""A failed write says what the user can do about it, decided by SQLite's error code.

Each case is a real SQLite error on a real camp: a full disk (``max_page_count`` stops
the file from growing, as a full disk does), another program's lock (a second connection
holding ``BEGIN IMMEDIATE``), and a statement of ours that is wrong (a column that does
not exist), which is a bug and must not be dressed as advice about disk space.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.domain import messages as msg
from facilitator.domain.messages import UserError
from facilitator.store import CampStore
from facilitator.store import errors


def indicators_at_first_table(store: CampStore) -> tuple[str, str]:
    step = store.frame.step_by_key("indicators")
    assert step is not None
    return step.id, store.frame.tables()[0].id


def test_a_full_disk_asks_for_space(store: CampStore) -> None:
    step_id, table_id = indicators_at_first_table(store)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    before = len(store.board.notes(step_id, table_id))
    with pytest.raises(UserError) as info:
        for i in range(200):
            store.board.add_note(step_id=step_id, table_id=table_id, text=f"{i} " + "x" * 4000)
    assert info.value.text == msg.WRITE_FAILED
    assert isinstance(info.value.__cause__, sqlite3.Error)
    assert errors.is_full(info.value.__cause__)
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert len(store.board.notes(step_id, table_id)) >= before  # what was saved stays


def test_another_programs_lock_asks_to_try_again(store: CampStore, camp_path: Path) -> None:
    step_id, table_id = indicators_at_first_table(store)
    store.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(camp_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(UserError) as info:
            store.board.add_note(step_id=step_id, table_id=table_id, text="Låst")
        assert info.value.text == msg.IN_USE_WRITE
        assert errors.is_locked(info.value.__cause__)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.board.add_note(step_id=step_id, table_id=table_id, text="Nu").text == "Nu"


def test_a_statement_of_ours_that_is_wrong_is_raised_as_it_is(store: CampStore) -> None:
    with pytest.raises(sqlite3.OperationalError, match="no such column"):
        with store.write() as conn:
            conn.execute("UPDATE note SET no_such_column = 1")
    assert not store.conn.in_transaction  # rolled back


def test_codes_not_texts() -> None:
    """Extended codes count as their primary code; a text that says "locked" does not."""
    busy = sqlite3.OperationalError("whatever the text")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY_SNAPSHOT  # type: ignore[attr-defined]
    assert errors.is_locked(busy)
    worded = sqlite3.OperationalError("database is locked")
    assert not errors.is_locked(worded)
    assert not errors.is_locked(ValueError("locked"))
    short_read = sqlite3.OperationalError("disk I/O error")
    short_read.sqlite_errorcode = sqlite3.SQLITE_IOERR_SHORT_READ  # type: ignore[attr-defined]
    error = errors.write_error(short_read)
    assert error is not None and error.text == errors.FILE_UNWRITABLE
