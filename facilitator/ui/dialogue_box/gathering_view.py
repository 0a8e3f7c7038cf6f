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

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.dialogue import QUESTIONS, RoundSummary, format_median
from facilitator.export.dialogue_data import (
    QUESTION_LABELS,
    CardsOverview,
    GatheringData,
    ThermometerOverview,
    TriangleOverview,
    gathering_data,
)
from facilitator.ui.dialogue_box.distribution_chart import DistributionChart
from facilitator.ui.dialogue_box.gathering_export import exports_for
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

        self.overview_button = QPushButton(self.tr("Overblik som &PDF …"), self)
        self.overview_button.setToolTip(self.tr(
            "Alle dialoger samlet i én PDF til udvalget"))
        self.overview_button.clicked.connect(lambda: self.exports.export_gathering(self))
        self.dialogue_combo = QComboBox(self)
        self.dialogue_combo.setAccessibleName(self.tr("Dialog"))
        self.dialogue_button = QPushButton(self.tr("&Dialogens dokumentation (PDF) …"), self)
        self.dialogue_button.setToolTip(self.tr(
            "Den valgte dialog: termometer, trekant, kort, skabelon og aftaler"))
        self.dialogue_button.clicked.connect(
            lambda: self.exports.export_dialogue(self, self.dialogue_combo.currentData()))
        self.kit_button = QPushButton(self.tr("Dialog&kassen til print (PDF) …"), self)
        self.kit_button.setToolTip(self.tr(
            "Dilemmakort til at klippe ud, termometer- og trekantplakat"))
        self.kit_button.clicked.connect(lambda: self.exports.export_kit(self))
        self.exports.busy_changed.connect(self._busy)

        # The thermometer: one row per group and one for all; the charts for all.
        self.thermometer_table = QTableWidget(0, 6, self)
        self.thermometer_table.setAccessibleName(self.tr("Termometeret pr. gruppe"))
        self.thermometer_table.setHorizontalHeaderLabels([
            self.tr("Gruppe"), self.tr("Vært"), self.tr("Start: målinger"),
            self.tr("Start: median"), self.tr("Slut: målinger"), self.tr("Slut: median")])
        self.thermometer_table.verticalHeader().hide()
        self.thermometer_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.thermometer_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.thermometer_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GROUP, QHeaderView.ResizeMode.Stretch)
        self.start_chart = DistributionChart(self.tr("Alle grupper, start"), self)
        self.end_chart = DistributionChart(self.tr("Alle grupper, slut"), self)

        # The triangle: levels with their notes from every group.
        self.triangle_tree = QTreeWidget(self)
        self.triangle_tree.setAccessibleName(self.tr("Trekantens noter fra alle grupper"))
        self.triangle_tree.setHeaderLabels([self.tr("Note"), self.tr("Gruppe"),
                                            self.tr("Stemmer"), self.tr("Kategori")])
        self.triangle_tree.setWordWrap(True)
        self.triangle_tree.setUniformRowHeights(False)
        tree_header = self.triangle_tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            tree_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.categories_label = QLabel(self)
        self.categories_label.setWordWrap(True)
        self.consolidate_button = QPushButton(self.tr("Sortér i kategorier …"), self)
        self.consolidate_button.setToolTip(self.tr(
            "Åbn trekantens noter under »Konsolidering« og sortér dem i kategorier, gerne "
            "niveau for niveau"))
        self.consolidate_button.clicked.connect(self._consolidate)

        # The cards most talked about, with every group's answers.
        self.cards_tree = QTreeWidget(self)
        self.cards_tree.setAccessibleName(self.tr("Kortene, grupperne talte mest om"))
        self.cards_tree.setHeaderLabels([self.tr("Kort og svar"), self.tr("Grupper")])
        self.cards_tree.setWordWrap(True)
        cards_header = self.cards_tree.header()
        cards_header.setStretchLastSection(False)
        cards_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        cards_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self._lay_out()
        session.changed.connect(self._on_changed)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.overview_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.dialogue_combo)
        buttons.addWidget(self.dialogue_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.kit_button)
        buttons.addStretch(1)

        thermometer = QGroupBox(self.tr("Termometeret"), self)
        charts = QVBoxLayout()
        charts.addWidget(self.start_chart)
        charts.addWidget(self.end_chart)
        row = QHBoxLayout(thermometer)
        row.addWidget(self.thermometer_table, 3)
        row.addLayout(charts, 2)

        triangle = QGroupBox(self.tr("Den omvendte trekant"), self)
        triangle_layout = QVBoxLayout(triangle)
        triangle_layout.addWidget(self.triangle_tree, 1)
        line = QHBoxLayout()
        line.addWidget(self.categories_label, 1)
        line.addWidget(self.consolidate_button)
        triangle_layout.addLayout(line)

        cards = QGroupBox(self.tr("Dilemmakortene"), self)
        cards_layout = QVBoxLayout(cards)
        cards_layout.addWidget(self.cards_tree)

        lower = QSplitter(self)
        lower.addWidget(triangle)
        lower.addWidget(cards)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setChildrenCollapsible(False)
        upper = QSplitter(Qt.Orientation.Vertical, self)
        upper.addWidget(thermometer)
        upper.addWidget(lower)
        upper.setStretchFactor(0, 2)
        upper.setStretchFactor(1, 3)
        upper.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(upper, 1)

    # -- reading -----------------------------------------------------------------------
    def _on_changed(self, _what: str) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
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
            tree.addTopLevelItem(top)
            for index in range(top.childCount()):
                top.child(index).setExpanded(True)
        if section.cards:
            tree.topLevelItem(0).setExpanded(True)

    # -- acting ------------------------------------------------------------------------
    def _consolidate(self) -> None:
        if self._triangle_step is not None:
            self.consolidate_requested.emit(self._triangle_step)

    def _busy(self, busy: bool) -> None:
        for button in (self.overview_button, self.dialogue_button, self.kit_button):
            button.setEnabled(not busy)
