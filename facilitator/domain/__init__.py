"""Plain-Python domain: dataclasses and rules. Imports neither Qt nor SQLite."""
