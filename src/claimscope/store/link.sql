-- Tables of the linking stage (claimscope link), under the store's schema version (store/schema.py).
-- They are created by the first linking pass, not with the store: until then the API reports stories and
-- claims as not computed. Every statement is idempotent. `-- @group NAME` starts the tables one linking step
creates (store.schema.link_sql).

-- @group state
-- Which documents a linking pass has seen.
CREATE TABLE IF NOT EXISTS link_state (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    linked_at   TEXT NOT NULL
);

-- @group duplicates
-- Near-duplicate documents and repeated boilerplate (link/duplicates.py).
CREATE TABLE IF NOT EXISTS doc_minhash (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    shingles    INTEGER NOT NULL,
    signature   BLOB
);
-- The LSH index of the signatures of documents that copy no earlier one: one row per band (minhash.band_keys).
CREATE TABLE IF NOT EXISTS doc_bands (
    key         INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (key, document_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS doc_bands_document ON doc_bands(document_id);
CREATE TABLE IF NOT EXISTS document_duplicates (
    document_id  TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    canonical_id TEXT NOT NULL,
    similarity   REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS document_duplicates_canonical ON document_duplicates(canonical_id);
CREATE TABLE IF NOT EXISTS segments (
    hash        INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    line        INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    PRIMARY KEY (document_id, start)
);
CREATE INDEX IF NOT EXISTS segments_hash ON segments(hash);
CREATE TABLE IF NOT EXISTS repeated_segments (
    hash        INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    line        INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (document_id, start)
);
CREATE INDEX IF NOT EXISTS repeated_segments_hash ON repeated_segments(hash);

-- @group stories
-- Stories: groups of documents about one thing (link/stories.py).
CREATE TABLE IF NOT EXISTS stories (
    id         TEXT PRIMARY KEY,
    label      TEXT,
    first_seen TEXT,
    last_seen  TEXT,
    documents  INTEGER NOT NULL DEFAULT 0,
    sources    INTEGER NOT NULL DEFAULT 0,
    profile    TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT
);
CREATE TABLE IF NOT EXISTS story_documents (
    story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS story_documents_story ON story_documents(story_id);
-- Each document's story features (JSON feature -> weight, day: its publication day as an ordinal, NULL when
-- undated, linked: the refresh epoch its neighbour list is current for, 0 when it needs a new one, epoch: the
-- epoch whose reference frequencies count it), the postings that find candidate documents by feature and week
-- (bucket -1: undated), how many documents have each feature (live, and at the last full refresh: story_ref),
-- each document's proposers and neighbour list (link/story_graph.py), the documents to cluster again, and the
-- refresh state (epoch, ref_n, version).
CREATE TABLE IF NOT EXISTS story_features (
    document_id TEXT NOT NULL PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    day         INTEGER,
    features    TEXT NOT NULL,
    linked      INTEGER NOT NULL DEFAULT 0,
    epoch       INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS story_postings (
    feature     TEXT NOT NULL,
    bucket      INTEGER NOT NULL,
    document_id TEXT NOT NULL,
    PRIMARY KEY (feature, bucket, document_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_df (
    feature TEXT NOT NULL PRIMARY KEY,
    n       INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_ref (
    feature TEXT NOT NULL PRIMARY KEY,
    n       INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_proposers (
    feature     TEXT NOT NULL,
    bucket      INTEGER NOT NULL,
    document_id TEXT NOT NULL,
    PRIMARY KEY (feature, bucket, document_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_proposers_document ON story_proposers(document_id);
CREATE TABLE IF NOT EXISTS story_neighbours (
    document_id TEXT NOT NULL,
    other       TEXT NOT NULL,
    similarity  REAL NOT NULL,
    PRIMARY KEY (document_id, other)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_neighbours_other ON story_neighbours(other);
CREATE TABLE IF NOT EXISTS story_dirty (
    document_id TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_state (
    key   TEXT NOT NULL PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

-- @group claims
-- Claims and contradictions within a story (link/claims.py).
CREATE TABLE IF NOT EXISTS claims (
    id           TEXT PRIMARY KEY,
    story_id     TEXT NOT NULL,
    kind         TEXT NOT NULL,        -- event | quantity | statement
    text         TEXT NOT NULL,
    sources      INTEGER NOT NULL,     -- independent sources (the UI's corroboration)
    independent  INTEGER NOT NULL,
    speakers     TEXT NOT NULL,        -- JSON list of the sources' names
    outlets      INTEGER NOT NULL,
    outlet_names TEXT NOT NULL,        -- JSON list
    reports      INTEGER NOT NULL,     -- items grouped, copies and repeats included
    documents    TEXT NOT NULL,        -- JSON list of document ids
    actor        TEXT,
    contradicted INTEGER NOT NULL DEFAULT 0,
    first_seen   TEXT,
    last_seen    TEXT,
    key          TEXT NOT NULL         -- JSON: what the grouped items share
);
CREATE INDEX IF NOT EXISTS claims_story ON claims(story_id);
CREATE TABLE IF NOT EXISTS claim_statements (
    claim_id     TEXT NOT NULL,
    statement_id TEXT,                 -- NULL for what the outlet itself asserts
    document_id  TEXT NOT NULL,
    item         TEXT NOT NULL,        -- statement | event | quantity
    position     INTEGER NOT NULL,     -- index in the document JSON's list of that kind
    source       TEXT
);
CREATE INDEX IF NOT EXISTS claim_statements_claim ON claim_statements(claim_id);
CREATE INDEX IF NOT EXISTS claim_statements_statement ON claim_statements(statement_id);
CREATE TABLE IF NOT EXISTS contradictions (
    id           TEXT PRIMARY KEY,
    story_id     TEXT NOT NULL,
    kind         TEXT NOT NULL,        -- number | polarity | characterisation
    statement_a  TEXT,
    statement_b  TEXT,
    claim_a      TEXT,
    claim_b      TEXT,
    note         TEXT,
    document_a   TEXT,
    document_b   TEXT,
    source_a     TEXT,
    source_b     TEXT,
    text_a       TEXT,
    text_b       TEXT,
    evidence_a   TEXT,
    evidence_b   TEXT
);
CREATE INDEX IF NOT EXISTS contradictions_story ON contradictions(story_id);
