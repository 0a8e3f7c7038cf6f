"""Sizes shared by the views."""

#: Rows a header reads to fit a column to its contents. Qt's default reads 1,000 rows
#: per column, ~200,000 model calls when a 10,000-note camp's consolidation tab opened
#: (1.4 s); the widest value is nearly always among the first few hundred.
SIZE_SAMPLE_ROWS = 200
