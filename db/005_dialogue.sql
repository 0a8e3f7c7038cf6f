-- Schema 5: the dialogue box (DESIGN.md §3): the thermometer, the inverted triangle, the
-- dilemma cards, the free sheet and the agreements a group leaves with.
--
-- A dialogue runs on one laptop as a camp file with one table (e.g. "D1"); the table is
-- the dialogue. Rows a dialogue writes carry its table_id, a UUID, created_at/updated_at
-- and a tombstone, like every row a table writes, so that a coordinator can gather many
-- dialogue files into one (each dialogue one table there), newest change winning and
-- deletions honoured.

-- Who met, where and when. One row per table that ran a dialogue.
CREATE TABLE dialogue (
    id           TEXT PRIMARY KEY,
    table_id     TEXT REFERENCES camp_table(id),
    host         TEXT NOT NULL DEFAULT '',
    group_name   TEXT NOT NULL DEFAULT '',
    place        TEXT NOT NULL DEFAULT '',
    date         TEXT NOT NULL DEFAULT '',
    participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX dialogue_by_table ON dialogue(table_id);

-- The thermometer: one reading per participant (label: a word or initials, optional) or
-- one for the whole group, at the start or at the end.
CREATE TABLE reading (
    id          TEXT PRIMARY KEY,
    step_id     TEXT NOT NULL REFERENCES step(id),
    table_id    TEXT REFERENCES camp_table(id),
    round       TEXT NOT NULL DEFAULT 'start' CHECK (round IN ('start', 'end')),
    value       INTEGER NOT NULL CHECK (value BETWEEN 1 AND 10),
    label       TEXT NOT NULL DEFAULT '',
    whole_group INTEGER NOT NULL DEFAULT 0,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reading_by_step_table ON reading(step_id, table_id, round, position);

-- The inverted triangle's notes are ordinary notes with a level: 1 broad … 3 near.
ALTER TABLE note ADD COLUMN level INTEGER CHECK (level IS NULL OR level BETWEEN 1 AND 3);

-- A dilemma-card step's deck. A picture card keeps its image inside the camp file (the
-- file stays self-contained when it is sent on); key names a card of a shipped deck,
-- so reflections on the same card can be put side by side across dialogues.
CREATE TABLE card (
    id         TEXT PRIMARY KEY,
    step_id    TEXT NOT NULL REFERENCES step(id),
    key        TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL DEFAULT '',
    caption    TEXT NOT NULL DEFAULT '',
    image      BLOB,
    mime       TEXT NOT NULL DEFAULT '' CHECK (mime IN ('', 'image/png', 'image/jpeg')),
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX card_by_step ON card(step_id, position);

-- What a group said about a card, one text per question.
CREATE TABLE card_reflection (
    id         TEXT PRIMARY KEY,
    card_id    TEXT NOT NULL REFERENCES card(id),
    table_id   TEXT REFERENCES camp_table(id),
    question   TEXT NOT NULL
               CHECK (question IN ('what_would_you_do', 'who_could_help', 'what_helps')),
    text       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX card_reflection_by_card ON card_reflection(card_id, table_id, question);

-- The free sheet: the text under each prompt (prompt keeps the wording it answered).
CREATE TABLE template_answer (
    id         TEXT PRIMARY KEY,
    step_id    TEXT NOT NULL REFERENCES step(id),
    table_id   TEXT REFERENCES camp_table(id),
    prompt_key TEXT NOT NULL,
    prompt     TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX template_answer_by_step_table ON template_answer(step_id, table_id, prompt_key);

-- What the group agreed: what, who, by when.
CREATE TABLE agreement (
    id         TEXT PRIMARY KEY,
    step_id    TEXT NOT NULL REFERENCES step(id),
    table_id   TEXT REFERENCES camp_table(id),
    what       TEXT NOT NULL,
    who        TEXT NOT NULL DEFAULT '',
    by_when    TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agreement_by_step_table ON agreement(step_id, table_id, position);
