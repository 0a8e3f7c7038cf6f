"""Every screen of the demo camp and of a dialogue, on a laptop of 1366×768 and 1280×720.

Nothing the table needs is off screen, and no text is cut at a widget's edge (it wraps,
or is elided with the whole text in its tooltip); the facilitator's folds and splitter
positions are kept for the next window.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtCore import QRect
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QStyleOptionViewItem
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QWidget

from facilitator.ui.dialogue_box.new_dialogue import create_dialogue
from facilitator.ui.shell.main_window import MainWindow
from tests.ui.clipping import clipped_text as cut_text

LAPTOPS = [(1366, 768), (1280, 720)]


@pytest.fixture
def window(window: MainWindow) -> Iterator[MainWindow]:
    """The shared window (tests/ui/conftest.py); nothing may warn on any screen."""
    yield window
    assert window.warnings == []
    window.close_camp()
    QSettings().clear()  # the folds and splitters it remembered


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def on_screen(widget: QWidget, window: QWidget) -> bool:
    """Whether all of ``widget`` lies inside the window (and so on the laptop's screen)."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def every_screen(window: MainWindow, size: tuple[int, int]) -> list[str]:
    """Visit every step of the table session and every tab; what is cut, and where, and
    any screen that pushed the window past the laptop's screen."""
    problems: list[str] = []

    def clipped_text(root: QWidget) -> list[str]:
        grown = [] if window.width() <= size[0] and window.height() <= size[1] else [
            f"the window grew to {window.width()}×{window.height()}"]
        return grown + cut_text(root)

    view = window.camp_view
    session = view.table_session
    for row in range(session.step_list.count()):
        session.choose_step(row)
        settle()
        problems += [f"step {session.current_step().title}: {p}" for p in clipped_text(window)]
        if session.pane.verticalScrollBar().isVisible():
            problems.append(f"step {session.current_step().title}: the step pane scrolls")
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        settle()
        page = view.tabs.widget(tab)
        problems += [f"tab {view.tabs.tabText(tab)}: {p}" for p in clipped_text(window)]
        for inner in page.findChildren(QTabWidget):
            for index in range(1, inner.count()):
                inner.setCurrentIndex(index)
                settle()
                problems += [f"tab {inner.tabText(index)}: {p}" for p in clipped_text(window)]
            inner.setCurrentIndex(0)
    view.tabs.setCurrentWidget(session)
    return problems


@pytest.mark.parametrize("size", LAPTOPS)
def test_no_text_is_cut_on_any_screen(window, tmp_path: Path, size) -> None:
    window.resize(*size)
    assert window.open_demo()
    assert every_screen(window, size) == []
    dialogue = tmp_path / "dialog.camp"
    create_dialogue(dialogue, host="Anne", group_name="Borgerforeningen", place="Hallen").close()
    assert window.open_camp(dialogue)
    assert every_screen(window, size) == []


@pytest.mark.parametrize("size", LAPTOPS)
def test_what_the_table_needs_is_on_screen(window, tmp_path: Path, size) -> None:
    window.resize(*size)
    assert window.open_demo()
    session = window.camp_view.table_session
    assert session.guidance_box.isChecked()  # the guidance shown: the fold is not the fix

    session.choose_step("dilemmas")
    settle()
    page = session.current_page()
    case = [label for label in page.findChildren(QLabel) if label.text().startswith("Sara er")]
    assert case and on_screen(case[0], window)  # the case in view, as the table reads it
    QTest.keyClicks(page.entry, "Hvem betaler for kørslen til træning?")
    QTest.keyClick(page.entry, Qt.Key.Key_Return)
    settle()
    assert page.proxy.rowCount() >= 6
    shown = page.view.viewport().rect()
    whole = [row for row in range(page.proxy.rowCount())
             if shown.contains(page.view.visualRect(page.proxy.index(row, 0)))]
    assert len(whole) > 3, "more than three of six notes in view, in 13 pt type"

    session.choose_step("front_pages")
    settle()
    headline = session.current_page().headline
    assert headline.width() >= 400  # not squeezed into a narrow column beside the preview

    session.choose_step("contributions")
    settle()
    page = session.current_page()
    unassigned = page.columns[-1]
    assert unassigned.actor_id is None and on_screen(unassigned, window)
    from facilitator.ui.table.contribution_column import wrapped_lines

    for column in page.columns:  # every post-it's text shown whole, however narrow
        view = column.view
        option = QStyleOptionViewItem()
        option.rect, option.font = view.viewport().rect(), view.font()
        width = view.itemDelegate().text_width(option)
        metrics = QFontMetrics(view.font())
        for row in range(column.model.rowCount()):
            text = str(column.model.index(row, 0).data())
            lines = wrapped_lines(text, view.font(), width)
            assert "".join(lines).replace(" ", "") == text.replace(" ", "")
            assert all(metrics.horizontalAdvance(line) <= width for line in lines), lines


@pytest.mark.parametrize("size", LAPTOPS)
def test_the_creative_sheet_shows_every_question(window, tmp_path: Path, size) -> None:
    window.resize(*size)
    dialogue = tmp_path / "dialog.camp"
    create_dialogue(dialogue).close()
    assert window.open_camp(dialogue)
    session = window.camp_view.table_session
    session.choose_step("free_template")
    settle()
    page = session.current_page()
    assert len(page.fields) == 3
    for field in page.fields:
        assert not field.visibleRegion().isEmpty(), field.accessibleName()
        assert on_screen(field, window), field.accessibleName()


def test_folds_and_splitters_are_kept(qtbot, window, tmp_path: Path) -> None:
    window.resize(1366, 768)
    assert window.open_demo()
    session = window.camp_view.table_session
    session.choose_step("dilemmas")
    settle()
    page = session.current_page()
    QTest.mouseClick(page.case_button, Qt.MouseButton.LeftButton)
    assert not page.cases_scroll.isVisible()
    QTest.mouseClick(session.guidance_box, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert not session.guidance_box.isChecked()
    splitter = session.step_list.parentWidget()
    handle = splitter.handle(1)
    start = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(handle, start + QPoint(-70, 0))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(-70, 0))
    narrowed = session.step_list.width()
    assert narrowed < 220  # dragged narrower than it opened
    settle()
    assert cut_text(window) == []  # the program's titles wrap again, narrower
    window.close_camp()

    assert window.open_demo()  # as after a restart: the same choices
    session = window.camp_view.table_session
    session.choose_step("dilemmas")
    settle()
    assert not session.current_page().cases_scroll.isVisible()
    assert not session.guidance_box.isChecked()
    assert session.step_list.width() == narrowed


def test_large_type_keeps_the_window_on_the_screen(window, tmp_path: Path) -> None:
    from facilitator.ui.shell import zoom

    zoom.set_level(zoom.LARGE)
    window.resize(1366, 768)
    assert window.open_demo()
    problems = every_screen(window, (1366, 768))
    dialogue = tmp_path / "dialog.camp"
    create_dialogue(dialogue, host="Anne", group_name="Borgerforeningen", place="Hallen").close()
    assert window.open_camp(dialogue)
    problems += every_screen(window, (1366, 768))
    assert [p for p in problems if "window grew" in p] == []
