"""A file double-clicked in Explorer or Finder opens as what it is; camps live in
Documents/Facilitator.

The routing is tested on the real main window (offscreen) with files made through the
store: a camp, the organiser's kit, and a table laptop's bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSettings
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QFileOpenEvent

from facilitator.store import CampStore
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit
from facilitator.store.bundles import open_kit
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.shell import i18n
from facilitator.ui.shell.main_window import MainWindow
from facilitator.ui.shell.open_files import FileOpenEvents
from facilitator.ui.shell.open_files import open_path


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)) / "Facilitator"


def never_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A double-clicked file is the answer: no open dialog may ask for one."""
    def refuse(*_args: object) -> None:
        raise AssertionError("the open dialog was shown")

    monkeypatch.setattr(FileChooser, "open_file", refuse)


@pytest.fixture
def bundle(camp_path: Path, tmp_path: Path) -> Path:
    """Table H1-B1's bundle with one note, from a laptop that opened the organiser's kit."""
    kit, laptop = tmp_path / "camp.campkit", tmp_path / "laptop.camp"
    with CampStore.open(camp_path) as store:
        export_kit(store, kit)
    open_kit(kit, laptop)
    out = tmp_path / "H1-B1.campbundle"
    with CampStore.open(laptop) as store:
        table, step = store.frame.table_by_code("H1-B1"), store.frame.step_by_key("indicators")
        store.board.add_note(step_id=step.id, table_id=table.id, text="Flere bænke ved søen")
        export_bundle(store, "H1-B1", out)
    return out


def other_camp(tmp_path: Path) -> Path:
    from facilitator.program import load_program

    path = tmp_path / "anden.camp"
    CampStore.create(path, program=load_program("camp_day"), title="Anden camp").close()
    return path


def note_texts(camp: Path) -> list[str]:
    with CampStore.open(camp, read_only=True) as store:
        step = store.frame.step_by_key("indicators")
        return [n.text for n in store.board.notes(step.id, all_tables=True)]


def test_a_camp_path_opens_the_camp(window: MainWindow, camp_path: Path) -> None:
    assert open_path(window, camp_path)
    assert window.session.store.path == camp_path


def test_a_kit_becomes_this_laptops_camp_at_the_table(
        window: MainWindow, camp_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    kit = tmp_path / "Lejre camp.campkit"
    with CampStore.open(camp_path) as store:
        export_kit(store, kit)
    never_asked(monkeypatch)
    target = tmp_path / "bord.camp"
    monkeypatch.setattr(FileChooser, "save_file", lambda self, *a: (target, ""))

    assert open_path(window, kit)

    assert window.session.store.path == target
    view = window.camp_view
    assert view.tabs.currentWidget() is view.table_session
    assert window.warnings == []


def test_a_bundle_is_collected_on_its_camps_collect_screen(
        qtbot, window: MainWindow, camp_path: Path, bundle: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    never_asked(monkeypatch)
    # The bundle's camp is not the most recent one: it is found by the camp's id.
    QSettings().setValue("files/recent", [str(other_camp(tmp_path)), str(camp_path)])

    assert open_path(window, bundle)

    assert window.session.store.path == camp_path
    view = window.camp_view
    assert view.tabs.currentWidget() is view.collect
    qtbot.waitUntil(lambda: not view.collect.busy, timeout=10_000)
    window.close_camp()
    assert note_texts(camp_path) == ["Flere bænke ved søen"]


def test_a_bundle_goes_to_the_open_camps_collect_screen(
        qtbot, window: MainWindow, camp_path: Path, bundle: Path) -> None:
    assert window.open_camp(camp_path)
    assert open_path(window, bundle)
    view = window.camp_view
    assert view.tabs.currentWidget() is view.collect
    qtbot.waitUntil(lambda: not view.collect.busy, timeout=10_000)
    assert "1 bordpakke hentet" in view.collect.result_label.text()


def test_a_bundle_without_any_camp_to_go_into_says_so(
        window: MainWindow, bundle: Path) -> None:
    assert not open_path(window, bundle)
    assert window.session is None
    assert window.warnings and "H1-B1.campbundle" in window.warnings[0]


def test_macos_file_open_events_are_routed_too(window: MainWindow, camp_path: Path) -> None:
    app = QCoreApplication.instance()
    routes = FileOpenEvents(window)
    app.installEventFilter(routes)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(camp_path)))
    finally:
        app.removeEventFilter(routes)
    assert window.session is not None and window.session.store.path == camp_path


def test_the_demo_camp_and_new_camps_go_to_documents(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def save(parent, caption, start, filters):
        shown.append(start)
        return "", ""

    monkeypatch.setattr("facilitator.ui.shell.file_dialogs.get_save_file_name", save)
    window.new_camp()
    assert Path(shown[0]).parent == documents()

    assert window.open_demo()
    assert window.session.store.path == documents() / "demo.camp"
    app_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert not documents().is_relative_to(app_data)


def test_the_built_app_restarts_itself(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    program = tmp_path / "Facilitator" / "Facilitator"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    camp = tmp_path / "a.camp"
    assert i18n.restart_command(camp) == (str(program), [str(camp.resolve())],
                                          str(program.parent.resolve()))
