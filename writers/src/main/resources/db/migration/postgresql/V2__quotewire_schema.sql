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

-- LSH band keys of every decided article: the near-duplicate index (looked up by key and date window).
CREATE TABLE article_band (
    band_key          BIGINT        NOT NULL,
    published         DATE          NOT NULL,
    article_id        VARCHAR(512)  NOT NULL,
    PRIMARY KEY (band_key, published, article_id)   -- serves the lookup by key and date window
);
CREATE INDEX article_band_article ON article_band (article_id);

-- One row per statement (deduplicated quotation).
CREATE TABLE quotation (
    quotation_id      VARCHAR(40)   NOT NULL PRIMARY KEY,
    norm_key          TEXT          NOT NULL,  -- normalized text of the form that created it
    quotation         TEXT          NOT NULL,  -- the longest form seen
    first_date        DATE          NOT NULL,
    last_date         DATE          NOT NULL,
    num_occurrences   INT           NOT NULL,
    speaker           VARCHAR(512)  NOT NULL,  -- the top speaker ('None' when unknown)
    updated_instance  BIGINT        NOT NULL   -- the job instance that last created or updated it
);
CREATE INDEX quotation_speaker_dates ON quotation (speaker, first_date);
CREATE INDEX quotation_updated ON quotation (updated_instance, quotation_id);

-- Occurrences per speaker of each quotation (its probas).
CREATE TABLE quotation_speaker (
    quotation_id      VARCHAR(40)   NOT NULL,
    speaker           VARCHAR(512)  NOT NULL,
    occurrences       INT           NOT NULL,
    PRIMARY KEY (quotation_id, speaker)
);

-- Every normalized form folded into a quotation, by the SHA-256 of the form (forms can be long).
CREATE TABLE quotation_form (
    form_hash         CHAR(64)      NOT NULL PRIMARY KEY,
    norm_key          TEXT          NOT NULL,
    quotation_id      VARCHAR(40)   NOT NULL
);
CREATE INDEX quotation_form_quotation ON quotation_form (quotation_id);

-- Hashes of the 8-word runs of each quotation: fragment folding looks quotations up by them.
CREATE TABLE quotation_shingle (
    shingle_hash      BIGINT        NOT NULL,
    quotation_id      VARCHAR(40)   NOT NULL,
    PRIMARY KEY (shingle_hash, quotation_id)
);
CREATE INDEX quotation_shingle_quotation ON quotation_shingle (quotation_id);

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

-- Quotations merged into a longer one, so ids in older output still lead somewhere.
CREATE TABLE quotation_redirect (
    quotation_id      VARCHAR(40)   NOT NULL PRIMARY KEY,
    merged_into       VARCHAR(40)   NOT NULL
);

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
