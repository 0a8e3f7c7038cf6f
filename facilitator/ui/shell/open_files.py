"""A file handed to the app — double-clicked in Explorer or Finder, or named on the
command line — opened as what it is.

A ``.camp`` opens; a ``.campkit`` becomes this laptop's table camp, as »Åbn campkit«
does; a ``.campbundle`` is collected on the collect screen of the camp it belongs to.
A double-click starts a fresh app with no camp open, so the camp for a bundle is looked
for among the recent camps (the organiser's laptop has collected there before); when
none is its camp, the most recent one gets it, and the collect screen says in words
why it refuses a bundle of another camp (or gathers another host's dialogue).

On macOS Finder does not pass the file as an argument but sends a ``FileOpen`` event
to the application; :class:`FileOpenEvents` routes those here too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtGui import QFileOpenEvent

from facilitator.domain.messages import UserError
from facilitator.ui.common.refusals import user_message
from facilitator.ui.shell import screens

if TYPE_CHECKING:
    from facilitator.ui.shell.main_window import MainWindow


def open_path(window: MainWindow, path: Path) -> bool:
    """Open ``path`` by its kind; whether a camp is open afterwards."""
    suffix = path.suffix.lower()
    if suffix == screens.KIT_SUFFIX:
        window.camp_files.open_kit(path)
        return window.session is not None
    if suffix == screens.BUNDLE_SUFFIX:
        return collect_bundle(window, path)
    return window.open_camp(path)


def collect_bundle(window: MainWindow, bundle: Path) -> bool:
    """Show the collect screen of the bundle's camp and collect ``bundle`` there."""
    session = window.session
    if session is None or session.read_only:
        camp = camp_for_bundle(bundle, window._recent())
        if camp is None:
            window._warn(QCoreApplication.translate(
                "OpenFiles", "Bordpakken »%1« hentes ind i arrangørens camp. Åbn campen, "
                "og hent bordpakken under »Indsamling«.").replace("%1", bundle.name))
            return False
        if not window.open_camp(camp):
            return False
    view = window.camp_view
    assert view is not None
    view.tabs.setCurrentWidget(view.collect)
    view.collect.collect([bundle])
    return True


def camp_for_bundle(bundle: Path, recent: list[str]) -> Path | None:
    """The recent camp the bundle was exported from, else the most recent camp."""
    if not recent:
        return None
    try:
        camp_id = screens.read_bundle(bundle).manifest.camp_id
    except UserError:
        return Path(recent[0])  # the collect screen tells what is wrong with it
    for candidate in map(Path, recent):
        try:
            with screens.CampStore.open(candidate, read_only=True) as store:
                if store.frame.camp().id == camp_id:
                    return candidate
        except UserError:
            continue
    return Path(recent[0])


class FileOpenEvents(QObject):
    """Routes macOS's »open this file« events (Finder, the Dock) to the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                try:
                    open_path(self.window, Path(name))
                except UserError as exc:
                    self.window._warn(user_message(exc))
                return True
        return super().eventFilter(watched, event)
