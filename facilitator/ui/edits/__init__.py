"""Every change a user makes to a camp, as one typed function each.

Widgets call these functions (``notes.add_note(session, …)``), never the store's write
methods and never a hand-written do/undo pair: each function names its store calls and
builds its undo from one of the shapes in :mod:`facilitator.ui.edits.base`, and every
edit announces a :class:`~facilitator.ui.edits.change.Change` that views subscribe to.
Anki's ``aqt/operations`` is the model. A new edit goes into the module of the thing it
changes; see docs/architecture.md.
"""

from facilitator.ui.edits.change import Change

__all__ = ["Change"]
