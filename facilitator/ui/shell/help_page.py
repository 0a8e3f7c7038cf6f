"""Help for a new user: F1's page of keys (the first start's sentences: welcome.py).

The keys are read off the screen itself rather than kept in a list of their own: every
button and field that has a key says so in its tooltip (»Tilføj noten (Enter)«), and the
menus carry theirs. A page built from those cannot tell of a key the screen has lost.
"""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

#: A tooltip that ends in its keys: »Gå til næste trin (Ctrl+Page Down)«.
_KEY_WORDS = r"Ctrl|Alt|Shift|Enter|Esc|Page|Delete|Del|Mellemrum|Space|Pil|Arrow|F\d{1,2}"
TOOLTIP_KEYS = re.compile(rf"^(?P<what>.*?)\s*\((?P<keys>[^()]*\b(?:{_KEY_WORDS})\b[^()]*)\)"
                          r"\s*\.?$", re.DOTALL)


def screen_keys(screen: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) named in the tooltips of what ``screen`` shows now."""
    found: list[tuple[str, str]] = []
    for widget in [screen, *screen.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        match = TOOLTIP_KEYS.match(widget.toolTip().strip())
        if match is not None:
            entry = (match["keys"].strip(), match["what"].strip())
            if entry not in found:
                found.append(entry)
    return found


def menu_keys(menus: list[QMenu]) -> list[tuple[str, str]]:
    """(keys, command) of every menu entry with a shortcut, everywhere in the window."""
    found: list[tuple[str, str]] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if isinstance(sub := action.menu(), QMenu):
                walk(sub)
            elif not action.shortcut().isEmpty() and action.isVisible():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                what = action.text().replace("&", "").rstrip(" …")
                found.append((keys, what))
    for menu in menus:
        walk(menu)
    return found


class HelpPage(QDialog):
    """The keys of the screen the user is on, then the keys that work everywhere."""

    def __init__(self, place: str, screen: QWidget, menus: list[QMenu],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hjælp – taster"))
        self.here = screen_keys(screen)
        self.everywhere = menu_keys(menus)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setHtml(self._html(place))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _html(self, place: str) -> str:
        def table(rows: list[tuple[str, str]]) -> str:
            return "<table cellpadding='3'>" + "".join(
                f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"
                for keys, what in rows) + "</table>"
        parts = [f"<h3>{html.escape(self.tr('Taster på »%1«').replace('%1', place))}</h3>"]
        parts.append(table(self.here) if self.here else "<p>" + html.escape(self.tr(
            "Denne skærm har ingen taster ud over dem, der virker overalt.")) + "</p>")
        parts.append(f"<h3>{html.escape(self.tr('Overalt'))}</h3>")
        parts.append(table(self.everywhere))
        parts.append("<p>" + html.escape(self.tr(
            "Hold musen over en knap for at se, hvad den gør, og hvilken tast den har."))
            + "</p>")
        return "".join(parts)

