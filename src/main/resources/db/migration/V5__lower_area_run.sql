-- A lower area's submission that is the consolidated workbook this tool wrote for it: the run its figures come from
-- and the units its total lacks, so that the level above sees them (gaps travel up).
CREATE TABLE IF NOT EXISTS lower_area_run (
    run_id        BIGINT        NOT NULL,
    file_id       INT           NOT NULL,
    unit_code     VARCHAR(40)   NOT NULL,
    area          VARCHAR(200)  NOT NULL,
    area_year     INT           NOT NULL,
    area_run      BIGINT        NOT NULL,
    fingerprint   VARCHAR(64),
    exported_at   VARCHAR(40),
    gaps          VARCHAR(4000),
    CONSTRAINT lower_area_run_key PRIMARY KEY (run_id, file_id, unit_code)
);
