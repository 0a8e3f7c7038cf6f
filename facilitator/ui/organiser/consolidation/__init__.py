"""The organiser's consolidation workspace: one step's notes from every table, sorted
into categories with counts, with a written summary and the notes quoted as excerpts."""

from facilitator.ui.organiser.consolidation.workspace import ConsolidationWorkspace

__all__ = ["ConsolidationWorkspace"]
