"""Across camps: the themes that recur in the camps shown, with counts per camp, and
suggested matches between differently named categories (never merged)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from themes_fixtures import themed_camps

from facilitator.store import CampStore


def test_recurring_themes_and_suggestions_follow_the_camps(qtbot, across,
                                                          tmp_path: Path) -> None:
    paths = themed_camps(tmp_path)
    themes = across.themes
    assert "Vælg mindst to camps" in themes.hint.text()
    assert across.add_camps(paths) == 3
    assert themes.rows(themes.recurring_table) == [[
        "Trivsel", "3", "Camp om fællesskaber og fritid: 5\nCamp om uddannelse og job: 7\n"
        "Dialoger i Hedensted: 2", "14"]]
    assert themes.rows(themes.suggested_table) == [
        ["Frivillige\nCamp om fællesskaber og fritid: 12",
         "Fokus på frivillig indsats\nCamp om uddannelse og job: 4", "frivillige"],
        ["Fælleskab\nCamp om fællesskaber og fritid: 3", "Fællesskab\nDialoger i Hedensted: 1",
         "ligner hinanden"]]
    assert themes.isVisible() and themes.recurring_table.isVisible()
    # Taking the dialogue file out takes its triangle's categories out of the themes.
    column = across.column_for("Dialoger i Hedensted")
    qtbot.mouseClick(column.remove_button, Qt.MouseButton.LeftButton)
    assert themes.rows(themes.recurring_table)[0][2] == (
        "Camp om fællesskaber og fritid: 5\nCamp om uddannelse og job: 7")
    assert [r[2] for r in themes.rows(themes.suggested_table)] == ["frivillige"]
    # Nothing was merged or written: the camps keep their own categories.
    with CampStore.open(paths[1], snapshot=True) as store:
        step = store.frame.step_by_key("indicators")
        assert [c.name for c in store.consolidation.categories(step.id)] == [
            "trivsel", "Fokus på frivillig indsats", "Job"]
    qtbot.mouseClick(across.clear_button, Qt.MouseButton.LeftButton)
    assert themes.rows(themes.recurring_table) == []
    assert themes.rows(themes.suggested_table) == []
