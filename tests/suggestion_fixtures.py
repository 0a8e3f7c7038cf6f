"""Three themes of four notes each, the sorting help's and the suggest verbs' test step:
words shared within a theme (and one compound, »Solcellepark«, sharing only its start)."""

from __future__ import annotations

THEMES = {
    "Cykling": ["Flere cykelstier til skolen", "Cykelstier langs landevejen",
                "Cykelparkering ved stationen", "Sikre cykelstier for børn"],
    "Solenergi": ["Solceller på alle kommunale tage", "Solceller på skolens tag",
                  "Flere solceller på private tage", "Solcellepark ved motorvejen"],
    "Foreninger": ["Foreningerne mangler frivillige", "Flere frivillige i foreningerne",
                   "Foreningslivet trives med frivillige", "Frivillige foreninger får lokaler"],
}
