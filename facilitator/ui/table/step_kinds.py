"""Which page shows which kind of step. Adding a step kind means adding a line here."""

from __future__ import annotations

from importlib import import_module

from facilitator.domain.model import StepKind

#: kind → (module, class). Imported on first use, so start-up loads only what is shown.
PAGES: dict[str, tuple[str, str]] = {
    StepKind.NOTES: ("facilitator.ui.table.notes_page", "NotesPage"),
    StepKind.DILEMMAS: ("facilitator.ui.table.dilemma_page", "DilemmaPage"),
    StepKind.FRONT_PAGE: ("facilitator.ui.table.front_page", "FrontPagePage"),
    StepKind.CONTRIBUTIONS: ("facilitator.ui.table.contributions_page", "ContributionsPage"),
    StepKind.BREAK: ("facilitator.ui.table.break_page", "BreakPage"),
    StepKind.THERMOMETER: ("facilitator.ui.dialogue_box.thermometer_page", "ThermometerPage"),
    StepKind.TRIANGLE: ("facilitator.ui.dialogue_box.triangle_page", "TrianglePage"),
    StepKind.DILEMMA_CARDS: ("facilitator.ui.dialogue_box.dilemma_cards_page", "DilemmaCardsPage"),
    StepKind.FREE_TEMPLATE: ("facilitator.ui.dialogue_box.free_template_page", "FreeTemplatePage"),
    StepKind.AGREEMENTS: ("facilitator.ui.dialogue_box.agreements_page", "AgreementsPage"),
}


def page_class(kind: str) -> type:
    module, name = PAGES.get(kind, PAGES[StepKind.BREAK])
    return getattr(import_module(module), name)
