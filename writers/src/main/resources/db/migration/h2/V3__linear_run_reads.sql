-- Reading a run back must cost the same per page whatever the size of the run or of the history. Every page read
-- and sorted the whole run: the pages now have one sort column each, over an index that starts with the run, and
-- name the run column first in ORDER BY (RunPagingQueryProvider), so that H2 reads the index in order and stops.
--   run_order: the cross-article order, the ISO publication date, a space and the article id (the date is of fixed
--   width, so the string sorts as (published, article_id) did).
ALTER TABLE article ADD COLUMN run_order VARCHAR(600);
UPDATE article SET run_order = CAST(published AS VARCHAR) || ' ' || article_id;
ALTER TABLE article ALTER COLUMN run_order SET NOT NULL;
DROP INDEX article_instance;
CREATE INDEX article_run_order ON article (job_instance_id, run_order);
CREATE INDEX article_run_id ON article (job_instance_id, article_id);

-- The article's text and temporal expressions, written once per version of the article and never updated: the
-- cross-article step updates the article row (its decision and quotation ids) twice, and with the body in it every
-- update rewrote the whole text (in H2's MVStore, the whole page holding it), which made the file 20 times its data.
CREATE TABLE article_text (
    article_id        VARCHAR(512)  NOT NULL PRIMARY KEY,
    body              CHARACTER VARYING NOT NULL,
    timexes           CHARACTER VARYING NOT NULL   -- JSON array, the output contract's timexes
);
INSERT INTO article_text (article_id, body, timexes) SELECT article_id, body, timexes FROM article;
ALTER TABLE article DROP COLUMN body;
ALTER TABLE article DROP COLUMN timexes;

-- Fragment folding asks for a speaker's quotations active in a window, most recent first: by last date, so that
-- the look-up reads the window and not the speaker's whole history.
DROP INDEX quotation_speaker_dates;
CREATE INDEX quotation_speaker_active ON quotation (speaker, last_date);
