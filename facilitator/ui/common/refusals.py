"""A refusal (:class:`UserError`) in the UI's language.

Its own module, not the session's: fields and dialogs that only show a refusal (a text
too long, a file refused) need neither the undo stack nor the edits, and the start
screen loads those only when a camp opens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.messages import CONTEXT
from facilitator.domain.messages import UserError


def user_message(error: UserError) -> str:
    """The refusal in the UI language, with its fields filled in."""
    return error.format(QCoreApplication.translate(CONTEXT, error.text),
                        lambda field: QCoreApplication.translate(CONTEXT, field))
