-- skillcert JDBC storage, schema version 2, for H2: document states, print runs and
-- replacement applications. Adds tables only; nothing of version 1 changes, and a version-1
-- database's certificates count as having their documents. See V1__skillcert.sql for ${prefix}.
-- The application's role needs DELETE on ${prefix}document_awaited (a certificate leaves it
-- when its PDF or printed page exists), and SELECT, INSERT, UPDATE on every table.

CREATE TABLE IF NOT EXISTS ${prefix}document_awaited (cert_number VARCHAR(22) NOT NULL PRIMARY KEY);

CREATE TABLE IF NOT EXISTS ${prefix}print_run (run_id VARCHAR(64) NOT NULL PRIMARY KEY,
    created_ms BIGINT NOT NULL, done_ms BIGINT);

CREATE TABLE IF NOT EXISTS ${prefix}print_page (run_id VARCHAR(64) NOT NULL, page INTEGER NOT NULL,
    cert_number VARCHAR(22) NOT NULL, sheet INTEGER NOT NULL, photo VARCHAR(1000) NOT NULL,
    PRIMARY KEY (run_id, page));

CREATE INDEX IF NOT EXISTS ${prefix}print_page_sheet ON ${prefix}print_page (sheet);

CREATE TABLE IF NOT EXISTS ${prefix}replacement (application_id VARCHAR(128) NOT NULL PRIMARY KEY,
    cert_number VARCHAR(22) NOT NULL, applicant_name VARCHAR(100) NOT NULL,
    id_number VARCHAR(40) NOT NULL, matter VARCHAR(16) NOT NULL, delivery VARCHAR(16) NOT NULL,
    ems_number VARCHAR(64), phone VARCHAR(40) NOT NULL, received_on DATE NOT NULL,
    due_on DATE NOT NULL, due_provisional BOOLEAN NOT NULL, accepted_by VARCHAR(200) NOT NULL,
    proved_on DATE, proved_by VARCHAR(200));

CREATE INDEX IF NOT EXISTS ${prefix}replacement_due ON ${prefix}replacement (proved_on, due_on);

CREATE INDEX IF NOT EXISTS ${prefix}replacement_received ON ${prefix}replacement (received_on);

INSERT INTO ${prefix}schema_version (version)
    SELECT 2 WHERE NOT EXISTS (SELECT 1 FROM ${prefix}schema_version WHERE version = 2);
