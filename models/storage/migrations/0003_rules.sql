-- Conversion rules (rule-format.md) and the conversions they produced.
CREATE TABLE rules (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    definition TEXT NOT NULL,
    updated_ms INTEGER NOT NULL DEFAULT 0
);
-- One row per conversion; the id is deterministic (rule id + matched event ids), so evaluating a
-- rule again never duplicates a conversion.
CREATE TABLE conversions (
    id TEXT PRIMARY KEY,
    rule_id TEXT NOT NULL,
    standard_name TEXT NOT NULL,
    time_utc_ms INTEGER NOT NULL,
    utc_offset_s INTEGER NOT NULL DEFAULT 0,
    value REAL,
    currency TEXT,
    reason TEXT NOT NULL DEFAULT '',
    platforms TEXT,
    primary_event INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    created_ms INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversions_rule ON conversions (rule_id, time_utc_ms);
CREATE INDEX conversions_time ON conversions (time_utc_ms);
CREATE INDEX conversions_event ON conversions (primary_event);
-- The matched events of a conversion, in step order (step 1 first).
CREATE TABLE conversion_events (
    conversion_id TEXT NOT NULL REFERENCES conversions (id) ON DELETE CASCADE,
    step INTEGER NOT NULL,
    event INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (conversion_id, step)
);
CREATE INDEX conversion_events_event ON conversion_events (event);
