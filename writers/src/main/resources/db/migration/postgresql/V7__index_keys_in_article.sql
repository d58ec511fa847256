-- An article's near-duplicate look-up keys (its LSH band keys, then its lead keys: 8 bytes each) move into its row,
-- written once with its decision, and the deduplicator reads the decided articles of its window's days by date.
-- article_band (one row per key, in random key order) made every commit rewrite pages all over its index; it is
-- no longer written, and is read only for the articles decided before this migration (index_keys null).
ALTER TABLE article ADD COLUMN index_keys BYTEA;
CREATE INDEX article_published ON article (published);
