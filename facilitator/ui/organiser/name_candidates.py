"""»Find navne i noterne …«: words in what the tables wrote that may be somebody's name,
offered one by one for the list »Navne i rapporter«; the organiser ticks each.

A participant's name in a note ("Spørg Karen Hansen om hallen") is the name most easily
missed when a report goes to the committee. The candidates are capitalised words the
camp never writes in lower case and that are no ordinary Danish words
(:func:`facilitator.domain.pseudonyms.name_candidates`): a suggestion, never a decision.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import StepKind
from facilitator.domain.pseudonyms import name_candidates
from facilitator.ui.common.controls import accept_buttons

if TYPE_CHECKING:
    from facilitator.store import CampStore


def camp_texts(store: CampStore) -> Iterator[str]:
    """Everything the tables wrote: notes, front pages and contributions."""
    for step in store.frame.steps():
        if step.kind in StepKind.NOTE_KINDS:
            yield from (n.text for n in store.board.notes(step.id, all_tables=True))
        elif step.kind == StepKind.FRONT_PAGE:
            for page in store.board.front_pages(step.id, all_tables=True):
                yield from (page.headline, page.story, page.quote, page.quote_by)
        elif step.kind == StepKind.CONTRIBUTIONS:
            yield from (c.text for c in store.board.contributions(step.id, all_tables=True))


class NameCandidatesDialog(QDialog):
    """The candidates, unticked; »Tilføj« puts the ticked ones on the list."""

    def __init__(self, store: CampStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mulige navne i noterne"))
        found = name_candidates(camp_texts(store), store.names.pseudonyms())
        intro = QLabel(self.tr(
            "Ord med stort begyndelsesbogstav, som campen aldrig skriver med småt – først "
            "dem, der står inde i en sætning. Sæt flueben ved dem, der er navne på "
            "personer.")
            if found else self.tr("Ingen mulige navne i noterne, som ikke allerede står på "
                                  "listen."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Mulige navne"))
        for name in found:
            item = QListWidgetItem(name, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        buttons, self.add_button = accept_buttons(self, self.tr("&Tilføj de valgte"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 380)

    def candidates(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def chosen(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
