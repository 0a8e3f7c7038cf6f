"""The organiser's follow-up of contributions and agreements (issue 18)."""
