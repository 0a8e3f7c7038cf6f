"""One date and time format: every date and time the demo camp shows on screen, in its
PDFs and on the command line is written the chosen language's way (facilitator/domain/dates.py).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QAbstractSpinBox
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from facilitator.cli import main as cli_main
from facilitator.ui.shell import i18n
from facilitator.ui.shell.main_window import MainWindow
from facilitator.ui.table.step_timer import StepTimer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from export_fixtures import body_text
from export_fixtures import make_demo

#: Dates and times written any other way than the chosen one (09:00, 2026-05-09,
#: 09-05-2026, 4 12 2026, and the other language's 09/05/2026 or 09.00).
OTHER_WAYS = {
    "da": [r"\b\d{1,2}:\d{2}\b", r"\b\d{4}-\d{2}-\d{2}\b", r"\b\d{1,2}-\d{1,2}-\d{4}\b",
           r"\b\d{1,2} \d{1,2} \d{4}\b", r"\b\d{1,2}/\d{1,2}/\d{4}\b"],
    "en": [r"\b\d{2}\.\d{2}\b", r"\b\d{4}-\d{2}-\d{2}\b", r"\b\d{1,2}-\d{1,2}-\d{4}\b",
           r"\b\d{1,2} \d{1,2} \d{4}\b", r"\b\d{1,2}\.\d{1,2}\.\d{4}\b"],
}
#: A time in the chosen language's way, so the test knows it looked at some.
TIMES = {"da": r"\b\d{2}\.\d{2}–\d{2}\.\d{2}\b", "en": r"\b\d{2}:\d{2}–\d{2}:\d{2}\b"}


def model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return

    def walk(parent: QModelIndex) -> Iterator[str]:
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list widget's model keeps it private: one column, no tree
            columns = 0
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(max(columns, 1)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield value
                if column == 0 and columns > 1 and model.rowCount(index):
                    yield from walk(index)
    yield from walk(QModelIndex())


def screen_texts(root: QWidget) -> Iterator[str]:
    """What a user can read in ``root``: labels, buttons, fields, lists and tables; not
    the step timer's countdown."""
    countdowns = {w for timer in root.findChildren(StepTimer)
                  for w in [timer, *timer.findChildren(QWidget)]}
    for widget in [root, *root.findChildren(QWidget)]:
        if widget in countdowns:
            continue  # minutes:seconds left, a stopwatch's colon in both languages
        if isinstance(widget, QLabel):
            yield widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QAbstractSpinBox):  # the date and time fields too
            yield widget.text()
        elif isinstance(widget, QAbstractItemView):
            yield from model_texts(widget)
        yield widget.toolTip()


def demo_screens(window: MainWindow) -> Iterator[str]:
    """Every step of the demo camp at its table, then every tab, then the status bar."""
    assert window.open_demo()
    view = window.camp_view
    session = view.table_session
    for row in range(session.step_list.count()):
        session.choose_step(row)
        QApplication.processEvents()
        yield from screen_texts(view)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield from screen_texts(view.tabs.currentWidget())
    yield window.statusBar().currentMessage()


def other_ways(texts: list[str], language: str) -> list[str]:
    return sorted({f"{m.group(0)!r} in {text[:80]!r}" for text in texts
                   for pattern in OTHER_WAYS[language] for m in re.finditer(pattern, text)})


def test_the_demo_camp_on_screen_writes_dates_and_times_the_danish_way(window) -> None:
    texts = list(demo_screens(window))
    assert other_ways(texts, "da") == []
    assert any(re.search(TIMES["da"], t) for t in texts)  # the step list's planned times


@pytest.mark.parametrize("english", [True])
def test_in_english_the_screen_writes_them_the_english_way(qtbot, english) -> None:
    QSettings().clear()
    i18n.install("en")
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        texts = list(demo_screens(w))
        w.close_camp()
    finally:
        i18n.install("da")
    assert other_ways(texts, "en") == []
    assert any(re.search(TIMES["en"], t) for t in texts)


def test_the_pdf_and_the_command_line_write_them_the_danish_way(tmp_path: Path,
                                                                 capsys) -> None:
    camp = make_demo(tmp_path / "demo.camp")
    kit, laptop, folder = tmp_path / "demo.campkit", tmp_path / "bord.camp", tmp_path / "ind"
    folder.mkdir()
    assert cli_main(["export-pdf", str(camp), "--out", str(tmp_path / "opsamling.pdf")]) == 0
    assert cli_main(["export-kit", str(camp), "--out", str(kit)]) == 0
    assert cli_main(["open-kit", str(kit), "--camp", str(laptop)]) == 0
    assert cli_main(["export-bundle", str(laptop), "--table", "H1-B1",
                     "--out", str(folder / "H1-B1.campbundle")]) == 0
    assert cli_main(["collect", str(camp), str(folder)]) == 0
    printed = capsys.readouterr().out
    pdf = body_text(tmp_path / "opsamling.pdf")
    assert re.search(r"seneste pakke \d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}\)", printed)
    assert re.search(r"\b\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|"
                     r"september|oktober|november|december) \d{4}\b", pdf)
    # Paths name files (their names may hold an ISO date to sort by); they are no prose.
    words = [line for line in printed.splitlines() if str(tmp_path) not in line]
    assert other_ways([pdf, *words], "da") == []
