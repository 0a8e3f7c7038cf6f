"""The dilemma step: notes about trade-offs around a persona case, each tagged.

The table reads the case aloud ("Sara, 38 …") and then names what must be weighed;
the facilitator marks each note as a consideration (Hensyn), a trade-off (Afvejning)
or a dilemma. The case stays on screen beside the notes (a laptop has width to spare,
not height), because the table keeps coming back to it, and the tag is chosen before
typing (the combo) or afterwards (keys 1/2/3, 0 clears, or the context menu).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import DILEMMA_TAGS
from facilitator.domain.model import Persona
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.remembered import remember_splitter
from facilitator.ui.shell.remembered import remembered_flag
from facilitator.ui.shell.session import CampSession
from facilitator.ui.table.notes_model import NotesModel
from facilitator.ui.table.notes_page import NotesPage

#: The number key that puts each tag on the current note (0 takes the tag away).
TAG_KEYS = {"1": "consideration", "2": "tradeoff", "3": "dilemma", "0": ""}


class DilemmaPage(NotesPage):
    """A notes page with the step's persona cases on top and a tag on every note."""

    watches = Change.NOTE | Change.PERSONA

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tag_names = {
            "consideration": self.tr("Hensyn"),
            "tradeoff": self.tr("Afvejning"),
            "dilemma": self.tr("Dilemma"),
        }
        self.delegate.tag_names = self.tag_names
        self.delegate.forget_sizes()  # the tag label is as wide as the longest name

        self.cases_box = QGroupBox(self.tr("Casen"), self)
        self.cases_box.setAccessibleName(self.tr("Casen"))
        self.cases_layout = QVBoxLayout(self.cases_box)
        self.cases_layout.addStretch(1)
        # Beside the notes, not above them: at 1366×768 the case on top left room for
        # three notes. It scrolls if long, and folds away with the »Casen« button.
        self.cases_scroll = QScrollArea(self)
        self.cases_scroll.setWidgetResizable(True)
        self.cases_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.cases_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cases_scroll.setWidget(self.cases_box)
        self.cases_scroll.setMinimumWidth(220)
        self.body.addWidget(self.cases_scroll)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        remember_splitter(self.body, "dilemma_case")
        shown, self._save_case_shown = remembered_flag("dilemma_case_shown")
        self.case_button = QToolButton(self)
        self.case_button.setText(self.tr("Casen"))
        self.case_button.setCheckable(True)
        self.case_button.setChecked(shown)
        self.case_button.setToolTip(self.tr("Vis eller skjul casen ved siden af noterne"))
        self.case_button.toggled.connect(self._on_case_toggled)
        self.tools.insertWidget(self.tools.count() - 1, self.case_button)
        self._shown_personas: list[Persona] | None = None

        self.tag_combo = QComboBox(self)
        self.tag_combo.addItem(self.tr("Intet mærke"), "")
        for tag in DILEMMA_TAGS:
            self.tag_combo.addItem(self.tag_names[tag], tag)
        self.tag_combo.setAccessibleName(self.tr("Mærke til næste note"))
        self.tag_combo.setToolTip(self.tr(
            "Mærket, som den næste note får. En note i listen mærkes med 1 (hensyn), "
            "2 (afvejning), 3 (dilemma) eller 0 (intet mærke)."))
        self.entry_row.insertWidget(1, self.tag_combo)
        self.setTabOrder(self.entry, self.tag_combo)
        self.setTabOrder(self.tag_combo, self.view)
        for digit, tag in TAG_KEYS.items():
            self.view.bindings[(Qt.Key(ord(digit)), False)] = self._tagger(tag)

    def _tagger(self, tag: str) -> Callable[[], None]:
        return lambda: self.tag_current(tag)

    # -- tags --------------------------------------------------------------------------
    def next_tag(self) -> str:
        return str(self.tag_combo.currentData() or "")

    def set_next_tag(self, tag: str) -> None:
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(tag)))

    def tag_current(self, tag: str) -> None:
        row = self._with_current()
        if row >= 0:
            self.model.setData(self.model.index(row, 0), tag, NotesModel.TagRole)

    def _fill_context_menu(self, menu: QMenu) -> None:
        super()._fill_context_menu(menu)
        menu.addSeparator()
        has_note = self.current_row() >= 0 and not self.session.read_only
        for digit, tag in TAG_KEYS.items():
            label = self.tr("Mærk som {tag}").format(tag=self.tag_names[tag]) if tag \
                else self.tr("Fjern mærket")
            action = menu.addAction(f"{label}\t{digit}")
            action.setEnabled(has_note)
            action.triggered.connect(self._tagger(tag))

    # -- the case ----------------------------------------------------------------------
    def _on_case_toggled(self, on: bool) -> None:
        self._save_case_shown(on)
        self.cases_scroll.setVisible(on and bool(self._shown_personas))

    def reload(self) -> None:
        super().reload()
        personas = self.session.store.frame.personas(self.step.id) if self.step else []
        if personas != self._shown_personas:
            self._show_personas(personas)

    def _show_personas(self, personas: list[Persona]) -> None:
        """Names in bold, descriptions as plain text: a participant's words are never markup."""
        self._shown_personas = personas
        while self.cases_layout.count() > 1:  # all but the stretch at the end
            item = self.cases_layout.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        for persona in personas:
            name = QLabel(persona.name, self.cases_box)
            name.setTextFormat(Qt.TextFormat.PlainText)
            bold = QFont(name.font())
            bold.setBold(True)
            name.setFont(bold)
            description = QLabel(persona.description, self.cases_box)
            description.setTextFormat(Qt.TextFormat.PlainText)
            description.setWordWrap(True)
            description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            description.setAccessibleName(persona.name)
            at = self.cases_layout.count() - 1
            self.cases_layout.insertWidget(at, name)
            self.cases_layout.insertWidget(at + 1, description)
        self.case_button.setVisible(bool(personas))
        self.cases_scroll.setVisible(bool(personas) and self.case_button.isChecked())
