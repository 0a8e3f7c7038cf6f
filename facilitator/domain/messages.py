"""User-facing messages raised below the UI, marked for Qt's translation tools.

The store and the domain must not import Qt, yet their refusals reach the user. They
raise :class:`UserError` with a Danish source text marked by ``QT_TRANSLATE_NOOP``;
the UI and the CLI translate it with ``QCoreApplication.translate(CONTEXT, text)``
and fill in the fields afterwards.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from typing import Any

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Reason(str):
    """A field that is a message of its own (why a file could not be written): shown in
    the UI language with the message it fills in. Other fields (paths, names) are not."""


NOT_A_FILE = QT_TRANSLATE_NOOP("Messages", "»{path}« findes ikke eller er ikke en fil.")
NOT_SQLITE = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« er ikke en camp-fil. Filen er ikke ændret."
)
EMPTY_FILE = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« er tom og kan ikke være en camp-fil. Filen er ikke ændret."
)
FOREIGN_SQLITE = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« er en database fra et andet program, ikke en camp-fil. Filen er ikke ændret.",
)
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« er lavet med en nyere udgave af Facilitator (filformat {found}, denne udgave "
    "kender op til {known}). Opdatér programmet for at åbne den. Filen er ikke ændret.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« er beskadiget og kan ikke åbnes ({detail}). Filen er ikke ændret.",
)
CANNOT_READ = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« kan ikke læses: {detail}. Filen er ikke ændret."
)
ALREADY_EXISTS = QT_TRANSLATE_NOOP("Messages", "»{path}« findes allerede.")
IN_USE = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« er i brug i et andet program (eller en anden Facilitator) og kan ikke åbnes "
    "lige nu. Luk det andet program, og prøv igen. Filen er ikke ændret.",
)
IN_USE_WRITE = QT_TRANSLATE_NOOP(
    "Messages",
    "Campen er i brug i et andet program lige nu, så ændringen er ikke gemt. Det, der "
    "allerede var gemt, er uændret. Prøv igen om lidt.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Messages", "Filen er skrivebeskyttet. Ændringen er ikke gemt."
)
WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Messages",
    "Ændringen kunne ikke gemmes ({detail}). Det, der allerede var gemt, er uændret. "
    "Frigør plads på disken, og prøv igen.",
)
FILE_TAKEN_AWAY = QT_TRANSLATE_NOOP(
    "Messages",
    "Camp-filen »{path}« er blevet flyttet, slettet eller erstattet af et andet program, "
    "mens den var åben her. Alt, hvad der er skrevet – også den seneste ændring – er gemt "
    "i en kopi: »{copy}«. Åbn kopien for at arbejde videre.",
)
FILE_TAKEN_AWAY_NO_COPY = QT_TRANSLATE_NOOP(
    "Messages",
    "Camp-filen »{path}« er blevet flyttet, slettet eller erstattet af et andet program, "
    "mens den var åben her, og der kunne ikke gemmes en kopi ({detail}). Luk ikke "
    "programmet: frigør plads på disken, eller sæt drevet i igen, og lav så en ændring, "
    "så prøver programmet igen.",
)
OPEN_CAMP_AS_INPUT = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« er en camp-fil, der er åben her, ikke {what}. Vælg en anden fil."
)
#: What the file was chosen as, for OPEN_CAMP_AS_INPUT.
AS_PICTURE = Reason(QT_TRANSLATE_NOOP("Messages", "et billede"))
AS_SHEET = Reason(QT_TRANSLATE_NOOP("Messages", "et transskriberingsark"))
EMPTY_NOTE = QT_TRANSLATE_NOOP("Messages", "En tom note gemmes ikke.")
DUPLICATE_TABLE = QT_TRANSLATE_NOOP(
    "Messages", "Der er allerede et bord med koden »{code}«. Vælg en anden kode."
)
UNKNOWN_TABLE = QT_TRANSLATE_NOOP("Messages", "Campen har intet bord med koden »{code}«.")


_NO_FOLDER = Reason(QT_TRANSLATE_NOOP("Messages", "mappen findes ikke"))
_NOT_ALLOWED = Reason(QT_TRANSLATE_NOOP("Messages", "du har ikke lov til at skrive i mappen"))
#: Why a file could not be written, in the words of the person who chose the place.
WRITE_REASONS = {
    errno.ENOENT: _NO_FOLDER,
    errno.ENOTDIR: _NO_FOLDER,
    errno.EACCES: _NOT_ALLOWED,
    errno.EPERM: _NOT_ALLOWED,
    errno.EROFS: Reason(QT_TRANSLATE_NOOP("Messages", "drevet er skrivebeskyttet")),
    errno.ENOSPC: Reason(QT_TRANSLATE_NOOP("Messages", "der er ikke plads på disken")),
    errno.EISDIR: Reason(QT_TRANSLATE_NOOP("Messages", "der ligger en mappe med det navn")),
    errno.ENAMETOOLONG: Reason(QT_TRANSLATE_NOOP("Messages", "navnet er for langt")),
}


def write_failure(exc: OSError) -> str:
    """Why writing failed, in Danish (the system's own words when we have none)."""
    return WRITE_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


class UserError(Exception):
    """A refusal the user must read: a translatable text plus the fields to fill in."""

    def __init__(self, text: str, **fields: Any) -> None:
        self.text = text
        self.fields = fields
        super().__init__(self.format(text))

    def format(self, translated: str, translate: Callable[[str], str] | None = None) -> str:
        """``translated`` filled in; ``translate`` turns the fields that are a
        :class:`Reason` into the UI language too."""
        fields = self.fields if translate is None else {
            k: translate(v) if isinstance(v, Reason) else v for k, v in self.fields.items()}
        try:
            return translated.format(**fields)
        except (KeyError, IndexError, ValueError):
            return translated
