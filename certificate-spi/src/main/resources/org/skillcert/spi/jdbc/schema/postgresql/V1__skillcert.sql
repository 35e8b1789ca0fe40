-- skillcert JDBC storage, schema version 1, for PostgreSQL: serials, the blank-stock ledger and the
-- certificate registry. Run V1 then V2 on an empty database (the current schema is version 2).
--
-- ${prefix} is the table prefix (JdbcStorage's tablePrefix, default skillcert_; 1-20 characters
-- of [a-z][a-z0-9_]*): Flyway and Liquibase substitute it as a placeholder / changelog property;
-- by hand: sed 's/${prefix}/skillcert_/g' V1__skillcert.sql | psql ...
-- Every statement is idempotent (IF NOT EXISTS, INSERT ... WHERE NOT EXISTS), so running a file
-- twice changes nothing. The JDBC adapter with schema=create runs these same files.
-- The application's role needs SELECT, INSERT, UPDATE on every table and also DELETE on
-- ${prefix}document_awaited (V2); no sequences are used.

CREATE TABLE IF NOT EXISTS ${prefix}schema_version (version INTEGER NOT NULL PRIMARY KEY);

CREATE TABLE IF NOT EXISTS ${prefix}counter (scope VARCHAR(16) NOT NULL PRIMARY KEY,
    last_serial INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS ${prefix}request (request_id VARCHAR(128) NOT NULL PRIMARY KEY,
    scope VARCHAR(16) NOT NULL, first_serial INTEGER NOT NULL, last_serial INTEGER NOT NULL,
    created_ms BIGINT NOT NULL,
    CONSTRAINT ${prefix}request_first UNIQUE (scope, first_serial),
    CONSTRAINT ${prefix}request_last UNIQUE (scope, last_serial));

CREATE TABLE IF NOT EXISTS ${prefix}void_serial (scope VARCHAR(16) NOT NULL, serial INTEGER NOT NULL,
    reason VARCHAR(500) NOT NULL, actor VARCHAR(200) NOT NULL, voided_ms BIGINT NOT NULL,
    PRIMARY KEY (scope, serial));

CREATE TABLE IF NOT EXISTS ${prefix}ledger (seq BIGINT NOT NULL PRIMARY KEY, at_ms BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL, first_sheet INTEGER NOT NULL, last_sheet INTEGER NOT NULL,
    actor VARCHAR(200) NOT NULL, delivery_ref VARCHAR(200), custodian VARCHAR(200),
    cert_number VARCHAR(22), reason VARCHAR(500), witness1 VARCHAR(200), witness2 VARCHAR(200),
    counted INTEGER NOT NULL, expected INTEGER NOT NULL, prev_hash VARCHAR(64) NOT NULL,
    entry_hash VARCHAR(64) NOT NULL);

CREATE INDEX IF NOT EXISTS ${prefix}ledger_at ON ${prefix}ledger (at_ms);

CREATE TABLE IF NOT EXISTS ${prefix}ledger_head (id INTEGER NOT NULL PRIMARY KEY, seq BIGINT NOT NULL,
    entry_hash VARCHAR(64) NOT NULL, at_ms BIGINT NOT NULL);

CREATE TABLE IF NOT EXISTS ${prefix}certificate (cert_number VARCHAR(22) NOT NULL PRIMARY KEY,
    holder_name VARCHAR(100) NOT NULL, id_type VARCHAR(50) NOT NULL,
    id_number VARCHAR(40) NOT NULL, occupation VARCHAR(100) NOT NULL, job VARCHAR(100) NOT NULL,
    skill_level INTEGER NOT NULL, issue_date DATE NOT NULL, institution VARCHAR(200) NOT NULL,
    sheet INTEGER NOT NULL, result_id VARCHAR(64), supersedes VARCHAR(22),
    registered_ms BIGINT NOT NULL);

CREATE INDEX IF NOT EXISTS ${prefix}certificate_id ON ${prefix}certificate (id_number);

CREATE INDEX IF NOT EXISTS ${prefix}certificate_result ON ${prefix}certificate (result_id);

CREATE INDEX IF NOT EXISTS ${prefix}certificate_date ON ${prefix}certificate (issue_date, cert_number);

CREATE TABLE IF NOT EXISTS ${prefix}status_change (cert_number VARCHAR(22) NOT NULL,
    seq INTEGER NOT NULL, status VARCHAR(16) NOT NULL, reason VARCHAR(500),
    actor VARCHAR(200) NOT NULL, at_ms BIGINT NOT NULL, PRIMARY KEY (cert_number, seq));

CREATE INDEX IF NOT EXISTS ${prefix}status_change_at ON ${prefix}status_change (at_ms);

-- the ledger's hash chain starts at the genesis hash (64 zeros)
INSERT INTO ${prefix}ledger_head (id, seq, entry_hash, at_ms)
    SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0
    WHERE NOT EXISTS (SELECT 1 FROM ${prefix}ledger_head);

INSERT INTO ${prefix}schema_version (version)
    SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM ${prefix}schema_version WHERE version = 1);
