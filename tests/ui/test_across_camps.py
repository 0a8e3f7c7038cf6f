"""Across camps: several camp files read side by side, never changed, bad files refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from facilitator.program import load_program
from facilitator.store import CampStore
from facilitator.ui.organiser.analysis import AcrossCampsView
from facilitator.ui.organiser.analysis import open_across_camps
from facilitator.ui.shell import file_dialogs


def make_camp(path: Path, *, title: str, core_task: str,
              messages: list[tuple[str, str]], categories: dict[str, int]) -> Path:
    """A camp with recurring messages and indicator notes sorted into categories."""
    store = CampStore.create(path, program=load_program("camp_day"), title=title,
                             core_task=core_task, date="2017-05-10")
    try:
        table = store.frame.add_table(code="1.1")
        step = store.frame.step_by_key("indicators")
        assert step is not None
        for name, count in categories.items():
            category = store.consolidation.add_category(step_id=step.id, name=name)
            ids = [store.board.add_note(step_id=step.id, table_id=table.id,
                                  text=f"{name} {n}").id for n in range(count)]
            store.consolidation.assign_notes(note_ids=ids, category_id=category.id)
        store.board.add_note(step_id=step.id, table_id=table.id, text="Uden kategori")
        for heading, body in messages:
            store.analysis.add_message(heading=heading, body=body)
    finally:
        store.close()
    return path


@pytest.fixture
def camps(tmp_path: Path) -> dict[str, Path]:
    growth = make_camp(
        tmp_path / "vaekst.camp", title="Camp om bæredygtig vækst",
        core_task="Bæredygtig vækst",
        messages=[("Fokus på miljø og natur", "Et stort ønske om at beskytte naturen."),
                  ("Branding af Lejre", "Storytelling tiltrækker nye borgere.")],
        categories={"Energi/miljø": 3, "Erhvervsliv": 2})
    community = make_camp(
        tmp_path / "faellesskaber.camp", title="Camp om fællesskaber",
        core_task="Fællesskaber og fritid",
        messages=[("Tværgående fokus", "Initiativer på tværs af foreninger.")],
        categories={"Frivillighed": 4})
    bad = tmp_path / "indkobsliste.camp"
    bad.write_text("mælk, brød, æg\n", encoding="utf-8")
    foreign = tmp_path / "andet.camp"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return {"growth": growth, "community": community, "bad": bad, "foreign": foreign}




def snapshot(paths) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in paths}


def test_two_camps_side_by_side_and_a_bad_file_refused(
        qtbot, across: AcrossCampsView, camps: dict[str, Path]) -> None:
    before = snapshot(camps.values())
    assert across.add_camp(camps["growth"]) is not None
    assert across.add_camp(camps["bad"]) is None
    across.add_camps([camps["community"], camps["foreign"]])

    # Grouped per core task, in the order they came.
    assert across.group_titles() == ["Bæredygtig vækst", "Fællesskaber og fritid"]
    growth = across.column_for("Camp om bæredygtig vækst")
    community = across.column_for("Camp om fællesskaber")
    assert growth is not None and community is not None
    assert [label.text() for label in growth.message_labels] == [
        "<b>Fokus på miljø og natur</b><br>Et stort ønske om at beskytte naturen.",
        "<b>Branding af Lejre</b><br>Storytelling tiltrækker nye borgere."]
    assert community.message_labels[0].text().startswith("<b>Tværgående fokus</b>")
    assert growth.counts() == {"Indikatorer på succes": {"Energi/miljø": 3, "Erhvervsliv": 2}}
    assert community.counts() == {"Indikatorer på succes": {"Frivillighed": 4}}
    assert growth.isVisible() and community.isVisible()
    # Columns of different core tasks stand side by side.
    assert growth.mapTo(across, growth.rect().topLeft()).x() < \
        community.mapTo(across, community.rect().topLeft()).x()

    # The refusals, in Danish, in the label: no traceback.
    assert across.errors_label.isVisible()
    refusals = across.errors_label.text().splitlines()
    assert len(refusals) == 2
    assert "indkobsliste.camp" in refusals[0] and "er ikke en camp-fil" in refusals[0]
    assert "andet.camp" in refusals[1] and "database fra et andet program" in refusals[1]
    assert all("Filen er ikke ændret" in r for r in refusals)
    assert "Traceback" not in across.errors_label.text()

    # Nothing was written to any file.
    assert snapshot(camps.values()) == before


def test_camps_are_chosen_by_mouse_removed_and_read_again(
        qtbot, across: AcrossCampsView, camps: dict[str, Path], monkeypatch) -> None:
    chosen = [str(camps["growth"]), str(camps["community"])]
    monkeypatch.setattr(file_dialogs, "get_open_file_names",
                        staticmethod(lambda *args, **kwargs: (chosen, "")))
    before = snapshot(camps.values())
    QTest.mouseClick(across.choose_button, Qt.MouseButton.LeftButton)
    assert [c.overview.title for c in across.columns] == ["Camp om bæredygtig vækst",
                                                          "Camp om fællesskaber"]
    assert not across.errors_label.isVisible()

    # The same camp chosen again is read again, not shown twice.
    with CampStore.open(camps["community"]) as store:
        store.analysis.add_message(heading="Diversitet", body="At favne forskellige behov.")
    before[camps["community"]] = camps["community"].read_bytes()
    across.add_camp(camps["community"])
    assert len(across.columns) == 2
    community = across.column_for("Camp om fællesskaber")
    assert community is not None and len(community.message_labels) == 2

    QTest.mouseClick(community.remove_button, Qt.MouseButton.LeftButton)
    assert across.group_titles() == ["Bæredygtig vækst"]
    QTest.mouseClick(across.clear_button, Qt.MouseButton.LeftButton)
    assert across.columns == [] and across.group_titles() == []
    assert snapshot(camps.values()) == before


def test_camps_of_the_same_core_task_share_a_group(qtbot, across: AcrossCampsView,
                                                  tmp_path: Path) -> None:
    a = make_camp(tmp_path / "a.camp", title="Camp A", core_task="Trivsel og læring",
                  messages=[("Individets behov", "")], categories={})
    b = make_camp(tmp_path / "b.camp", title="Camp B", core_task="trivsel og  læring",
                  messages=[], categories={"Unge": 1})
    c = make_camp(tmp_path / "c.camp", title="Camp C", core_task="",
                  messages=[], categories={})
    across.add_camps([c, a, b])
    assert across.group_titles() == ["Trivsel og læring", "Uden kerneopgave"]
    assert [c.overview.title for c in across.columns] == ["Camp A", "Camp B", "Camp C"]
    assert across.column_for("Camp A").message_labels[0].text() == "<b>Individets behov</b>"
    assert across.column_for("Camp B").counts() == {"Indikatorer på succes": {"Unge": 1}}


def test_open_across_camps_shows_the_given_camps(qtbot, camps: dict[str, Path]) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    view = open_across_camps(host, [camps["growth"]])
    try:
        qtbot.waitExposed(view)
        assert view.isVisible() and view.windowTitle() == \
            "Gennemgående budskaber på tværs af camps"
        assert [c.overview.title for c in view.columns] == ["Camp om bæredygtig vækst"]
    finally:
        view.close()
