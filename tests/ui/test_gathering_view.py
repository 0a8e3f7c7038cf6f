"""»Overblik«: the coordinator's view of every gathered dialogue, and the dialogue PDFs.

Three groups' dialogues are gathered into a coordinator's file; the view shows the
thermometer per group and for all, the triangle's notes per level from all groups, the
cards most talked about, and writes the PDFs off the GUI thread through the file chooser.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from gathering_fixtures import GROUPS
from gathering_fixtures import own_dialogue
from menu_helpers import opened_menu
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from reportlab.lib.pagesizes import A3

from facilitator.store import CampStore
from facilitator.store.bundles import collect
from facilitator.store.bundles import export_bundle
from facilitator.ui.dialogue_box.gathering_view import END_MEDIAN
from facilitator.ui.dialogue_box.gathering_view import GROUP
from facilitator.ui.dialogue_box.gathering_view import START_MEDIAN
from facilitator.ui.dialogue_box.gathering_view import START_N
from facilitator.ui.dialogue_box.new_dialogue import create_dialogue
from facilitator.ui.edits import dialogue_box
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.shell.camp_view import CampView
from facilitator.ui.shell.session import CampSession


class Chooser(FileChooser):
    """Answers the save dialog with a path (and the filter it was chosen under)."""

    def __init__(self) -> None:
        self.answers: list[tuple[Path | None, str]] = []
        self.asked: list[tuple[str, str, str]] = []

    def save_file(self, parent, caption, start, filters):
        self.asked.append((caption, start, filters))
        return self.answers.pop(0)


@pytest.fixture
def coordinator_path(tmp_path: Path) -> Path:
    bundles = []
    for i, group in enumerate(GROUPS):
        with own_dialogue(tmp_path / f"host{i}.camp", group) as host:
            bundles.append(tmp_path / f"{i}.campbundle")
            export_bundle(host, "D1", bundles[-1])
    path = tmp_path / "koordinator.camp"
    with create_dialogue(path) as coordinator:
        assert collect(coordinator, bundles).refused == []
    return path


@contextmanager
def open_view(qtbot, path: Path) -> Iterator[tuple[CampView, CampSession, list[str]]]:
    QSettings().clear()
    store = CampStore.open(path)
    session = CampSession(store)
    failures: list[str] = []
    session.failed.connect(failures.append)
    view = CampView(session)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    try:
        yield view, session, failures
    finally:
        view.closing()
        session.undo_stack.clear()
        session.close()


@pytest.fixture
def opened(qtbot, coordinator_path: Path):
    with open_view(qtbot, coordinator_path) as found:
        yield found


def overview(view: CampView):
    view.tabs.setCurrentWidget(view.gathering)
    return view.gathering


def test_the_overview_shows_every_group(opened) -> None:
    view, _session, failures = opened
    assert view.tabs.tabText(view.tabs.indexOf(view.gathering)) == "Overblik"
    g = overview(view)
    assert g.summary_label.text() == "3 dialoger · 10 deltagere"
    assert g.waiting_label.isVisible() and "D1" in g.waiting_label.text()

    table = g.thermometer_table
    assert table.rowCount() == 4
    rows = {table.item(r, GROUP).text(): r for r in range(table.rowCount())}
    assert list(rows) == ["D2 · " + GROUPS[0]["group"], "D3 · " + GROUPS[1]["group"],
                          "D4 · " + GROUPS[2]["group"], "Alle grupper"]
    assert [table.item(r, START_MEDIAN).text() for r in range(4)] == ["7", "6", "3,5", "6"]
    assert table.item(3, START_N).text() == "10"
    assert table.item(3, END_MEDIAN).text() == "7,5"
    assert table.item(3, GROUP).font().bold()
    assert "median 6" in g.start_chart.describe()

    tree = g.triangle_tree
    assert tree.topLevelItemCount() == 3
    assert [tree.topLevelItem(i).childCount() for i in range(3)] == [4, 3, 2]
    assert tree.topLevelItem(0).text(0).endswith("(4 noter)")
    first = tree.topLevelItem(0).child(0)
    assert (first.text(0), first.text(1), first.text(2)) == (
        "★ Skilsmisse og konflikter i hjemmet", "D2", "3")
    assert "ikke sorteret" in g.categories_label.text()

    cards = g.cards_tree
    assert cards.topLevelItemCount() == 4
    top = cards.topLevelItem(0)
    assert top.text(0).startswith("Naboerne er gået fra hinanden") and top.text(1) == "3"
    questions = [top.child(i).text(0) for i in range(top.childCount())]
    assert questions == ["Hvad ville du gøre?", "Hvem kunne hjælpe?", "Hvad hjælper her?"]
    assert failures == []


def test_overview_pdf_is_written_in_the_background(qtbot, opened, tmp_path: Path) -> None:
    view, session, failures = opened
    g = overview(view)
    chooser = Chooser()
    g.exports.chooser = chooser
    statuses: list[str] = []
    session.status.connect(statuses.append)
    written: list[str] = []
    g.exports.written.connect(written.append)
    chooser.answers.append((tmp_path / "ud" / "overblik", "PDF (*.pdf)"))
    qtbot.mouseClick(g.overview_button, Qt.MouseButton.LeftButton)
    assert chooser.asked[0][0] == "Gem overblikket over dialogerne"
    assert not g.overview_button.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: not g.exports.busy, timeout=30_000)
    out = tmp_path / "ud" / "overblik.pdf"  # the suffix is added
    assert written == [str(out)] and out.exists()
    assert g.overview_button.isEnabled()
    assert statuses[-1] == f"PDF'en er gemt i »{out}«."
    assert "Opsamling på dialogerne" in PdfReader(out).pages[0].extract_text()
    assert failures == []


def test_a_failed_export_is_explained_in_danish(qtbot, opened, tmp_path: Path) -> None:
    view, _session, failures = opened
    g = overview(view)
    blocker = tmp_path / "ikke-en-mappe"
    blocker.write_text("x")
    g.exports.chooser = Chooser()
    g.exports.chooser.answers.append((blocker / "overblik.pdf", "PDF (*.pdf)"))
    g.overview_button.click()
    qtbot.waitUntil(lambda: not g.exports.busy and bool(failures), timeout=30_000)
    [message] = failures
    assert "kunne ikke gemmes" in message and "overblik.pdf" in message


def test_a_dialogue_and_the_kit_from_the_overview(qtbot, opened, tmp_path: Path) -> None:
    view, _session, failures = opened
    g = overview(view)
    chooser = Chooser()
    g.exports.chooser = chooser
    g.dialogue_combo.setCurrentIndex(g.dialogue_combo.findData("D3"))
    chooser.answers.append((tmp_path / "d3.pdf", "PDF (*.pdf)"))
    g.dialogue_button.click()
    assert "Elevrådet" in chooser.asked[-1][1]  # the suggested name says which dialogue
    qtbot.waitUntil(lambda: not g.exports.busy, timeout=30_000)
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "d3.pdf").pages)
    assert GROUPS[1]["group"] in text and "Lektiecafé for alle" in text

    chooser.answers.append((tmp_path / "kit.pdf", "PDF med plakater i A3 (*.pdf)"))
    g.kit_button.click()
    assert "A3" in chooser.asked[-1][2]
    qtbot.waitUntil(lambda: not g.exports.busy, timeout=30_000)
    pages = PdfReader(tmp_path / "kit.pdf").pages
    assert round(float(pages[1].mediabox.height)) == round(A3[1])
    assert failures == []


def test_the_dialogue_pdfs_are_in_the_export_menu(qtbot, monkeypatch, coordinator_path: Path,
                                                  tmp_path: Path) -> None:
    from facilitator.ui.dialogue_box.gathering_export import exports_for
    from facilitator.ui.shell.main_window import MainWindow

    QSettings().clear()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_camp(coordinator_path)
    menu = opened_menu(window, "&Eksportér")
    shown = {a.text(): a for a in menu.actions() if not a.isSeparator() and a.isVisible()}
    assert {"&Dialogens dokumentation som PDF …", "Dialogkassen til &print som PDF …",
            "O&verblik over dialogerne som PDF …"} <= set(shown)
    chooser = Chooser()
    exports_for(window.session).chooser = chooser
    chooser.answers.append((tmp_path / "overblik.pdf", "PDF (*.pdf)"))
    shown["O&verblik over dialogerne som PDF …"].trigger()
    assert chooser.asked[-1][0] == "Gem overblikket over dialogerne"
    qtbot.waitUntil(lambda: not exports_for(window.session).busy, timeout=30_000)
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "overblik.pdf").pages)
    assert GROUPS[1]["group"] in text
    window.close_camp()


def test_sorting_the_triangle_into_categories(qtbot, opened) -> None:
    view, session, _failures = opened
    g = overview(view)
    qtbot.mouseClick(g.consolidate_button, Qt.MouseButton.LeftButton)
    workspace = view.consolidation
    assert view.tabs.currentWidget() is workspace
    assert workspace.step_combo.currentText() == "Den omvendte trekant"
    assert workspace.level_combo.isVisible()
    assert workspace.notes_filter.rowCount() == 9
    workspace.level_combo.setCurrentIndex(workspace.level_combo.findData(2))
    assert workspace.notes_filter.rowCount() == 3
    # Sort the level's notes into a new category through the quick picker …
    workspace.notes_view.selectAll()
    workspace.open_picker()
    QTest.keyClicks(workspace.picker, "Fællesskab")
    QTest.keyClick(workspace.picker, Qt.Key.Key_Return)
    step = session.store.frame.step_by_key("triangle").id
    assert [(c.name,
             c.count) for c in session.store.consolidation.categories(step)] == [("Fællesskab", 3)]
    # … and the overview counts it per level.
    g = overview(view)
    assert g.categories_label.text() == "Kategorier: Fællesskab 3; uden kategori 6"
    level2 = g.triangle_tree.topLevelItem(1)
    assert {level2.child(i).text(3) for i in range(level2.childCount())} == {"Fællesskab"}
    # Another step hides the level filter again.
    workspace.step_combo.setCurrentIndex(-1)
    assert not workspace.level_combo.isVisible() or workspace.step_id is None


def test_a_camp_day_has_no_overview(qtbot, camp_path: Path) -> None:
    with open_view(qtbot, camp_path) as (view, _session, _failures):
        assert view.gathering is None
        assert "Overblik" not in [view.tabs.tabText(i) for i in range(view.tabs.count())]


def test_a_kit_table_gets_its_details_on_the_first_edit(qtbot, tmp_path: Path) -> None:
    """A host who opened the coordinator's kit and picked D2 fills in who, where, when."""
    path = tmp_path / "vaert.camp"
    with create_dialogue(path) as store:
        store.frame.add_table(code="D2")
    with open_view(qtbot, path) as (view, session, failures):
        store = session.store
        assert view.show_table("D2")
        page = view.table_session.current_page()
        assert page.step.key == "thermometer"
        assert page.details.isVisible() and page.details.host.text() == ""
        table = store.frame.table_by_code("D2")
        assert store.dialogue_box.dialogue(table.id) is None
        QTest.keyClicks(page.details.host, "Ali, lærer")
        page.commit_pending()
        qtbot.waitUntil(lambda: store.dialogue_box.dialogue(table.id) is not None)
        assert store.dialogue_box.dialogue(table.id).host == "Ali, lærer"
        assert store.dialogue_box.dialogue(store.frame.table_by_code("D1").id).host == ""
        session.undo()
        assert store.dialogue_box.dialogue(table.id).host == ""
        session.redo()
        assert store.dialogue_box.dialogue(table.id).host == "Ali, lærer"
        assert failures == []


