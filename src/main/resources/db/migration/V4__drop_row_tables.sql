-- The runs are converted (V3): the one-row-per-row and one-row-per-cell tables go.
DROP TABLE submitted_row;
DROP TABLE submission_cell;
DROP TABLE submission_v1;
ALTER TABLE problem DROP COLUMN submission_id;
ALTER TABLE problem ALTER COLUMN level SET NOT NULL;
