-- An organisation's own risk methods (ISO/IEC 27001 6.1.2 a): every version of each, never
-- changed once written (an adjustment is the next version). The definition is the catalogue
-- text format the shipped methods use (catalogs/README.md, "Risk methods"), so an own version
-- reads and exports like a shipped one. created_by is NULL for the system (the CLI).
CREATE TABLE risk_methods (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    method_key TEXT NOT NULL,
    version BIGINT NOT NULL,
    definition TEXT NOT NULL,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, method_key, version)
);

-- The method new risk assessments use by default; no row means the shipped "ipa", newest
-- version. The key may name a shipped method, which has no row in risk_methods.
CREATE TABLE risk_method_defaults (
    organisation_id TEXT PRIMARY KEY REFERENCES organisations (id),
    method_key TEXT NOT NULL,
    version BIGINT NOT NULL,
    chosen_by TEXT REFERENCES users (id),
    chosen_at BIGINT NOT NULL
);
