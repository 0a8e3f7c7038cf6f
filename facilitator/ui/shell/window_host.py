"""What the menus' helpers may use of the main window, and nothing more.

The Export menu's reports, the File menu's kits and sheets, »delete for good« and the
projector act on behalf of the main window: they need the open camp, a parent for their
dialogs, a warning and a line in the status bar. The main window hands them this small
object instead of itself, so none of them reaches into the window's attributes, and
each can be read (and tested) knowing only these few things.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from typing import NamedTuple

from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the camp view is loaded late (ui/shell/screens.py)
    from facilitator.ui.shell.camp_view import CampView
    from facilitator.ui.shell.session import CampSession

#: How long a message of the helpers stays in the status bar.
STATUS_MS = 8000


class WindowHost(NamedTuple):
    """The main window as its menus' helpers see it. (A named tuple, not a dataclass:
    the start screen then needs no dataclasses module, 2 ms.)"""

    #: The parent of their dialogs and the owner of their actions.
    window: QMainWindow
    #: The open camp's session, or None on the start screen.
    session: Callable[[], CampSession | None]
    #: The open camp's tabs, or None.
    camp_view: Callable[[], CampView | None]
    #: Tell the user what went wrong, in a message box.
    warn: Callable[[str], None]
    #: Open a camp file and show it; False (and why, said) if it was refused.
    open_camp: Callable[[Path], bool]

    def status(self, text: str, ms: int = STATUS_MS) -> None:
        """Say ``text`` in the status bar (for ``ms`` milliseconds; 0: until replaced)."""
        self.window.statusBar().showMessage(text, ms)

    def clear_status(self) -> None:
        self.window.statusBar().clearMessage()

    def add_status_widget(self, widget: QWidget) -> None:
        self.window.statusBar().addPermanentWidget(widget)

    def table_code(self) -> str:
        """The code of the table chosen under »Ved bordet«, or "" when none is."""
        view = self.camp_view()
        table = view.table_session.current_table() if view is not None else None
        return table.code if table is not None else ""

    def show_at_table(self) -> None:
        """Go to »Ved bordet« (a kit just opened at a table laptop)."""
        view = self.camp_view()
        if view is not None:
            view.tabs.setCurrentWidget(view.table_session)
