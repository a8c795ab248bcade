-- claimscope store schema: every table of a store, under the one version in meta.schema_version (store/schema.py).
-- Every statement is idempotent: a new store is created with it, and a store of the same version made before a
-- table existed gains that table (empty) when it is opened. The linking stage's tables are in link.sql.
-- Tables that feed an external-content FTS5 table have an explicit INTEGER PRIMARY KEY (`n`):
-- VACUUM may renumber implicit rowids, which would silently break the FTS index.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
    n         INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    path      TEXT,
    url       TEXT,
    title     TEXT,
    published TEXT,
    publisher TEXT,
    author    TEXT,
    text      TEXT NOT NULL,
    json      BLOB NOT NULL,              -- zlib-compressed document JSON, returned verbatim by get_document
    added_at  TEXT NOT NULL
);

-- One row per canonical actor across documents; '' stands for an unknown type so (name, type) stays unique.
-- Which document actors join which record: doc_actors below, decided by store/actors.py.
CREATE TABLE IF NOT EXISTS actors (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    type    TEXT NOT NULL DEFAULT '',
    kind    TEXT,              -- ORG: government, military, intelligence, media, company, party, ngo, igo
    country TEXT,              -- places and states: the state
    lat     REAL,
    lon     REAL,
    norm    TEXT,              -- the name as compared: no case, accents or full stops
    surname TEXT,              -- PERSON: last word of norm
    UNIQUE (name, type)
);

CREATE TABLE IF NOT EXISTS mentions (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actors(id),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor_id);

CREATE TABLE IF NOT EXISTS statements (
    n                  INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    document_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind               TEXT NOT NULL,
    speaker_text       TEXT,
    speaker_start      INTEGER,
    speaker_end        INTEGER,
    speaker_actor_id   INTEGER REFERENCES actors(id),
    cue_text           TEXT,
    cue_start          INTEGER,
    cue_end            INTEGER,
    content_text       TEXT NOT NULL,
    content_spans      TEXT NOT NULL,     -- JSON [[start, end], ...]
    content_start      INTEGER NOT NULL,  -- first span start, for ordering and display
    content_end        INTEGER NOT NULL,  -- last span end
    addressee_text     TEXT,
    addressee_start    INTEGER,
    addressee_end      INTEGER,
    addressee_actor_id INTEGER REFERENCES actors(id),
    confidence         REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS statements_document ON statements(document_id, content_start);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker_actor_id);
CREATE INDEX IF NOT EXISTS statements_addressee ON statements(addressee_actor_id);

-- Full-text indexes over the rows above; triggers keep them in sync inside the writing transaction.
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text,
    content='documents', content_rowid='n',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.n, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(
    content_text,
    content='statements', content_rowid='n',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, content_text) VALUES (new.n, new.content_text);
END;
CREATE TRIGGER IF NOT EXISTS statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content_text) VALUES ('delete', old.n, old.content_text);
END;

-- Document actors and the store actor each was linked to, and how: name | surname | variant | type | override
-- (store/actors.py).
CREATE TABLE IF NOT EXISTS doc_actors (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL DEFAULT '',
    norm        TEXT NOT NULL,
    honorific   TEXT,
    actor_id    INTEGER NOT NULL REFERENCES actors(id),
    how         TEXT NOT NULL DEFAULT 'name',
    PRIMARY KEY (document_id, local_id)
);
CREATE INDEX IF NOT EXISTS doc_actors_actor ON doc_actors(actor_id);
CREATE INDEX IF NOT EXISTS doc_actors_norm ON doc_actors(norm, type);

-- Roles and affiliations per document, so an actor's roles can be listed over time.
CREATE TABLE IF NOT EXISTS actor_roles (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    actor_id    INTEGER NOT NULL REFERENCES actors(id),
    kind        TEXT NOT NULL,             -- role | affiliation
    value       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS actor_roles_actor ON actor_roles(actor_id);
CREATE INDEX IF NOT EXISTS actor_roles_document ON actor_roles(document_id);

-- The user's merge and split decisions (store/overrides.py).
CREATE TABLE IF NOT EXISTS actor_overrides (
    id          INTEGER PRIMARY KEY,
    action      TEXT NOT NULL,             -- merge | split
    name        TEXT NOT NULL,
    norm        TEXT NOT NULL,
    type        TEXT,
    target      TEXT NOT NULL,
    target_norm TEXT NOT NULL,
    target_type TEXT,
    document_id TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS actors_norm ON actors(norm, type);
CREATE INDEX IF NOT EXISTS actors_surname ON actors(surname, type);

-- Facts found in each document (quantities, events, time expressions), written in the document's own
-- transaction and deleted with it (ON DELETE CASCADE).
-- Actor, recipient and location are canonical names as text: a state named only through one of its
-- institutions ("the Ruritanian army" -> "Ruritania") need not be a row of `actors`.

CREATE TABLE IF NOT EXISTS quantities (
    id           INTEGER PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,          -- index in the document JSON's `quantities`
    text         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    kind         TEXT NOT NULL,             -- count | money | percent
    value        REAL,
    low          REAL,
    high         REAL,
    unit         TEXT,
    currency     TEXT,
    approximate  INTEGER NOT NULL DEFAULT 0,
    qualifier    TEXT,
    change       TEXT,                      -- increase | decrease
    status       TEXT,
    actor        TEXT,
    statement_id TEXT,                      -- statements.id of the statement that reports it
    date_text    TEXT,
    date_value   TEXT,
    date_role    TEXT
);
CREATE INDEX IF NOT EXISTS quantities_document ON quantities(document_id, start);
CREATE INDEX IF NOT EXISTS quantities_actor ON quantities(actor);

CREATE TABLE IF NOT EXISTS events (
    id           INTEGER PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,          -- index in the document JSON's `events`
    start        INTEGER NOT NULL,          -- the verb
    "end"        INTEGER NOT NULL,
    actor        TEXT,
    action       TEXT NOT NULL,
    lemma        TEXT NOT NULL,
    recipient    TEXT,
    what         TEXT,
    location     TEXT,
    date_text    TEXT,
    date_value   TEXT,
    date_role    TEXT,
    size         REAL,
    status       TEXT,
    type         TEXT,                      -- PLOVER event type, NULL for non-political events
    mode         TEXT,
    statement_id TEXT,
    source       TEXT,                      -- the speaker of that statement
    stance       TEXT
);
CREATE INDEX IF NOT EXISTS events_document ON events(document_id, start);
CREATE INDEX IF NOT EXISTS events_actor ON events(actor);
CREATE INDEX IF NOT EXISTS events_type ON events(type);

CREATE TABLE IF NOT EXISTS time_expressions (
    id           INTEGER PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    kind         TEXT NOT NULL,             -- date | time | duration | set
    value        TEXT,                      -- ISO-like: 2024-12, 2024-W43, 2024-Q3, P3Y; NULL when unresolved
    precision    TEXT,
    role         TEXT                       -- event | deadline | start | reported
);
CREATE INDEX IF NOT EXISTS time_expressions_document ON time_expressions(document_id, start);
