-- Schema 4: the organiser's analysis of a camp (DESIGN.md §2, third level): recurring
-- messages with a heading and a paragraph each, what the camp means for the core task's
-- purpose statement, and the consolidated prerequisites. (The selected contributions
-- per actor are read from `contribution`; nothing is stored for them.)
--
-- Like the consolidation, only the organiser's camp file writes these rows; bundles and
-- kits leave them out. Rows keep the synced shape (UUID or key, created_at, updated_at,
-- tombstone) so that copying a camp file merges them like any other row.

-- "Gennemgående budskaber": a heading ("TVÆRGÅENDE SAMARBEJDE") and a paragraph.
CREATE TABLE message (
    id         TEXT PRIMARY KEY,
    heading    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX message_by_position ON message(position);

-- The camp's texts about the purpose statement ("Betydning for formålsbeskrivelsen"):
-- what the camp's input says about it, and the considerations it gives rise to. The
-- purpose statement itself is camp.purpose. One row per key; a text cleared to nothing
-- is a tombstone.
CREATE TABLE analysis_text (
    key        TEXT PRIMARY KEY CHECK (key IN ('purpose_implications', 'considerations')),
    text       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);

-- "Sammenfatning af forudsætninger": the prerequisites as the organiser sums them up,
-- optionally made from a category of the prerequisites step or a selected note of it.
CREATE TABLE consolidated_prerequisite (
    id          TEXT PRIMARY KEY,
    text        TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    category_id TEXT REFERENCES category(id),
    note_id     TEXT REFERENCES note(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX consolidated_prerequisite_by_position ON consolidated_prerequisite(position);
