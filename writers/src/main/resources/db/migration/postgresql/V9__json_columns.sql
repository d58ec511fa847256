-- The columns that hold JSON (an article's quotes, its text's temporal expressions) become jsonb: PostgreSQL checks
-- each value on write, and a user can query inside them (quotes -> 0 ->> 'speaker', jsonb_array_elements ...).
-- The job writes them as text cast to jsonb and reads them back into its own records, so the exported files do not
-- depend on jsonb's key order. H2 keeps them as text (its V9 changes nothing).
ALTER TABLE article ALTER COLUMN quotes TYPE jsonb USING quotes::jsonb;
ALTER TABLE article_text ALTER COLUMN timexes TYPE jsonb USING timexes::jsonb;
