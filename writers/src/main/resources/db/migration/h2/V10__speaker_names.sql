-- Across articles the same person is one speaker (CrossArticleSpeakers).
-- 1. Each article's full speaker names, recorded by the per-article step ("key<TAB>full name" lines, the key being
--    the surname folded): the cross-article step reads the night's once, before its first chunk. Null for articles
--    analysed before this migration (they add no names to the night).
ALTER TABLE article ADD COLUMN speaker_names CHARACTER VARYING;
-- 2. The history of full speaker names: one row per surname key, full name and article date, looked up by key and
--    date window (the primary key serves it), written once per chunk of the cross-article step.
CREATE TABLE speaker_name (
    short_key         VARCHAR(128)  NOT NULL,
    seen_date         DATE          NOT NULL,
    full_name         VARCHAR(512)  NOT NULL,
    PRIMARY KEY (short_key, seen_date, full_name)
);
-- 3. Why an occurrence has no speaker (NO_CUE, UNRESOLVED_PRONOUN, ...); null when it has one, or a description,
--    and in rows written before this migration.
ALTER TABLE occurrence ADD COLUMN speaker_reason VARCHAR(32);
