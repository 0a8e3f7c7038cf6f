"""Reports and other files made from a camp: PDF (reportlab) and spreadsheets."""
