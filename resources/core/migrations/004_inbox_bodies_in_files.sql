-- A received batch's body moves out of the database into a file of its own
-- next to it (<database>-inbox/<seq>.json, see Inbox): written once, deleted
-- once applied, instead of passing through the WAL, the checkpoint and the
-- free list on its way to being deleted. Rows kept by an older version keep
-- their body here.
CREATE TABLE inbox_with_files (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at TEXT NOT NULL,
    body BLOB, -- NULL: in the inbox folder
    sync_ids TEXT NOT NULL -- newline-separated
);
INSERT INTO inbox_with_files SELECT seq, received_at, body, sync_ids FROM inbox;
DROP TABLE inbox;
ALTER TABLE inbox_with_files RENAME TO inbox;
