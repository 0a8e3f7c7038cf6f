"""Where the app's shipped data lives: programs, the dialogue deck, fonts, translations.

One place for it, so that a moved module or a frozen build (PyInstaller unpacks the
data beside the code, in ``sys._MEIPASS``) needs no path arithmetic of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

_FROZEN_ROOT = getattr(sys, "_MEIPASS", None)

#: The ``resources/`` folder of a checkout, or of the built app.
RESOURCES_DIR = (Path(_FROZEN_ROOT) if _FROZEN_ROOT else Path(__file__).resolve().parents[1]) \
    / "resources"


def resource(*parts: str) -> Path:
    """A path inside ``resources/``."""
    return RESOURCES_DIR.joinpath(*parts)
