"""Ids are UUIDs in the uuid module's own form, though the store makes them without it."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from facilitator.store.base import name_id
from facilitator.store.base import new_id
from facilitator.store.participants import count_id


def test_new_ids_are_random_version_4_uuids() -> None:
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122


@given(namespace=st.uuids(), name=st.text())
def test_name_ids_are_the_uuid_modules_version_5(namespace: uuid.UUID, name: str) -> None:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: uuid5 refuses it too
        return
    assert name_id(str(namespace), name) == str(uuid.uuid5(namespace, name))


def test_a_participant_count_keeps_the_id_it_had() -> None:
    """Counts merge by id across laptops and versions: the id of a table's group is fixed."""
    assert count_id("t-1", "borgere") == str(
        uuid.uuid5(uuid.UUID("6f1c2a52-3d0e-4c8e-9a57-2b9f4e1d7c30"), "t-1/borgere"))


def test_stamps_keep_increasing_when_the_clock_stands_still(monkeypatch) -> None:
    """Two edits in one microsecond, or a clock set back: each stamp is still later."""
    from facilitator.store import base

    monkeypatch.setattr(base, "_last_stamp", "2099-12-31T23:59:59.999999Z")
    assert [base.now(), base.now()] == ["2100-01-01T00:00:00.000000Z",
                                        "2100-01-01T00:00:00.000001Z"]
