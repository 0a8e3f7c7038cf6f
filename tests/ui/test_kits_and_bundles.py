"""Kits out and bundles back through the GUI: File menu, the table's bundle button, the banner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtCore import QStandardPaths
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from facilitator.sheet_files import read_sheet
from facilitator.store import CampStore
from facilitator.store.bundle_files import read_bundle
from facilitator.store.bundles import export_kit
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.organiser.place_banner import SharedPlaceBanner
from facilitator.ui.organiser.table_bundles import bundle_folder_key
from facilitator.ui.shell.main_window import MainWindow


def answer_save(monkeypatch, *answers: Path) -> list[str]:
    """Canned answers for the save dialog; returns the proposed names it was shown."""
    queue, shown = list(answers), []

    def save(self, parent, caption, start, filters):
        shown.append(start)
        return queue.pop(0), ""

    monkeypatch.setattr(FileChooser, "save_file", save)
    return shown


def notes_in(bundle: Path) -> list[str]:
    return sorted(r["text"] for r in read_bundle(bundle).rows["note"] if not r["deleted"])


def add_note(window: MainWindow, text: str) -> None:
    session = window.session
    view = window.camp_view.table_session
    session.store.board.add_note(step_id=view.current_step().id, table_id=view.current_table().id,
                           text=text)


def test_open_kit_makes_the_tables_camp_and_opens_it_at_the_table(
        qtbot, window, camp_path, tmp_path, monkeypatch) -> None:
    kit = tmp_path / "Lejre camp.campkit"
    with CampStore.open(camp_path) as store:
        export_kit(store, kit)
    monkeypatch.setattr(FileChooser, "open_file", lambda self, *a: kit)
    target = tmp_path / "bord" / "min camp"
    target.parent.mkdir()
    shown = answer_save(monkeypatch, target)

    window.camp_files.open_kit_action.trigger()

    app_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert shown == [str(Path(app_data) / "Lejre camp.camp")]
    assert window.warnings == []
    assert window.session.store.path == target.with_name("min camp.camp")
    view = window.camp_view
    assert view.tabs.currentWidget() is view.table_session
    combo = view.table_session.table_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["H1-B1 – Anne", "H1-B2"]
    assert "klar ved bordet" in window.statusBar().currentMessage()


def test_open_kit_refuses_a_bundle_in_words(qtbot, window, tmp_path, monkeypatch) -> None:
    not_a_kit = tmp_path / "noter.campkit"
    not_a_kit.write_text("ikke et kit", encoding="utf-8")
    monkeypatch.setattr(FileChooser, "open_file", lambda self, *a: not_a_kit)
    answer_save(monkeypatch, tmp_path / "bord.camp")
    window.camp_files.open_kit_action.trigger()
    assert window.session is None
    assert window.warnings and "ikke en camp-fil" in window.warnings[0]
    assert not (tmp_path / "bord.camp").exists()


def test_export_kit_and_sheet_from_the_file_menu(qtbot, window, camp_path, tmp_path,
                                                 monkeypatch) -> None:
    assert window.open_camp(camp_path)
    add_note(window, "Flere mødesteder")
    shown = answer_save(monkeypatch, tmp_path / "til bordene", tmp_path / "noter.csv",
                        tmp_path / "noter")
    window.camp_files.export_kit_action.trigger()
    kit = tmp_path / "til bordene.campkit"
    assert kit.exists()
    assert shown[0].endswith("Testcamp.campkit")
    assert "Campkit gemt" in window.statusBar().currentMessage()
    assert "2 borde" in window.statusBar().currentMessage()

    window.camp_files.export_sheet_action.trigger()
    rows = read_sheet(tmp_path / "noter.csv")
    assert [r.text for r in rows] == ["Flere mødesteder"]
    assert "1 række gemt" in window.statusBar().currentMessage()
    window.camp_files.export_sheet_action.trigger()  # no suffix given: .xlsx, the first filter
    assert [r.text for r in read_sheet(tmp_path / "noter.xlsx")] == ["Flere mødesteder"]
    assert not list(tmp_path.glob("*.tmp"))
    assert window.warnings == []


def test_bundle_is_written_on_each_step_change_and_at_close(qtbot, window, camp_path, tmp_path,
                                                            monkeypatch) -> None:
    folder = tmp_path / "USB"
    folder.mkdir()
    monkeypatch.setattr(FileChooser, "folder", lambda self, *a: folder)
    assert window.open_camp(camp_path)
    view = window.camp_view.table_session
    bundles = view.bundles
    bundle = folder / "Testcamp-H1-B1.campbundle"

    bundles.folder_action.trigger()
    camp_id = window.session.store.frame.camp().id
    assert QSettings().value(bundle_folder_key(camp_id), "", type=str) == str(folder)
    qtbot.waitUntil(lambda: bundles.writer is None, timeout=10_000)
    assert notes_in(bundle) == []
    assert "Bordpakken er gemt" in window.statusBar().currentMessage()

    add_note(window, "Tryghed i hverdagen")
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bundles.writer is None, timeout=10_000)
    assert notes_in(bundle) == ["Tryghed i hverdagen"]
    assert read_bundle(bundle).manifest.table_code == "H1-B1"

    add_note(window, "Sidste note før lukning")
    window.close_camp()
    assert notes_in(bundle) == ["Sidste note før lukning", "Tryghed i hverdagen"]
    assert not list(folder.glob("*.tmp"))


def test_bundle_failure_shows_in_the_status_bar(qtbot, window, camp_path, tmp_path) -> None:
    assert window.open_camp(camp_path)
    bundles = window.camp_view.table_session.bundles
    bundles.set_folder(tmp_path / "stikket er taget ud")
    qtbot.waitUntil(lambda: bundles.writer is None, timeout=10_000)
    assert window.statusBar().currentMessage().startswith("Bordpakken blev ikke gemt")
    assert window.warnings == []
    window.camp_view.table_session.go(1)
    qtbot.waitUntil(lambda: bundles.writer is None, timeout=10_000)
    window.close_camp()  # the last attempt fails too, and closing still finishes
    assert window.session is None


def test_save_bundle_by_hand(qtbot, window, camp_path, tmp_path, monkeypatch) -> None:
    assert window.open_camp(camp_path)
    view = window.camp_view.table_session
    view.choose_table("H1-B2")
    add_note(window, "Fra bord to")
    shown = answer_save(monkeypatch, tmp_path / "bord to")
    view.bundles.save_action.trigger()
    qtbot.waitUntil(lambda: view.bundles.writer is None, timeout=10_000)
    assert shown[0].endswith("Testcamp-H1-B2.campbundle")
    assert notes_in(tmp_path / "bord to.campbundle") == ["Fra bord to"]


def test_camp_in_a_synced_folder_shows_the_banner(qtbot, window, camp_path, tmp_path) -> None:
    assert window.open_camp(camp_path)
    assert not window.camp_view.place_banner.isVisibleTo(window.camp_view)
    window.close_camp()

    synced = tmp_path / "OneDrive - Testrup Kommune"
    synced.mkdir()
    moved = synced / "test.camp"
    camp_path.rename(moved)
    assert window.open_camp(moved)
    banner = window.camp_view.place_banner
    assert banner.isVisibleTo(window.camp_view)
    assert "synkroniseret mappe" in banner.label.text()
    assert "kun bordpakker" in banner.label.text()
    qtbot.mouseClick(banner.hide_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisibleTo(window.camp_view)


def test_banner_names_removable_drives(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    banner = SharedPlaceBanner(Path("/media/anne/USB/camp.camp"), host)
    assert banner.kind == "removable"
    assert "USB-stik" in banner.label.text()


def test_the_toolbar_and_the_save_dialog_say_bordpakke(window, camp_path, monkeypatch) -> None:
    captions: list[str] = []
    monkeypatch.setattr(FileChooser, "save_file",
                        lambda self, parent, caption, *a: captions.append(caption) or (None, ""))
    assert window.open_camp(camp_path)
    bundles = window.camp_view.table_session.bundles
    assert bundles.button.text() == "Bordpakke"
    assert bundles.save_action.text() == "Gem bordets data som bordpakke …"
    bundles.save_action.trigger()
    assert captions == ["Gem bordets data som bordpakke"]
