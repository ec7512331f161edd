-- The counts an assessment heads with (risks, to treat, without a treatment option) read this
-- index alone instead of every risk's row: a whole assessment is counted after each change to
-- it, re-rating included.
CREATE INDEX risk_scenarios_acceptance ON risk_scenarios (organisation_id, assessment_id, acceptance, treatment);

-- The rows of a pending import's file as its preview read them (app/import_rows.h), so that
-- the commit validates them again without parsing the file again; empty for imports previewed
-- before this column existed, whose file is read.
ALTER TABLE asset_imports ADD COLUMN sheet_rows BYTEA NOT NULL DEFAULT '';
