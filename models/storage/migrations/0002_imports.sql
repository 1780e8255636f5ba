-- CSV imports: how far each file got, so that a cancelled or killed import resumes without duplicates.
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    preset TEXT NOT NULL,
    source TEXT NOT NULL,
    path TEXT,
    status TEXT NOT NULL,
    rows_done INTEGER NOT NULL DEFAULT 0,
    events_added INTEGER NOT NULL DEFAULT 0,
    started_ms INTEGER,
    updated_ms INTEGER,
    UNIQUE (fingerprint, preset, source)
);
