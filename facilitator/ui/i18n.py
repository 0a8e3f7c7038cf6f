"""Loading the UI language. Danish is the source language; English is a translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from facilitator.i18n_build import I18N_DIR

LANGUAGES = {"da": "Dansk", "en": "English"}
DEFAULT_LANGUAGE = "da"

_installed: list[QTranslator] = []


def chosen_language() -> str:
    value = QSettings().value("ui/language", DEFAULT_LANGUAGE, type=str)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_chosen_language(code: str) -> None:
    QSettings().setValue("ui/language", code)


def install(language: str | None = None) -> str:
    """Install the translators for ``language`` (or the chosen one); returns the code."""
    app = QCoreApplication.instance()
    assert app is not None
    language = language or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
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
