"""The dialogue box's three PDFs from the app: a dialogue's documentation, the kit to print
and the coordinator's overview, each written off the GUI thread.

Building a PDF with pictures and several passes takes a moment or two; the host keeps
working meanwhile. The worker opens its *own* read-only connection to the camp file (a
SQLite connection belongs to one thread) and calls the same build functions as the
command line. Text still being typed is saved first, so the PDF holds it. A failure is
a Danish message through the session (a dialog in the main window), never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.domain.messages import write_failure
from facilitator.domain.places import safe_file_stem
from facilitator.ui.common import background
from facilitator.ui.common.background import Progress
from facilitator.ui.common.refusals import user_message
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.organiser.file_chooser import last_dir
from facilitator.ui.organiser.file_chooser import remember_dir
from facilitator.ui.shell import screens

if TYPE_CHECKING:
    from facilitator.store import CampStore
    from facilitator.ui.shell.session import CampSession

EXPORT_FAILED = QT_TRANSLATE_NOOP(
    "Messages",
    "»{path}« kunne ikke gemmes ({detail}). Vælg et andet sted, fx skrivebordet, og prøv "
    "igen.")
EXPORT_ERROR = QT_TRANSLATE_NOOP(
    "Messages", "PDF'en kunne ikke laves ({detail}). Campfilen er ikke ændret.")

DIALOGUE, KIT, GATHERING = "dialogue", "kit", "gathering"


def build_pdf(kind: str, store: CampStore, out_path: Path, *, table_code: str | None = None,
              poster_size: str = "A4", pseudonymise: bool = False) -> Path:
    """The PDF of ``kind`` from ``store`` at ``out_path`` (reportlab imported only now);
    ``pseudonymise`` replaces the names on the file's list »Navne i rapporter«."""
    names = store.names.pseudonyms() if pseudonymise else None
    if kind == DIALOGUE:
        return screens.build_dialogue_report(store, out_path, table_code=table_code,
                                             pseudonyms=names)
    if kind == KIT:
        return screens.build_dialogue_kit(store, out_path, poster_size=poster_size,
                                          pseudonyms=names)
    return screens.build_gathering_report(store, out_path, pseudonyms=names)


def failure_error(err: BaseException, out_path: Path) -> UserError:
    """Any failure of an export as a refusal the user can act on."""
    if isinstance(err, UserError):
        return err
    if isinstance(err, OSError):
        return UserError(EXPORT_FAILED, path=str(out_path), detail=write_failure(err))
    return UserError(EXPORT_ERROR, detail=str(err) or err.__class__.__name__)


def write_pdf(camp_path: Path, out_path: Path, build: Callable[[CampStore], Path],
              _progress: Progress) -> Path:
    """Build one PDF from the camp file on a job's thread, through its own connection."""
    screens.check_target(out_path, screens.OTHER, [camp_path])
    with screens.CampStore.open(camp_path, snapshot=True) as store:
        return build(store)


