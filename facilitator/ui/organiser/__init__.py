"""The organiser's and facilitator's file work: kits out, bundles back, sheets in and out."""
