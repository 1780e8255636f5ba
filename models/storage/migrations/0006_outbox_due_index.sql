-- The delivery worker's reads: a connection's due items in order (and whether any is due) walk this
-- index and stop at the batch limit, instead of sorting every waiting row of the outbox each time.
CREATE INDEX outbox_connection_due ON outbox (connection_id, next_attempt_ms)
    WHERE status IN ('pending', 'retrying');
