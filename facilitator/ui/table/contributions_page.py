"""The contributions step: for each selected prerequisite, what each actor can contribute.

The table works one selected prerequisite at a time and fills a board with a column per
actor (plus »Ikke fordelt« for ideas nobody has taken yet), as on the paper sheets. The
facilitator types into a column and presses Enter, votes with +/−, marks the selected
ones with Space and moves ideas between actors by keyboard or by dragging. Every change
is one undoable edit of :mod:`facilitator.ui.edits.contributions`.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QTabBar
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import Contribution
from facilitator.ui.edits import contributions as edits
from facilitator.ui.edits.change import Change
from facilitator.ui.shell import zoom
from facilitator.ui.shell.session import CampSession
from facilitator.ui.shell.shortcuts import shortcut
from facilitator.ui.table.contribution_column import ContributionColumn
from facilitator.ui.table.step_page import StepPage

#: The list key of contributions that answer no prerequisite (imported from paper).
NO_PREREQUISITE = ""
TAB_TITLE_LENGTH = 40


class ContributionsPage(StepPage):
    """Tabs of the selected prerequisites; below, the actor columns of the current one."""

    watches = Change.CONTRIBUTION | Change.NOTE | Change.ACTOR

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.columns: list[ContributionColumn] = []
        self._actors_key: tuple[tuple[str, str], ...] | None = None
        self._current_key: str | None = None
        self._active: ContributionColumn | None = None
        self._items: dict[str, Contribution] = {}
        self._build()

    # -- widgets -----------------------------------------------------------------------
    def _build(self) -> None:
        self.empty = QLabel(self.tr(
            "Bordet har ikke udvalgt nogen forudsætninger endnu.\n\n"
            "Gå til trinnet »Forudsætninger«, og markér de forudsætninger, bordet vil arbejde "
            "videre med. Så kan I skrive bidragene til dem her."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # Tabs on top rather than a list at the side: the table session already has the
        # program on the left, and the actor columns need the width.
        self.prerequisites = QTabBar()
        self.prerequisites.setExpanding(False)
        self.prerequisites.setDocumentMode(True)
        self.prerequisites.setAccessibleName(self.tr("Udvalgte forudsætninger"))
        self.prerequisites.setToolTip(
            self.tr("Vælg den forudsætning, bordet arbejder med (Alt+Page Up / Alt+Page Down)"))
        self.prerequisites.currentChanged.connect(self._on_prerequisite_changed)
        label = QLabel(self.tr("For&udsætning:"))
        label.setBuddy(self.prerequisites)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.prerequisites, 1)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        zoom.scale_font(self.heading, 1.3, bold=True)
        self._build_board(top, self._build_tools())
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.board)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._bind_keys()

    def _build_tools(self) -> QHBoxLayout:
        """The buttons for what the keys do in a column, and a reminder of the keys."""
        self.buttons: dict[str, QPushButton] = {}
        tools = QHBoxLayout()
        for action, text, tip in (
            ("vote_up", self.tr("+ Stemme"), self.tr("Giv bidraget en stemme (+)")),
            ("vote_down", self.tr("− Stemme"), self.tr("Fjern en stemme fra bidraget (−)")),
            ("toggle_selected", self.tr("★ Udvalgt"),
             self.tr("Markér bidraget som udvalgt, eller fjern markeringen (Mellemrum)")),
            ("move_left", self.tr("◀ Flyt"),
             self.tr("Flyt bidraget til aktøren til venstre (Ctrl+Venstre)")),
            ("move_right", self.tr("Flyt ▶"),
             self.tr("Flyt bidraget til aktøren til højre (Ctrl+Højre)")),
            ("delete", self.tr("Slet"), self.tr("Slet bidraget. Kan fortrydes (Delete)")),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            # Keep the focus in the column, so the button acts on its current contribution.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, a=action: self._act_on_active(a))
            self.buttons[action] = button
            tools.addWidget(button)
        tools.addStretch(1)
        keys = QLabel(self.tr("Enter tilføjer · F2 retter · Ctrl+←/→ giver til en anden aktør · "
                              "træk med musen for at flytte"))
        keys.setEnabled(False)
        keys.setToolTip(keys.text())
        # A reminder, not content: it may be clipped rather than widen the page.
        keys.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        tools.addWidget(keys)
        return tools

    def _build_board(self, top: QHBoxLayout, tools: QHBoxLayout) -> None:
        self.columns_host = QWidget()
        self.columns_layout = QHBoxLayout(self.columns_host)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_scroll = QScrollArea()
        self.columns_scroll.setWidgetResizable(True)
        self.columns_scroll.setWidget(self.columns_host)
        self.columns_scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.board = QWidget()
        board_layout = QVBoxLayout(self.board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addLayout(top)
        board_layout.addWidget(self.heading)
        board_layout.addLayout(tools)
        # The actors' columns scroll sideways when the screen is narrow; »Ikke fordelt«
        # stays in view beside them, where the table parks what has no actor yet.
        self.columns_row = QHBoxLayout()
        self.columns_row.addWidget(self.columns_scroll, 1)
        board_layout.addLayout(self.columns_row, 1)

    def _bind_keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        shortcut(QKeySequence("Alt+PgUp"), self, lambda: self._step_prerequisite(-1),
                  context=context)
        shortcut(QKeySequence("Alt+PgDown"), self, lambda: self._step_prerequisite(1),
                  context=context)
        for number in range(1, 10):
            shortcut(QKeySequence(f"Alt+{number}"), self,
                     partial(self._focus_column, number - 1), context=context)

    # -- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        if self.step is None:
            return
        store = self.session.store
        prerequisites = store.board.selected_prerequisites(self.table_id)
        found: dict[str, list[Contribution]] = {
            p.id: store.board.contributions(self.step.id, self.table_id, prerequisite_id=p.id)
            for p in prerequisites
        }
        loose = store.board.contributions(self.step.id, self.table_id, prerequisite_id=None)
        entries = [(p.id, p.text) for p in prerequisites]
        if loose:
            entries.append((NO_PREREQUISITE, self.tr("Uden forudsætning")))
            found[NO_PREREQUISITE] = loose
        if not entries:
            self._items = {}
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.board)
        keys = [key for key, _ in entries]
        if self._current_key not in keys:
            self._current_key = keys[0]
        self._fill_prerequisites(entries, found)
        self._ensure_columns()
        current = found[self._current_key]
        self.heading.setText(dict(entries)[self._current_key])
        self._fill_columns(current)
        for button in self.buttons.values():
            button.setEnabled(not self.session.read_only)

    def focus_entry(self) -> None:
        if self.stack.currentWidget() is self.board and self.columns:
            (self._active or self.columns[0]).focus_entry()

    def column_of(self, actor_id: str | None) -> ContributionColumn | None:
        return next((c for c in self.columns if c.actor_id == actor_id), None)

    def _fill_prerequisites(self, entries: list[tuple[str, str]],
                            found: dict[str, list[Contribution]]) -> None:
        tabs = self.prerequisites
        tabs.blockSignals(True)
        while tabs.count() > len(entries):
            tabs.removeTab(tabs.count() - 1)
        while tabs.count() < len(entries):
            tabs.addTab("")
        for row, (key, text) in enumerate(entries):
            short = " ".join(text.split())
            if len(short) > TAB_TITLE_LENGTH:
                short = short[: TAB_TITLE_LENGTH - 1].rstrip() + "…"
            tabs.setTabText(row, f"{short} ({len(found[key])})".replace("&", "&&"))
            tabs.setTabData(row, key)
            tabs.setTabToolTip(row, text)
            if key == self._current_key:
                tabs.setCurrentIndex(row)
        tabs.blockSignals(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_unassigned()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoomed: the names need more room
            self._fit_unassigned()

    def _fit_unassigned(self) -> None:
        """»Ikke fordelt« as wide as an actor's column when all fit, never wider: the
        actors' row scrolls only when the screen cannot hold every column."""
        if not self.columns:
            return
        spacing = self.columns_row.spacing()
        share = (self.board.width() - spacing * len(self.columns)) // len(self.columns)
        unassigned = self.columns[-1]
        unassigned.setFixedWidth(max(unassigned.needed_width(), share))

    def _ensure_columns(self) -> None:
        """One column per actor and »Ikke fordelt« last; rebuilt only when the actors change."""
        actors = self.session.store.frame.actors()
        key = tuple((a.id, a.name) for a in actors)
        if key == self._actors_key:
            return
        self._actors_key = key
        active_actor = self._active.actor_id if self._active else None
        for column in self.columns:
            self.columns_layout.removeWidget(column)
            self.columns_row.removeWidget(column)
            column.deleteLater()
        self.columns = []
        self._active = None
        for actor_id, name in [*key, (None, self.tr("Ikke fordelt"))]:
            column = ContributionColumn(actor_id, name)
            if actor_id is None:
                column.setToolTip(self.tr("Idéer, bordet endnu ikke har givet til en aktør"))
            column.set_read_only(self.session.read_only)
            if len(self.columns) < 9:
                column.entry.setToolTip(
                    self.tr("Skriv et bidrag til %1 og tryk Enter (Alt+%2 går hertil)")
                    .replace("%1", name).replace("%2", str(len(self.columns) + 1)))
            column.add_requested.connect(lambda text, c=column: self._add(c, text))
            column.action_requested.connect(lambda a, cid, c=column: self._act(c, a, cid))
            column.edit_requested.connect(self._edit)
            column.drop_requested.connect(lambda cid, row, c=column: self._drop(c, cid, row))
            column.activated.connect(lambda c=column: self._on_activated(c))
            (self.columns_row if actor_id is None else self.columns_layout).addWidget(column)
            self.columns.append(column)
            if actor_id == active_actor and active_actor is not None:
                self._active = column
        self._fit_unassigned()

    def _fill_columns(self, items: list[Contribution]) -> None:
        actor_ids = {c.actor_id for c in self.columns}
        groups: dict[str | None, list[Contribution]] = {}
        for item in items:  # an actor deleted since lands in »Ikke fordelt«
            groups.setdefault(item.actor_id if item.actor_id in actor_ids else None,
                              []).append(item)
        for column in self.columns:
            column.set_items(groups.get(column.actor_id, []))
        self._items = {c.id: c for c in items}

    def _on_prerequisite_changed(self, row: int) -> None:
        if 0 <= row < self.prerequisites.count():
            self._current_key = self.prerequisites.tabData(row)
            self.reload()

    def _step_prerequisite(self, delta: int) -> None:
        count = self.prerequisites.count()
        if count:
            row = max(0, min(count - 1, self.prerequisites.currentIndex() + delta))
            self.prerequisites.setCurrentIndex(row)

    def _focus_column(self, number: int) -> None:
        if 0 <= number < len(self.columns):
            self.columns[number].focus_entry()

    def _on_activated(self, column: ContributionColumn) -> None:
        self._active = column
        self.columns_scroll.ensureWidgetVisible(column, 0, 0)

    # -- editing -----------------------------------------------------------------------
    def _add(self, column: ContributionColumn, text: str) -> None:
        if self.step is None or self._current_key is None:
            return
        item = edits.add_contribution(
            self.session, step_id=self.step.id, table_id=self.table_id, text=text,
            prerequisite_id=self._current_key or None, actor_id=column.actor_id)
        if item is not None:
            column.entry.clear()
            column.select(item.id, focus=False)

    def _act_on_active(self, action: str) -> None:
        column = self._active or (self.columns[0] if self.columns else None)
        if column is not None:
            self._act(column, action, column.current_id() or "")

    def _act(self, column: ContributionColumn, action: str, contribution_id: str) -> None:
        index = self.columns.index(column)
        if action in ("focus_left", "focus_right"):
            target = index + (1 if action == "focus_right" else -1)
            if 0 <= target < len(self.columns):
                self.columns[target].select_row(max(0, column.current_row()))
            return
        if action == "focus_entry":
            column.focus_entry()
            return
        item = self._items.get(contribution_id)
        if item is None or self.session.read_only:
            return
        if action == "delete":
            self._delete(column, item)
        elif action in ("vote_up", "vote_down"):
            self._vote(item, 1 if action == "vote_up" else -1)
        elif action == "toggle_selected":
            edits.select_contribution(self.session, item, not item.selected)
        elif action in ("move_left", "move_right"):
            target = index + (1 if action == "move_right" else -1)
            if 0 <= target < len(self.columns):
                self._move_to(item, column, self.columns[target], -1)
        elif action in ("move_up", "move_down"):
            row = column.ids().index(item.id)
            self._reorder(column, item, row + (1 if action == "move_down" else -1))

    def _edit(self, contribution_id: str, text: str) -> None:
        item = self._items.get(contribution_id)
        if item is not None and text.strip() != item.text:
            edits.retype_contribution(self.session, item, text)

    def _delete(self, column: ContributionColumn, item: Contribution) -> None:
        row, had_focus = column.current_row(), column.view.hasFocus()
        edits.delete_contribution(self.session, item)
        if column.model.rowCount():
            column.select_row(row, focus=had_focus)
        elif had_focus:
            column.focus_entry()

    def _vote(self, item: Contribution, delta: int) -> None:
        if item.votes + delta >= 0:
            edits.vote_contribution(self.session, item, item.votes + delta)

    def _reorder(self, column: ContributionColumn, item: Contribution, row: int) -> None:
        ids = column.ids()
        old = ids.index(item.id)
        if not 0 <= row < len(ids) or row == old:
            return
        edits.move_contribution(self.session, item, old, row)
        column.select(item.id, focus=column.view.hasFocus())

    def _drop(self, target: ContributionColumn, contribution_id: str, row: int) -> None:
        item = self._items.get(contribution_id)
        source = next((c for c in self.columns if contribution_id in c.ids()), None)
        if item is None or source is None or self.session.read_only:
            return
        if source is target:
            old = source.ids().index(contribution_id)
            row = len(source.ids()) if row < 0 else row
            self._reorder(source, item, row - 1 if row > old else row)
        else:
            self._move_to(item, source, target, row)

    def _move_to(self, item: Contribution, source: ContributionColumn,
                 target: ContributionColumn, row: int) -> None:
        """Give ``item`` to the actor of ``target`` (at ``row``, or last when -1); undo puts
        it back at its old place in ``source``."""
        if edits.give_contribution(self.session, item, row=source.ids().index(item.id),
                                   actor_id=target.actor_id, actor_name=target.name,
                                   to=row) is not None:
            target.select(item.id)  # the focus follows, so Ctrl+→ again moves it further
            self._active = target
