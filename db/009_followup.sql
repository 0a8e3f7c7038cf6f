-- Schema 9: following up what a camp and its dialogues agreed (issue 18).
--
-- Each contribution (the "Bidrag" step, by actor) and each agreement of a dialogue
-- ("Aftaler") can get an owner (an actor of the camp, optionally a person), a deadline,
-- a status and dated comments. These are the organiser's fields: they live in tables of
-- their own, keyed by the contribution's or agreement's id, so a table bundle collected
-- later (newest `contribution`/`agreement` row wins) can never undo them, and following
-- up never makes the organiser's copy of a contribution look newer than the table's.
-- Bundles and kits leave these tables empty (store/bundle_files.clear_other_tables,
-- store/bundles.export_kit), and collecting never reads them.

-- One row per followed-up item, written the first time the organiser sets a field.
-- item_id is the contribution's or agreement's id (kind says which). actor_id NULL:
-- the owner is the actor the item names itself (a contribution's actor). deadline is an
-- ISO date (YYYY-MM-DD) or '' for none.
CREATE TABLE followup (
    item_id    TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('contribution', 'agreement')),
    actor_id   TEXT REFERENCES actor(id),
    person     TEXT NOT NULL DEFAULT '',
    deadline   TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'proposed'
               CHECK (status IN ('proposed', 'agreed', 'in_progress', 'done', 'dropped')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The item's comment history: a date (ISO, the day it is about) and a text. Rows keep
-- the synced shape (UUID, created_at, updated_at, tombstone).
CREATE TABLE followup_comment (
    id         TEXT PRIMARY KEY,
    item_id    TEXT NOT NULL,
    date       TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX followup_comment_by_item ON followup_comment(item_id, date);
