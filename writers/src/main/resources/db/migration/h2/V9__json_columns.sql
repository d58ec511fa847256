-- PostgreSQL's V9 makes the JSON columns jsonb. H2 keeps them as text: its JSON type takes a string parameter as a
-- JSON string value, not as the document, and nothing here queries inside them. This keeps the versions in step.
SELECT 1;
