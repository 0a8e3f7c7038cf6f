-- Schema 10: participants per table, by group (issue 18).

-- How many people of one group (domain/participants.py: citizens, associations,
-- politicians, staff, others) sat at one table: entered in preparation or at the table,
-- so a row travels in kits and bundles like the table's notes (higher revision wins).
-- A table with no rows was not counted (reports say so); a row with 0 was counted.
-- The id of a table's row for a group is derived from the two (store/participants.py),
-- so the organiser and the table laptop that each enter it make the same row.
CREATE TABLE participant_count (
    id         TEXT PRIMARY KEY,
    table_id   TEXT NOT NULL REFERENCES camp_table(id),
    group_key  TEXT NOT NULL,
    people     INTEGER NOT NULL DEFAULT 0 CHECK (people >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    revision   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX participant_count_by_table ON participant_count(table_id, group_key);
