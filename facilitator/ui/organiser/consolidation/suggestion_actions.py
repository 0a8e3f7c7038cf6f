"""The consolidation workspace's suggestions: sorting help, proposals, same message.

A part of :class:`~facilitator.ui.organiser.consolidation.workspace.ConsolidationWorkspace`
kept in its own module, like the category actions. It only suggests; every placement is
the organiser's key or click, made as the same undoable edit as a manual placement.

* Sorting help: the three most likely categories for the note in focus; keys 1–3 or a
  click place it, and the focus moves on to the next note without a category.
* »Foreslå kategorier« (Ctrl+Shift+F): groups of the uncategorised notes, reviewed one by
  one in :class:`~facilitator.ui.organiser.consolidation.proposals.ProposalsReview`.
* »Samme budskab«: in :mod:`~facilitator.ui.organiser.consolidation.same_message`.

Proposals (and same-message groups) take long for big steps: they run as a background
:class:`~facilitator.ui.common.background.Job` on the texts (no store on that thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

from facilitator.domain.suggestions import PlacementRanker
from facilitator.domain.suggestions import propose_themes
from facilitator.domain.suggestions import warm_up
from facilitator.ui.common import background
from facilitator.ui.common.background import Failure
from facilitator.ui.common.controls import button
from facilitator.ui.edits import consolidation as edits
from facilitator.ui.organiser.consolidation.categories_list import CategoriesModel
from facilitator.ui.organiser.consolidation.notes_table import ConsolidationNotesModel
from facilitator.ui.organiser.consolidation.notes_table import NoteRow
from facilitator.ui.organiser.consolidation.notes_table import NotesFilter
from facilitator.ui.organiser.consolidation.proposals import Group
from facilitator.ui.organiser.consolidation.proposals import ProposalsReview
from facilitator.ui.organiser.consolidation.sorting_help import SUGGESTED
from facilitator.ui.organiser.consolidation.sorting_help import SortingHelp
from facilitator.ui.shell.session import CampSession

_Base = QWidget if TYPE_CHECKING else object
#: Steps with this many notes rank on a background thread (about 0.2 s at 500 notes).
RANK_AWAY_FROM = 400
T = TypeVar("T")


class SuggestionActions(_Base):  # type: ignore[misc, valid-type]
    """Mixed into the workspace, whose parts these are."""

    session: CampSession
    step_id: str | None
    notes_model: ConsolidationNotesModel
    notes_filter: NotesFilter
    notes_view: QTableView
    categories_model: CategoriesModel
    sorting_help: SortingHelp
    propose_button: QPushButton
    review: ProposalsReview | None
    _job: background.Job | None
    _rank_jobs: list[background.Job]

    def _setup_suggestions(self) -> None:
        self.sorting_help = SortingHelp(self)
        translate = QCoreApplication.translate
        self.propose_button = button(
            translate("ConsolidationWorkspace", "Foreslå kategorier"),
            translate("ConsolidationWorkspace",
                      "Foreslår grupper af noterne uden kategori, hver med et navn, som "
                      "du accepterer, omdøber, retter eller afviser én ad gangen "
                      "(Ctrl+Shift+F)."),
            self.propose_categories, self)
        self.review = None
        self._job = None
        self._rank_jobs = []
        self.sorting_help.wanted.connect(self.refresh_suggestions)
        self.sorting_help.picked.connect(self.place_suggested)
        # The Danish dictionary loads (~0.7 s, once) while the organiser reads the screen,
        # not on the first note focused; failing, it leaves plain words to the ranking.
        self._rank_jobs.append(background.start(lambda _p: warm_up(), parent=self,
                                                failed=lambda _f: None))
        self.notes_view.selectionModel().currentRowChanged.connect(
            lambda *_: self.sorting_help.later())
        self.propose_button.setEnabled(not self.session.read_only)

    # -- sorting help --------------------------------------------------------------------
    def _focused(self) -> NoteRow | None:
        index = self.notes_view.currentIndex()
        if not index.isValid():
            return None
        return self.notes_model.row(self.notes_filter.mapToSource(index).row())

    def _learn(self) -> None:
        rows = self.notes_model.rows()
        self.sorting_help.cache.learn(
            [(r.note.text, r.category_name) for r in rows if r.category_id is not None],
            [r.note.text for r in rows if r.category_id is None],
            [c.name for c in self.categories_model.categories()])

    def refresh_suggestions(self) -> None:
        """Rank the categories for the note in focus (lazily: after a placement the
        ranker is rebuilt on the first note shown)."""
        help_ = self.sorting_help
        focused = self._focused()
        if not self.categories_model.categories():
            help_.show_names([], hint=QCoreApplication.translate(
                "ConsolidationWorkspace",
                "Ingen kategorier endnu: lav de første, så foreslår sorteringshjælpen."))
        elif focused is None:
            help_.show_names([], hint=QCoreApplication.translate(
                "ConsolidationWorkspace", "Vælg en note."))
        else:
            self._learn()
            text, cache = focused.note.text, help_.cache
            if cache.knows(text) or self.notes_model.rowCount() < RANK_AWAY_FROM:
                self._show_ranked(focused.id, cache.rank(text))
                return
            generation, note_id = cache.generation, focused.id

            def done(made: tuple[PlacementRanker, list[str]]) -> None:
                focus = self._focused()
                if cache.adopt(generation, text, *made) and focus and focus.id == note_id:
                    self._show_ranked(note_id, made[1])
            # An answer for a note the focus has left is still kept (with its ranker, the
            # next note's is quick): done() shows only the focused note's.
            self._rank_jobs = [j for j in self._rank_jobs if j.isRunning()]
            work = cache.work(text)
            help_.show_names([], hint=QCoreApplication.translate(
                "ConsolidationWorkspace", "Finder forslag …"))
            self._rank_jobs.append(background.start(lambda _p: work(), parent=self,
                                                    succeeded=done))

    def _show_ranked(self, note_id: str, ranked: list[str]) -> None:
        # A note with no word to go by ranks nothing: the categories in their order.
        rest = [c.name for c in self.categories_model.categories() if c.name not in ranked]
        self.sorting_help.show_names([*ranked, *rest][:SUGGESTED], note_id=note_id)

    def place_suggested(self, n: int) -> bool:
        """Put the note in focus (with the notes selected with it) in the n-th suggested
        category, then go on to the next note without a category."""
        focused = self._focused()
        if focused is not None and focused.id != self.sorting_help.note_id:
            # The key came before the suggestions for this note: rank it now.
            self._learn()
            self._show_ranked(focused.id, self.sorting_help.cache.rank(focused.note.text))
        name = self.sorting_help.name_at(n)
        category = next((c for c in self.categories_model.categories() if c.name == name),
                        None)
        if focused is None or category is None:
            return False
        selected = self.selected_note_ids()
        ids = selected if focused.id in selected else [focused.id]
        after = self._next_uncategorised(set(ids))
        if not edits.assign(self.session, ids, category):
            return False
        self.focus_note(after)
        return True

    def _next_uncategorised(self, leaving: set[str]) -> str | None:
        """The first note without a category below the focus (then from the top)."""
        proxy = self.notes_filter
        start = self.notes_view.currentIndex().row()
        count = proxy.rowCount()
        for step in range(1, count + 1):
            row = self.notes_model.row(proxy.mapToSource(
                proxy.index((start + step) % count, 0)).row())
            if row.category_id is None and row.id not in leaving:
                return row.id
        return None

    def focus_note(self, note_id: str | None) -> None:
        """Make ``note_id`` the one note in focus and selected (and scroll to it)."""
        if note_id is None:
            return
        source = self.notes_model.row_of(note_id)
        index = self.notes_filter.mapFromSource(self.notes_model.index(source, 0))
        if index.isValid():
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            self.notes_view.selectionModel().setCurrentIndex(index, flags)
            self.notes_view.scrollTo(index)

    # -- proposals and same message: on the texts, off the GUI thread --------------------
    def _run(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        if self._job is not None and self._job.isRunning():
            return  # one at a time: a second click while the first works does nothing
        self.session.status.emit(QCoreApplication.translate(
            "ConsolidationWorkspace", "Leder efter forslag …"))
        self._job = background.start(
            lambda _progress: work(), parent=self, succeeded=done,
            failed=lambda failure: self.session.status.emit(
                failure.message if isinstance(failure, Failure) else ""))

    def _uncategorised(self) -> list[NoteRow]:
        return [r for r in self.notes_model.rows() if r.category_id is None]

    def propose_categories(self) -> None:
        """Propose groups of the step's notes without a category, to review."""
        rows = self._uncategorised()
        step_id = self.step_id
        if step_id is None or self.session.read_only:
            return
        if len(rows) < 3:
            self._no_proposals()
            return
        texts = [r.note.text for r in rows]

        def show(proposals: list) -> None:
            groups = [Group(p.name, tuple((rows[i].id, rows[i].note.text) for i in p.members))
                      for p in proposals if len(p.members) > 1]
            if not groups or step_id != self.step_id:
                self._no_proposals()
                return
            self.session.status.emit("")
            self.review = ProposalsReview(self.session, step_id, groups, self)
            self.review.finished.connect(lambda _code: self._reviewed())
            self.review.open()

        self._run(lambda: propose_themes(texts), show)

    def _no_proposals(self) -> None:
        self.session.status.emit(QCoreApplication.translate(
            "ConsolidationWorkspace",
            "Ingen forslag: der skal være mindst tre noter uden kategori, der ligner "
            "hinanden nok til at danne grupper."))

    def _reviewed(self) -> None:
        if self.review is not None:
            self.session.status.emit(self.review.outcome())
            self.review.deleteLater()
            self.review = None
        self.notes_view.setFocus()

    def stop_suggestions(self) -> None:
        for job in self._rank_jobs:
            job.shutdown()
        self._rank_jobs = []
        if self._job is not None:
            self._job.shutdown()
            self._job = None
