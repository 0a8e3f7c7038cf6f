"""Which page shows which kind of step. Adding a step kind means adding a line here."""

from __future__ import annotations

from importlib import import_module

from facilitator.domain.model import StepKind

#: kind → (module, class). Imported on first use, so start-up loads only what is shown.
PAGES: dict[str, tuple[str, str]] = {
    StepKind.NOTES: ("facilitator.ui.notes_page", "NotesPage"),
    StepKind.DILEMMAS: ("facilitator.ui.dilemma_page", "DilemmaPage"),
    StepKind.FRONT_PAGE: ("facilitator.ui.front_page_page", "FrontPagePage"),
    StepKind.CONTRIBUTIONS: ("facilitator.ui.contributions_page", "ContributionsPage"),
    StepKind.BREAK: ("facilitator.ui.break_page", "BreakPage"),
    StepKind.THERMOMETER: ("facilitator.ui.dialogue.thermometer_page", "ThermometerPage"),
    StepKind.TRIANGLE: ("facilitator.ui.dialogue.triangle_page", "TrianglePage"),
    StepKind.DILEMMA_CARDS: ("facilitator.ui.dialogue.dilemma_cards_page", "DilemmaCardsPage"),
    StepKind.FREE_TEMPLATE: ("facilitator.ui.dialogue.free_template_page", "FreeTemplatePage"),
    StepKind.AGREEMENTS: ("facilitator.ui.dialogue.agreements_page", "AgreementsPage"),
}


def page_class(kind: str) -> type:
    module, name = PAGES.get(kind, PAGES[StepKind.BREAK])
    return getattr(import_module(module), name)
