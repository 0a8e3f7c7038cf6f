"""User-facing messages raised below the UI, marked for Qt's translation tools: one
catalogue of the domain's and the exports' refusals, so a translator (and a writer of
a new one) finds them in one place.

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


# -- camp files --------------------------------------------------------------------------
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


# -- the transcription sheet: its rows, and the sheet as a file ------------------------
SHEET_REFUSED = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« blev ikke indlæst: {count} fejl i arket. Intet er ændret."
)
MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: overskriftsrækken mangler kolonnen/kolonnerne {columns}."
)
UNKNOWN_COLUMNS = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: ukendt kolonne {columns}. Kendte kolonner: {known}."
)
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: kolonnen »{column}« står der mere end én gang."
)
TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: der er flere udfyldte celler end kolonner i overskriften."
)
UNKNOWN_STEP = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: ukendt trin »{step}«. Brug et af: {known}."
)
MISSING_TABLE = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: bordet mangler (kun {steps} kan stå uden bord)."
)
EMPTY_TEXT = QT_TRANSLATE_NOOP("Messages", "Række {row}: teksten er tom.")
EMPTY_FRONT_PAGE = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: avisforsiden har hverken overskrift (title) eller historie (text)."
)
BAD_VOTES = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: stemmer skal være et helt tal fra 0 til {most}, ikke »{value}«."
)
BAD_SELECTED = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: udvalgt (selected) skal være 1, 0 eller tom, ikke »{value}«."
)
BAD_PARTICIPANTS = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: antal deltagere skal være et helt tal, ikke »{value}«."
)
UNKNOWN_ACTOR = QT_TRANSLATE_NOOP(
    "Messages",
    "Række {row}: ukendt aktør »{actor}«. Brug et af: {known} – eller lad feltet stå tomt.",
)
ONLY_FOR_STEP = QT_TRANSLATE_NOOP(
    "Messages",
    "Række {row}: kolonnen »{column}« bruges kun i trinnet »{step}«, ikke i »{used}«.",
)
OTHER_CAMP_ID = QT_TRANSLATE_NOOP(
    "Messages",
    "Række {row}: camp_id »{found}« er en anden camp end i de første rækker (»{first}«). "
    "Ét ark er én camp.",
)
UNKNOWN_SUFFIX = QT_TRANSLATE_NOOP(
    "Messages", "Et regneark gemmes som .csv eller .xlsx, ikke som »{suffix}«."
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("Messages", "»{path}« kan ikke gemmes: {detail}.")
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages",
    "Række {row}: kolonnen »{column}« har {length} tegn; højst {limit} kan indlæses. "
    "Del teksten op i flere noter.",
)
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Messages",
    "Række {row}: kolonnen »{column}« indeholder et usynligt styretegn ({code}), fx fra en "
    "kopi fra et andet program. Slet det i arket, og prøv igen.",
)
WRONG_DELIMITER = QT_TRANSLATE_NOOP(
    "Messages",
    "Række {row}: kolonnerne er adskilt af »{delimiter}«. Gem arket med semikolon, komma "
    "eller tabulator mellem kolonnerne, og prøv igen.",
)
UNKNOWN_RECORD = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: ukendt record »{value}«. Brug et af: {known} – eller lad feltet "
    "stå tomt for en note.",
)
BAD_TAG = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: tag skal være et af {known} – eller tomt, ikke »{value}«."
)
NOTHING_TO_CONTINUE = QT_TRANSLATE_NOOP(
    "Messages", "Række {row}: en »continued«-række skal stå lige under den række, den "
    "fortsætter.",
)
TABLE_IN_TWO_GROUPS = QT_TRANSLATE_NOOP(
    "Messages",
    "Række {row}: bord »{table}« står i hovedgruppe »{group}«, men tidligere i »{first}«.",
)


# -- consolidation: the organiser's categories ---------------------------------------
EMPTY_CATEGORY_NAME = QT_TRANSLATE_NOOP("Messages", "En kategori skal have et navn.")
DUPLICATE_CATEGORY_NAME = QT_TRANSLATE_NOOP(
    "Messages", "Trinnet har allerede en kategori, der hedder »{name}«."
)
MERGE_INTO_ITSELF = QT_TRANSLATE_NOOP(
    "Messages", "En kategori kan ikke flettes ind i sig selv."
)
MERGE_ACROSS_STEPS = QT_TRANSLATE_NOOP(
    "Messages", "Kun kategorier fra samme trin kan flettes."
)
NOTE_NOT_IN_CAMP = QT_TRANSLATE_NOOP(
    "Messages", "En af noterne findes ikke i campen. Intet er ændret."
)
ONE_STEP_MESSAGE = QT_TRANSLATE_NOOP(
    "Messages", "Kun noter fra samme trin kan tælles som ét budskab."
)


# -- the organiser's analysis ----------------------------------------------------------
EMPTY_PREREQUISITE = QT_TRANSLATE_NOOP(
    "Messages", "En konsolideret forudsætning skal have en tekst."
)
UNKNOWN_PURPOSE_TEXT = QT_TRANSLATE_NOOP(
    "Messages", "Campen har ingen analysetekst, der hedder »{key}«."
)


# -- the dialogue box: readings, levels, cards, agreements -----------------------------
BAD_READING = QT_TRANSLATE_NOOP(
    "Messages", "Termometeret går fra 1 til 10. »{value}« er ikke en af dem.")
BAD_ROUND = QT_TRANSLATE_NOOP("Messages", "En måling hører til starten eller slutningen.")
BAD_LEVEL = QT_TRANSLATE_NOOP("Messages", "Trekanten har tre niveauer: 1, 2 og 3.")
BAD_QUESTION = QT_TRANSLATE_NOOP("Messages", "Kortet har ikke spørgsmålet »{question}«.")
EMPTY_CARD = QT_TRANSLATE_NOOP(
    "Messages", "Et kort skal have en tekst eller et billede. Det tomme kort er ikke gemt.")
NOT_AN_IMAGE = QT_TRANSLATE_NOOP(
    "Messages",
    "»{name}« er ikke et billede, som kortene kan vise. Vælg en PNG- eller JPEG-fil "
    "(.png, .jpg eller .jpeg).")
IMAGE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages",
    "Billedet »{name}« fylder for meget ({size} MB). Vælg et billede på højst {limit} MB.")
EMPTY_AGREEMENT = QT_TRANSLATE_NOOP(
    "Messages", "Skriv, hvad I aftaler. En tom aftale gemmes ikke.")
DECK_MISSING = QT_TRANSLATE_NOOP(
    "Messages", "Kortbunken »{deck}« findes ikke eller kan ikke læses ({detail}).")


# -- which dialogue of a file to document ----------------------------------------------
NO_DIALOGUE = QT_TRANSLATE_NOOP(
    "Messages", "Filen har ingen dialog at dokumentere. Opret en dialog med »Ny dialog«.")
WHICH_DIALOGUE = QT_TRANSLATE_NOOP(
    "Messages",
    "Filen har flere dialoger ({codes}). Vælg, hvilken dialog der skal dokumenteres.")


# -- every text -------------------------------------------------------------------------
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages",
    "Teksten er for lang: {length} tegn, og der kan højst være {limit}. Intet er gemt. "
    "Del teksten op i flere noter, eller kort den ned.",
)


# -- names in reports -------------------------------------------------------------------
EMPTY_NAME = QT_TRANSLATE_NOOP("Messages", "Skriv det navn, der skal erstattes.")
DUPLICATE_NAME = QT_TRANSLATE_NOOP(
    "Messages", "»{name}« står allerede på listen over navne i rapporter."
)


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
