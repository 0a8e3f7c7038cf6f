"""Collecting bundles off the GUI thread, one bundle at a time, with progress.

Reading, checking (quick_check, hash) and merging forty bundles takes seconds; the
organiser keeps working meanwhile. The work opens its *own* connection to the camp
file (a SQLite connection belongs to one thread), sharing the window's one-writer lock,
and writes through the same store operation as the CLI, one transaction per bundle; WAL
lets the GUI's connection read and write around it. The GUI reloads when the worker
reports back.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.store import CampStore
from facilitator.store.bundles import BUNDLE_SUFFIX
from facilitator.store.bundles import CollectSummary
from facilitator.store.bundles import TableCollect
from facilitator.store.bundles import collect
from facilitator.store.bundles import is_conflict_copy
from facilitator.ui.common.background import Progress

COLLECT_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« kunne ikke hentes ({detail}). Intet er indlæst fra den.")


@dataclass
class CollectResult:
    """What one run collected: the store's summary plus which files it read whole."""

    summary: CollectSummary = field(default_factory=CollectSummary)
    accepted: list[Path] = field(default_factory=list)


def bundle_files(paths: list[Path], summary: CollectSummary) -> list[Path]:
    """Files to collect from ``paths`` (folders give their ``*.campbundle``), in order.

    Sync tools' conflict copies go to ``summary.skipped``: the table's own, newer file
    sits beside them. Anything else named is tried, so that a wrong file dropped on the
    screen is refused with a reason instead of silently ignored.
    """
    found: list[Path] = []
    for path in paths:
        candidates = sorted(path.glob(f"*{BUNDLE_SUFFIX}")) if path.is_dir() else [path]
        for candidate in candidates:
            if is_conflict_copy(candidate):
                if candidate not in summary.skipped:
                    summary.skipped.append(candidate)
            elif candidate not in found:
                found.append(candidate)
    return found


def merge_into(total: CollectSummary, part: CollectSummary) -> None:
    """Add one bundle's summary to the run's."""
    for code, entry in part.tables.items():
        mine = total.tables.setdefault(
            code, TableCollect(table_id=entry.table_id, table_code=entry.table_code))
        mine.bundles.extend(entry.bundles)
        mine.new += entry.new
        mine.changed += entry.changed
        mine.deleted += entry.deleted
        mine.last_bundle_at = max(mine.last_bundle_at, entry.last_bundle_at)
    total.merged += part.merged
    total.refused.extend(part.refused)
    total.skipped.extend(p for p in part.skipped if p not in total.skipped)


def collect_bundles(store: CampStore, paths: list[Path], progress: Progress) -> CollectResult:
    """Collect ``paths`` into the camp the window's ``store`` has open; run on a
    :class:`~facilitator.ui.common.background.Job`'s thread. Reports
    ``(bundles done, bundles in all, the file now being read)``; a bundle that fails in a
    way nobody foresaw is refused with the reason, the rest of the run still counts."""
    result = CollectResult()
    files = bundle_files(paths, result.summary)
    try:
        if files:
            _collect(store, files, result, progress)
    except Exception as exc:  # anything unforeseen becomes a message, not a traceback
        done = set(result.accepted) | {p for p, _ in result.summary.refused}
        for path in files:
            if path not in done:
                result.summary.refused.append(
                    (path, UserError(COLLECT_FAILED, path=str(path), detail=str(exc))))
    return result


def _collect(beside: CampStore, files: list[Path], result: CollectResult,
             progress: Progress) -> None:
    try:
        store = CampStore.open_beside(beside)
    except UserError as err:
        result.summary.refused.extend((path, err) for path in files)
        return
    try:
        for number, path in enumerate(files):
            if progress.cancelled:
                return
            progress((number, len(files), path.name))
            part = collect(store, [path])
            merge_into(result.summary, part)
            if not part.refused:
                result.accepted.append(path)
        progress((len(files), len(files), ""))
    finally:
        store.close()
