-- Bulk loads (storage/eventindexdeferral.h) drop the secondary event indexes and build them after
-- the load; this records the ones dropped, in the same transaction, so that a killed load is
-- repaired when the workspace is next opened. Empty except during a load. Versioned so that an
-- older build refuses a workspace it could not repair instead of running without its indexes.
CREATE TABLE IF NOT EXISTS deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL);
