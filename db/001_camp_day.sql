-- Schema 1: a camp day. One file = one camp.
-- Every row that a table laptop writes carries a UUID, created_at/updated_at and a
-- deletion tombstone, so that collecting bundles can match rows and honour deletions.

CREATE TABLE camp (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL DEFAULT '',
    core_task    TEXT NOT NULL DEFAULT '',
    purpose      TEXT NOT NULL DEFAULT '',
    date         TEXT NOT NULL DEFAULT '',
    venue        TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    language     TEXT NOT NULL DEFAULT 'da',
    participants INTEGER NOT NULL DEFAULT 0,
    program      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE main_group (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE camp_table (
    id            TEXT PRIMARY KEY,
    main_group_id TEXT REFERENCES main_group(id),
    code          TEXT NOT NULL,
    facilitator   TEXT NOT NULL DEFAULT '',
    chair         TEXT NOT NULL DEFAULT '',
    participants  INTEGER NOT NULL DEFAULT 0,
    position      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE step (
    id         TEXT PRIMARY KEY,
    position   INTEGER NOT NULL DEFAULT 0,
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL DEFAULT '',
    prompt     TEXT NOT NULL DEFAULT '',
    guidance   TEXT NOT NULL DEFAULT '',
    minutes    INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE persona (
    id          TEXT PRIMARY KEY,
    step_id     TEXT NOT NULL REFERENCES step(id),
    name        TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE actor (
    id         TEXT PRIMARY KEY,
    key        TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE note (
    id            TEXT PRIMARY KEY,
    step_id       TEXT NOT NULL REFERENCES step(id),
    table_id      TEXT REFERENCES camp_table(id),
    main_group_id TEXT REFERENCES main_group(id),
    text          TEXT NOT NULL,
    votes         INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    selected      INTEGER NOT NULL DEFAULT 0,
    tag           TEXT NOT NULL DEFAULT '',
    position      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX note_by_step_table ON note(step_id, table_id, position);

CREATE TABLE front_page (
    id         TEXT PRIMARY KEY,
    step_id    TEXT NOT NULL REFERENCES step(id),
    table_id   TEXT REFERENCES camp_table(id),
    headline   TEXT NOT NULL DEFAULT '',
    story      TEXT NOT NULL DEFAULT '',
    quote      TEXT NOT NULL DEFAULT '',
    quote_by   TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX front_page_by_step_table ON front_page(step_id, table_id, position);

CREATE TABLE contribution (
    id              TEXT PRIMARY KEY,
    step_id         TEXT NOT NULL REFERENCES step(id),
    table_id        TEXT REFERENCES camp_table(id),
    prerequisite_id TEXT REFERENCES note(id),
    actor_id        TEXT REFERENCES actor(id),
    text            TEXT NOT NULL,
    votes           INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    selected        INTEGER NOT NULL DEFAULT 0,
    position        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contribution_by_step_table ON contribution(step_id, table_id, prerequisite_id);
