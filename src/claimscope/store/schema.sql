-- claimscope store schema (version in meta.schema_version; see store/schema.py).
-- Tables that feed an external-content FTS5 table have an explicit INTEGER PRIMARY KEY (`n`):
-- VACUUM may renumber implicit rowids, which would silently break the FTS index.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE documents (
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
-- Which document actors join which record: store/actors.py (tables doc_actors, actor_roles, actor_overrides,
-- created there so that older stores gain them too).
CREATE TABLE actors (
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

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actors(id),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE statements (
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
CREATE INDEX statements_document ON statements(document_id, content_start);
CREATE INDEX statements_speaker ON statements(speaker_actor_id);
CREATE INDEX statements_addressee ON statements(addressee_actor_id);

-- Full-text indexes over the rows above; triggers keep them in sync inside the writing transaction.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content='documents', content_rowid='n',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.n, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
END;

CREATE VIRTUAL TABLE statements_fts USING fts5(
    content_text,
    content='statements', content_rowid='n',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, content_text) VALUES (new.n, new.content_text);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content_text) VALUES ('delete', old.n, old.content_text);
END;
