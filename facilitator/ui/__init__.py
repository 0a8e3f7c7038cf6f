"""Qt widgets. Thin: they show the store's data and call its operations via undo commands."""
