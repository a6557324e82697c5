-- The users who may log in to each store (GET /sync/v3/user?store=): a user
-- name with the lowercase hex SHA-256 of its password, the same UserID in
-- every store it may log in to.
CREATE TABLE store_user (
    name TEXT NOT NULL,
    store_id TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    user_id TEXT NOT NULL,
    is_admin INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (name, store_id)
);
