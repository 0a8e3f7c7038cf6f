"""Counts in words: one form for exactly 1, the other for every other number."""

from __future__ import annotations

from facilitator.domain.words import counted


def test_one_and_many() -> None:
    assert counted(1, "%n note", "%n noter") == "1 note"
    assert [counted(n, "%n note", "%n noter") for n in (0, 2, 11)] == [
        "0 noter", "2 noter", "11 noter"]
    assert counted(1, "%1 af %n bord", "%1 af %n borde").replace("%1", "0") == "0 af 1 bord"
