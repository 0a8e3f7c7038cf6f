"""The collect screen: bundles in by button, by drop and by watched folder, refusals in words."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtCore import QPoint
from PySide6.QtCore import QPointF
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget

from facilitator.store import CampStore
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit
from facilitator.store.bundles import open_kit
from facilitator.ui.edits.change import Change
from facilitator.ui.organiser import collect_screen as cs
from facilitator.ui.organiser.collect_screen import CollectScreen
from facilitator.ui.organiser.deliveries_model import DELIVERED_COLOURS
from facilitator.ui.organiser.deliveries_model import EMPTY_COLOURS
from facilitator.ui.organiser.deliveries_model import MISSING_COLOURS
from facilitator.ui.organiser.deliveries_model import NEW as NEW_COLUMN
from facilitator.ui.organiser.deliveries_model import STATUS as STATUS_COLUMN
from facilitator.ui.organiser.file_chooser import FileChooser


@pytest.fixture
def organiser_camp(camp_path: Path) -> Path:
    """The organiser's camp with a third table that will not deliver."""
    with CampStore.open(camp_path) as store:
        store.frame.add_table(code="H1-B3", main_group_id=store.frame.main_groups()[0].id)
    return camp_path


def laptop_bundle(kit: Path, folder: Path, code: str, notes: int) -> Path:
    """One table laptop's day: its own copy of the kit, ``notes`` notes, then its bundle."""
    camp = folder / f"laptop-{code}.camp"
    if not camp.exists():
        open_kit(kit, camp)
    out = folder / f"{code}.campbundle"
    with CampStore.open(camp) as store:
        table = store.frame.table_by_code(code)
        step = store.frame.step_by_key("indicators")
        for i in range(notes):
            store.board.add_note(step_id=step.id, table_id=table.id, text=f"{code} note {i}")
        export_bundle(store, code, out)
    return out


@pytest.fixture
def bundles(organiser_camp: Path, tmp_path: Path) -> dict[str, Path]:
    kit = tmp_path / "camp.campkit"
    with CampStore.open(organiser_camp) as store:
        export_kit(store, kit)
    laptops = tmp_path / "laptops"
    laptops.mkdir()
    return {"kit": kit, "H1-B1": laptop_bundle(kit, laptops, "H1-B1", 3),
            "H1-B2": laptop_bundle(kit, laptops, "H1-B2", 2)}


@pytest.fixture
def screen(qtbot, organiser_camp: Path) -> Iterator[CollectScreen]:
    QSettings().clear()
    from facilitator.ui.shell.session import CampSession

    store = CampStore.open(organiser_camp)
    session = CampSession(store)
    host = QWidget()
    qtbot.addWidget(host)
    view = CollectScreen(session, host)
    view.kinds = []
    session.changed.connect(view.kinds.append)
    host.resize(900, 600)
    host.show()
    yield view
    view.shutdown()  # no worker thread outlives its test
    session.close()


def statuses(view: CollectScreen) -> dict[str, str]:
    model = view.model
    return {row.table.code: model.data(model.index(i, STATUS_COLUMN))
            for i, row in enumerate(model.rows())}


def wait_idle(qtbot, view: CollectScreen) -> None:
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)


def test_fetch_button_collects_two_bundles(qtbot, screen, bundles, monkeypatch) -> None:
    asked: list[str] = []

    def choose(self, parent, caption, start, filters) -> list[Path]:
        asked.append(filters)
        return [bundles["H1-B1"], bundles["H1-B2"]]

    monkeypatch.setattr(FileChooser, "open_files", choose)
    assert screen.summary_label.text() == "0 af 3 borde har leveret"
    qtbot.mouseClick(screen.fetch_button, Qt.MouseButton.LeftButton)
    assert screen.busy
    wait_idle(qtbot, screen)

    assert "*.campbundle" in asked[0]
    assert statuses(screen) == {"H1-B1": "Leveret", "H1-B2": "Leveret", "H1-B3": "Mangler"}
    assert screen.summary_label.text() == "2 af 3 borde har leveret"
    model = screen.model
    news = {row.table.code: model.data(model.index(i, NEW_COLUMN))
            for i, row in enumerate(model.rows())}
    assert news == {"H1-B1": "3", "H1-B2": "2", "H1-B3": ""}
    delivered_bg = model.data(model.index(0, STATUS_COLUMN), Qt.ItemDataRole.BackgroundRole)
    missing_bg = model.data(model.index(2, STATUS_COLUMN), Qt.ItemDataRole.BackgroundRole)
    assert delivered_bg.color() == DELIVERED_COLOURS[0]
    assert missing_bg.color() == MISSING_COLOURS[0]
    assert "2 bordpakker hentet" in screen.result_label.text()
    assert "bord H1-B1: 3 nye, 0 ændrede, 0 slettede" in screen.result_label.text()
    assert not screen.problems.isVisibleTo(screen)
    # The GUI's own connection sees what the worker's connection wrote; the views reload.
    store = screen.session.store
    table = store.frame.table_by_code("H1-B1")
    assert len(store.board.notes(store.frame.step_by_key("indicators").id, table.id)) == 3
    assert (Change.NOTE | Change.FRONT_PAGE | Change.CONTRIBUTION
            | Change.TABLE) in screen.kinds[-1]

    # Collecting the same bundles again changes nothing, so no other view reloads.
    screen.kinds.clear()
    screen.collect([bundles["H1-B1"]])
    wait_idle(qtbot, screen)
    assert "bord H1-B1: 0 nye, 0 ændrede, 0 slettede" in screen.result_label.text()
    assert len(store.board.notes(store.frame.step_by_key("indicators").id, table.id)) == 3
    assert screen.kinds == []


