"""suggest-placement and suggest-themes: checked against a real camp, read-only, and
never a crash on odd steps (0, 1 or 2 notes, emoji only, 10,000 characters)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.store import CampStore
from tests.badfiles import camp_digest
from tests.store.test_camp_lock import held_by_another_process
from tests.suggestion_fixtures import THEMES
from tests.suggestion_fixtures import fill

REPO = Path(__file__).resolve().parents[2]

def build(camp_path: Path, texts: list[str], placed: dict[str, str] | None = None) -> None:
    """The indicators step of the test camp with ``texts`` (see ``fill``)."""
    with CampStore.open(camp_path) as store:
        fill(store, texts, placed)


def themed_camp(camp_path: Path) -> list[str]:
    """The camp with THEMES' first two notes placed; the texts still waiting."""
    texts = [t for notes in THEMES.values() for t in notes]
    placed = {t: name for name, notes in THEMES.items() for t in notes[:2]}
    build(camp_path, texts, placed)
    return [t for t in texts if t not in placed]


def run_json(capsys, *argv: str) -> list:
    assert main(list(argv)) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return json.loads(captured.out)


def test_suggest_placement_ranks_the_camps_categories_for_each_waiting_note(
        camp_path: Path, capsys) -> None:
    waiting = themed_camp(camp_path)
    before = camp_digest(camp_path)
    result = run_json(capsys, "suggest-placement", str(camp_path), "--step", "indicators",
                      "--json")
    assert [item["note"] for item in result] == waiting
    for item in result:
        assert sorted(item["categories"]) == sorted(THEMES)  # three names, each once
        theme = next(name for name, notes in THEMES.items() if item["note"] in notes)
        assert item["categories"][0] == theme, item
    assert camp_digest(camp_path) == before  # wrote nothing


def test_suggest_themes_groups_the_waiting_notes_by_name(camp_path: Path, capsys) -> None:
    texts = [t for notes in THEMES.values() for t in notes]
    build(camp_path, [*texts, "Allerede placeret note"], {"Allerede placeret note": "Andet"})
    before = camp_digest(camp_path)
    result = run_json(capsys, "suggest-themes", str(camp_path), "--step", "indicators",
                      "--k", "3", "--json")
    assert 1 <= len(result) <= 3
    assert all(set(item) == {"name", "notes"} and isinstance(item["name"], str)
               for item in result)
    grouped = [t for item in result for t in item["notes"]]
    assert sorted(grouped) == sorted(texts)  # every waiting note once; the placed one not
    assert camp_digest(camp_path) == before


def test_both_verbs_read_while_another_copy_holds_the_camp(camp_path: Path, capsys) -> None:
    themed_camp(camp_path)
    with held_by_another_process(camp_path):
        for verb in ("suggest-placement", "suggest-themes"):
            assert run_json(capsys, verb, str(camp_path), "--step", "indicators", "--json")


def test_the_app_entry_runs_the_verbs(camp_path: Path) -> None:
    themed_camp(camp_path)
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "suggest-themes",
                           str(camp_path), "--step", "indicators", "--k", "2"],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    assert "    Sikre cykelstier for børn\n" in done.stdout  # each waiting note, indented


@pytest.mark.parametrize("argv, words", [
    (["--step", "nope"], "intet trin med noter, der hedder »nope«"),
    (["--step", "front_pages"], "intet trin med noter"),
    (["--step", "indicators", "--k", "0"], "forkert brug"),
])
def test_bad_input_is_a_danish_message_and_exit_2(camp_path: Path, capsys, argv: list[str],
                                                  words: str) -> None:
    for verb in ("suggest-themes", "suggest-placement"):
        if verb == "suggest-placement" and "--k" in argv:
            continue
        assert main([verb, str(camp_path), *argv]) == 2
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err


def test_not_a_camp_is_refused(tmp_path: Path, capsys) -> None:
    other = tmp_path / "noter.txt"
    other.write_text("ikke en camp", encoding="utf-8")
    for verb in ("suggest-themes", "suggest-placement"):
        assert main([verb, str(other), "--step", "indicators", "--json"]) == 2
        assert "ikke en camp-fil" in capsys.readouterr().err
    assert other.read_text(encoding="utf-8") == "ikke en camp"


@pytest.mark.parametrize("texts", [
    [], ["Én note"], ["To noter", "To noter!"],
    ["😀", "😀😀", "🚲🌞", "🙂"],
    ["ord", "ord", "ord"],
    [("lang " * 2000).strip(), "x" * 10_000, ("Cykelstier " * 1000).strip()],
], ids=["none", "one", "two", "emoji", "one-word", "10000-chars"])
def test_odd_steps_give_sensible_answers(camp_path: Path, capsys, texts: list[str]) -> None:
    build(camp_path, texts, {texts[0]: "Første"} if len(texts) == 1 else None)
    placement = run_json(capsys, "suggest-placement", str(camp_path), "--step", "indicators",
                         "--json")
    themes = run_json(capsys, "suggest-themes", str(camp_path), "--step", "indicators",
                      "--json")
    waiting = texts if len(texts) != 1 else []
    assert [item["note"] for item in placement] == waiting
    assert all(item["categories"] == [] for item in placement)  # no categories made
    if len(waiting) < 3:
        assert themes == []
    assert sorted(t for item in themes for t in item["notes"]) == (
        sorted(waiting) if themes else [])
    assert main(["suggest-themes", str(camp_path), "--step", "indicators"]) == 0
    if len(waiting) < 3:
        assert "Ingen forslag" in capsys.readouterr().out