def test_the_agreements_step_exports_the_dialogue(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "dialog.camp"
    own_dialogue(path, GROUPS[0]).close()
    with open_view(qtbot, path) as (view, _session, failures):
        view.show_table("D1")
        session_view = view.table_session
        while session_view.current_step().key != "agreements":
            QTest.keyClick(session_view.step_list, Qt.Key.Key_PageDown,
                           Qt.KeyboardModifier.ControlModifier)
        page = session_view.current_page()
        exports = view.gathering.exports
        exports.chooser = Chooser()
        exports.chooser.answers.append((tmp_path / "dok.pdf", "PDF (*.pdf)"))
        page.pdf_button.click()
        qtbot.waitUntil(lambda: not exports.busy, timeout=30_000)
        text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "dok.pdf").pages)
        assert "Kaffeklub for nye familier" in text
        assert failures == []


def test_the_view_follows_edits_while_shown(qtbot, opened) -> None:
    view, session, _failures = opened
    g = overview(view)
    store = session.store
    table = store.frame.table_by_code("D3")
    step = store.frame.step_by_key("thermometer").id
    dialogue_box.add_reading(session, step_id=step, table_id=table.id, value=9, round_="start",
                             label="", whole_group=False)
    assert g.thermometer_table.item(1, START_N).text() == "4"
    session.undo()
    assert g.thermometer_table.item(1, START_N).text() == "3"
