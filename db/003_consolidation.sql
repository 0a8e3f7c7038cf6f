-- Schema 3: the organiser's consolidation of a step (DESIGN.md §2, second level):
-- categories with counts, each note in at most one category, a written summary
-- ("OPSUMMERET") and the notes quoted as "Udsnit af data".
--
-- Only the organiser's camp file writes these rows; table laptops never do. They live
-- in their own tables rather than as columns on `note`, so a table bundle collected
-- after consolidation has started (newest `note` row wins) can never undo a
-- categorisation, and categorising never makes the organiser's copy of a note look
-- newer than the table's own edit. Rows keep the synced shape (UUID, created_at,
-- updated_at, tombstone) so that copying a camp file merges them like any other row.

CREATE TABLE category (
    id         TEXT PRIMARY KEY,
    step_id    TEXT NOT NULL REFERENCES step(id),
    name       TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX category_by_step ON category(step_id, position);

-- A note's category. One row per note at most (UNIQUE), so a note is in one category
-- or none; taking a note out of its category tombstones the row, putting it in again
-- revives the same row. A row whose category is deleted is tombstoned with it.
CREATE TABLE note_category (
    id          TEXT PRIMARY KEY,
    note_id     TEXT NOT NULL UNIQUE REFERENCES note(id),
    category_id TEXT NOT NULL REFERENCES category(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX note_category_by_category ON note_category(category_id);

-- Notes the organiser quotes in the report as "Udsnit af data": a live row marks it.
CREATE TABLE excerpt (
    id         TEXT PRIMARY KEY,
    note_id    TEXT NOT NULL UNIQUE REFERENCES note(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);

-- The organiser's written summary of a step ("OPSUMMERET"); one per step.
CREATE TABLE step_summary (
    step_id    TEXT PRIMARY KEY REFERENCES step(id),
    text       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
