"""»Foreslå kategorier«: proposed groups of the step's uncategorised notes, reviewed one
by one.

Each proposal (:func:`~facilitator.domain.suggestions.propose_themes`) shows its suggested
name and its notes. The organiser accepts it (the category is made and its notes placed:
one undo step), renames it first, takes notes out of it (untick them), or rejects it.
Nothing is made without »Acceptér«; an accepted proposal is an ordinary category.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.consolidation import Category
from facilitator.domain.consolidation import name_key
from facilitator.domain.consolidation import validate_category_name
from facilitator.domain.messages import UserError
from facilitator.domain.words import counted
from facilitator.ui.common.refusals import user_message
from facilitator.ui.edits import consolidation as edits
from facilitator.ui.shell.session import CampSession


@dataclass(frozen=True)
class Group:
    """A proposal in the step's own terms: its name and its notes (id, text)."""

    name: str
    notes: tuple[tuple[str, str], ...]


class ProposalsReview(QDialog):
    """The proposals, one at a time: Acceptér (Enter), Afvis (Alt+A), Luk (Esc)."""

    def __init__(self, session: CampSession, step_id: str, groups: Sequence[Group],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Foreslåede kategorier"))
        self.session = session
        self.step_id = step_id
        self.groups = list(groups)
        self.at = 0
        self.accepted_names: list[str] = []
        self.rejected_count = 0
        self.caption = QLabel(self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Kategoriens navn"))
        self.notes = QListWidget(self)
        self.notes.setAccessibleName(self.tr("Forslagets noter"))
        self.notes.setWordWrap(True)
        self.remark = QLabel(self)
        self.remark.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.accept_button = QPushButton(self.tr("A&cceptér"), self)
        self.accept_button.setDefault(True)
        self.reject_button = QPushButton(self.tr("&Afvis"), self)
        self.close_button = QPushButton(self.tr("Luk"), self)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.caption.setStyleSheet("font-weight: bold")
        name_label = QLabel(self.tr("&Navn på kategorien:"), self)
        name_label.setBuddy(self.name)
        how = QLabel(self.tr(
            "»Acceptér« laver kategorien og placerer de afkrydsede noter i den (ét trin, "
            "som Ctrl+Z fortryder). Ret navnet først, hvis det ikke rammer."), self)
        how.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(how)
        layout.addWidget(name_label)
        layout.addWidget(self.name)
        layout.addWidget(QLabel(self.tr("Fjern fluebenet ved de noter, der ikke hører til:"),
                                self))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.remark)
        layout.addWidget(buttons)
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.close_button.clicked.connect(self.reject)
        self._categories: dict[str, Category] = {}
        self.name.textChanged.connect(lambda _text: self._explain())
        self.resize(640, 480)
        self._show()

    # -- showing -------------------------------------------------------------------------
    def _show(self) -> None:
        if self.at >= len(self.groups):
            self.done(QDialog.DialogCode.Accepted)
            return
        group = self.groups[self.at]
        # The step's categories as they are now (after the last accept): a name typed is
        # looked up here, not in the store at each key.
        self._categories = {name_key(c.name): c for c in
                            self.session.store.consolidation.categories(self.step_id)}
        self.caption.setText(self.tr("Forslag {i} af {n}").format(
            i=self.at + 1, n=len(self.groups)) + " · " + counted(
            len(group.notes), self.tr("%n note"), self.tr("%n noter")))
        self.name.setText(group.name or self.tr("Forslag {i}").format(i=self.at + 1))
        self.notes.clear()
        for note_id, text in group.notes:
            item = QListWidgetItem(" ".join(text.split())[:500], self.notes)
            item.setData(Qt.ItemDataRole.UserRole, note_id)
            item.setToolTip(text[:2000])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.notes.setCurrentRow(0)
        self.name.setFocus()
        self.name.selectAll()
        self._explain()

    def _existing(self) -> Category | None:
        return self._categories.get(name_key(self.name.text()))

    def _explain(self, problem: str = "") -> None:
        existing = self._existing()
        self.remark.setText(problem or (self.tr(
            "Kategorien »{name}« findes allerede; noterne placeres i den.").format(
                name=existing.name) if existing else ""))

    def chosen_note_ids(self) -> list[str]:
        """The ticked notes that are still without a category."""
        store = self.session.store.consolidation
        ids = [self.notes.item(r).data(Qt.ItemDataRole.UserRole)
               for r in range(self.notes.count())
               if self.notes.item(r).checkState() == Qt.CheckState.Checked]
        return [i for i in ids if store.note_category(i) is None]

    # -- deciding ------------------------------------------------------------------------
    def accept_current(self) -> None:
        """Make the category (or use the one of that name) and place the ticked notes:
        one undo step."""
        ids = self.chosen_note_ids()
        if not ids:
            self._explain(self.tr("Ingen noter at placere: sæt flueben ved mindst én."))
            return
        category = self._existing()
        if category is None:
            try:
                name = validate_category_name(
                    self.name.text(), self.session.store.consolidation.categories(self.step_id))
            except UserError as err:
                self._explain(user_message(err))
                return
            category = self._make(name, ids)
        elif edits.assign(self.session, ids, category) is False:
            category = None
        if category is not None:
            self.accepted_names.append(category.name)
            self.at += 1
            self._show()

    def _make(self, name: str, ids: list[str]) -> Category | None:
        text = counted(len(ids), self.tr("Ny kategori »{name}« med %n note"),
                       self.tr("Ny kategori »{name}« med %n noter")).format(name=name)
        return edits.add_category_with(self.session, text, step_id=self.step_id, name=name,
                                       note_ids=ids)

    def reject_current(self) -> None:
        self.rejected_count += 1
        self.at += 1
        self._show()

    def outcome(self) -> str:
        """What the review did, for the status bar."""
        return self.tr("Forslag: {a} accepteret, {r} afvist.").format(
            a=len(self.accepted_names), r=self.rejected_count)
