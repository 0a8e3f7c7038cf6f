"""A camp's participant mix in the view across camps: people per group, and the total.

Each camp's column shows it under the camp's title, so the camps stand side by side with
their mix; a camp where nobody counted says »ikke opgivet« instead of zeros.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from facilitator.domain.participants import ParticipantCounts
from facilitator.ui.common.participants_box import group_label


def mix_html(counts: ParticipantCounts) -> str:
    """The mix as a small table: a row per group, then the total (translated)."""
    heading = html.escape(QCoreApplication.translate("ParticipantMix", "Deltagere"))
    if not counts.given:
        missing = QCoreApplication.translate("ParticipantMix", "ikke opgivet")
        return f"<i>{heading}:</i> {html.escape(missing)}"
    rows = "".join(f"<tr><td>{html.escape(group_label(g.name))}</td><td width='12'></td>"
                   f"<td align='right'>{n}</td></tr>" for g, n in counts.rows())
    total = QCoreApplication.translate("ParticipantMix", "I alt")
    rows += (f"<tr><td><b>{html.escape(total)}</b></td>"
             f"<td></td><td align='right'><b>{counts.total}</b></td></tr>")
    return (f"<i>{heading}</i>"
            f"<table cellspacing='0' cellpadding='1'>{rows}</table>")


def mix_label(counts: ParticipantCounts, parent: QWidget) -> QLabel:
    label = QLabel(mix_html(counts), parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(QCoreApplication.translate("ParticipantMix", "Deltagere"))
    return label
