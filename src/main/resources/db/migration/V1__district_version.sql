-- The business tables as the district version (before V2) left them. Portable SQL: runs unchanged on H2 2.x and
-- PostgreSQL 15+. Idempotent, as databases of every earlier version are baselined before it (see application.yml).
-- run_id is the Spring Batch job instance id: a restart of a failed run keeps writing to the same run.

CREATE TABLE IF NOT EXISTS rollup_run (
    run_id        BIGINT       NOT NULL PRIMARY KEY,
    report_year   INT          NOT NULL,
    template      VARCHAR(16)  NOT NULL,
    district      VARCHAR(100) NOT NULL,
    fingerprint   VARCHAR(64)  NOT NULL,
    input_folder  VARCHAR(2000) NOT NULL,
    started_at    TIMESTAMP    NOT NULL
);
-- when the run's last step (exportResults) committed; NULL while it has not finished
ALTER TABLE rollup_run ADD COLUMN IF NOT EXISTS completed_at TIMESTAMP;
-- the completed run of the year before that the run was checked and compared with (NULL: none in the database)
ALTER TABLE rollup_run ADD COLUMN IF NOT EXISTS last_year_run_id BIGINT;

CREATE TABLE IF NOT EXISTS input_file (
    run_id        BIGINT        NOT NULL,
    file_id       INT           NOT NULL,
    path          VARCHAR(2000) NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    modified_at   TIMESTAMP     NOT NULL,
    file_type     VARCHAR(8)    NOT NULL,
    charset       VARCHAR(20),
    name_unit     VARCHAR(200),
    name_unit_code VARCHAR(40),
    name_year     INT,
    status        VARCHAR(12)   NOT NULL,
    duplicate_of  INT,
    reason        VARCHAR(30),
    message       VARCHAR(2000),
    rows_read     BIGINT        NOT NULL,
    PRIMARY KEY (run_id, file_id)
);
-- received_run: the first run of the year (same input folder) that saw these bytes; a file received in a later run
-- holds a newer version of its unit's submission than one received earlier.
ALTER TABLE input_file ADD COLUMN IF NOT EXISTS received_run BIGINT;
CREATE INDEX IF NOT EXISTS input_file_content ON input_file (sha256);

CREATE TABLE IF NOT EXISTS submitted_row (
    run_id         BIGINT        NOT NULL,
    file_id        INT           NOT NULL,
    item_no        INT           NOT NULL,
    sheet          VARCHAR(100)  NOT NULL,
    row_no         INT           NOT NULL,
    cell_ref       VARCHAR(20)   NOT NULL,
    unit_text      VARCHAR(200),
    unit_code      VARCHAR(40),
    code_text      VARCHAR(500),
    code           VARCHAR(40),
    raw_value      VARCHAR(2000),
    value_kind     VARCHAR(8),
    value_num      DECIMAL(30, 6),
    accepted       BOOLEAN       NOT NULL,
    reason         VARCHAR(30),
    message        VARCHAR(2000),
    PRIMARY KEY (run_id, file_id, item_no)
);
-- one unit's rows of a file that holds many units (a district-wide long-layout workbook), without scanning the file
CREATE INDEX IF NOT EXISTS submitted_row_unit ON submitted_row (run_id, file_id, unit_code, item_no);

CREATE TABLE IF NOT EXISTS submission (
    run_id         BIGINT        NOT NULL,
    submission_id  INT           NOT NULL,
    file_id        INT           NOT NULL,
    unit_code      VARCHAR(40)   NOT NULL,
    unit_type      VARCHAR(12)   NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    counts         BOOLEAN       NOT NULL,
    rows_read      BIGINT        NOT NULL,
    rows_accepted  BIGINT        NOT NULL,
    rows_rejected  BIGINT        NOT NULL,
    PRIMARY KEY (run_id, submission_id)
);
-- the file of the unit's newer version that replaced this submission
ALTER TABLE submission ADD COLUMN IF NOT EXISTS superseded_by_file INT;

CREATE TABLE IF NOT EXISTS submission_cell (
    run_id         BIGINT        NOT NULL,
    submission_id  INT           NOT NULL,
    code           VARCHAR(40)   NOT NULL,
    value_kind     VARCHAR(8)    NOT NULL,
    value_num      DECIMAL(30, 6),
    derived        BOOLEAN       NOT NULL,
    PRIMARY KEY (run_id, submission_id, code)
);

CREATE TABLE IF NOT EXISTS problem (
    run_id         BIGINT        NOT NULL,
    file_id        INT,
    submission_id  INT,
    item_no        INT,
    seq            INT           NOT NULL,
    severity       VARCHAR(8)    NOT NULL,
    sheet          VARCHAR(100),
    row_no         INT,
    unit_code      VARCHAR(40),
    unit_text      VARCHAR(200),
    code           VARCHAR(40),
    raw_value      VARCHAR(2000),
    reason         VARCHAR(30)   NOT NULL,
    message        VARCHAR(4000) NOT NULL
);
CREATE INDEX IF NOT EXISTS problem_run ON problem (run_id, file_id);

CREATE TABLE IF NOT EXISTS district_total (
    run_id         BIGINT        NOT NULL,
    scope          VARCHAR(16)   NOT NULL,
    code           VARCHAR(40)   NOT NULL,
    total          DECIMAL(30, 6) NOT NULL,
    PRIMARY KEY (run_id, scope, code)
);

-- Which run's results are in an output folder now: a rerun with unchanged input is "no change" only when they are
-- this run's; otherwise the run's results are written out again from the database.
CREATE TABLE IF NOT EXISTS published_output (
    report_year    INT           NOT NULL,
    output_folder  VARCHAR(2000) NOT NULL,
    run_id         BIGINT        NOT NULL,
    published_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (report_year, output_folder)
);

-- This database's identity, written into the output folders it fills: a run on another data folder that writes to the
-- same output folder is then seen to have replaced this database's results there.
CREATE TABLE IF NOT EXISTS rollup_database (
    database_id    VARCHAR(36)   NOT NULL PRIMARY KEY
);
