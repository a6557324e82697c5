-- The queue kept in queue order: a pull reads a site's head straight from the
-- table, and an initial dump writes its rows at the end of one tree. seq is
-- the queue position. A SyncID made here is seq in 16 hex digits, then 16
-- random ones: it finds its row without an index of its own. An envelope an
-- administrator queued keeps its SyncID, found by queue_raw_sync_id.
-- SyncIDs made before are renumbered so: a site that still holds one is sent
-- the record again under its new SyncID, as after a lost acknowledgement.
CREATE TABLE queue_by_position (
    site_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    sync_id TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    record_rowid INTEGER,
    sync_type TEXT NOT NULL,
    raw BLOB,
    PRIMARY KEY (site_id, seq)
) WITHOUT ROWID;
INSERT INTO queue_by_position (site_id, seq, sync_id, record_type, record_id, record_rowid,
                               sync_type, raw)
    SELECT site_id, seq,
           CASE WHEN raw IS NULL THEN printf('%016X', seq) || substr(sync_id, 17, 16)
                ELSE sync_id END,
           record_type, record_id, record_rowid, sync_type, raw
    FROM queue;
DROP TABLE queue;
ALTER TABLE queue_by_position RENAME TO queue;
CREATE UNIQUE INDEX queue_raw_sync_id ON queue (site_id, sync_id) WHERE raw IS NOT NULL;
CREATE INDEX queue_record ON queue (site_id, record_rowid) WHERE record_rowid IS NOT NULL;