class DialogueExports(QObject):
    """Asks where to save, runs one export at a time and says how it went."""

    #: A PDF was written: its path.
    written = Signal(str)
    #: An export started (True) or ended (False).
    busy_changed = Signal(bool)

    def __init__(self, session: CampSession, parent: QObject | None = None, *,
                 chooser: FileChooser | None = None) -> None:
        super().__init__(parent or session)
        self.session = session
        self.chooser = chooser or FileChooser()
        self.worker: background.Job[Path] | None = None
        self._closed = False

    @property
    def busy(self) -> bool:
        return self.worker is not None

    # -- the three exports -------------------------------------------------------------
    def export_dialogue(self, parent: QWidget, table_code: str | None) -> None:
        """»Dialogens dokumentation (PDF) …« for the dialogue at ``table_code``."""
        store = self.session.store
        name = table_code or ""
        if table_code is not None:
            d = store.dialogue_box.dialogue(getattr(store.frame.table_by_code(table_code), "id",
                                                    None))
            if d is not None and d.group_name.strip():
                name = f"{table_code} {d.group_name.strip()}"
        stem = safe_file_stem(self.tr("Dialog %1").replace("%1", name).strip(),
                              fallback="Dialog")
        self._ask(parent, DIALOGUE, self.tr("Gem dialogens dokumentation"), stem,
                  table_code=table_code)

    def export_kit(self, parent: QWidget) -> None:
        """»Dialogkassen til print (PDF) …«: posters on A4, or A3 by the filter chosen."""
        self._ask(parent, KIT, self.tr("Gem dialogkassen til print"),
                  safe_file_stem(self.tr("Dialogkassen til print")), kit=True)

    def export_gathering(self, parent: QWidget) -> None:
        """»Overblik som PDF …«: every gathered dialogue, for the committee."""
        title = self.session.store.frame.camp().title
        stem = safe_file_stem(self.tr("Opsamling %1").replace("%1", title).strip())
        self._ask(parent, GATHERING, self.tr("Gem overblikket over dialogerne"), stem)

    def _ask(self, parent: QWidget, kind: str, caption: str, stem: str, *,
             table_code: str | None = None, kit: bool = False) -> None:
        if self.busy:
            self.session.status.emit(self.tr("Vent et øjeblik: en PDF bliver lavet."))
            return
        replace = screens.ask_replace_names(parent, self.session, caption)
        if replace is None:
            return
        a4 = self.tr("PDF med plakater i A4 (*.pdf)")
        a3 = self.tr("PDF med plakater i A3 (*.pdf)")
        filters = f"{a4};;{a3}" if kit else self.tr("PDF (*.pdf)")
        path, chosen = self.chooser.save_file(parent, caption, str(Path(last_dir()) /
                                                                    f"{stem}.pdf"), filters)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        remember_dir(path)
        self.start(kind, path, table_code=table_code,
                   poster_size="A3" if kit and chosen == a3 else "A4", pseudonymise=replace)

    def start(self, kind: str, out_path: Path, *, table_code: str | None = None,
              poster_size: str = "A4", pseudonymise: bool = False) -> None:
        """Write the PDF; off the GUI thread when the camp lives in a file."""
        if self._closed or self.busy:
            return
        self.session.commit_pending()  # what is being typed belongs in the PDF
        store = self.session.store

        def build(store: CampStore) -> Path:
            return build_pdf(kind, store, out_path, table_code=table_code,
                             poster_size=poster_size, pseudonymise=pseudonymise)

        if store.path is None:
            try:
                path = build(store)
            except Exception as exc:
                self._done("", user_message(failure_error(exc, out_path)))
            else:
                self._done(str(path), "")
            return
        self.session.status.emit(self.tr("Laver PDF'en »%1« …").replace("%1", out_path.name))
        self.busy_changed.emit(True)
        self.worker = background.start(
            partial(write_pdf, store.path, out_path, build), parent=self,
            unforeseen=lambda exc: failure_error(exc, out_path),
            succeeded=lambda path: self._done(str(path), ""),
            failed=lambda failure: self._done("", failure.message))

    def _done(self, path: str, error: str) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
            self.busy_changed.emit(False)
        if self._closed:
            return
        if error:
            self.session.failed.emit(error)
            return
        self.session.status.emit(self.tr("PDF'en er gemt i »%1«.").replace("%1", path))
        self.written.emit(path)

    def shutdown(self) -> None:
        """The camp is closing: let a running export finish, then report nothing more."""
        self._closed = True
        if self.worker is not None:
            self.worker.shutdown()  # the PDF being written is finished first
            self.worker.deleteLater()
            self.worker = None


def exports_for(session: CampSession) -> DialogueExports:
    """The session's one exporter (made on first use), shared by every screen."""
    found = session.findChild(DialogueExports)
    return found if found is not None else DialogueExports(session)


def shutdown_exports(session: CampSession) -> None:
    found = session.findChild(DialogueExports)
    if found is not None:
        found.shutdown()
