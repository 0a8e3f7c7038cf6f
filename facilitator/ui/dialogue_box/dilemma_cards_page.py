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

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.dialogue import DEFAULT_DECK, Card, draw_card
from facilitator.domain.messages import UserError
from facilitator.domain.words import counted
from facilitator.ui.common.text_limit import limit_text
from facilitator.ui.dialogue_box.card_images import card_pixmap, read_card_image
from facilitator.ui.dialogue_box.card_view import CardPresenter, CardView
from facilitator.ui.dialogue_box.cards_model import ICON, CardsModel
from facilitator.ui.dialogue_box.reflections_box import ReflectionsBox
from facilitator.ui.shell import file_dialogs
from facilitator.ui.shell.session import CampSession, user_message
from facilitator.ui.shell.shortcuts import shortcut
from facilitator.ui.table.step_page import StepPage

IMAGE_FILTER = "*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG"


class DilemmaCardsPage(StepPage):
    watches = ("card", "reflection")

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rng = random.Random()
        self.current_card_id: str | None = None
        self.presenter: CardPresenter | None = None
        self.model = CardsModel(session, self)

        self.deck_label = QLabel(self)
        self.deck = QListView(self)
        self.deck.setModel(self.model)
        self.deck.setIconSize(ICON)
        self.deck.setWordWrap(True)
        self.deck.setUniformItemSizes(False)
        self.deck.setSpacing(2)
        self.deck.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deck.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.deck.setAccessibleName(self.tr("Kortbunken"))
        self.deck.setToolTip(self.tr(
            "Vælg det kort, gruppen taler om. F2 retter teksten, Delete fjerner kortet, "
            "Ctrl+pil op og ned flytter det."))
        self.deck.selectionModel().currentChanged.connect(self._on_current_changed)
        self.new_card = QLineEdit(self)
        limit_text(self.new_card)
        self.new_card.setPlaceholderText(self.tr("Nyt kort: skriv en situation, og tryk Enter"))
        self.new_card.setAccessibleName(self.tr("Nyt kort"))
        self.new_card.returnPressed.connect(self.add_text_card)
        self.picture_button = QPushButton(self.tr("&Billedkort …"), self)
        self.picture_button.setToolTip(self.tr("Lav et kort af et billede (PNG eller JPEG)"))
        self.picture_button.clicked.connect(self.add_picture_card)
        self.remove_button = QPushButton(self.tr("Fjern kort"), self)
        self.remove_button.setToolTip(self.tr("Fjern det valgte kort fra bunken (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.load_button = QPushButton(self.tr("Hent standardkortene"), self)
        self.load_button.setToolTip(self.tr("Læg dialogkassens egne dilemmakort i bunken"))
        self.load_button.clicked.connect(self.load_default_deck)

        self.draw_button = QPushButton(self.tr("Træk et kort (R)"), self)
        self.draw_button.setToolTip(self.tr(
            "Træk et tilfældigt kort, helst et gruppen ikke har talt om endnu (R)"))
        self.draw_button.clicked.connect(self.draw)
        self.show_button = QPushButton(self.tr("Vis stort (F11)"), self)
        self.show_button.setToolTip(self.tr("Vis kortet på hele skærmen. Esc lukker."))
        self.show_button.clicked.connect(self.show_full_screen)
        self.card_view = CardView(self)
        self.reflections = ReflectionsBox(session, self)

        deck_buttons = QHBoxLayout()
        deck_buttons.addWidget(self.picture_button)
        deck_buttons.addWidget(self.remove_button)
        deck_buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.deck_label)
        left_layout.addWidget(self.deck, 1)
        left_layout.addWidget(self.load_button)
        left_layout.addWidget(self.new_card)
        left_layout.addLayout(deck_buttons)
        card_buttons = QHBoxLayout()
        card_buttons.addWidget(self.draw_button)
        card_buttons.addWidget(self.show_button)
        card_buttons.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(card_buttons)
        right_layout.addWidget(self.card_view, 3)
        right_layout.addWidget(self.reflections, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(300)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        shortcut(QKeySequence("R"), self, self.draw, context=context)
        shortcut(QKeySequence("F11"), self, self.show_full_screen, context=context)
        for keys, slot in (("Delete", self.remove_current),
                           ("Ctrl+Up", lambda: self.move_current(-1)),
                           ("Ctrl+Down", lambda: self.move_current(1))):
            shortcut(QKeySequence(keys), self.deck, slot,
                      context=Qt.ShortcutContext.WidgetShortcut)

    # -- StepPage ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.step is None:
            return
        key = (self.step.id, self.table_id)
        if key != (self.model.step_id, self.model.table_id):
            self.reflections.commit_pending()
            self.model.show_deck(*key)
            self.current_card_id = None
        else:
            self.model.reload()
        cards = self.model.cards()
        if self.current_card_id not in {c.id for c in cards}:
            self.current_card_id = None
        self._select_row(self.model.row_of(self.current_card_id))
        self.deck_label.setText(counted(len(cards), self.tr("Kortbunken – %n kort", "ét"),
                                        self.tr("Kortbunken – %n kort", "flere")))
        self.load_button.setVisible(not cards)
        writable = not self.session.read_only
        self.new_card.setReadOnly(not writable)
        for button in (self.picture_button, self.load_button):
            button.setEnabled(writable)
        self.remove_button.setEnabled(writable and self.current_card_id is not None)
        self.draw_button.setEnabled(bool(cards))
        self._show_current()

    def focus_entry(self) -> None:
        self.deck.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit_pending(self) -> None:
        self.reflections.commit_pending()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.reflections.commit_pending()
        super().hideEvent(event)

    # -- the card on the table ---------------------------------------------------------
    def current_card(self) -> Card | None:
        row = self.model.row_of(self.current_card_id)
        return self.model.card(row) if row >= 0 else None

    def choose_card(self, card_id: str | None) -> None:
        self.reflections.commit_pending()
        self.current_card_id = card_id
        self._select_row(self.model.row_of(card_id))
        self._show_current()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row) if row >= 0 else QModelIndex()
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
        cards = self.model.cards()
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
        card = draw_card(self.model.cards(), discussed=self.model.discussed(),
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
        if not text or self.step is None:
            return
        if self._add_card(self.tr("Nyt kort"), text=text) is not None:
            self.new_card.clear()

    def add_picture_card(self) -> None:
        if self.step is None or self.session.read_only:
            return
        settings = QSettings()
        start = settings.value("files/picture_dir", str(Path.home()), type=str)
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
        self._add_card(self.tr("Nyt billedkort"), caption=caption, image=image,
                       image_name=Path(name).name)

    def _add_card(self, label: str, **values) -> Card | None:
        assert self.step is not None
        store, step_id = self.session.store, self.step.id
        created: list[str] = []

        def do() -> Card:
            if created:
                return store.dialogue_box.restore_card(card_id=created[0])
            card = store.dialogue_box.add_card(step_id=step_id, **values)
            created.append(card.id)
            return card

        card = self.session.run(label, do,
                                lambda: store.dialogue_box.delete_card(card_id=created[0]),
                                "card")
        if card is not None:
            self.reload()
            self.choose_card(card.id)
        return card

    def remove_current(self) -> None:
        card = self.current_card()
        if card is None or self.session.read_only:
            return
        store = self.session.store
        self.reflections.commit_pending()
        self.session.run(self.tr("Fjern kort"),
                         lambda: store.dialogue_box.delete_card(card_id=card.id),
                         lambda: store.dialogue_box.restore_card(card_id=card.id), "card")
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.session.status.emit(self.tr("Kortet er fjernet – %1 fortryder").replace("%1", undo))

    def move_current(self, delta: int) -> None:
        card = self.current_card()
        if card is None or self.session.read_only:
            return
        row = self.model.row_of(card.id)
        to = row + delta
        if not 0 <= to < len(self.model.cards()):
            return
        store = self.session.store
        self.session.run(self.tr("Flyt kort"),
                         lambda: store.dialogue_box.move_card(card_id=card.id, index=to),
                         lambda: store.dialogue_box.move_card(card_id=card.id, index=row), "card")

    def load_default_deck(self) -> None:
        if self.step is None or self.session.read_only:
            return
        store, step_id = self.session.store, self.step.id
        added: list[str] = []

        def do() -> list[Card]:
            if added:
                return [store.dialogue_box.restore_card(card_id=i) for i in added]
            cards = store.dialogue_box.load_deck(step_id=step_id, deck=DEFAULT_DECK)
            added.extend(c.id for c in cards)
            return cards

        def undo() -> None:
            for card_id in added:
                store.dialogue_box.delete_card(card_id=card_id)

        self.session.run(self.tr("Hent standardkortene"), do, undo, "card")
