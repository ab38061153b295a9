-- NeverOut store, schema version 2: the web application's users and its audit log (neverout serve).
-- Portable SQL only (H2 2.x and PostgreSQL); docs/SECURITY.md describes the columns and the audit
-- chain's recipe.

-- One account per row. password_hash is the Argon2id string ($argon2id$v=19$m=...,t=...,p=...$salt$hash);
-- a disabled account keeps its row (and its name: names are never reused) but cannot log in.
CREATE TABLE app_user (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(16)  NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    created_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    disabled      BOOLEAN      NOT NULL DEFAULT FALSE
);

-- The audit log: one entry per security-relevant action, chained by SHA-256 like the run ledger
-- (seq 1, 2, 3, ... assigned under the lock on audit_head).
CREATE TABLE audit_entry (
    seq       BIGINT        NOT NULL PRIMARY KEY,
    at        TIMESTAMP(3)  WITH TIME ZONE NOT NULL,
    actor     VARCHAR(200)  NOT NULL,
    action    VARCHAR(64)   NOT NULL,
    detail    VARCHAR(4000) NOT NULL,
    prev_hash CHAR(64)      NOT NULL,
    hash      CHAR(64)      NOT NULL UNIQUE
);

-- The audit head: one row, locked by every append, holding the last entry so that a deleted last
-- entry is detected.
CREATE TABLE audit_head (
    id        INTEGER  NOT NULL PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
