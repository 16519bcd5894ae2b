-- Province scale: a submission is one row with its figures as an array, not one row per submitted row and one per
-- cell (2M cells cost 20-30 s as rows on H2, about 1 s as arrays). Rejected rows and warnings stay in table problem.
-- V3 converts the runs stored before; V4 drops the tables it leaves behind.

ALTER TABLE submission RENAME TO submission_v1;

-- One unit's rows in one file, checked. cell_values[i] is the i-th code of rollup_run.cell_codes: counts as they are,
-- 万元 amounts in millionths (the 6 places a value is kept to). cell_kinds has one character per code:
-- '-' not submitted, 'E' blank, 'A' not applicable (—), 'V' a value, 'D' a total derived from its parts.
CREATE TABLE IF NOT EXISTS submission (
    run_id               BIGINT        NOT NULL,
    file_id              INT           NOT NULL,
    unit_code            VARCHAR(40)   NOT NULL,
    unit_type            VARCHAR(12)   NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    counts               BOOLEAN       NOT NULL,
    superseded_by_file   INT,
    rows_read            BIGINT        NOT NULL,
    rows_accepted        BIGINT        NOT NULL,
    rows_rejected        BIGINT        NOT NULL,
    rows_of_another_year BIGINT        NOT NULL,
    cell_kinds           VARCHAR(2000),
    cell_values          BIGINT ARRAY,
    CONSTRAINT submission_key PRIMARY KEY (run_id, file_id, unit_code)
);
CREATE INDEX IF NOT EXISTS submission_of_unit ON submission (run_id, unit_code);

-- The order of the figures in submission.cell_values for the run: the template's value cells, comma-separated.
ALTER TABLE rollup_run ADD COLUMN IF NOT EXISTS cell_codes VARCHAR(20000);

-- The register the run was checked against, in its order (units.csv), so that outputs and the console list units as
-- the run knew them.
CREATE TABLE IF NOT EXISTS run_unit (
    run_id     BIGINT       NOT NULL,
    position   INT          NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    unit_type  VARCHAR(12)  NOT NULL,
    expected   BOOLEAN      NOT NULL,
    CONSTRAINT run_unit_key PRIMARY KEY (run_id, position)
);

-- Registered before they are read: the earlier files of the run with the same bytes (a copy is read once), and with
-- the same bytes and a name giving the same unit (files whose rows take their unit from the name).
ALTER TABLE input_file ADD COLUMN IF NOT EXISTS same_bytes_as INT;
ALTER TABLE input_file ADD COLUMN IF NOT EXISTS same_bytes_and_unit_as INT;
-- Counted while reading: rows naming no unit of the register, and those names as written.
ALTER TABLE input_file ADD COLUMN IF NOT EXISTS rows_unattributed BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE input_file ADD COLUMN IF NOT EXISTS unattributed_units VARCHAR(2000);

-- What a problem is about: 'file' (a file rejected whole, a copy), 'row' (a row or cell), 'submission' (a rule, a
-- choice between versions, last year). Replaces problem.submission_id.
ALTER TABLE problem ADD COLUMN IF NOT EXISTS level VARCHAR(10);
