-- Risk assessments (6.1.2, 8.2) and treatment (6.1.3, 8.3). An assessment is a versioned
-- record (record_versions, record_type 'risk_assessment'); this row holds what is its own.
-- Its scenarios keep their inputs and, derived from them by the assessment's method, their
-- ratings (value, level, acceptance, heat-map cell) so that registers filter, sort and count
-- in SQL; material_digest is the SHA-256 of what a risk owner signs, so an approval whose
-- digest differs is stale.
CREATE TABLE risk_assessments (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    title TEXT NOT NULL,
    assessed_on TEXT NOT NULL,
    method_key TEXT NOT NULL,
    method_version BIGINT NOT NULL,
    scope_version_id TEXT NOT NULL,
    previous_id TEXT REFERENCES risk_assessments (id),
    notes TEXT NOT NULL,
    snapshot_digest TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX risk_assessments_date ON risk_assessments (organisation_id, assessed_on);

CREATE TABLE risk_scenarios (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    assessment_id TEXT NOT NULL REFERENCES risk_assessments (id),
    number BIGINT NOT NULL,
    asset_id TEXT NOT NULL REFERENCES assets (id),
    threat_key TEXT NOT NULL,
    threat_name TEXT NOT NULL,
    vulnerability_key TEXT NOT NULL,
    vulnerability_name TEXT NOT NULL,
    affects TEXT NOT NULL,
    existing_controls TEXT NOT NULL,
    confidentiality BIGINT,
    integrity BIGINT,
    availability BIGINT,
    threat BIGINT,
    vulnerability BIGINT,
    likelihood BIGINT,
    impact BIGINT,
    owner_id TEXT REFERENCES users (id),
    treatment TEXT NOT NULL,
    treatment_rationale TEXT NOT NULL,
    annex_a_controls TEXT NOT NULL,
    applied_controls TEXT NOT NULL,
    residual_threat BIGINT,
    residual_vulnerability BIGINT,
    residual_likelihood BIGINT,
    residual_impact BIGINT,
    risk_value BIGINT NOT NULL,
    level TEXT NOT NULL,
    acceptance TEXT NOT NULL,
    heat_row BIGINT NOT NULL,
    heat_column BIGINT NOT NULL,
    residual_value BIGINT,
    residual_level TEXT,
    residual_acceptance TEXT,
    residual_row BIGINT,
    residual_column BIGINT,
    material_digest TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
-- Every statement names the organisation and the assessment, so both lead each index and a
-- count or a page reads the index alone.
CREATE UNIQUE INDEX risk_scenarios_number ON risk_scenarios (organisation_id, assessment_id, number);
CREATE INDEX risk_scenarios_value ON risk_scenarios (organisation_id, assessment_id, risk_value, number);
CREATE INDEX risk_scenarios_level ON risk_scenarios (organisation_id, assessment_id, level, risk_value, number);
CREATE INDEX risk_scenarios_owner ON risk_scenarios (organisation_id, assessment_id, owner_id, number);
CREATE INDEX risk_scenarios_cell ON risk_scenarios (organisation_id, assessment_id, heat_row, heat_column);
CREATE INDEX risk_scenarios_asset ON risk_scenarios (asset_id, organisation_id);

CREATE TABLE risk_treatment_tasks (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    scenario_id TEXT NOT NULL REFERENCES risk_scenarios (id),
    title TEXT NOT NULL,
    owner_id TEXT REFERENCES users (id),
    due_on TEXT NOT NULL,
    resources TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX risk_treatment_tasks_scenario ON risk_treatment_tasks (scenario_id, created_at);

-- What a sign-off signed, readable (the risk's state when its owner approved it).
ALTER TABLE sign_offs ADD COLUMN state TEXT NOT NULL DEFAULT '';
