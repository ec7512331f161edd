-- The counts an assessment heads with (risks, to treat, without a treatment option) read this
-- index alone instead of every risk's row: a whole assessment is counted after each change to
-- it, re-rating included.
CREATE INDEX risk_scenarios_acceptance ON risk_scenarios (organisation_id, assessment_id, acceptance, treatment);

-- The rows of a pending import's file as its preview read them (app/import_rows.h), so that
-- the commit validates them again without parsing the file again; empty for imports previewed
-- before this column existed, whose file is read.
ALTER TABLE asset_imports ADD COLUMN sheet_rows BYTEA NOT NULL DEFAULT '';

-- Most assets name no owning role and no custodian: their NULLs need no index entry, and an
-- imported asset then updates two indexes fewer. Both lookups compare with "=", which implies
-- NOT NULL, so SQLite and PostgreSQL still use these partial indexes.
DROP INDEX assets_owner_role;
CREATE INDEX assets_owner_role ON assets (organisation_id, owner_role_id, number) WHERE owner_role_id IS NOT NULL;
DROP INDEX assets_custodian;
CREATE INDEX assets_custodian ON assets (custodian_id) WHERE custodian_id IS NOT NULL;
