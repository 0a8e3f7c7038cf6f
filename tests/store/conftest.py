"""Shared by the store's tests of collecting: an organiser's camp with one table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.program import load_program
from facilitator.store import CampStore


@pytest.fixture
def organiser(tmp_path: Path) -> Iterator[CampStore]:
    """The organiser's camp "Camp 3" with main group H1 and its table H1-B1."""
    store = CampStore.create(tmp_path / "arrangør.camp", program=load_program("camp_day"),
                             title="Camp 3")
    store.frame.add_table(code="H1-B1", main_group_id=store.frame.add_main_group(code="H1").id)
    yield store
    store.close()
