-- Records move to a rowid table: a first sync appends to the end of the table
-- instead of splitting pages all over a tree ordered by random IDs, and the
-- key becomes an index that a bulk load can build once, at its end
-- (RecordStore::beginBulkLoad).
CREATE TABLE record_by_rowid (
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
    available REAL NOT NULL DEFAULT 0
);
INSERT INTO record_by_rowid
    SELECT type, id, data, name, code, link_id, kind, date, store_id, units, available FROM record;
DROP TABLE record;
ALTER TABLE record_by_rowid RENAME TO record;
CREATE UNIQUE INDEX record_key ON record (type, id);
CREATE INDEX record_name ON record (type, name);
CREATE INDEX record_link ON record (type, link_id);

-- Batches received from the primary, stored as received before they are
-- acknowledged, then applied and deleted. Rows left by a crash are
-- acknowledged again (acks are idempotent) and applied at the next sync.
CREATE TABLE inbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at TEXT NOT NULL,
    body BLOB NOT NULL,
    sync_ids TEXT NOT NULL -- newline-separated
);
INSERT INTO inbox (received_at, body, sync_ids)
    SELECT datetime('now'), '[]', group_concat(sync_id, char(10)) FROM pending_ack
    HAVING count(*) > 0;
DROP TABLE pending_ack;
