-- Reading a run back must cost the same per page whatever the size of the run or of the history: one sort column
-- per reader, over an index that starts with the run (see the H2 migration of the same version).
--   run_order: the ISO publication date, a space and the article id; sorts as (published, article_id).
-- COLLATE "C": the order of code points, as in H2, whatever the database's locale
ALTER TABLE article ADD COLUMN run_order VARCHAR(600) COLLATE "C";
UPDATE article SET run_order = to_char(published, 'YYYY-MM-DD') || ' ' || article_id;
ALTER TABLE article ALTER COLUMN run_order SET NOT NULL;
DROP INDEX article_instance;
CREATE INDEX article_run_order ON article (job_instance_id, run_order);
CREATE INDEX article_run_id ON article (job_instance_id, article_id);

-- The article's text and temporal expressions, written once per version of the article and never updated: the
-- cross-article step updates the article row (its decision and quotation ids) twice, and with the body in it every
-- update rewrote the whole text (in H2's MVStore, the whole page holding it), which made the file 20 times its data.
CREATE TABLE article_text (
    article_id        VARCHAR(512)  NOT NULL PRIMARY KEY,
    body              TEXT    NOT NULL,
    timexes           TEXT    NOT NULL   -- JSON array, the output contract's timexes
);
INSERT INTO article_text (article_id, body, timexes) SELECT article_id, body, timexes FROM article;
ALTER TABLE article DROP COLUMN body;
ALTER TABLE article DROP COLUMN timexes;

-- Fragment folding asks for a speaker's quotations active in a window, most recent first: by last date, so that
-- the look-up reads the window and not the speaker's whole history.
DROP INDEX quotation_speaker_dates;
CREATE INDEX quotation_speaker_active ON quotation (speaker, last_date);
