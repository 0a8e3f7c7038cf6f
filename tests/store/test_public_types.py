"""The store's public interface says what it takes and gives: no ``Any`` in it.

Widgets, exports and the command line call these methods; a parameter or result typed
``Any`` would let mypy wave through a wrong call (a misspelt field, a store passed where
a note was meant). Private helpers may work with raw rows; the public face may not.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.store.reader import PARTS


def _public(cls: type) -> dict[str, str]:
    return {name: str(inspect.signature(fn))
            for name, fn in inspect.getmembers(cls, predicate=inspect.isfunction)
            if not name.startswith("_")}


def test_no_public_method_of_the_store_or_its_parts_takes_or_gives_any(tmp_path: Path) -> None:
    store = CampStore.create(tmp_path / "typer.camp", program=load_program("camp_day"),
                             title="Typer")
    try:
        classes = {"store": type(store), **{name: type(getattr(store, name)) for name in PARTS}}
    finally:
        store.close()
    untyped = {f"{part}.{name}{signature}"
               for part, cls in classes.items()
               for name, signature in _public(cls).items()
               if "Any" in signature}
    assert untyped == set()
    assert len(classes) == 9  # the store and its eight parts
