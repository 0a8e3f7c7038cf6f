"""The organiser's consolidation workspace for one step at a time.

Left: every note of the step from every table, filtered and sorted. Right: the step's
categories with live counts, a field for a new one, and the summary. Notes go into a
category by dragging them onto it, by a number key (1–9 the n-th category, 0 none) or
through the quick picker (Ctrl+K); E marks the notes quoted as "Udsnit af data".
Every change is an undoable edit through the session; the views reload on its signal.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QSignalBlocker
from PySide6.QtCore import QStringListModel
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QCompleter
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.consolidation import Category
from facilitator.domain.model import StepKind
from facilitator.domain.words import counted
from facilitator.ui.common.deferred import ReloadWhenShown
from facilitator.ui.common.sizes import SIZE_SAMPLE_ROWS
from facilitator.ui.edits import consolidation as edits
from facilitator.ui.edits.change import Change
from facilitator.ui.organiser.consolidation.categories_list import KEYED_CATEGORIES
from facilitator.ui.organiser.consolidation.categories_list import CategoriesModel
from facilitator.ui.organiser.consolidation.category_actions import CategoryActions
from facilitator.ui.organiser.consolidation.notes_table import EXCERPT
from facilitator.ui.organiser.consolidation.notes_table import SELECTED
from facilitator.ui.organiser.consolidation.notes_table import TABLE
from facilitator.ui.organiser.consolidation.notes_table import TEXT
from facilitator.ui.organiser.consolidation.notes_table import VOTES
from facilitator.ui.organiser.consolidation.notes_table import ConsolidationNotesModel
from facilitator.ui.organiser.consolidation.notes_table import NotesFilter
from facilitator.ui.organiser.consolidation.same_message import SameMessageActions
from facilitator.ui.organiser.consolidation.suggestion_actions import SuggestionActions
from facilitator.ui.organiser.consolidation.summary_editor import SummaryEditor
from facilitator.ui.shell.session import CampSession
from facilitator.ui.shell.shortcuts import shortcut

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class NotesView(QTableView):
    """The notes table; plain number keys and E are the organiser's sorting keys."""

    category_key = Signal(int)
    excerpt_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == \
            Qt.KeyboardModifier.NoModifier
        if plain and event.key() in _DIGITS:
            self.category_key.emit(_DIGITS[event.key()])
        elif plain and event.key() == Qt.Key.Key_E:
            self.excerpt_key.emit()
        else:
            super().keyPressEvent(event)


