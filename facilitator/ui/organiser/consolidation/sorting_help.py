"""The sorting help: the three most likely categories for the note in focus.

A bar above the notes table, "Forslag: 1 Kvantitative målinger  2 …  3 …". It learns
from the notes already placed (:class:`~facilitator.domain.suggestions.PlacementRanker`,
rebuilt after each placement, built lazily) and suggests only: a note is placed by the
organiser's key (1–3) or click, through the workspace, never by this bar.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from facilitator.domain.suggestions import PlacementRanker

#: Suggestions shown; keys 1–SUGGESTED place the note in them.
SUGGESTED = 3
#: Arrow keys held down move through many notes: rank only where the organiser stops.
SETTLE_MS = 60


class RankingCache:
    """One step's ranker and its rankings, rebuilt after the categories change.

    :meth:`work` hands a ranking to another thread without sharing anything mutable;
    :meth:`adopt` takes its result back on the GUI thread if nothing changed meanwhile.
    """

    def __init__(self) -> None:
        self._ranker: PlacementRanker | None = None
        self._placed: list[tuple[str, str]] = []
        self._others: list[str] = []
        self._names: list[str] = []
        self._ranked: dict[str, list[str]] = {}
        #: Counts the changes of what is learned: a late result of older data is dropped.
        self.generation = 0

    def learn(self, placed: Sequence[tuple[str, str]], others: Sequence[str],
              names: Sequence[str] = ()) -> None:
        """What the ranker learns from (``names``: every category, placed in or not);
        the ranker itself is built on first use."""
        placed, others, names = list(placed), list(others), list(names)
        if placed == self._placed and others == self._others and names == self._names:
            return
        self._placed, self._others, self._names = placed, others, names
        self._ranker = None
        self._ranked.clear()
        self.generation += 1

    def knows(self, text: str) -> bool:
        return text in self._ranked

    def rank(self, text: str) -> list[str]:
        if text not in self._ranked:
            ranker, names = self.work(text)()
            self._ranker, self._ranked[text] = ranker, names
        return list(self._ranked[text])

    def work(self, text: str) -> Callable[[], tuple[PlacementRanker, list[str]]]:
        """The ranking of ``text`` as a function to run anywhere (the ranker is only read)."""
        ranker, placed, others, names = self._ranker, self._placed, self._others, self._names

        def run() -> tuple[PlacementRanker, list[str]]:
            made = ranker or PlacementRanker(placed, others, names=names)
            return made, made.rank(text, SUGGESTED)
        return run

    def adopt(self, generation: int, text: str, ranker: PlacementRanker,
              names: list[str]) -> bool:
        """Keep a ranking made elsewhere; False when the categories changed meanwhile."""
        if generation != self.generation:
            return False
        self._ranker = self._ranker or ranker
        self._ranked[text] = list(names)
        return True


class SortingHelp(QWidget):
    """The bar: a switch, the suggestions as buttons, or a hint when there are none."""

    #: The n-th suggestion (1–3) was clicked.
    picked = Signal(int)
    #: The bar wants fresh suggestions for the note in focus (after the organiser stops).
    wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = RankingCache()
        self.names: list[str] = []
        #: The note the names are for (None: no suggestions shown).
        self.note_id: str | None = None
        self.switch = QCheckBox(self.tr("Sorteringshjælp:"), self)
        self.switch.setChecked(True)
        self.switch.setToolTip(self.tr(
            "Foreslår de tre mest sandsynlige kategorier for noten i fokus, lært af de "
            "noter, der allerede er placeret. Tast 1–3 placerer noten. Slået fra: tast "
            "1–9 placerer i den n-te kategori."))
        self.switch.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons: list[QPushButton] = []
        self.hint = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.switch)
        for n in range(1, SUGGESTED + 1):
            button = QPushButton(self)
            button.setFlat(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table keeps the keys
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, n=n: self.picked.emit(n))
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addWidget(self.hint, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.wanted)
        self.switch.toggled.connect(lambda _on: self.wanted.emit())
        self.show_names([], hint=self.tr("Vælg en note."))

    @property
    def active(self) -> bool:
        return self.switch.isChecked()

    def later(self) -> None:
        """Ask for fresh suggestions once the focus has settled."""
        self.timer.start()

    def show_names(self, names: Sequence[str], *, hint: str = "",
                   note_id: str | None = None) -> None:
        """Show the suggestions for ``note_id`` (most likely first), or the hint when there
        are none."""
        self.timer.stop()
        self.names = list(names) if self.active else []
        self.note_id = note_id if self.names else None
        for n, button in enumerate(self.buttons, 1):
            name = self.names[n - 1] if n <= len(self.names) else ""
            button.setText(f"{n}  {name.replace('&', '&&')}")  # no mnemonic in a name
            button.setToolTip(self.tr("Tast {n} eller klik for at placere noten i »{name}«.")
                              .format(n=n, name=name))
            button.setVisible(bool(name))
        self.hint.setText("" if self.names or not self.active else hint)

    def name_at(self, n: int) -> str | None:
        return self.names[n - 1] if 1 <= n <= len(self.names) else None
