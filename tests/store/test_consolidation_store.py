"""Consolidation in the camp file: categories, assignments, summary and excerpts."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.messages import UserError
from facilitator.store import CampStore


@pytest.fixture
def step_id(store: CampStore) -> str:
    step = store.frame.step_by_key("indicators")
    assert step is not None
    return step.id


@pytest.fixture
def notes(store: CampStore, step_id: str) -> list[str]:
    """Six notes: four at the first table, two at the second."""
    b1, b2 = store.frame.tables()
    texts = [(b1, "Flere cykelstier"), (b1, "Solceller på skolen"), (b1, "Nye job"),
             (b1, "Lokale butikker"), (b2, "Mindre affald"), (b2, "Flere lærlinge")]
    return [store.board.add_note(step_id=step_id, table_id=t.id, text=x).id for t, x in texts]


def counts(store: CampStore, step_id: str) -> dict[str, int]:
    shown = {c.name: c.count for c in store.consolidation.categories(step_id)}
    shown[""] = store.consolidation.uncategorised_count(step_id)
    return shown


def test_a_new_camp_has_no_consolidation(store: CampStore, step_id: str) -> None:
    assert store.consolidation.categories(step_id) == []
    assert store.consolidation.step_summary(step_id) == ""
    assert store.consolidation.excerpts(step_id) == []


def test_categories_count_their_notes(store: CampStore, step_id: str,
                                      notes: list[str]) -> None:
    energy = store.consolidation.add_category(step_id=step_id, name="Energi/miljø")
    jobs = store.consolidation.add_category(step_id=step_id, name="Erhvervsliv")
    assert [c.position for c in store.consolidation.categories(step_id)] == [0, 1]
    store.consolidation.assign_notes(note_ids=[notes[0], notes[1], notes[4]], category_id=energy.id)
    store.consolidation.assign_notes(note_ids=[notes[2], notes[5]], category_id=jobs.id)
    assert counts(store, step_id) == {"Energi/miljø": 3, "Erhvervsliv": 2, "": 1}
    # A note a table deletes afterwards no longer counts anywhere.
    store.board.delete_note(note_id=notes[4])
    assert counts(store, step_id) == {"Energi/miljø": 2, "Erhvervsliv": 2, "": 1}
    assert [n.text for n in store.consolidation.category_notes(energy.id)] == [
        "Flere cykelstier", "Solceller på skolen"]


def test_names_are_validated_per_step(store: CampStore, step_id: str) -> None:
    store.consolidation.add_category(step_id=step_id, name="Energi/miljø")
    with pytest.raises(UserError):
        store.consolidation.add_category(step_id=step_id, name="  energi/MILJØ ")
    with pytest.raises(UserError):
        store.consolidation.add_category(step_id=step_id, name="   ")
    other = store.frame.step_by_key("prerequisites")
    assert other is not None
    # Another step may have a theme of the same name.
    store.consolidation.add_category(step_id=other.id, name="Energi/miljø")
    assert len(store.consolidation.categories(step_id)) == 1


def test_rename_keeps_the_notes(store: CampStore, step_id: str, notes: list[str]) -> None:
    energy = store.consolidation.add_category(step_id=step_id, name="Energi")
    store.consolidation.add_category(step_id=step_id, name="Erhverv")
    store.consolidation.assign_note(note_id=notes[0], category_id=energy.id)
    renamed = store.consolidation.rename_category(category_id=energy.id, name=" Energi/miljø ")
    assert (renamed.name, renamed.count) == ("Energi/miljø", 1)
    assert store.consolidation.rename_category(category_id=energy.id, name="ENERGI/MILJØ").name == \
        "ENERGI/MILJØ"
    with pytest.raises(UserError):
        store.consolidation.rename_category(category_id=energy.id, name="erhverv")


def test_a_note_is_in_at_most_one_category(store: CampStore, step_id: str,
                                           notes: list[str]) -> None:
    a = store.consolidation.add_category(step_id=step_id, name="A")
    b = store.consolidation.add_category(step_id=step_id, name="B")
    assert store.consolidation.assign_note(note_id=notes[0], category_id=a.id) is None
    assert store.consolidation.assign_note(note_id=notes[0], category_id=b.id) == a.id
    assert store.consolidation.note_category(notes[0]) == b.id
    assert counts(store, step_id) == {"A": 0, "B": 1, "": 5}
    assert store.consolidation.assign_note(note_id=notes[0], category_id=None) == b.id
    assert store.consolidation.note_category(notes[0]) is None
    assert store.consolidation.assign_note(note_id=notes[0], category_id=a.id) is None
    rows = store.conn.execute(
        "SELECT COUNT(*) FROM note_category WHERE note_id = ?", [notes[0]]).fetchone()[0]
    assert rows == 1


def test_assigning_many_returns_the_undo(store: CampStore, step_id: str,
                                         notes: list[str]) -> None:
    a = store.consolidation.add_category(step_id=step_id, name="A")
    b = store.consolidation.add_category(step_id=step_id, name="B")
    store.consolidation.assign_note(note_id=notes[0], category_id=a.id)
    previous = store.consolidation.assign_notes(note_ids=notes[:3], category_id=b.id)
    assert previous == {notes[0]: a.id, notes[1]: None, notes[2]: None}
    store.consolidation.set_note_categories(assignments=previous)
    assert store.consolidation.note_categories(step_id) == {notes[0]: a.id}


def test_delete_and_restore_a_category(store: CampStore, step_id: str,
                                       notes: list[str]) -> None:
    energy = store.consolidation.add_category(step_id=step_id, name="Energi/miljø")
    store.consolidation.assign_notes(note_ids=notes[:3], category_id=energy.id)
    removal = store.consolidation.delete_category(category_id=energy.id)
    assert set(removal.note_ids) == set(notes[:3]) and removal.target_id is None
    assert store.consolidation.categories(step_id) == []
    assert store.consolidation.uncategorised_count(step_id) == 6
    assert store.consolidation.note_category(notes[0]) is None
    # The name is free again while the category is deleted.
    store.consolidation.delete_category(
        category_id=store.consolidation.add_category(step_id=step_id, name="energi/miljø").id)
    restored = store.consolidation.restore_category(category_id=energy.id,
                                                    note_ids=removal.note_ids)
    assert (restored.name, restored.count) == ("Energi/miljø", 3)
    assert store.consolidation.note_categories(step_id) == dict.fromkeys(notes[:3], energy.id)


def test_merge_moves_the_notes_and_undo_splits_them_again(
        store: CampStore, step_id: str, notes: list[str]) -> None:
    energy = store.consolidation.add_category(step_id=step_id, name="Energi")
    climate = store.consolidation.add_category(step_id=step_id, name="Klima")
    store.consolidation.assign_notes(note_ids=notes[:2], category_id=energy.id)
    store.consolidation.assign_notes(note_ids=notes[2:4], category_id=climate.id)
    result = store.consolidation.merge_categories(source_id=climate.id, target_id=energy.id)
    assert (result.category_id, result.target_id) == (climate.id, energy.id)
    assert set(result.note_ids) == set(notes[2:4])
    assert counts(store, step_id) == {"Energi": 4, "": 2}
    store.consolidation.restore_category(category_id=climate.id, note_ids=result.note_ids)
    assert counts(store, step_id) == {"Energi": 2, "Klima": 2, "": 2}
    with pytest.raises(UserError):
        store.consolidation.merge_categories(source_id=energy.id, target_id=energy.id)
    other = store.frame.step_by_key("prerequisites")
    assert other is not None
    elsewhere = store.consolidation.add_category(step_id=other.id, name="Andet")
    with pytest.raises(UserError):
        store.consolidation.merge_categories(source_id=elsewhere.id, target_id=energy.id)
    assert counts(store, step_id) == {"Energi": 2, "Klima": 2, "": 2}


def test_summary_and_excerpts(store: CampStore, step_id: str, notes: list[str]) -> None:
    assert store.consolidation.set_step_summary(step_id=step_id,
                                                text="OPSUMMERET: grøn omstilling") == ""
    assert store.consolidation.set_step_summary(step_id=step_id, text="Grøn omstilling og job") == \
        "OPSUMMERET: grøn omstilling"
    assert store.consolidation.step_summary(step_id) == "Grøn omstilling og job"
    assert store.consolidation.set_excerpt(note_id=notes[4], excerpt=True) is False
    assert store.consolidation.set_excerpt(note_id=notes[1], excerpt=True) is False
    assert store.consolidation.set_excerpt(note_id=notes[1], excerpt=True) is True
    # Board order: the first table's note before the second table's.
    assert [n.id for n in store.consolidation.excerpts(step_id)] == [notes[1], notes[4]]
    previous = store.consolidation.set_excerpts(marks={notes[1]: False, notes[2]: True})
    assert previous == {notes[1]: True, notes[2]: False}
    assert [n.id for n in store.consolidation.excerpts(step_id)] == [notes[2], notes[4]]
    store.consolidation.set_excerpts(marks=previous)
    assert [n.id for n in store.consolidation.excerpts(step_id)] == [notes[1], notes[4]]


def test_consolidation_survives_reopening(camp_path: Path) -> None:
    with CampStore.open(camp_path) as store:
        step = store.frame.step_by_key("indicators")
        assert step is not None
        table = store.frame.tables()[0]
        ids = [store.board.add_note(step_id=step.id, table_id=table.id, text=t).id
               for t in ("Cykelstier", "Solceller", "Job")]
        energy = store.consolidation.add_category(step_id=step.id, name="Energi/miljø")
        store.consolidation.assign_notes(note_ids=ids[:2], category_id=energy.id)
        store.consolidation.set_step_summary(step_id=step.id, text="Opsummeret")
        store.consolidation.set_excerpt(note_id=ids[2], excerpt=True)
    with CampStore.open(camp_path) as store:
        assert [(c.name,
                 c.count) for c in store.consolidation.categories(step.id)] == [("Energi/miljø", 2)]
        assert store.consolidation.uncategorised_count(step.id) == 1
        assert store.consolidation.step_summary(step.id) == "Opsummeret"
        assert [n.text for n in store.consolidation.excerpts(step.id)] == ["Job"]


def test_a_read_only_file_refuses_consolidation(camp_path: Path) -> None:
    with CampStore.open(camp_path, read_only=True) as store:
        step = store.frame.step_by_key("indicators")
        assert step is not None
        with pytest.raises(UserError):
            store.consolidation.add_category(step_id=step.id, name="Energi")
        with pytest.raises(UserError):
            store.consolidation.set_step_summary(step_id=step.id, text="x")


def test_notes_counted_as_one_count_once_and_undo(tmp_path: Path, store: CampStore,
                                                  step_id: str, notes: list[str]) -> None:
    """»Samme budskab«: two tables' notes counted as one voice in their category, kept in
    the file, and the returned marks undo it."""
    energy = store.consolidation.add_category(step_id=step_id, name="Energi/miljø")
    store.consolidation.assign_notes(note_ids=[notes[0], notes[1], notes[4]],
                                     category_id=energy.id)
    undo = store.consolidation.count_as_one(note_ids=[notes[0], notes[4]])
    assert undo == {notes[4]: None}
    assert store.consolidation.counted_with(step_id) == {notes[4]: notes[0]}
    assert counts(store, step_id)["Energi/miljø"] == 2
    assert store.consolidation.count_as_one(note_ids=[notes[4], notes[0]]) == {}
    # Moved out, the repeat waits to be sorted like any note; back in, it counts once.
    store.consolidation.assign_note(note_id=notes[4], category_id=None)
    assert counts(store, step_id) == {"Energi/miljø": 2, "": 4}
    store.consolidation.assign_note(note_id=notes[4], category_id=energy.id)
    path = store.path
    store.close()
    with CampStore.open(path) as reopened:
        assert counts(reopened, step_id)["Energi/miljø"] == 2
        reopened.consolidation.set_counted_with(marks=undo)
        assert reopened.consolidation.counted_with(step_id) == {}
        assert counts(reopened, step_id)["Energi/miljø"] == 3
        # Counted once again, then apart: the same row revived, then tombstoned.
        reopened.consolidation.count_as_one(note_ids=[notes[0], notes[4]])
        assert reopened.consolidation.count_apart(note_ids=[notes[0]]) == {notes[4]: notes[0]}
        assert tuple(reopened.conn.execute(
            "SELECT COUNT(*), SUM(deleted) FROM counted_with").fetchone()) == (1, 1)


def test_notes_of_two_steps_are_never_one_message(store: CampStore, step_id: str,
                                                  notes: list[str]) -> None:
    other = store.frame.step_by_key("prerequisites")
    assert other is not None
    table = store.frame.tables()[0]
    elsewhere = store.board.add_note(step_id=other.id, table_id=table.id, text="Flere cykelstier")
    with pytest.raises(UserError, match="samme trin"):
        store.consolidation.count_as_one(note_ids=[notes[0], elsewhere.id])
    assert store.consolidation.counted_with(step_id) == {}


def test_a_deleted_note_leaves_its_message_to_the_live_ones(store: CampStore, step_id: str,
                                                           notes: list[str]) -> None:
    """A table deletes the first note of a message, or a repeat: the marks shown and
    counted are among the live notes, and joining more notes heads them by a live one."""
    energy = store.consolidation.add_category(step_id=step_id, name="Energi")
    a, b, c, d = notes[0], notes[1], notes[4], notes[5]
    store.consolidation.assign_notes(note_ids=[a, b, c, d], category_id=energy.id)
    store.consolidation.count_as_one(note_ids=[a, b, c])
    store.board.delete_note(note_id=a)
    assert store.consolidation.counted_with(step_id) == {c: b}
    assert counts(store, step_id)["Energi"] == 2  # b+c one message, d
    undo = store.consolidation.count_as_one(note_ids=[d, c])
    assert store.consolidation.counted_with(step_id) == {c: b, d: b}
    assert counts(store, step_id)["Energi"] == 1
    stored = dict(tuple(r) for r in store.conn.execute(
        "SELECT note_id, first_note_id FROM counted_with WHERE deleted = 0"))
    assert stored == {c: b, d: b}  # no row points at the deleted note any more
    store.consolidation.set_counted_with(marks=undo)
    assert dict(tuple(r) for r in store.conn.execute(
        "SELECT note_id, first_note_id FROM counted_with WHERE deleted = 0")) == {b: a, c: a}
    # Only a repeat deleted: the first note is on its own again.
    store.board.delete_note(note_id=c)
    assert store.consolidation.counted_with(step_id) == {}


def test_an_unknown_note_is_a_message_not_a_crash(store: CampStore, step_id: str,
                                                  notes: list[str]) -> None:
    with pytest.raises(UserError, match="findes ikke"):
        store.consolidation.count_as_one(note_ids=[notes[0], "ikke-en-note"])
    assert store.consolidation.counted_with(step_id) == {}
