"""The thermometer over time in the coordinator's overview PDF: by date, by year when the
dialogues span years, and each dialogue from start to end (read back with pypdf)."""

from __future__ import annotations

from pathlib import Path

from export_fixtures import body_text
from trend_fixtures import dated_dialogues

from facilitator.export.gathering_report import build_gathering_report
from facilitator.store import CampStore
from facilitator.ui.dialogue_box.new_dialogue import create_dialogue


def test_the_trend_by_date_and_year_with_start_to_end(tmp_path: Path) -> None:
    path = dated_dialogues(tmp_path / "koordinator.camp")
    with CampStore.open(path, snapshot=True) as store:
        text = body_text(build_gathering_report(store, tmp_path / "overblik.pdf"))
    part = text[text.index("Udviklingen over tid"):text.index("Den omvendte trekant")]
    # The table by date: dialogues, readings at start / end, median, quartiles (min–max).
    assert "10.03.2025 2 8 / 3 6,5 5,8–7,2 (4–10) 8 7,5–8,5 (7–9) +1,5" in part
    assert "14.09.2026 1 2 / 1 3,5 3,2–3,8 (3–4) 5 5–5 (5–5) +1,5" in part
    assert "Alle 4 15 / 7 6 4,5–7,5 (3–10) 8 7–8,5 (5–9) +2" in part
    # Two years: the same year by year.
    years = part[part.index("År for år"):]
    assert "2025 2 8 / 3 6,5" in years and "2026 2 7 / 4 5 4–7,5 (3–10) 7,5" in years
    # Start → end: D2 was read only at its start, D5 not at all.
    changes = part[part.index("Fra start til slut i hver dialog"):]
    assert ("3 dialoger har målinger både ved start og ved slut. Medianen steg i 3, var den "
            "samme i 0 og faldt i 0. Den midterste ændring er +1.") in changes
    assert "D3 · Lokalrådet Løsning" in changes and "D2 ·" not in changes
    assert "Ungdomsskolen" not in part


def test_no_readings_no_trend_and_one_dialogue_one_point(tmp_path: Path) -> None:
    path = tmp_path / "dialog.camp"
    with create_dialogue(path) as store:
        text = body_text(build_gathering_report(store, tmp_path / "tom.pdf"))
        assert "Udviklingen over tid" not in text
        step = store.frame.step_by_key("thermometer").id
        table = store.frame.tables()[0].id
        store.dialogue_box.add_reading(step_id=step, table_id=table, value=4, round="start")
        text = body_text(build_gathering_report(store, tmp_path / "en.pdf"))
    assert "Udviklingen over tid" in text and "År for år" not in text
    assert "Alle 1 1 / 0 4 4–4 (4–4) – –" in text
    assert "Ingen dialog har målinger både ved start og ved slut." in text
