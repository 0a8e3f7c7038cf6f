"""The English translation: complete, compilable, and faithful to its placeholders.

Danish is the source language; ``resources/i18n/facilitator_en.ts`` holds the English.
A developer who adds a ``tr()`` text without translating it gets a failing test that
lists the missing texts: translate them in the .ts (Qt Linguist, or by hand), after
``python -m facilitator.i18n_build --update``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QTranslator

from facilitator import i18n_build
from facilitator.domain import messages
from facilitator.i18n_build import I18N_DIR

TS = I18N_DIR / "facilitator_en.ts"

#: ``{name}`` fields (str.format) and ``%1`` markers (QString-style, filled by replace).
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d")
#: A mnemonic: one ``&`` before a character other than ``&`` or a space.
MNEMONIC = re.compile(r"(?<!&)&(?![&\s])")


def _messages(ts: Path) -> list[tuple[str, str, str | None, bool]]:
    """(context, source, translation, finished) of every message in ``ts``."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                out.append((name, message.findtext("source") or "", None, False))
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            finished = (translation.get("type") not in ("unfinished", "vanished", "obsolete")
                        and all(texts))
            out.append((name, message.findtext("source") or "", texts[0], finished))
    return out


def _report(missing: list[tuple[str, str]]) -> str:
    lines = [f"{len(missing)} text(s) have no English translation in {TS.name}:"]
    lines += [f"  [{context}] {source!r}" for context, source in missing]
    lines.append("Run `python -m facilitator.i18n_build --update`, translate them in the .ts "
                 "(remove type=\"unfinished\"), then `python -m facilitator.i18n_build`.")
    return "\n".join(lines)


def test_every_text_in_the_code_is_translated(tmp_path: Path) -> None:
    if i18n_build._tool("lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    shutil.copy(TS, tmp_path / TS.name)
    assert i18n_build.update(ts_dir=tmp_path) == 0
    found = _messages(tmp_path / TS.name)
    assert len(found) > 500, "lupdate found suspiciously few texts"
    missing = [(context, source) for context, source, _, finished in found if not finished]
    if missing:
        print(_report(missing))
    assert not missing, _report(missing)


def test_the_translation_compiles_without_warnings(tmp_path: Path) -> None:
    tool = i18n_build._lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "facilitator_en.qm"
    result = subprocess.run([*tool, str(TS), "-qm", str(qm)],
                            capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert qm.stat().st_size > 1000
    assert "warning" not in output.lower(), output
    assert "Ignored" not in output, output
    assert " 0 unfinished" in output, output


@pytest.fixture
def english(qtbot, tmp_path: Path):
    """The English translator, compiled from the .ts and installed for one test only."""
    tool = i18n_build._lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([*tool, str(TS), "-qm", str(tmp_path / "facilitator_en.qm")],
                   capture_output=True, check=True)
    translator = QTranslator()
    assert translator.load("facilitator_en", str(tmp_path))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def test_the_compiled_translation_translates_known_texts(english) -> None:
    assert english.translate("StartScreen", "Ny camp …") == "New camp…"
    assert english.translate("MainWindow", "&Filer") == "&File"
    assert english.translate("StepKind", "Avisforside") == "Newspaper front page"
    assert english.translate("Messages", messages.EMPTY_NOTE) == "An empty note is not saved."
    assert QCoreApplication.translate("CampView", "Ved bordet") == "At the table"


def test_a_reason_inside_a_message_is_translated_too(english, tmp_path: Path) -> None:
    """"Cannot be saved: <why>": the why is a message of its own; the path is left alone."""
    import errno

    from facilitator.store.bundle_files import CANNOT_WRITE
    from facilitator.ui.common.refusals import user_message

    path = tmp_path / "mappen findes ikke" / "rapport.pdf"  # a name that reads like a reason
    error = messages.UserError(CANNOT_WRITE, path=str(path),
                               detail=messages.write_failure(OSError(errno.ENOSPC, "No space")))
    shown = user_message(error)
    assert "there is no space left on the disk" in shown and "plads" not in shown
    assert str(path) in shown
    assert "der er ikke plads på disken" in str(error)  # the command line's Danish
    # Only reasons are translated: text a user typed that reads like one is left alone.
    typed = messages.UserError(CANNOT_WRITE, path="x", detail="mappen findes ikke")
    assert "mappen findes ikke" in user_message(typed)


def test_the_shipped_qm_loads() -> None:
    """What the app loads at start (rebuilt there when the .ts is newer)."""
    if i18n_build.stale():
        pytest.skip("the .qm is older than the .ts; the app rebuilds it at start")
    translator = QTranslator()
    assert translator.load("facilitator_en", str(I18N_DIR))
    assert translator.translate("MainWindow", "&Hjælp") == "&Help"


def test_widgets_show_english_with_the_translator(english, qtbot) -> None:
    from facilitator.ui.shell.start_screen import StartScreen

    screen = StartScreen()
    qtbot.addWidget(screen)
    assert screen.new_button.text() == "New camp…"
    assert screen.demo_button.text() == "Try the demo camp"


def test_placeholders_and_mnemonics_survive_translation() -> None:
    problems = []
    for context, source, translation, finished in _messages(TS):
        if not finished or translation is None:
            continue  # reported by test_every_text_in_the_code_is_translated
        wanted = sorted(PLACEHOLDER.findall(source))
        got = sorted(PLACEHOLDER.findall(translation))
        if wanted != got:
            problems.append(f"[{context}] {source!r}: placeholders {wanted} → {got}")
        if MNEMONIC.search(source) and not MNEMONIC.search(translation):
            problems.append(f"[{context}] {source!r}: the &-shortcut is lost in {translation!r}")
        if "»" in translation or "«" in translation:
            problems.append(f"[{context}] {translation!r}: use \"…\" quotes in English")
    assert not problems, "\n".join(problems)
