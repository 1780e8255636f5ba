-- The listener (issue 7): every status change an affiliate postback applied to a credited sale
-- (pending -> approved -> reversed). The sale itself is the event; this is its history.
CREATE TABLE postback_status_changes (
    id INTEGER PRIMARY KEY,
    event_row INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    network TEXT NOT NULL,
    transaction_key TEXT NOT NULL,
    old_status TEXT,
    new_status TEXT NOT NULL,
    payout REAL,
    refund_event_row INTEGER REFERENCES events(id) ON DELETE SET NULL,
    received_utc_ms INTEGER NOT NULL
);
CREATE INDEX postback_status_changes_event ON postback_status_changes (event_row);
