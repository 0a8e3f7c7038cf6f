"""»Overblik« → »Over tid«: the thermometer of dialogues held over two years, by date and
by year, and each dialogue's change from start to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from trend_fixtures import dated_dialogues

from facilitator.store import CampStore
from facilitator.ui.dialogue_box.new_dialogue import create_dialogue
from facilitator.ui.edits import dialogue_box
from facilitator.ui.shell.camp_view import CampView
from facilitator.ui.shell.session import CampSession


@pytest.fixture
def shown(qtbot, tmp_path: Path):
    def show(path: Path):
        QSettings().clear()
        session = CampSession(CampStore.open(path))
        view = CampView(session)
        qtbot.addWidget(view)
        view.resize(1300, 850)
        view.show()
        opened.append((view, session))
        view.tabs.setCurrentWidget(view.gathering)
        return view.gathering, session

    opened: list[tuple[CampView, CampSession]] = []
    yield show
    for view, session in opened:
        view.closing()
        session.undo_stack.clear()
        session.close()


def over_time(qtbot, g):
    """Click the »Over tid« tab of the thermometer."""
    tabs = g.thermometer_tabs
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Over tid")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is g.trend_panel
    return g.trend_panel


def test_the_readings_by_date_then_by_year_and_start_to_end(qtbot, shown, tmp_path) -> None:
    g, _session = shown(dated_dialogues(tmp_path / "koordinator.camp"))
    panel = over_time(qtbot, g)
    assert panel.spread_chart.describe() == (
        "10.03.2025: start 6,5, slut 8; 14.09.2026: start 3,5, slut 5; "
        "02.11.2026: start 7, slut 8; Alle: start 6, slut 8")
    assert panel.change_chart.describe() == (
        "D1: 7 → 8 (+1); D3: 3,5 → 5 (+1,5); D4: 7 → 8 (+1)")
    assert panel.summary_label.text() == (
        "Medianen fra start til slut: steg i 3, den samme i 0, faldt i 0. "
        "Midterste ændring: +1.")
    # The dialogues span two years: the coordinator may see them year by year.
    combo = panel.period_combo
    assert combo.isVisible()
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Pr. år"
    assert panel.spread_chart.describe() == (
        "2025: start 6,5, slut 8; 2026: start 5, slut 7,5; Alle: start 6, slut 8")
    assert panel.spread_chart.grab().width() > 0


def test_the_trend_follows_a_new_reading(qtbot, shown, tmp_path) -> None:
    g, session = shown(dated_dialogues(tmp_path / "koordinator.camp"))
    panel = over_time(qtbot, g)
    store = session.store
    step = store.frame.step_by_key("thermometer").id
    d2 = store.frame.table_by_code("D2").id
    dialogue_box.add_reading(session, step_id=step, table_id=d2, value=2, round_="end",
                             label="", whole_group=False)
    assert "D2: 6 → 2 (-4)" in panel.change_chart.describe()
    assert "faldt i 1" in panel.summary_label.text()
    session.undo()
    assert "D2" not in panel.change_chart.describe()


def test_no_readings_and_one_day_show_calmly(qtbot, shown, tmp_path) -> None:
    path = tmp_path / "tom.camp"
    create_dialogue(path).close()
    g, session = shown(path)
    panel = over_time(qtbot, g)
    assert panel.spread_chart.describe() == "Ingen målinger endnu"
    assert panel.change_chart.describe() == (
        "Ingen dialog har målinger både ved start og ved slut.")
    assert not panel.period_combo.isVisible() and panel.summary_label.text() == ""
    panel.grab()  # paints without readings
    store = session.store
    step = store.frame.step_by_key("thermometer").id
    d1 = store.frame.table_by_code("D1").id
    dialogue_box.add_reading(session, step_id=step, table_id=d1, value=6, round_="start",
                             label="", whole_group=False)
    assert panel.spread_chart.describe().endswith("start 6, slut –; Alle: start 6, slut –")
    assert not panel.period_combo.isVisible()
    panel.grab()
