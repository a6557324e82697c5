-- The pharmacist's work (core/domain). Invoice numbers are taken per store and
-- type in the same transaction as the invoice that uses them, so a number is
-- never given twice, a crash included; a number taken by a rolled-back action
-- was never used.
CREATE TABLE invoice_number (
    store_id TEXT NOT NULL,
    type TEXT NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (store_id, type)
) WITHOUT ROWID;

-- v4 calls an action needs (a patient made visible in this store), written in
-- the action's transaction and made at the next chance, before the push.
-- state: waiting, or refused (the primary said no; kept with its words).
CREATE TABLE pending_call (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    name_id TEXT NOT NULL,
    store_id TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (kind, name_id, store_id)
);

-- What the primary last said about a patient (patient_history) and the
-- patients its search last found, kept for offline viewing and linking.
CREATE TABLE remote_answer (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
