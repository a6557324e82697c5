-- The stand-in primary's database. Records keep their Data exactly as
-- received; the columns beside it say who may see each record.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE site (
    site_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    hardware_uuid TEXT NOT NULL DEFAULT '',
    store_id TEXT NOT NULL,
    name_id TEXT NOT NULL,
    user_id TEXT NOT NULL
);

-- scope: 0 every site, 1 the sites of store_id, 2 a patient: the stores joined
-- to it by an active name_store_join. link_id: the parent or referenced record
-- (trans_line -> transact, transact -> name, name_store_join -> name).
-- flags: 1 inactive join, 2 history left out of the mobile subset.
CREATE TABLE record (
    rowid INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: queue rows point here
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    scope INTEGER NOT NULL,
    store_id TEXT NOT NULL DEFAULT '',
    link_id TEXT NOT NULL DEFAULT '',
    flags INTEGER NOT NULL DEFAULT 0,
    data BLOB NOT NULL,
    UNIQUE (type, id)
);
CREATE INDEX record_store ON record (store_id) WHERE scope = 1;
CREATE INDEX record_link ON record (link_id, type) WHERE link_id <> '';

-- Each site's outgoing queue. A record stays until the site acknowledges it.
-- record_rowid: the queued record (null for raw). raw: an envelope queued
-- exactly as an administrator gave it. SyncIDs begin with a rising counter and
-- rows follow record order, so acknowledging a batch touches few index pages.
CREATE TABLE queue (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id INTEGER NOT NULL,
    sync_id TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    record_rowid INTEGER,
    sync_type TEXT NOT NULL,
    raw BLOB
);
CREATE UNIQUE INDEX queue_sync_id ON queue (site_id, sync_id);
CREATE INDEX queue_head ON queue (site_id, seq);
CREATE INDEX queue_record ON queue (site_id, record_rowid) WHERE record_rowid IS NOT NULL;

-- v1 numbering, published at GET /sync/v1/schema.
CREATE TABLE v1_table (
    type TEXT PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE
);
CREATE TABLE v1_field (
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    number INTEGER NOT NULL,
    PRIMARY KEY (type, name),
    UNIQUE (type, number)
);
