-- Schema 6: names in reports ("Nothing lost, nothing leaked"). The organiser lists the
-- names the camp's texts mention (persona names, names written in notes) with what an
-- export prints instead (initials or a label). Exports replace them on request; the
-- camp's own texts are never changed.
--
-- Only the organiser's camp file holds the list: bundles and kits leave it out. Rows
-- keep the synced shape (UUID, created_at, updated_at, tombstone) like every other row.
CREATE TABLE pseudonym (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),
    replacement TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pseudonym_by_name ON pseudonym(name);
