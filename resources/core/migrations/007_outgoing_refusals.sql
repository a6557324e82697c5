-- A record's SyncID is kept from its first send until the record changes
-- again, so a push that failed goes out again unchanged (PROTOCOL.md §3).
ALTER TABLE outgoing ADD COLUMN sync_id TEXT;

-- Local changes the primary refused, found by splitting the batch it refused,
-- kept with its words and the envelope sent. They block nothing; they wait for
-- a retry (after an upgrade, say) or for the user to discard them.
CREATE TABLE outgoing_quarantine (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    refused_at TEXT NOT NULL,
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    sync_type TEXT NOT NULL,
    reason TEXT NOT NULL,
    envelope BLOB NOT NULL,
    UNIQUE (type, id)
);
