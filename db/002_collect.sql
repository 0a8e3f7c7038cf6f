-- Schema 2: collecting a camp from its tables, and transcription sheets.

-- The camp's short code in transcription sheets (their camp_id column, e.g. "ff"), so a
-- sheet exported from a camp and imported again names the same camp, and a sheet of
-- another camp is refused.
ALTER TABLE camp ADD COLUMN code TEXT NOT NULL DEFAULT '';

-- Bundles (one table's rows) and kits (the camp as the organiser prepared it) are camp
-- files with one row here saying what they are; a camp file leaves it empty. The hash
-- and counts cover the rows, so a bundle damaged or cut short on its way is refused.
CREATE TABLE bundle_manifest (
    kind       TEXT NOT NULL CHECK (kind IN ('bundle', 'kit')),
    camp_id    TEXT NOT NULL,
    table_id   TEXT,
    table_code TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    counts     TEXT NOT NULL,
    sha256     TEXT NOT NULL
);

-- Every table bundle collected into this camp: which tables have delivered, when, and
-- what their bundle changed. One row per bundle file made, so collecting the same file
-- again adds nothing.
CREATE TABLE delivery (
    id                TEXT PRIMARY KEY,
    table_id          TEXT NOT NULL REFERENCES camp_table(id),
    bundle            TEXT NOT NULL,
    sha256            TEXT NOT NULL,
    bundle_created_at TEXT NOT NULL,
    received_at       TEXT NOT NULL,
    new_rows          INTEGER NOT NULL DEFAULT 0,
    changed_rows      INTEGER NOT NULL DEFAULT 0,
    deleted_rows      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (sha256, bundle_created_at)
);
CREATE INDEX delivery_by_table ON delivery(table_id, received_at);
