-- Connections to ad platforms (never their secrets: those live in the keychain) and the outbox of
-- requests to deliver, one row per (conversion, connection).
CREATE TABLE connections (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    name TEXT NOT NULL,
    settings TEXT NOT NULL,
    test_mode INTEGER NOT NULL DEFAULT 0,
    enabled INTEGER NOT NULL DEFAULT 1,
    state TEXT NOT NULL DEFAULT 'ok',
    state_message TEXT,
    created_ms INTEGER NOT NULL
);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    conversion_id TEXT NOT NULL,
    connection_id INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    dedup_id TEXT NOT NULL,
    event_time_ms INTEGER NOT NULL,
    method TEXT NOT NULL,
    url TEXT NOT NULL,
    headers TEXT NOT NULL,
    content_type TEXT NOT NULL,
    secret_names TEXT NOT NULL,
    body BLOB NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms INTEGER NOT NULL,
    http_status INTEGER,
    latency_ms INTEGER,
    last_error TEXT,
    response_excerpt TEXT,
    created_ms INTEGER NOT NULL,
    finished_ms INTEGER,
    UNIQUE (conversion_id, connection_id)
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_ms);
CREATE INDEX outbox_connection ON outbox (connection_id, status);