def test_refused_bundle_is_listed_in_danish(qtbot, screen, bundles, tmp_path) -> None:
    fake = tmp_path / "indkøbsliste.campbundle"
    fake.write_text("mælk, brød", encoding="utf-8")
    screen.collect([fake, bundles["kit"], bundles["H1-B1"]])
    wait_idle(qtbot, screen)

    assert statuses(screen)["H1-B1"] == "Leveret"
    texts = [screen.problems.item(i).text() for i in range(screen.problems.count())]
    assert screen.problems.isVisibleTo(screen)
    assert texts[0].startswith("Afvist: »") and "indkøbsliste.campbundle" in texts[0]
    assert "ikke en camp-fil" in texts[0]
    assert "camp-kit" in texts[1]
    assert not any("Traceback" in t or "Error" in t for t in texts)
    assert "2 afvist" in screen.result_label.text()


def test_drop_of_a_folder_collects_and_skips_conflict_copies(qtbot, screen, bundles,
                                                             tmp_path) -> None:
    inbox = tmp_path / "indbakke"
    inbox.mkdir()
    shutil.copy(bundles["H1-B2"], inbox / "H1-B2.campbundle")
    shutil.copy(bundles["H1-B1"], inbox / "H1-B1 (Annes conflicted copy).campbundle")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(inbox))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(screen, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(screen, drop)
    assert drop.isAccepted()
    wait_idle(qtbot, screen)

    assert statuses(screen) == {"H1-B1": "Mangler", "H1-B2": "Leveret", "H1-B3": "Mangler"}
    texts = [screen.problems.item(i).text() for i in range(screen.problems.count())]
    assert texts == ["Sprunget over: »H1-B1 (Annes conflicted copy).campbundle« er en "
                     "konfliktkopi fra et synkroniseringsprogram. Den rigtige bordpakke ligger "
                     "ved siden af."]


def test_drag_without_files_is_ignored(screen) -> None:
    data = QMimeData()
    data.setText("bare tekst")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(screen, enter)
    assert not enter.isAccepted()


def test_watched_folder_picks_up_new_and_changed_bundles(qtbot, screen, bundles, tmp_path,
                                                         monkeypatch) -> None:
    inbox = tmp_path / "OneDrive-indbakke"
    inbox.mkdir()
    monkeypatch.setattr(FileChooser, "folder", lambda self, parent, caption, start: inbox)
    qtbot.mouseClick(screen.watch_button, Qt.MouseButton.LeftButton)
    screen.watch.set_rescan_interval(200)
    camp_id = screen.session.store.frame.camp().id
    assert QSettings().value(cs.watch_key(camp_id), "", type=str) == str(inbox)
    assert "Overvåger »" in screen.watch_label.text()
    assert screen.stop_watch_button.isVisibleTo(screen)

    # A table's laptop writes its bundle into the folder (temp name, then rename).
    laptop = tmp_path / "laptops" / "laptop-H1-B1.camp"
    with CampStore.open(laptop) as store:
        export_bundle(store, "H1-B1", inbox / "camp-H1-B1.campbundle")
    qtbot.waitUntil(lambda: statuses(screen)["H1-B1"] == "Leveret", timeout=10_000)
    wait_idle(qtbot, screen)

    # An unchanged folder hands out nothing; a newer bundle from the same table does.
    with qtbot.assertNotEmitted(screen.watch.arrived, wait=300):
        screen.watch.scan()
    with CampStore.open(laptop) as store:
        table = store.frame.table_by_code("H1-B1")
        note = store.board.notes(store.frame.step_by_key("indicators").id, table.id)[0]
        store.board.update_note(note_id=note.id, text="Rettet efter frokost")
        export_bundle(store, "H1-B1", inbox / "camp-H1-B1.campbundle")
    model = screen.model
    qtbot.waitUntil(lambda: model.rows()[0].delivery.changed_rows == 1, timeout=10_000)
    wait_idle(qtbot, screen)

    qtbot.mouseClick(screen.stop_watch_button, Qt.MouseButton.LeftButton)
    assert screen.watch.folder is None
    assert QSettings().value(cs.watch_key(camp_id), "", type=str) == ""


def test_watched_folder_is_remembered_per_camp(qtbot, organiser_camp, tmp_path) -> None:
    from facilitator.ui.shell.session import CampSession

    QSettings().clear()
    inbox = tmp_path / "indbakke"
    inbox.mkdir()
    with CampStore.open(organiser_camp) as store:
        camp_id = store.frame.camp().id
    QSettings().setValue(cs.watch_key(camp_id), str(inbox))
    session = CampSession(CampStore.open(organiser_camp))
    host = QWidget()
    qtbot.addWidget(host)
    view = CollectScreen(session, host)
    try:
        assert view.watch.folder == inbox
        assert view.watch.available
    finally:
        view.shutdown()
        session.close()


def test_missing_watched_folder_is_explained_not_fatal(screen, tmp_path) -> None:
    screen.set_watch_folder(tmp_path / "USB-stik")
    assert not screen.watch.available
    assert "kan ikke læses lige nu" in screen.watch_label.text()


def test_closing_while_collecting_waits_for_the_worker(qtbot, screen, bundles) -> None:
    screen.collect([bundles["H1-B1"], bundles["H1-B2"]])
    assert screen.busy
    screen.shutdown()  # what CampView.closing does before the store closes
    assert not screen.busy
    qtbot.wait(50)  # the worker's queued report arrives and is ignored
    screen.collect([bundles["H1-B1"]])
    assert not screen.busy


def drop(view: QWidget, paths: list[Path]) -> None:
    """Drag files from the file manager and drop them on ``view``."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    for event in (QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data,
                                  Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                             Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(view, event)
        assert event.isAccepted()


def test_a_bundle_of_a_laptop_that_wrote_nothing_shows_as_delivered_without_notes(
        qtbot, screen, bundles, tmp_path) -> None:
    laptops = tmp_path / "laptops"
    empty = laptop_bundle(bundles["kit"], laptops, "H1-B3", 0)
    drop(screen, [empty, bundles["H1-B1"]])
    wait_idle(qtbot, screen)

    assert statuses(screen) == {"H1-B1": "Leveret", "H1-B2": "Mangler",
                                "H1-B3": "Leveret, ingen noter"}
    assert screen.summary_label.text() == "2 af 3 borde har leveret (1 uden noter)"
    model = screen.model
    row = next(i for i, r in enumerate(model.rows()) if r.table.code == "H1-B3")
    status = model.index(row, STATUS_COLUMN)
    assert model.data(status, Qt.ItemDataRole.BackgroundRole).color() == EMPTY_COLOURS[0]
    assert "papir" in model.data(status, Qt.ItemDataRole.ToolTipRole)

    # The laptop is written on after all: its next bundle makes it an ordinary delivery.
    later = laptop_bundle(bundles["kit"], laptops, "H1-B3", 2)
    drop(screen, [later])
    wait_idle(qtbot, screen)
    assert statuses(screen)["H1-B3"] == "Leveret"
    assert screen.summary_label.text() == "2 af 3 borde har leveret"


def test_the_demo_camps_tables_are_told_to_be_in_the_file_not_missing(qtbot, tmp_path) -> None:
    """The demo's notes were built into its file: »Mangler« for every table was untrue."""
    QSettings().clear()
    from facilitator.demo_camp import build_demo_camp
    from facilitator.ui.shell.session import CampSession

    demo = tmp_path / "demo.camp"
    build_demo_camp(demo)
    session = CampSession(CampStore.open(demo))
    host = QWidget()
    qtbot.addWidget(host)
    view = CollectScreen(session, host)
    host.show()
    try:
        assert view.summary_label.text() == "0 af 4 borde har leveret"
        assert view.written_here_label.isVisible()
        assert view.written_here_label.text().startswith(
            "4 borde har ingen bordpakke leveret, men deres noter er allerede i campen")
        with CampStore.open(demo, snapshot=True) as store:
            step_ids = [s.id for s in store.frame.steps()]
            counts = {t.code: sum(len(store.board.notes(s, t.id)) for s in step_ids)
                      for t in store.frame.tables()}
        assert statuses(view) == {code: f"Ingen bordpakke; {n} noter i filen"
                                  for code, n in counts.items()}
    finally:
        view.shutdown()
        session.close()


def test_a_table_with_nothing_in_the_file_is_still_missing(screen) -> None:
    assert set(statuses(screen).values()) == {"Mangler"}
    assert not screen.written_here_label.isVisible()
