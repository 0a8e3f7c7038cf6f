-- Schema 11: notes that say the same thing, counted once (issue 18, »Samme budskab«).
--
-- Two tables often write the same post-it (»Flere cykelstier« and »flere cykelstier!«).
-- The organiser may decide such notes are one voice: each repeat gets a row naming the
-- note it is counted with (the group's first note, which has no row of its own), and a
-- category counts the group once as long as both sit in it. Like the consolidation
-- (db/003) these are the organiser's rows, in their own table so a bundle collected
-- later can never undo them; bundles leave them out (store/bundle_files.clear_other_tables).
-- Rows keep the synced shape (UUID, created_at, updated_at, tombstone): separating the
-- notes again tombstones the row, counting them once again revives it.
CREATE TABLE counted_with (
    id            TEXT PRIMARY KEY,
    note_id       TEXT NOT NULL UNIQUE REFERENCES note(id),
    first_note_id TEXT NOT NULL REFERENCES note(id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX counted_with_by_first ON counted_with(first_note_id);