class ConsolidationWorkspace(CategoryActions, SuggestionActions, SameMessageActions,
                             QWidget):
    """One note step of the camp, consolidated by the organiser.

    Keys: 1–3 put the note in focus in the sorting help's suggestions (with the help
    switched off: 1–9 the n-th category), 0 takes notes out, E marks or
    unmarks them as excerpts, Ctrl+K opens the category picker, Ctrl+Shift+N the field
    for a new category, Ctrl+Shift+B selects notes that say the same thing and
    Ctrl+Shift+T counts the selected notes as one (or apart again); in the category
    list F2 renames, Delete deletes, a click shows only that category's notes and Esc
    shows them all again.
    """

    notes_view: NotesView

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step_id: str | None = None
        self._triangles: set[str] = set()
        self._kinds: dict[str, str] = {}

        self.step_combo = QComboBox(self)
        self.group_combo = QComboBox(self)
        self.table_combo = QComboBox(self)
        # The inverted triangle's notes are sorted level by level (shown for that step).
        self.level_combo = QComboBox(self)
        self.level_combo.addItem(self.tr("Alle niveauer"), None)
        for level in (1, 2, 3):
            self.level_combo.addItem(self.tr("Niveau %1").replace("%1", str(level)), level)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Søg i noterne …"))
        self.search.setClearButtonEnabled(True)
        self.uncategorised_only = QCheckBox(self.tr("Kun noter uden kategori"), self)

        self.notes_model = ConsolidationNotesModel(session, self)
        self.notes_filter = NotesFilter(self)
        self.notes_filter.setSourceModel(self.notes_model)
        self.notes_view = NotesView(self)
        self._setup_notes_view()
        self.shown_label = QLabel(self)

        self.categories_model = CategoriesModel(session, self)
        self.categories_view = QListView(self)
        self._setup_categories_view()
        self.new_category = QLineEdit(self)
        self.new_category.setPlaceholderText(self.tr("Ny kategori (Ctrl+Shift+N) …"))
        self._setup_picker()
        self.rename_button = QPushButton(self.tr("Omdøb"), self)
        self.merge_button = QPushButton(self.tr("Flet"), self)
        self.merge_button.setToolTip(self.tr(
            "Flet de markerede kategorier ind i den, du markerede sidst."))
        self.delete_button = QPushButton(self.tr("Slet"), self)
        self.split_button = QPushButton(self.tr("Del …"), self)
        self.split_button.setToolTip(self.tr(
            "Flyt de markerede noter fra den valgte kategori over i en ny kategori."))
        self.summary = SummaryEditor(session, self)
        # Front pages and contributions are summed up in words, not sorted into categories.
        self.summary_only_label = QLabel(self)
        self.summary_only_label.setWordWrap(True)
        self.summary_only_label.setAlignment(Qt.AlignmentFlag.AlignTop
                                             | Qt.AlignmentFlag.AlignLeft)
        self.summary_only_label.hide()
        self._summary_only: set[str] = set()

        self._setup_suggestions()
        self._setup_same_message()
        self._lay_out()
        self._connect()
        self.reload_steps()

    # -- building ----------------------------------------------------------------------
    def _setup_notes_view(self) -> None:
        view = self.notes_view
        view.setModel(self.notes_filter)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setDefaultDropAction(Qt.DropAction.CopyAction)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        # Fitted when a step is shown, not on every change: ResizeToContents re-read
        # 200 rows × 4 columns on each key press that placed a note in a category.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.notes_model.modelReset.connect(self._fit_columns)
        # Board order until the organiser clicks a header (votes, table, category …).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.setAccessibleName(self.tr("Trinnets noter"))

    def _fit_columns(self) -> None:
        for column in (TABLE, VOTES, SELECTED, EXCERPT):
            self.notes_view.resizeColumnToContents(column)

    def _setup_picker(self) -> None:
        """Ctrl+K: a field that completes the step's category names as they are typed."""
        self.picker = QLineEdit(self)
        self.picker.setPlaceholderText(self.tr("Placér i kategori (Ctrl+K) …"))
        self.picker_names = QStringListModel(self)
        self.picker_completer = QCompleter(self.picker_names, self)
        self.picker_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.picker_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.setCompleter(self.picker_completer)

    def _setup_categories_view(self) -> None:
        view = self.categories_view
        view.setModel(self.categories_model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAcceptDrops(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        # A drop lands on the category under the pointer, never between two of them.
        view.setDragDropOverwriteMode(True)
        view.setDropIndicatorShown(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        view.setAccessibleName(self.tr("Kategorier"))

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Trin:"), self.step_combo),
                              (self.tr("&Hovedgruppe:"), self.group_combo),
                              (self.tr("&Bord:"), self.table_combo),
                              (self.tr("Ni&veau:"), self.level_combo)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            if widget is self.level_combo:
                self.level_label = caption
                caption.hide()
                widget.hide()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.uncategorised_only)

        notes_side = QWidget(self)
        notes_layout = QVBoxLayout(notes_side)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.summary_only_label)
        helpers = QHBoxLayout()
        helpers.addWidget(self.sorting_help, 1)
        helpers.addWidget(self.propose_button)
        helpers.addWidget(self.same_button)
        helpers.addWidget(self.once_button)
        notes_layout.addLayout(helpers)
        notes_layout.addWidget(self.notes_view, 1)
        notes_layout.addWidget(self.shown_label)

        buttons = QHBoxLayout()
        for button in (self.rename_button, self.merge_button, self.split_button,
                       self.delete_button):
            buttons.addWidget(button)
        side = QWidget(self)
        side_layout = QFormLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.categories_caption = QLabel(self.tr("Kategorier"), side)
        side_layout.addRow(self.categories_caption, self.categories_view)
        side_layout.addRow(self.new_category)
        side_layout.addRow(buttons)
        side_layout.addRow(self.picker)
        side_layout.addRow(self.tr("Opsummering"), self.summary)

        splitter = QSplitter(self)
        splitter.addWidget(notes_side)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self._reloader = ReloadWhenShown(self, self._apply_changes)
        self.session.changed.connect(self._reloader.changed)
        self.step_combo.currentIndexChanged.connect(self._step_chosen)
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        self.table_combo.currentIndexChanged.connect(self._table_chosen)
        self.level_combo.currentIndexChanged.connect(
            lambda _row: self.notes_filter.set_filter(level=self.level_combo.currentData()))
        self.search.textChanged.connect(lambda text: self.notes_filter.set_filter(search=text))
        self.uncategorised_only.toggled.connect(
            lambda on: self.notes_filter.set_filter(uncategorised_only=on))
        for signal in (self.notes_filter.modelReset, self.notes_filter.rowsInserted,
                       self.notes_filter.rowsRemoved, self.notes_filter.layoutChanged):
            signal.connect(self._update_shown)
        self.categories_view.selectionModel().selectionChanged.connect(
            lambda *_: self._filter_by_categories())
        self.notes_view.category_key.connect(self.assign_by_key)
        self.notes_view.excerpt_key.connect(self.toggle_excerpts)
        self.new_category.returnPressed.connect(self._add_from_field)
        self.picker.returnPressed.connect(self._pick)
        self.picker_completer.activated.connect(lambda _text: self._pick())
        self.picker.installEventFilter(self)
        self.rename_button.clicked.connect(self.rename_current)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.split_button.clicked.connect(lambda: self.split_current())
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+Shift+N", self.new_category.setFocus),
                           ("Ctrl+K", self.open_picker),
                           ("Ctrl+Shift+F", self.propose_categories),
                           ("Ctrl+Shift+B", self.next_same_message),
                           ("Ctrl+Shift+T", self.toggle_counted_once)):
            shortcut(QKeySequence(keys), self, slot, context=context)
        delete = shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.categories_view,
                           self.delete_selected, context=Qt.ShortcutContext.WidgetShortcut)
        delete.setObjectName("delete_category")
        shortcut(QKeySequence(Qt.Key.Key_Escape), self.categories_view,
                 self.categories_view.clearSelection, context=Qt.ShortcutContext.WidgetShortcut)
        read_only = self.session.read_only
        for widget in (self.new_category, self.picker, self.rename_button, self.merge_button,
                       self.split_button,
                       self.delete_button):
            widget.setEnabled(not read_only)

    # -- showing -----------------------------------------------------------------------
    def reload_steps(self) -> None:
        """Fill the step chooser with the program's note steps (the inverted triangle's
        too); keep the chosen one."""
        words_only = (StepKind.FRONT_PAGE, StepKind.CONTRIBUTIONS)
        kinds = (*StepKind.NOTE_KINDS, StepKind.TRIANGLE, *words_only)
        steps = [s for s in self.session.store.frame.steps() if s.kind in kinds]
        self._triangles = {s.id for s in steps if s.kind == StepKind.TRIANGLE}
        self._summary_only = {s.id for s in steps if s.kind in words_only}
        self._kinds = {s.id: s.kind for s in steps}
        keep = self.step_id
        with QSignalBlocker(self.step_combo):
            self.step_combo.clear()
            for step in steps:
                self.step_combo.addItem(step.title or step.key, step.id)
            row = self.step_combo.findData(keep) if keep else -1
            self.step_combo.setCurrentIndex(row if row >= 0 else (0 if steps else -1))
        self._reload_filters()
        self._show_step(self.step_combo.currentData())

    def show_step(self, step_id: str) -> None:
        row = self.step_combo.findData(step_id)
        if row >= 0:
            self.step_combo.setCurrentIndex(row)

    def _step_chosen(self, _row: int) -> None:
        self._show_step(self.step_combo.currentData())

    def _show_step(self, step_id: str | None) -> None:
        if step_id == self.step_id:
            return
        self.step_id = step_id
        triangle = step_id in self._triangles
        self.level_combo.setVisible(triangle)
        self.level_label.setVisible(triangle)
        if not triangle:
            self.level_combo.setCurrentIndex(0)
        self._show_summary_only(step_id in self._summary_only, step_id)
        self.summary.show_step(step_id)
        self.notes_model.show_step(step_id)
        self.categories_model.show_step(step_id)
        self._reload_picker()
        self._update_shown()
        self._same_groups = []
        self.sorting_help.later()

    def _show_summary_only(self, on: bool, step_id: str | None) -> None:
        """A front page or contribution step: its summary only (the report's place
        for it), with a word on why there are no categories."""
        if on:
            what = (self.tr("Avisforsiderne") if self._kinds.get(step_id or "")
                    == StepKind.FRONT_PAGE else self.tr("Bidragene"))
            self.summary_only_label.setText(self.tr(
                "%1 fordeles ikke i kategorier. Skriv opsummeringen til rapporten i "
                "feltet »Opsummering«; trinnets tekster står i rapporten og i bilaget.")
                .replace("%1", what))
        self.summary_only_label.setVisible(on)
        for widget in (self.notes_view, self.shown_label, self.categories_view,
                       self.categories_caption, self.new_category, self.picker,
                       self.rename_button, self.merge_button, self.split_button,
                       self.delete_button, self.search, self.uncategorised_only,
                       self.sorting_help, self.propose_button, self.same_button,
                       self.once_button):
            widget.setVisible(not on)

    def _reload_filters(self) -> None:
        store = self.session.store
        group_id = self.group_combo.currentData()
        with QSignalBlocker(self.group_combo):
            self.group_combo.clear()
            self.group_combo.addItem(self.tr("Alle hovedgrupper"), None)
            for group in store.frame.main_groups():
                label = f"{group.code} {group.name}".strip()
                self.group_combo.addItem(label, group.id)
            self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(group_id)))
        self._reload_tables()
        self.notes_filter.set_filter(main_group_id=self.group_combo.currentData(),
                                     table_id=self.table_combo.currentData())

    def _reload_tables(self) -> None:
        group_id = self.group_combo.currentData()
        table_id = self.table_combo.currentData()
        with QSignalBlocker(self.table_combo):
            self.table_combo.clear()
            self.table_combo.addItem(self.tr("Alle borde"), None)
            for table in self.session.store.frame.tables():
                if group_id is None or table.main_group_id == group_id:
                    self.table_combo.addItem(table.code, table.id)
            self.table_combo.setCurrentIndex(max(0, self.table_combo.findData(table_id)))

    def _group_chosen(self, _row: int) -> None:
        self._reload_tables()
        self.notes_filter.set_filter(main_group_id=self.group_combo.currentData(),
                                     table_id=self.table_combo.currentData())

    def _table_chosen(self, _row: int) -> None:
        self.notes_filter.set_filter(table_id=self.table_combo.currentData())

    def _apply_changes(self, whats: Change) -> None:
        if whats & (Change.STEP | Change.CAMP):
            self.reload_steps()
        elif whats & (Change.TABLE | Change.MAIN_GROUP):
            self._reload_filters()
        if whats == Change.CONSOLIDATION:  # the notes are as they were; their categories moved
            self.notes_model.reload_categories()
        else:
            self.notes_model.reload()
            self._same_groups = []
        self.categories_model.reload()
        self._reload_picker()
        self.summary.reload()
        self.sorting_help.later()

    def _reload_picker(self) -> None:
        names = [c.name for c in self.categories_model.categories()]
        if names != self.picker_names.stringList():
            self.picker_names.setStringList(names)

    def _update_shown(self, *_: object) -> None:
        total = self.notes_model.rowCount()
        shown = self.notes_filter.rowCount()
        self.shown_label.setText(counted(total, self.tr("Viser {shown} af %n note"),
                                         self.tr("Viser {shown} af %n noter")).format(
            shown=shown))

    def _filter_by_categories(self) -> None:
        """Clicking categories shows their notes only; no category chosen shows all.

        »Ikke kategoriseret« shows the notes without a category.
        """
        rows = self.categories_view.selectionModel().selectedRows()
        chosen = frozenset(
            self.categories_model.data(i, CategoriesModel.CategoryIdRole) or None
            for i in rows)
        self.notes_filter.set_filter(category_ids=chosen or None)

    # -- notes -------------------------------------------------------------------------
    def selected_note_ids(self) -> list[str]:
        """The selected notes, in the order the view shows them."""
        rows = sorted(self.notes_view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.notes_filter.data(i, ConsolidationNotesModel.NoteIdRole) for i in rows]

    def assign_by_key(self, key: int) -> None:
        """Number keys: 1–3 the sorting help's suggestions (switched off: 1–9 the n-th
        category), 0 out of any category."""
        if self.sorting_help.active and 1 <= key <= 3:
            self.place_suggested(key)
            return
        if key == 0:
            self.assign_selected(None)
            return
        category = self.categories_model.category_at(key - 1)
        if category is not None and key <= KEYED_CATEGORIES:  # the list may be longer
            self.assign_selected(category)

    def assign_selected(self, category: Category | None) -> bool:
        ids = self.selected_note_ids()
        first = min((i.row() for i in self.notes_view.selectionModel().selectedRows()),
                    default=-1)
        done = edits.assign(self.session, ids, category)
        if done and not self.notes_view.selectionModel().hasSelection() and first >= 0:
            # "Only uncategorised" hid the notes just sorted: go on with the next one.
            row = min(first, self.notes_filter.rowCount() - 1)
            if row >= 0:
                self.notes_view.selectRow(row)
        return done

    def toggle_excerpts(self) -> None:
        """E: mark the selected notes as excerpts, or unmark them when all already are."""
        rows = self.notes_view.selectionModel().selectedRows()
        if not rows:
            return
        marked = [self.notes_filter.index(i.row(), EXCERPT).data(
            ConsolidationNotesModel.SortRole) for i in rows]
        edits.set_excerpts(self.session, self.selected_note_ids(), not all(marked))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.picker and event.type() == QEvent.Type.KeyPress
              and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
            self.picker.clear()
            self.notes_view.setFocus()
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event) -> None:
        self.stop_suggestions()
        self.summary.save()
        super().closeEvent(event)
