"""The front-page step: the table writes one or more newspaper front pages from the future.

Facilitators type while the table talks, so nothing may wait for a Save button: a field
is saved 400 ms after the last keystroke, and at once when the focus leaves it, another
front page is shown or the step is left (:class:`DelayedSave`). Each save is an edit of
:mod:`facilitator.ui.edits.front_pages`, and a burst of typing in one field is one undo
step; typing into an empty step creates its first front page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTabBar
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import FrontPage
from facilitator.ui.common.controls import line_field
from facilitator.ui.common.controls import show_text
from facilitator.ui.common.controls import text_field
from facilitator.ui.common.delayed_save import DelayedSave
from facilitator.ui.edits import front_pages as edits
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.remembered import remember_splitter
from facilitator.ui.shell.session import CampSession
from facilitator.ui.shell.shortcuts import shortcut
from facilitator.ui.table.newspaper_preview import NewspaperPreview
from facilitator.ui.table.step_page import StepPage

FIELDS = ("headline", "story", "quote", "quote_by")
TAB_TITLE_LENGTH = 28


class FrontPagePage(StepPage):
    """Tabs of the table's front pages, the four fields, and the newspaper preview."""

    watches = Change.FRONT_PAGE | Change.CAMP

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._pages: list[FrontPage] = []
        self._current_id: str | None = None
        self._current_index = 0
        #: Typed values not yet saved, and where they belong: (page id or None, step, table).
        self._typed: dict[str, str] = {}
        self._typed_for: tuple[str | None, str, str | None] | None = None
        self._filling = False
        self.saver = DelayedSave(self)
        self._build()

    # -- widgets -----------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Bordets avisforsider"))
        self.tabs.setToolTip(self.tr("Skift forside (Alt+Page Up / Alt+Page Down)"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.new_button = QPushButton(self.tr("Ny forside"))
        self.new_button.setToolTip(self.tr("Lav en ny avisforside (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_front_page)
        self.delete_button = QPushButton(self.tr("Slet forside"))
        self.delete_button.setToolTip(
            self.tr("Slet den viste avisforside. Kan fortrydes (Ctrl+Shift+Delete)"))
        self.delete_button.clicked.connect(self.delete_front_page)
        self.hint = QLabel(self.tr(
            "Bordet har ingen avisforside endnu. Skriv en overskrift, så oprettes forsiden."))
        self.hint.setWordWrap(True)

        form = self._build_form()
        self.preview = NewspaperPreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(form)
        splitter.addWidget(self.preview)
        # The form gets the room: the preview is as wide as its height allows and no wider,
        # and a 170 px form left a headline of three words in view on a laptop.
        form.setMinimumWidth(320)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        splitter.setChildrenCollapsible(False)
        remember_splitter(splitter, "front_page")

        top = QHBoxLayout()
        top.addWidget(self.tabs, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+Shift+N", self.new_front_page),
                           ("Ctrl+Shift+Del", self.delete_front_page),
                           ("Alt+PgUp", lambda: self._step_tab(-1)),
                           ("Alt+PgDown", lambda: self._step_tab(1))):
            shortcut(QKeySequence(keys), self, slot, context=context)

    def _build_form(self) -> QWidget:
        """The four fields with their labels; each saves a moment after typing stops."""
        self.headline = line_field(self.tr("Fx »Byen, hvor alle kender en nabo«"))
        self.story = text_field(self.tr(
            "Hvad er lykkedes? Hvem gjorde det, og hvordan mærker borgerne det?"))
        self.quote = line_field(
            self.tr("Et citat fra en borger, en medarbejder eller en politiker"))
        self.quote_by = line_field(self.tr("Fx »Nina, 34 år, mor til to«"))
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "headline": self.headline, "story": self.story,
            "quote": self.quote, "quote_by": self.quote_by,
        }
        labels = {
            "headline": (self.tr("&Overskrift"), self.tr("Forsidens overskrift (Alt+O)")),
            "story": (self.tr("His&torie"), self.tr("Historien under overskriften (Alt+T)")),
            "quote": (self.tr("&Citat"), self.tr("Et citat, der trækkes frem på siden (Alt+C)")),
            "quote_by": (self.tr("Hvem &siger det?"),
                         self.tr("Hvem citatet er fra (Alt+S)")),
        }
        form = QWidget()
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, name in enumerate(FIELDS):
            widget = self.fields[name]
            label = QLabel(labels[name][0])
            label.setBuddy(widget)
            widget.setAccessibleName(label.text().replace("&", ""))
            widget.setToolTip(labels[name][1])
            widget.installEventFilter(self)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row, 1)
        grid.setRowStretch(1, 1)
        for name in ("headline", "quote", "quote_by"):
            line_edit = self.fields[name]
            assert isinstance(line_edit, QLineEdit)
            line_edit.textEdited.connect(lambda text, n=name: self._on_edit(n, text))
        self.story.textChanged.connect(lambda: self._on_edit("story", self.story.toPlainText()))
        return form

    # -- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        self.commit_pending()
        if self.step is None:
            return
        store = self.session.store
        self._pages = store.board.front_pages(self.step.id, self.table_id)
        ids = [p.id for p in self._pages]
        if self._current_id not in ids:
            self._current_id = ids[min(self._current_index, len(ids) - 1)] if ids else None
        self._current_index = ids.index(self._current_id) if self._current_id else 0
        self._fill_tabs()
        self._fill_fields()
        camp = store.frame.camp()
        self.preview.set_camp(camp.municipality, camp.date, self._edition())
        self._update_preview()
        self._update_enabled()

    def focus_entry(self) -> None:
        self.headline.setFocus(Qt.FocusReason.OtherFocusReason)
        self.headline.end(False)

    def current_front_page(self) -> FrontPage | None:
        return next((p for p in self._pages if p.id == self._current_id), None)

    def _edition(self) -> str:
        parts = [self.tr("Bord %1").replace("%1", self.table.code) if self.table else ""]
        if len(self._pages) > 1:
            parts.append(self.tr("Forside %1 af %2").replace("%1", str(self._current_index + 1))
                         .replace("%2", str(len(self._pages))))
        return " · ".join(p for p in parts if p)

    def _tab_title(self, index: int, page: FrontPage) -> str:
        headline = " ".join(page.headline.split())
        if not headline:
            return self.tr("Forside %1").replace("%1", str(index + 1))
        if len(headline) > TAB_TITLE_LENGTH:
            headline = headline[: TAB_TITLE_LENGTH - 1].rstrip() + "…"
        return headline.replace("&", "&&")

    def _fill_tabs(self) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count() > len(self._pages):
            self.tabs.removeTab(self.tabs.count() - 1)
        while self.tabs.count() < len(self._pages):
            self.tabs.addTab("")
        for index, page in enumerate(self._pages):
            self.tabs.setTabText(index, self._tab_title(index, page))
            self.tabs.setTabToolTip(index, page.headline or self._tab_title(index, page))
        if self._pages:
            self.tabs.setCurrentIndex(self._current_index)
        self.tabs.blockSignals(False)
        self.tabs.setVisible(bool(self._pages))
        self.hint.setVisible(not self._pages)

    def _fill_fields(self) -> None:
        """Show the current page's stored text, touching only fields that differ, so the
        cursor stays put while the facilitator's own saves come back from the store."""
        page = self.current_front_page()
        self._filling = True
        try:
            for name, widget in self.fields.items():
                show_text(widget, getattr(page, name) if page else "")
        finally:
            self._filling = False

    def _update_preview(self) -> None:
        self.preview.set_page(self.headline.text(), self.story.toPlainText(),
                              self.quote.text(), self.quote_by.text())

    def _update_enabled(self) -> None:
        writable = not self.session.read_only
        for widget in self.fields.values():
            widget.setReadOnly(not writable)
        self.new_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and self._current_id is not None)

    def _on_tab_changed(self, index: int) -> None:
        self.commit_pending()
        if 0 <= index < len(self._pages):
            self._current_id = self._pages[index].id
            self._current_index = index
        self._fill_fields()
        self.preview.edition = self._edition()
        self._update_preview()
        self._update_enabled()

    def _step_tab(self, delta: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex(max(0, min(self.tabs.count() - 1,
                                                 self.tabs.currentIndex() + delta)))

    # -- editing -----------------------------------------------------------------------
    def _on_edit(self, field: str, value: str) -> None:
        if self._filling or self.step is None or self.session.read_only:
            return
        target = (self._current_id, self.step.id, self.table_id)
        if self._typed_for not in (None, target):
            self.commit_pending()
        self._typed_for = target
        self._typed[field] = value
        self.saver.edit("front_page", self._save_typed)
        self._update_preview()

    def commit_pending(self) -> None:
        """Save what was typed but not yet saved. Safe to call at any time."""
        self.saver.flush()

    def _save_typed(self) -> None:
        if not self._typed or self._typed_for is None:
            return
        changes, (page_id, step_id, table_id) = self._typed, self._typed_for
        self._typed, self._typed_for = {}, None
        if page_id is None:
            if any(value.strip() for value in changes.values()):
                self._create(step_id, table_id, changes)
            return
        stored = {p.id: p for p in self.session.store.board.front_pages(step_id,
                                                                        table_id)}.get(page_id)
        if stored is None:  # deleted meanwhile (an undo): saving would clear the redo
            return
        changes = {k: v for k, v in changes.items() if getattr(stored, k) != v}
        if changes:
            edits.retype_front_page(self.session, stored, changes)

    def _create(self, step_id: str, table_id: str | None, values: dict[str, str]) -> None:
        def show(page: FrontPage) -> None:
            self._current_id = page.id  # show it in the reload this edit triggers

        edits.add_front_page(self.session, step_id=step_id, table_id=table_id, values=values,
                             made=show)

    def new_front_page(self) -> None:
        if self.step is None or self.session.read_only:
            return
        self.commit_pending()
        self._create(self.step.id, self.table_id, {})
        self.focus_entry()

    def delete_front_page(self) -> None:
        if self.session.read_only:
            return
        self.commit_pending()
        if self._current_id is not None:
            edits.delete_front_page(self.session, self._current_id)

    # -- Qt hooks ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.saver.has_pending():
            self.commit_pending()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.commit_pending()
        super().hideEvent(event)
