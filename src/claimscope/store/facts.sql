-- Facts found in each document (quantities, events, time expressions; see analyse/quantities.py, events.py,
-- dates.py). Run after schema.sql; every statement is idempotent so an older store gains the tables on open.
-- Rows are written in the document's own transaction and go with it (ON DELETE CASCADE).
-- Actor, recipient and location are canonical names as text: a state named only through one of its
-- institutions ("North Korean military" -> "North Korea") need not be a row of `actors`.

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
