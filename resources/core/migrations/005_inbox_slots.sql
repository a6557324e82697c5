-- A received batch's body is written over the body of a batch applied before
-- it, in one of a few slot files (<database>-inbox/slot-<n>.json, see Inbox):
-- syncing bytes written in place syncs those bytes, where a new file also
-- waits for the file system's journal (a sixth of a first sync's storing).
-- Rows kept by an older version keep their body in the row or in <seq>.json.
CREATE TABLE inbox_slot (
    slot INTEGER PRIMARY KEY AUTOINCREMENT, -- numbers are never reused
    free INTEGER NOT NULL DEFAULT 0 -- 1 once no batch kept in it can come back
);
ALTER TABLE inbox ADD COLUMN slot INTEGER; -- NULL: body in the row or in <seq>.json
ALTER TABLE inbox ADD COLUMN body_size INTEGER;
