"""Edits of a table's newspaper front pages: create, retype fields, delete."""

from __future__ import annotations

from collections.abc import Callable

from facilitator.domain.model import FrontPage
from facilitator.ui.edits import base
from facilitator.ui.edits.base import translate
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession


def add_front_page(session: CampSession, *, step_id: str, table_id: str | None,
                   values: dict[str, str],
                   made: Callable[[FrontPage], object] | None = None) -> FrontPage | None:
    """A new front page with ``values`` typed into it; ``made`` hears of the page before
    the edit announces it, so the page that asked can show it in the reload that follows."""
    store = session.store

    def make() -> FrontPage:
        page = store.board.add_front_page(step_id=step_id, table_id=table_id, **values)
        if made is not None:
            made(page)
        return page

    label = translate("FrontPageEdits", "Ny avisforside")
    return base.create(session, label, Change.FRONT_PAGE, make,
                       store.board.delete_front_page, store.board.restore_front_page,
                       key="front_page_id")


def _label(fields: dict[str, str]) -> str:
    if len(fields) > 1:
        return translate("FrontPageEdits", "Ret avisforside")
    return {
        "headline": translate("FrontPageEdits", "Ret overskrift"),
        "story": translate("FrontPageEdits", "Ret historie"),
        "quote": translate("FrontPageEdits", "Ret citat"),
        "quote_by": translate("FrontPageEdits", "Ret hvem der siger citatet"),
    }[next(iter(fields))]


def retype_front_page(session: CampSession, page: FrontPage,
                      values: dict[str, str]) -> FrontPage | None:
    """Typed text in some of the fields; typing on in the same fields undoes as one."""
    store = session.store
    old = {name: getattr(page, name) for name in values}
    return base.update(
        session, _label(values), Change.FRONT_PAGE,
        lambda **new: store.board.update_front_page(front_page_id=page.id, **new), old, values,
        merge_key=f"front_page:{page.id}:{','.join(sorted(values))}")


def delete_front_page(session: CampSession, page_id: str) -> FrontPage | None:
    store = session.store
    return base.delete(session, translate("FrontPageEdits", "Slet avisforside"), Change.FRONT_PAGE,
                       store.board.delete_front_page, store.board.restore_front_page,
                       front_page_id=page_id)
