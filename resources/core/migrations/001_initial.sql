-- The satellite's database. Records keep Data exactly as received; the
-- columns beside it are derived from Data for the screens and rules.
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE record (
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    data BLOB NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL DEFAULT '',
    link_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    store_id TEXT NOT NULL DEFAULT '',
    units REAL NOT NULL DEFAULT 0,
    available REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (type, id)
) WITHOUT ROWID;

-- Local changes waiting to go out, one row per record with its latest state.
-- attempted: a push carried it (it may have reached the primary).
-- version: bumped on every change, so a push only clears what it sent.
CREATE TABLE outgoing (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    sync_type TEXT NOT NULL,
    attempted INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (type, id)
);

-- SyncIDs stored but not yet acknowledged to the primary.
CREATE TABLE pending_ack (
    sync_id TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Records that could not be applied, kept whole with the reason.
CREATE TABLE quarantine (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at TEXT NOT NULL,
    sync_id TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    raw BLOB NOT NULL
);

CREATE TABLE sync_run (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    pushed INTEGER NOT NULL DEFAULT 0,
    pulled INTEGER NOT NULL DEFAULT 0,
    quarantined INTEGER NOT NULL DEFAULT 0,
    result TEXT NOT NULL DEFAULT 'running',
    error TEXT NOT NULL DEFAULT ''
);

CREATE INDEX record_name ON record (type, name);
CREATE INDEX record_link ON record (type, link_id) WHERE link_id <> '';
