-- NeverOut history store, schema version 1. Runs unchanged on H2 2.x and PostgreSQL (portable SQL
-- only, unquoted identifiers): docs/HISTORY.md describes every column and the ledger recipe.

-- One recorded assessment per row; id is assigned under the ledger lock (1, 2, 3, ...).
CREATE TABLE analysis_run (
    id               BIGINT       NOT NULL PRIMARY KEY,
    label            VARCHAR(200) NOT NULL,
    recorded_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    as_of            DATE         NOT NULL,
    model_name       VARCHAR(400) NOT NULL,
    model_text       TEXT         NOT NULL,
    model_sha256     CHAR(64)     NOT NULL,
    results_json     TEXT         NOT NULL,
    neverout_version VARCHAR(100) NOT NULL,
    recorded_by      VARCHAR(200) NOT NULL,
    prev_hash        CHAR(64)     NOT NULL,
    hash             CHAR(64)     NOT NULL UNIQUE
);

-- The ledger head: one row, locked (SELECT ... FOR UPDATE) by every record so that runs are
-- chained one after the other, and holding the last hash so that a deleted last run is detected.
CREATE TABLE ledger_head (
    id          INTEGER  NOT NULL PRIMARY KEY CHECK (id = 1),
    last_run_id BIGINT   NOT NULL,
    last_hash   CHAR(64) NOT NULL
);

INSERT INTO ledger_head (id, last_run_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
