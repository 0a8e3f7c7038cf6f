"""Facilitator: run participatory camps and dialogue boxes, offline, and report on them."""

__version__ = "0.1.0"
