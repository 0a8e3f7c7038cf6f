"""Loading the UI language. Danish is the source language; English is a translation."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLibraryInfo
from PySide6.QtCore import QLocale
from PySide6.QtCore import QSettings
from PySide6.QtCore import QTranslator

import facilitator
from facilitator.domain import dates
from facilitator.i18n_build import I18N_DIR
from facilitator.ui.shell.remembered import setting

LANGUAGES = {"da": "Dansk", "en": "English"}
DEFAULT_LANGUAGE = "da"

_installed: list[QTranslator] = []

#: The question after a language change, in the language chosen: the UI still speaks the
#: old one, so tr() cannot say it (like the language names, each is in its own language).
RESTART_QUESTION = {
    "da": ("Sprog", "Facilitator skifter til dansk, når programmet starter igen. "
                    "Genstart nu? Alt er gemt, og den åbne camp åbnes igen.",
           "Genstart nu", "Senere"),
    "en": ("Language", "Facilitator switches to English when it starts again. "
                       "Restart now? Everything is saved, and the open camp opens again.",
           "Restart now", "Later"),
}


def chosen_language() -> str:
    value = setting("ui/language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_chosen_language(code: str) -> None:
    QSettings().setValue("ui/language", code)


def restart_command(camp: Path | None) -> tuple[str, list[str], str]:
    """Program, arguments and working folder that start the app again on ``camp``.

    Run as a module from the folder above the package, so a checkout and an installed
    copy restart alike; the built app (PyInstaller) is its own program. No --lang, so
    the language just chosen applies.
    """
    camp_argument = [str(camp.resolve())] if camp is not None else []
    if getattr(sys, "frozen", False):
        return sys.executable, camp_argument, str(Path(sys.executable).resolve().parent)
    return (sys.executable, ["-m", "facilitator.app", *camp_argument],
            str(Path(facilitator.__file__).resolve().parents[1]))


def install(language: str | None = None) -> str:
    """Install the translators for ``language`` (or the chosen one); returns the code."""
    app = QCoreApplication.instance()
    assert app is not None
    language = language or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    dates.use_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Danish if language == "da"
                               else QLocale.Language.English))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    if language != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(f"facilitator_{language}", str(I18N_DIR)):
            app.installTranslator(ours)
            _installed.append(ours)
    return language
