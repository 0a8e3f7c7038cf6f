-- Schema 7: files from outside can never harm a camp (issue 15).

-- A per-row revision: every edit of a row adds one, and when two copies of a row meet
-- (collecting a bundle) the higher revision wins; updated_at only breaks a tie. A laptop
-- whose clock runs fast can then never revert an edit made after its own had arrived.
-- Rows written before schema 7 start at 0.
ALTER TABLE main_group ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE camp_table ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE step ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE persona ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE actor ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE note ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE front_page ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contribution ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dialogue ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reading ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE card ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE card_reflection ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE template_answer ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agreement ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

-- How many live rows of its own table a collected bundle carried: 0 is a table that
-- delivered and wrote nothing ("leveret, ingen noter"); NULL for deliveries collected
-- before schema 7.
ALTER TABLE delivery ADD COLUMN items INTEGER;

-- Every transcription sheet imported into the camp, by a digest of its rows, so the same
-- sheet imported twice is recognised instead of doubling every note.
CREATE TABLE sheet_import (
    id          TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    rows        INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL
);
CREATE INDEX sheet_import_by_sha256 ON sheet_import(sha256);
