"""The camp's names in reports: schema 6, one transaction per edit, tombstones, privacy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.domain.messages import UserError
from facilitator.domain.pseudonyms import DUPLICATE_NAME
from facilitator.domain.pseudonyms import EMPTY_NAME
from facilitator.program import load_program
from facilitator.store import SCHEMA_VERSION
from facilitator.store import CampStore
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit


def test_schema_6_has_the_pseudonym_table(camp_path: Path) -> None:
    assert SCHEMA_VERSION >= 6
    conn = sqlite3.connect(camp_path)
    try:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(pseudonym)")}
    finally:
        conn.close()
    assert columns == {"id", "name", "replacement", "created_at", "updated_at", "deleted"}


def test_add_update_delete_restore(store: CampStore) -> None:
    assert store.names.pseudonyms() == {}
    karen = store.names.add_pseudonym(name="  Karen   Hansen ")
    assert (karen.name, karen.replacement) == ("Karen Hansen", "K.H.")  # initials by default
    nina = store.names.add_pseudonym(name="Nina", replacement="Personen i casen")
    assert store.names.pseudonyms() == {"Karen Hansen": "K.H.", "Nina": "Personen i casen"}
    assert [p.name for p in store.names.pseudonym_list()] == ["Karen Hansen", "Nina"]

    renamed = store.names.update_pseudonym(pseudonym_id=karen.id, name="Karen H. Hansen")
    assert (renamed.name, renamed.replacement) == ("Karen H. Hansen", "K.H.")
    assert renamed.updated_at > karen.updated_at
    emptied = store.names.update_pseudonym(pseudonym_id=nina.id, replacement="")
    assert emptied.replacement == "N."  # an empty replacement falls back to initials
    assert store.names.update_pseudonym(pseudonym_id=nina.id).updated_at == emptied.updated_at

    removed = store.names.delete_pseudonym(pseudonym_id=nina.id)
    assert removed.name == "Nina" and "Nina" not in store.names.pseudonyms()
    assert store.names.pseudonym(nina.id).name == "Nina"  # a tombstone, not gone
    store.names.restore_pseudonym(pseudonym_id=nina.id)
    assert store.names.pseudonyms()["Nina"] == "N."


def test_names_are_unique_whatever_their_case(store: CampStore) -> None:
    karen = store.names.add_pseudonym(name="Karen")
    with pytest.raises(UserError) as info:
        store.names.add_pseudonym(name="KAREN ")
    assert info.value.text == DUPLICATE_NAME and "»Karen«" in str(info.value)
    other = store.names.add_pseudonym(name="Bo")
    with pytest.raises(UserError):
        store.names.update_pseudonym(pseudonym_id=other.id, name="karen")
    store.names.delete_pseudonym(pseudonym_id=karen.id)
    again = store.names.add_pseudonym(name="karen", replacement="K")
    with pytest.raises(UserError):  # restoring would make two of the same name
        store.names.restore_pseudonym(pseudonym_id=karen.id)
    assert store.names.pseudonyms() == {"Bo": "B.", "karen": "K"}
    assert again.replacement == "K"


def test_an_empty_name_is_refused_and_nothing_is_written(store: CampStore) -> None:
    with pytest.raises(UserError) as info:
        store.names.add_pseudonym(name="  ", replacement="x")
    assert info.value.text == EMPTY_NAME
    assert store.conn.execute("SELECT COUNT(*) FROM pseudonym").fetchone()[0] == 0


def test_read_only_camp_refuses_edits(camp_path: Path) -> None:
    with CampStore.open(camp_path) as store:
        store.names.add_pseudonym(name="Karen")
    with CampStore.open(camp_path, read_only=True) as reader:
        assert reader.names.pseudonyms() == {"Karen": "K."}
        with pytest.raises(UserError):
            reader.names.add_pseudonym(name="Bo")


def test_the_list_survives_reopening(camp_path: Path) -> None:
    with CampStore.open(camp_path) as store:
        store.names.add_pseudonym(name="Jens Jensen", replacement="Borger A")
    with CampStore.open(camp_path) as store:
        assert store.names.pseudonyms() == {"Jens Jensen": "Borger A"}


def test_the_list_never_travels_in_a_bundle_or_a_kit(camp_path: Path, tmp_path: Path) -> None:
    with CampStore.open(camp_path) as store:
        store.names.add_pseudonym(name="Karen Hansen")
        export_bundle(store, "H1-B1", tmp_path / "b.campbundle")
        export_kit(store, tmp_path / "k.campkit")
    for path in (tmp_path / "b.campbundle", tmp_path / "k.campkit"):
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert conn.execute("SELECT COUNT(*) FROM pseudonym").fetchone()[0] == 0
        finally:
            conn.close()


def test_in_memory_camp_has_the_list_too() -> None:
    store = CampStore.in_memory(program=load_program("camp_day"))
    store.names.add_pseudonym(name="Viggo")
    assert store.names.pseudonyms() == {"Viggo": "V."}


def test_several_names_at_once_skip_the_known(store: CampStore) -> None:
    store.names.add_pseudonym(name="Nina", replacement="Person A")
    made = store.names.add_pseudonyms(names=["nina", "Jens Hansen", " ", "Viggo", "jens  hansen"])
    assert [(p.name, p.replacement) for p in made] == [("Jens Hansen", "J.H."), ("Viggo", "V.")]
    assert store.names.pseudonyms() == {"Jens Hansen": "J.H.", "Nina": "Person A", "Viggo": "V."}
    assert store.names.add_pseudonyms(names=[]) == []
