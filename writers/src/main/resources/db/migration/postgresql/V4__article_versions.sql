-- Article identity never merges two files. The id an article file gives (its path under the input folder, without
-- .txt) is base_id; the row's key, article_id, is that id for its first version, and for the same id read on a
-- later run (another night, another folder) '<id>//v<n>': a path never holds '//', so a version key cannot be the
-- id of any file. The earlier version stays with its decisions and occurrences; the later one is decided again
-- (an unchanged text is then an exact copy of the earlier version).
ALTER TABLE article ADD COLUMN base_id VARCHAR(512);
ALTER TABLE article ADD COLUMN version INT DEFAULT 1 NOT NULL;
UPDATE article SET base_id = article_id;
ALTER TABLE article ALTER COLUMN base_id SET NOT NULL;
-- the analyze step looks the versions of its chunk's ids up by base id
CREATE INDEX article_base ON article (base_id, job_instance_id);
-- A later version with another text supersedes the earlier ones: their occurrences leave their quotations and their
-- band keys leave the near-duplicate index (the cross-article step), their rows and texts stay, naming the version
-- that replaced them.
ALTER TABLE article ADD COLUMN superseded_by VARCHAR(512);
