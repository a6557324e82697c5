-- The sync log, kept across restarts: what the Sync page shows and exports.
-- Bounded: SyncLogStore keeps the last 10,000 lines.
CREATE TABLE sync_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    level INTEGER NOT NULL,
    text TEXT NOT NULL
);
