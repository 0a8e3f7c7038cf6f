"""The screens (and the bundle code) loaded late, named in one place: the UI's one lazy
loading.

Start-up shows the start screen or, with a camp, the table session; the other screens
(the open camp itself, its setup, collect, consolidation and analysis tabs, the dialogue
box's overview, the comparison across camps) are imported the first time the user goes
there, as ``screens.CampSetup``. That keeps a start about 100 ms shorter, and collect's
bundle code and the overview's report code out of it entirely
(tests/ui/test_startup_imports.py). The table's bundle button and the dialogue box's
PDFs reach the bundle code the same way (``screens.export_bundle``), when they write one;
the menus reach the report, spreadsheet and kit code so (``screens.camp_pdf``), when the
user exports or imports. Every other import is at the top of its module.

The type-checking imports below are the same modules: mypy types ``screens.CampSetup``
from them, and import-linter sees them, so loading late hides nothing from the checks.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING
from typing import Any

if TYPE_CHECKING:  # the same as WHERE, for the checkers
    from facilitator.domain.transcription import SHEET_SUFFIXES  # noqa: F401
    from facilitator.export.camp_exports import ProgressMeter  # noqa: F401
    from facilitator.export.camp_exports import camp_pdf  # noqa: F401
    from facilitator.export.camp_exports import cross_pdf  # noqa: F401
    from facilitator.export.camp_exports import default_file_name  # noqa: F401
    from facilitator.export.camp_exports import write_spreadsheet  # noqa: F401
    from facilitator.export.cross_report import names_of  # noqa: F401
    from facilitator.export.dialogue_kit import build_dialogue_kit  # noqa: F401
    from facilitator.export.dialogue_report import build_dialogue_report  # noqa: F401
    from facilitator.export.followup_exports import default_followup_name  # noqa: F401
    from facilitator.export.followup_exports import export_followup  # noqa: F401
    from facilitator.export.gathering_report import build_gathering_report  # noqa: F401
    from facilitator.export.report_files import PDF_SUFFIX  # noqa: F401
    from facilitator.store.bundle_files import KIT_SUFFIX  # noqa: F401
    from facilitator.store.bundle_files import OTHER  # noqa: F401
    from facilitator.store.bundle_files import check_target  # noqa: F401
    from facilitator.store.bundle_files import read_bundle  # noqa: F401
    from facilitator.store.bundles import BUNDLE_SUFFIX  # noqa: F401
    from facilitator.store.bundles import export_bundle  # noqa: F401
    from facilitator.store.bundles import export_kit  # noqa: F401
    from facilitator.store.bundles import open_kit  # noqa: F401
    from facilitator.store.transcription import camp_code  # noqa: F401
    from facilitator.ui.dialogue_box.gathering_view import GatheringView  # noqa: F401
    from facilitator.ui.organiser.analysis import AnalysisView  # noqa: F401
    from facilitator.ui.organiser.analysis import open_across_camps  # noqa: F401
    from facilitator.ui.organiser.camp_files import CampFiles  # noqa: F401
    from facilitator.ui.organiser.collect_screen import CollectScreen  # noqa: F401
    from facilitator.ui.organiser.consolidation.workspace import ConsolidationWorkspace  # noqa: F401
    from facilitator.ui.organiser.export_options import ask_replace_across  # noqa: F401
    from facilitator.ui.organiser.export_options import ask_replace_names  # noqa: F401
    from facilitator.ui.organiser.followup.view import FollowupView  # noqa: F401
    from facilitator.ui.organiser.names_dialog import NamesDialog  # noqa: F401
    from facilitator.ui.organiser.report_exports import ReportExports  # noqa: F401
    from facilitator.ui.organiser.sheet_import import SheetImportDialog  # noqa: F401
    from facilitator.ui.setup.camp_setup import CampSetup  # noqa: F401
    from facilitator.ui.shell.camp_view import CampView  # noqa: F401
    from facilitator.ui.shell.camp_view import is_dialogue_file  # noqa: F401
    from facilitator.ui.shell.help_page import HelpPage  # noqa: F401
    from facilitator.ui.shell.session import CampSession  # noqa: F401
    from facilitator.ui.shell.start_screen import StartScreen  # noqa: F401
    from facilitator.ui.table.projector.window import ProjectorWindow  # noqa: F401

#: Each late screen (or its opening function) and the module it is in.
WHERE: dict[str, str] = {
    "CampView": "facilitator.ui.shell.camp_view",
    "CampSetup": "facilitator.ui.setup.camp_setup",
    # the start screen when the app starts without a camp (or one is closed), and F1
    "StartScreen": "facilitator.ui.shell.start_screen",
    "HelpPage": "facilitator.ui.shell.help_page",
    "CollectScreen": "facilitator.ui.organiser.collect_screen",
    "ConsolidationWorkspace": "facilitator.ui.organiser.consolidation.workspace",
    "AnalysisView": "facilitator.ui.organiser.analysis",
    "FollowupView": "facilitator.ui.organiser.followup.view",
    "GatheringView": "facilitator.ui.dialogue_box.gathering_view",
    "open_across_camps": "facilitator.ui.organiser.analysis",
    "ProjectorWindow": "facilitator.ui.table.projector.window",
    # what writes a bundle (and checks an export's target) when the user asks for one
    # the store itself, which the start screen does not need (a camp opens it)
    "CampStore": "facilitator.store",
    # a camp's undo stack and edits, made when a camp opens
    "CampSession": "facilitator.ui.shell.session",
    "build_demo_camp": "facilitator.demo_camp",
    "load_program": "facilitator.program",
    "create_dialogue": "facilitator.ui.dialogue_box.new_dialogue",
    "backup_folder": "facilitator.store.backups",
    "delete_camp": "facilitator.store.backups",
    "restore_backup": "facilitator.store.backups",
    "OpeningBackup": "facilitator.ui.shell.backup_on_open",
    "BackupsDialog": "facilitator.ui.shell.backups_dialog",
    "backups_to_keep": "facilitator.ui.shell.backups_dialog",
    "deleted_with_text": "facilitator.store.purge",
    "purge_deleted": "facilitator.store.purge",
    "export_bundle": "facilitator.store.bundles",
    "BUNDLE_SUFFIX": "facilitator.store.bundles",
    "camp_code": "facilitator.store.transcription",
    "check_target": "facilitator.store.bundle_files",
    "OTHER": "facilitator.store.bundle_files",
    # what the menus need when the user exports, imports or opens a kit
    "CampFiles": "facilitator.ui.organiser.camp_files",
    "ReportExports": "facilitator.ui.organiser.report_exports",
    "is_dialogue_file": "facilitator.ui.shell.camp_view",
    "SheetImportDialog": "facilitator.ui.organiser.sheet_import",
    "ask_replace_names": "facilitator.ui.organiser.export_options",
    "ask_replace_across": "facilitator.ui.organiser.export_options",
    "NamesDialog": "facilitator.ui.organiser.names_dialog",
    "SHEET_SUFFIXES": "facilitator.domain.transcription",
    "camp_pdf": "facilitator.export.camp_exports",
    "cross_pdf": "facilitator.export.camp_exports",
    "default_file_name": "facilitator.export.camp_exports",
    "write_spreadsheet": "facilitator.export.camp_exports",
    "ProgressMeter": "facilitator.export.camp_exports",
    "PDF_SUFFIX": "facilitator.export.report_files",
    "export_followup": "facilitator.export.followup_exports",
    "default_followup_name": "facilitator.export.followup_exports",
    "names_of": "facilitator.export.cross_report",
    "build_dialogue_report": "facilitator.export.dialogue_report",
    "build_dialogue_kit": "facilitator.export.dialogue_kit",
    "build_gathering_report": "facilitator.export.gathering_report",
    "KIT_SUFFIX": "facilitator.store.bundle_files",
    "read_bundle": "facilitator.store.bundle_files",
    "export_kit": "facilitator.store.bundles",
    "open_kit": "facilitator.store.bundles",
}


def __getattr__(name: str) -> Any:
    """``screens.CampSetup``: the class, its module imported now (once)."""
    if name not in WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(WHERE[name]), name)
