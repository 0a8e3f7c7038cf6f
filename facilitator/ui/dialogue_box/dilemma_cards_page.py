"""The dilemma-card step: draw a card, show it to the group, write down what they say.

Keys: R draws a random card (one the group has not talked about yet, if any), F11 shows
the card on the whole screen (Esc closes), F2 in the deck edits a card's text, Delete
removes it (undoable), Ctrl+Up/Down moves it. A new text card is typed under the deck
and added with Enter; »Billedkort …« adds a PNG or JPEG picture with a caption. The
group's answers to the three questions are typed on the right and saved as they go.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QWidget

from facilitator.domain.dialogue import Card
from facilitator.domain.dialogue import draw_card
from facilitator.domain.messages import UserError
from facilitator.domain.words import counted
from facilitator.ui.common.controls import button
from facilitator.ui.common.controls import line_field
from facilitator.ui.common.controls import list_keys
from facilitator.ui.common.controls import undo_keys
from facilitator.ui.common.layouts import hbox
from facilitator.ui.common.layouts import panel
from facilitator.ui.common.layouts import splitter
from facilitator.ui.common.layouts import vbox
from facilitator.ui.common.refusals import user_message
from facilitator.ui.dialogue_box.card_images import card_pixmap
from facilitator.ui.dialogue_box.card_images import read_card_image
from facilitator.ui.dialogue_box.card_view import CardPresenter
from facilitator.ui.dialogue_box.card_view import CardView
from facilitator.ui.dialogue_box.cards_model import ICON
from facilitator.ui.dialogue_box.cards_model import CardsModel
from facilitator.ui.dialogue_box.reflections_box import ReflectionsBox
from facilitator.ui.edits import dialogue_box as edits
from facilitator.ui.edits.change import Change
from facilitator.ui.shell import file_dialogs
from facilitator.ui.shell.session import CampSession
from facilitator.ui.shell.shortcuts import shortcut
from facilitator.ui.table.step_page import StepPage

IMAGE_FILTER = "*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG"


class DilemmaCardsPage(StepPage):
    watches = Change.CARD | Change.REFLECTION

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rng = random.Random()
        self.current_card_id: str | None = None
        self.presenter: CardPresenter | None = None
        self.model = CardsModel(session, self)
        self.deck_label = QLabel(self)
        self.deck = self._deck_view()
        self.new_card = line_field(self.tr("Nyt kort: skriv en situation, og tryk Enter"),
                                   name=self.tr("Nyt kort"), parent=self)
        self.new_card.returnPressed.connect(self.add_text_card)
        self.picture_button = button(
            self.tr("&Billedkort …"), self.tr("Lav et kort af et billede (PNG eller JPEG)"),
            self.add_picture_card, self)
        self.remove_button = button(
            self.tr("Fjern kort"), self.tr("Fjern det valgte kort fra bunken (Delete)"),
            self.remove_current, self)
        self.load_button = button(
            self.tr("Hent standardkortene"),
            self.tr("Læg dialogkassens egne dilemmakort i bunken"), self.load_default_deck, self)
        self.draw_button = button(
            self.tr("Træk et kort (R)"),
            self.tr("Træk et tilfældigt kort, helst et gruppen ikke har talt om endnu (R)"),
            self.draw, self)
        self.show_button = button(self.tr("Vis stort (F11)"),
                                  self.tr("Vis kortet på hele skærmen. Esc lukker."),
                                  self.show_full_screen, self)
        self.card_view = CardView(self)
        self.reflections = ReflectionsBox(session, self)
        self._lay_out()
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        shortcut(QKeySequence("R"), self, self.draw, context=context)
        shortcut(QKeySequence("F11"), self, self.show_full_screen, context=context)

    def _deck_view(self) -> QListView:
        deck = QListView(self)
        deck.setModel(self.model)
        deck.setIconSize(ICON)
        deck.setWordWrap(True)
        deck.setUniformItemSizes(False)
        deck.setSpacing(2)
        deck.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        deck.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        deck.setAccessibleName(self.tr("Kortbunken"))
        deck.setToolTip(self.tr(
            "Vælg det kort, gruppen taler om. F2 retter teksten, Delete fjerner kortet, "
            "Ctrl+pil op og ned flytter det."))
        deck.selectionModel().currentChanged.connect(self._on_current_changed)
        list_keys(deck, self.remove_current, self.move_current)
        return deck

    def _lay_out(self) -> None:
        """The deck on the left; the card on the table and the group's answers right."""
        left = panel(self.deck_label, (self.deck, 1), self.load_button, self.new_card,
                     hbox(self.picture_button, self.remove_button, 1), parent=self)
        right = panel(hbox(self.draw_button, self.show_button, 1), (self.card_view, 3),
                      (self.reflections, 2), parent=self)
        left.setMinimumWidth(300)
        split = splitter(Qt.Orientation.Horizontal, (left, 2), (right, 3), parent=self)
        split.setSizes([380, 620])
        vbox(split, parent=self, flush=True)

    # -- StepPage ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.step is None:
            return
        if (self.step.id, self.table_id) != (self.model.step_id, self.model.table_id):
            self.reflections.commit_pending()
            self.current_card_id = None
        self.model.show_for(self.step.id, self.table_id)
        cards = self.model.rows()
        if self.current_card_id not in {c.id for c in cards}:
            self.current_card_id = None
        self._select_row(self.model.row_of(self.current_card_id))
        self.deck_label.setText(counted(len(cards), self.tr("Kortbunken – %n kort", "ét"),
                                        self.tr("Kortbunken – %n kort", "flere")))
        self.load_button.setVisible(not cards)
        writable = not self.session.read_only
        self.new_card.setReadOnly(not writable)
        for push in (self.picture_button, self.load_button):
            push.setEnabled(writable)
        self.remove_button.setEnabled(writable and self.current_card_id is not None)
        self.draw_button.setEnabled(bool(cards))
        self._show_current()

    def focus_entry(self) -> None:
        self.deck.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit_pending(self) -> None:
        self.reflections.commit_pending()

    # -- the card on the table ---------------------------------------------------------
    def current_card(self) -> Card | None:
        row = self.model.row_of(self.current_card_id)
        return self.model.row(row) if row >= 0 else None

    def choose_card(self, card_id: str | None) -> None:
        self.reflections.commit_pending()
        self.current_card_id = card_id
        self._select_row(self.model.row_of(card_id))
        self._show_current()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0) if row >= 0 else QModelIndex()
        blocked = self.deck.selectionModel().blockSignals(True)
        self.deck.setCurrentIndex(index)
        self.deck.selectionModel().blockSignals(blocked)
        if index.isValid():
            self.deck.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        card_id = current.data(CardsModel.IdRole) if current.isValid() else None
        if card_id != self.current_card_id:
            self.choose_card(card_id)

    def _show_current(self) -> None:
        card = self.current_card()
        cards = self.model.rows()
        counter = ""
        if card is not None:
            counter = self.tr("Kort %1 af %2").replace(
                "%1", str(self.model.row_of(card.id) + 1)).replace("%2", str(len(cards)))
        pixmap = card_pixmap(self.session.store.dialogue_box.card_image(card.id)) \
            if card is not None and card.is_picture else None
        self.card_view.show_card(card, pixmap, counter)
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.view.show_card(card, pixmap, counter)
        reflections = self.session.store.dialogue_box.reflections(self.step.id, self.table_id,
                                                     card_id=card.id) \
            if card is not None and self.step is not None else []
        self.reflections.show_card(card.id if card else None, self.table_id, reflections)
        self.show_button.setEnabled(card is not None)
        self.remove_button.setEnabled(card is not None and not self.session.read_only)

    def draw(self) -> None:
        """A random card, preferring one the group has not written about yet."""
        card = draw_card(self.model.rows(), discussed=self.model.discussed(),
                         current=self.current_card_id, rng=self.rng)
        if card is not None:
            self.choose_card(card.id)
            self.session.status.emit(self.tr("Kort trukket"))

    def show_full_screen(self) -> None:
        card = self.current_card()
        if card is None:
            return
        if self.presenter is None:
            self.presenter = CardPresenter(self.draw, self)
        store = self.session.store
        pixmap = card_pixmap(store.dialogue_box.card_image(card.id)) if card.is_picture else None
        self.presenter.view.show_card(card, pixmap, self.card_view.counter)
        screen = self.screen() or self.presenter.screen()
        if screen is not None:
            self.presenter.setGeometry(screen.geometry())
        self.presenter.showFullScreen()
        self.presenter.activateWindow()

    # -- editing the deck --------------------------------------------------------------
    def add_text_card(self) -> None:
        text = self.new_card.text().strip()
        if text and self.step is not None and self._add_card(text=text) is not None:
            self.new_card.clear()

    def add_picture_card(self) -> None:
        if self.step is None or self.session.read_only:
            return
        settings = QSettings()
        start = str(settings.value("files/picture_dir", str(Path.home()), type=str))
        name, _ = file_dialogs.get_open_file_name(
            self, self.tr("Vælg et billede til kortet"), start,
            self.tr("Billeder (%1)").replace("%1", IMAGE_FILTER))
        if not name:
            return
        settings.setValue("files/picture_dir", str(Path(name).parent))
        try:
            image = read_card_image(Path(name))
        except UserError as exc:
            self.session.failed.emit(user_message(exc))
            return
        caption, ok = QInputDialog.getText(
            self, self.tr("Billedkort"),
            self.tr("En kort tekst til billedet (kan stå tom):"))
        if not ok:
            return
        self._add_card(caption=caption, image=image, image_name=Path(name).name)

    def _add_card(self, **values: Any) -> Card | None:
        assert self.step is not None
        card = edits.add_card(self.session, step_id=self.step.id, **values)
        if card is not None:
            self.reload()
            self.choose_card(card.id)
        return card

    def remove_current(self) -> None:
        card = self.current_card()
        if card is None or self.session.read_only:
            return
        self.reflections.commit_pending()
        edits.delete_card(self.session, card.id)
        self.session.status.emit(
            self.tr("Kortet er fjernet – %1 fortryder").replace("%1", undo_keys()))

    def move_current(self, delta: int) -> None:
        card = self.current_card()
        if card is None or self.session.read_only:
            return
        row = self.model.row_of(card.id)
        if 0 <= row + delta < self.model.rowCount():
            edits.move_card(self.session, card.id, row, row + delta)

    def load_default_deck(self) -> None:
        if self.step is not None and not self.session.read_only:
            edits.load_default_deck(self.session, self.step.id)
