"""»Overblik«: every dialogue of the file side by side, for the coordinator.

The coordinator gathers the hosts' dialogues under »Indsamling« (bundles from a
coordinator kit, or from dialogue files each host made), and reads them here: the
thermometer per group and for all, with the medians; the inverted triangle's notes
level by level from every group, with how many each group wrote and the categories the
coordinator sorted them into under »Konsolidering«; and the dilemma cards the groups
talked about most, with every group's answers. The same numbers go into the PDF for
the committee (»Overblik som PDF …«); a single dialogue's documentation and the kit to
print are exported from here too.

The view reads the file again whenever something changes while it is shown, and once
when it is shown after changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QWidget

from facilitator.domain.dialogue import QUESTIONS
from facilitator.domain.dialogue import RoundSummary
from facilitator.domain.dialogue import format_median
from facilitator.export.dialogue_data import QUESTION_LABELS
from facilitator.export.gathering_data import CardsOverview
from facilitator.export.gathering_data import GatheringData
from facilitator.export.gathering_data import ThermometerOverview
from facilitator.export.gathering_data import TriangleOverview
from facilitator.export.gathering_data import gathering_data
from facilitator.ui.common.controls import button
from facilitator.ui.common.layouts import gap
from facilitator.ui.common.layouts import hbox
from facilitator.ui.common.layouts import splitter
from facilitator.ui.common.layouts import vbox
from facilitator.ui.dialogue_box.distribution_chart import DistributionChart
from facilitator.ui.dialogue_box.gathering_export import exports_for
from facilitator.ui.dialogue_box.trend_chart import TrendPanel
from facilitator.ui.edits.change import Change
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.shell.session import CampSession

#: Columns of the thermometer table.
GROUP, HOST, START_N, START_MEDIAN, END_N, END_MEDIAN = range(6)


class GatheringView(QWidget):
    #: The coordinator wants to sort a triangle step's notes into categories.
    consolidate_requested = Signal(str)

    def __init__(self, session: CampSession, parent: QWidget | None = None, *,
                 chooser: FileChooser | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.exports = exports_for(session)
        if chooser is not None:
            self.exports.chooser = chooser
        self.data: GatheringData | None = None
        self._dirty = True
        self._triangle_step: str | None = None

        self.summary_label = QLabel(self)
        font = QFont(self.summary_label.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.summary_label.setFont(font)
        self.waiting_label = QLabel(self)
        self.waiting_label.setWordWrap(True)
        self.hint = QLabel(self.tr(
            "Saml dialogerne under »Indsamling«: bordpakker fra værterne, der har åbnet dit "
            "dialogkit og valgt hver sin dialog (D1, D2 …), eller fra dialoger, de selv har "
            "oprettet med »Ny dialog«. Hver dialog bliver sin egen gruppe her."), self)
        self.hint.setWordWrap(True)

        self._make_buttons()
        self._make_thermometer()
        self._make_triangle()
        self._make_cards()
        self._lay_out()
        session.changed.connect(self._on_changed)

    def _make_buttons(self) -> None:
        """The three PDFs: the overview, one dialogue's documentation, the kit to print."""
        self.overview_button = button(
            self.tr("Overblik som &PDF …"), self.tr("Alle dialoger samlet i én PDF til udvalget"),
            lambda: self.exports.export_gathering(self), self)
        self.dialogue_combo = QComboBox(self)
        self.dialogue_combo.setAccessibleName(self.tr("Dialog"))
        self.dialogue_button = button(
            self.tr("&Dialogens dokumentation (PDF) …"),
            self.tr("Den valgte dialog: termometer, trekant, kort, skabelon og aftaler"),
            lambda: self.exports.export_dialogue(self, self.dialogue_combo.currentData()), self)
        self.kit_button = button(
            self.tr("Dialog&kassen til print (PDF) …"),
            self.tr("Dilemmakort til at klippe ud, termometer- og trekantplakat"),
            lambda: self.exports.export_kit(self), self)
        self.exports.busy_changed.connect(self._busy)

    def _make_thermometer(self) -> None:
        """One row per group and one for all; the charts for all."""
        table = self.thermometer_table = QTableWidget(0, 6, self)
        table.setAccessibleName(self.tr("Termometeret pr. gruppe"))
        table.setHorizontalHeaderLabels([
            self.tr("Gruppe"), self.tr("Vært"), self.tr("Start: målinger"),
            self.tr("Start: median"), self.tr("Slut: målinger"), self.tr("Slut: median")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GROUP, QHeaderView.ResizeMode.Stretch)
        self.start_chart = DistributionChart(self.tr("Alle grupper, start"), self)
        self.end_chart = DistributionChart(self.tr("Alle grupper, slut"), self)
        self.trend_panel = TrendPanel(self)

    def _make_triangle(self) -> None:
        """The levels with their notes from every group."""
        self.triangle_tree = _tree(self, self.tr("Trekantens noter fra alle grupper"),
                                   self.tr("Note"), self.tr("Gruppe"), self.tr("Stemmer"),
                                   self.tr("Kategori"))
        self.triangle_tree.setUniformRowHeights(False)
        self.categories_label = QLabel(self)
        self.categories_label.setWordWrap(True)
        self.consolidate_button = button(
            self.tr("Sortér i kategorier …"),
            self.tr("Åbn trekantens noter under »Konsolidering« og sortér dem i kategorier, "
                    "gerne niveau for niveau"), self._consolidate, self)

    def _make_cards(self) -> None:
        """The cards most talked about, with every group's answers."""
        self.cards_tree = _tree(self, self.tr("Kortene, grupperne talte mest om"),
                                self.tr("Kort og svar"), self.tr("Grupper"))

    def _lay_out(self) -> None:
        buttons = hbox(self.overview_button, gap(16), self.dialogue_combo,
                       self.dialogue_button, gap(16), self.kit_button, 1)
        thermometer = QGroupBox(self.tr("Termometeret"), self)
        per_group = QWidget(self)
        hbox((self.thermometer_table, 3), (vbox(self.start_chart, self.end_chart), 2),
             parent=per_group, flush=True)
        self.thermometer_tabs = QTabWidget(thermometer)
        self.thermometer_tabs.addTab(per_group, self.tr("Pr. gruppe"))
        self.thermometer_tabs.addTab(self.trend_panel, self.tr("Over tid"))
        vbox(self.thermometer_tabs, parent=thermometer)
        triangle = QGroupBox(self.tr("Den omvendte trekant"), self)
        vbox((self.triangle_tree, 1), hbox((self.categories_label, 1), self.consolidate_button),
             parent=triangle)
        cards = QGroupBox(self.tr("Dilemmakortene"), self)
        vbox(self.cards_tree, parent=cards)
        lower = splitter(Qt.Orientation.Horizontal, (triangle, 3), (cards, 2), parent=self)
        upper = splitter(Qt.Orientation.Vertical, (thermometer, 2), (lower, 3), parent=self)
        vbox(self.summary_label, self.waiting_label, self.hint, buttons, (upper, 1),
             parent=self)

    # -- reading -----------------------------------------------------------------------
    def _on_changed(self, _what: Change) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        """Read every dialogue of the file again and show it."""
        self._dirty = False
        data = gathering_data(self.session.store)
        self.data = data
        count, people = len(data.dialogues), data.participants
        if count == 0:
            self.summary_label.setText(self.tr("Ingen dialoger endnu"))
        else:
            text = (self.tr("1 dialog") if count == 1
                    else self.tr("%1 dialoger").replace("%1", str(count)))
            if people:
                text += " · " + (self.tr("1 deltager") if people == 1
                                 else self.tr("%1 deltagere").replace("%1", str(people)))
            self.summary_label.setText(text)
        self.waiting_label.setText(
            self.tr("Endnu ingen dialog fra: %1").replace("%1", ", ".join(data.waiting))
            if data.waiting else "")
        self.waiting_label.setVisible(bool(data.waiting))
        self._fill_dialogues(data)
        thermometer = next((s for s in data.sections if isinstance(s, ThermometerOverview)),
                           None)
        triangle = next((s for s in data.sections if isinstance(s, TriangleOverview)), None)
        cards = next((s for s in data.sections if isinstance(s, CardsOverview)), None)
        self._fill_thermometer(thermometer)
        self._fill_triangle(triangle)
        self._fill_cards(cards)

    def _fill_dialogues(self, data: GatheringData) -> None:
        keep = self.dialogue_combo.currentData()
        self.dialogue_combo.clear()
        codes = [d.code for d in data.dialogues] or [
            t.code for t in self.session.store.frame.tables()]
        names = {d.code: d.label for d in data.dialogues}
        for code in codes:
            self.dialogue_combo.addItem(names.get(code, code), code)
        row = self.dialogue_combo.findData(keep)
        self.dialogue_combo.setCurrentIndex(row if row >= 0 else 0)
        self.dialogue_button.setEnabled(bool(codes) and not self.exports.busy)

    def _fill_thermometer(self, section: ThermometerOverview | None) -> None:
        table = self.thermometer_table
        groups = section.groups if section else ()
        table.setRowCount(len(groups) + (1 if section else 0))

        def put(row: int, info: tuple[str, str], start: RoundSummary, end: RoundSummary,
                bold: bool = False) -> None:
            values = [info[0], info[1], str(start.readings) if start.readings else "–",
                      format_median(start.median), str(end.readings) if end.readings else "–",
                      format_median(end.median)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= START_N:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)

        for row, group in enumerate(groups):
            put(row, (group.info.label, group.info.host), group.start, group.end)
        if section is not None:
            put(len(groups), (self.tr("Alle grupper"), ""), section.start, section.end,
                bold=True)
        self.start_chart.set_summary(section.start if section else None)
        self.end_chart.set_summary(section.end if section else None)
        self.end_chart.setVisible(bool(section and section.end.readings))
        self.trend_panel.set_trend(section.trend if section else None)

    def _fill_triangle(self, section: TriangleOverview | None) -> None:
        tree = self.triangle_tree
        tree.clear()
        self._triangle_step = section.step_id if section else None
        self.consolidate_button.setEnabled(section is not None)
        if section is None:
            self.categories_label.setText("")
            return
        bold = QFont(tree.font())
        bold.setBold(True)
        for level in section.levels:
            per_group = ", ".join(f"{code} {n}" for code, n in level.per_group if n)
            count = (self.tr("1 note") if len(level.notes) == 1
                     else self.tr("%1 noter").replace("%1", str(len(level.notes))))
            top = QTreeWidgetItem([
                self.tr("Niveau %1 · %2 (%3)").replace("%1", str(level.level))
                .replace("%2", level.question).replace("%3", count)])
            top.setToolTip(0, f"{level.question}\n{per_group}" if per_group else level.question)
            top.setFont(0, bold)
            for note, category in zip(level.notes, level.note_categories, strict=True):
                item = QTreeWidgetItem([
                    ("★ " if note.selected else "") + " ".join(note.text.split()), note.owner,
                    str(note.votes) if note.votes else "", category])
                item.setToolTip(0, note.text)
                top.addChild(item)
            tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        if section.categorised:
            parts = ", ".join(f"{c.name} {c.count}" for c in section.categories)
            rest = (self.tr("; uden kategori %1").replace("%1", str(section.uncategorised))
                    if section.uncategorised else "")
            self.categories_label.setText(self.tr("Kategorier: %1").replace("%1", parts) + rest)
        else:
            self.categories_label.setText(self.tr(
                "Noterne er endnu ikke sorteret i kategorier."))

    def _fill_cards(self, section: CardsOverview | None) -> None:
        tree = self.cards_tree
        tree.clear()
        if section is None:
            return
        bold = QFont(tree.font())
        bold.setBold(True)
        for card in section.cards:
            top = QTreeWidgetItem([card.card.title, str(card.count)])
            top.setToolTip(0, card.card.title)
            top.setToolTip(1, ", ".join(g.owner for g in card.groups))
            top.setFont(0, bold)
            top.setFont(1, bold)
            children = []
            for question in QUESTIONS:
                said = [(g.owner, text) for g in card.groups for q, text in g.answers
                        if q == question]
                if not said:
                    continue
                label = QTreeWidgetItem([QUESTION_LABELS[question], ""])
                for owner, text in said:
                    answer = QTreeWidgetItem([" ".join(text.split()), owner])
                    answer.setToolTip(0, text)
                    label.addChild(answer)
                top.addChild(label)
                children.append(label)
            tree.addTopLevelItem(top)
            for child in children:
                child.setExpanded(True)
        if (first := tree.topLevelItem(0)) is not None:
            first.setExpanded(True)

    # -- acting ------------------------------------------------------------------------
    def _consolidate(self) -> None:
        if self._triangle_step is not None:
            self.consolidate_requested.emit(self._triangle_step)

    def _busy(self, busy: bool) -> None:
        for push in (self.overview_button, self.dialogue_button, self.kit_button):
            push.setEnabled(not busy)


def _tree(parent: QWidget, name: str, *headers: str) -> QTreeWidget:
    """A tree of texts that wrap: the first column takes the room, the others fit."""
    tree = QTreeWidget(parent)
    tree.setAccessibleName(name)
    tree.setHeaderLabels(list(headers))
    tree.setWordWrap(True)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return tree
