-- A SyncID made here is no longer stored as text: its row keeps the random
-- half as salt, and the SyncID is seq then salt (as unsigned), each in 16
-- upper-case hex digits: printf('%016X%016X', seq, salt). An initial dump
-- writes one integer a row instead of 32 characters. sync_id keeps the
-- SyncIDs given (an administrator's envelope) and those made before, which a
-- site may still hold: their rows keep it, salt null. SQLite cannot drop a
-- NOT NULL in place: the table is made anew.
CREATE TABLE queue_salted (
    site_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    sync_id TEXT,
    salt INTEGER,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    record_rowid INTEGER,
    sync_type TEXT NOT NULL,
    raw BLOB,
    PRIMARY KEY (site_id, seq)
) WITHOUT ROWID;
INSERT INTO queue_salted (site_id, seq, sync_id, record_type, record_id, record_rowid, sync_type,
                          raw)
    SELECT site_id, seq, sync_id, record_type, record_id, record_rowid, sync_type, raw FROM queue;
DROP TABLE queue;
ALTER TABLE queue_salted RENAME TO queue;
CREATE UNIQUE INDEX queue_raw_sync_id ON queue (site_id, sync_id) WHERE raw IS NOT NULL;
CREATE INDEX queue_record ON queue (site_id, record_rowid) WHERE record_rowid IS NOT NULL;
