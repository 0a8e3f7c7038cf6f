"""The main window: start screen, opening camps, refusing bad ones, read-only notice."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt

from facilitator.ui.edits.change import Change


def test_start_screen_offers_new_open_demo(window) -> None:
    assert window.stack.currentWidget() is window.start
    assert window.start.new_button.text() == "Ny camp …"
    assert window.start.demo_button.isVisible()
    assert window.start.empty_recent.isVisible()


def test_demo_button_opens_the_demo_camp_at_a_table(qtbot, window) -> None:
    qtbot.mouseClick(window.start.demo_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    assert len(window.session.store.frame.tables()) == 4
    view = window.camp_view
    assert view.tabs.currentWidget() is view.table_session
    assert view.table_session.current_table().code == "H1-B1"
    assert view.table_session.title.text() == "Indikatorer på succes"
    assert not view.read_only_banner.isVisibleTo(view)


def test_tabs_are_built_when_first_shown_without_showing_a_neighbour(qtbot, window) -> None:
    """Opening costs only what is seen; a tab built late takes its placeholder's place
    without the tab beside it being shown (and reloaded) in between."""
    qtbot.mouseClick(window.start.demo_button, Qt.MouseButton.LeftButton)
    view = window.camp_view
    assert not any(view.is_built(n) for n in ("setup", "consolidation", "analysis"))
    analysis = view.analysis  # asked for (e.g. by an export): built, not shown
    window.session.changed.emit(Change.NOTE)
    assert analysis._reloader.pending == Change.NOTE
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    view.tabs.setCurrentIndex(titles.index("Konsolidering"))
    assert view.is_built("consolidation")
    assert view.tabs.currentWidget() is view.consolidation
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == titles
    assert analysis._reloader.pending == Change.NOTE  # the neighbour was never shown
    view.tabs.setCurrentWidget(analysis)
    assert analysis._reloader.pending == Change.NONE


def test_opened_camp_is_remembered_as_recent(qtbot, window, camp_path: Path) -> None:
    assert window.open_camp(camp_path)
    window.close_camp()
    assert window.start.recent_list.count() == 1
    assert window.start.recent_list.item(0).data(Qt.ItemDataRole.UserRole) == str(
        camp_path.resolve())


def test_bad_file_is_refused_with_a_danish_message(window, tmp_path: Path) -> None:
    bad = tmp_path / "indkøbsliste.camp"
    bad.write_text("mælk, brød", encoding="utf-8")
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    assert not window.open_camp(bad)
    assert window.warnings and "ikke en camp-fil" in window.warnings[0]
    assert "Traceback" not in window.warnings[0]
    assert window.session is None
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before


def test_read_only_camp_shows_a_notice(window, camp_path: Path, monkeypatch) -> None:
    from facilitator.store import database

    monkeypatch.setattr(database, "is_writable", lambda path: False)
    assert window.open_camp(camp_path)
    assert window.session.read_only
    assert window.camp_view.read_only_banner.isVisibleTo(window.camp_view)
    assert "skrivebeskyttet" in window.windowTitle()


def test_a_closed_camp_can_be_collected(window, camp_path: Path) -> None:
    """The app freezes what start-up made out of the garbage collector's passes (the
    first camp with it); closing a camp unfreezes it, or its cycles would stay for good."""
    import gc

    assert window.open_camp(camp_path)
    gc.freeze()
    try:
        window.close_camp()
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
