-- quotewire's output tables. Writes are keyed (article id, quote id, quotation id, run + source), so a rerun
-- replaces rows instead of adding them.

-- One row per article ever read; a later night's copy of the same file replaces it.
CREATE TABLE article (
    article_id        VARCHAR(512)  NOT NULL PRIMARY KEY,
    source            VARCHAR(2048) NOT NULL,
    job_instance_id   BIGINT        NOT NULL,
    run_date          DATE          NOT NULL,
    published         DATE          NOT NULL,
    published_raw     VARCHAR(512)  NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE,
    title             VARCHAR(2048),
    body              TEXT          NOT NULL,
    content_hash      CHAR(64)      NOT NULL,
    minhash           BYTEA,
    timexes           TEXT          NOT NULL,  -- JSON array, the output contract's timexes
    quotes            TEXT          NOT NULL,  -- JSON array, the output contract's quotes
    duplicate_of      VARCHAR(512),
    dedup_done        BOOLEAN       DEFAULT FALSE NOT NULL,
    processed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX article_content_hash ON article (content_hash);
CREATE INDEX article_instance ON article (job_instance_id, published, article_id);

-- One row per statement (deduplicated quotation).
CREATE TABLE quotation (
    quotation_id      VARCHAR(40)   NOT NULL PRIMARY KEY,
    quotation         TEXT          NOT NULL,  -- the longest form seen
    norm_length       INT           NOT NULL,  -- length of the normalized longest form
    first_date        DATE          NOT NULL,
    merged_into       VARCHAR(40),
    updated_instance  BIGINT        NOT NULL
);
CREATE INDEX quotation_updated ON quotation (updated_instance, quotation_id);

-- Every occurrence of a quotation in an article that is not a duplicate.
CREATE TABLE occurrence (
    article_id        VARCHAR(512)  NOT NULL,
    quote_id          VARCHAR(600)  NOT NULL,
    quotation_id      VARCHAR(40)   NOT NULL,
    quote_date        DATE          NOT NULL,
    speaker           VARCHAR(512),
    PRIMARY KEY (article_id, quote_id)
);
CREATE INDEX occurrence_quotation ON occurrence (quotation_id);

-- Input files that could not be used, with the reason.
CREATE TABLE rejected_input (
    job_instance_id   BIGINT        NOT NULL,
    source            VARCHAR(2048) NOT NULL,
    run_date          DATE          NOT NULL,
    article_id        VARCHAR(512)  NOT NULL,
    reason            VARCHAR(32)   NOT NULL,
    detail            VARCHAR(4000) NOT NULL,
    rejected_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job_instance_id, source)
);

-- Which process owns a job execution, so a restart can tell a dead owner from a live one.
CREATE TABLE run_owner (
    job_execution_id  BIGINT        NOT NULL PRIMARY KEY,
    host              VARCHAR(255)  NOT NULL,
    pid               BIGINT        NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
