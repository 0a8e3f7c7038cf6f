"""The PDF machinery every report shares, one room per concern: fonts, text, styles,
the document template, fast row tables, the newspaper, charts and the report blocks."""
