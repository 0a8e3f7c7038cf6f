"""The dialogue box's pages (DESIGN.md §3): thermometer, inverted triangle, dilemma cards,
free sheet and agreements, each one step kind, plus the dialogue's own details."""
