"""The organiser's analysis of a camp (recurring messages, the purpose statement, the
consolidated prerequisites, selected contributions per actor) and the view across camps."""

from facilitator.ui.organiser.analysis.across_camps import AcrossCampsView
from facilitator.ui.organiser.analysis.across_camps import open_across_camps
from facilitator.ui.organiser.analysis.view import AnalysisView

__all__ = ["AcrossCampsView", "AnalysisView", "open_across_camps"]
