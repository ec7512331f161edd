-- The information asset inventory (情報資産台帳): one row per asset, and what each asset relies
-- on (information on a server, a server in a data centre) in asset_dependencies. Optional
-- references are NULL when absent, so the foreign keys hold on both engines; an override of a
-- C/I/A value is NULL while the inherited value stands. Inherited and effective values are
-- derived from the graph, never stored.
CREATE TABLE assets (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    number TEXT NOT NULL,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    owner_id TEXT REFERENCES users (id),
    owner_role_id TEXT REFERENCES isms_roles (id),
    department_id TEXT REFERENCES departments (id),
    custodian_id TEXT REFERENCES users (id),
    user_scope TEXT NOT NULL,
    location TEXT NOT NULL,
    format TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    retention_months BIGINT NOT NULL,
    confidentiality BIGINT NOT NULL,
    integrity BIGINT NOT NULL,
    availability BIGINT NOT NULL,
    confidentiality_override BIGINT,
    integrity_override BIGINT,
    availability_override BIGINT,
    override_reason TEXT NOT NULL,
    classification TEXT NOT NULL,
    personal_information TEXT NOT NULL,
    personal_records BIGINT NOT NULL,
    status TEXT NOT NULL,
    next_review_on TEXT NOT NULL,
    notes TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
-- The register is read in number order; the unique index decides a taken number.
CREATE UNIQUE INDEX assets_number ON assets (organisation_id, number);
CREATE INDEX assets_category ON assets (organisation_id, category, number);
CREATE INDEX assets_department ON assets (organisation_id, department_id, number);
CREATE INDEX assets_owner ON assets (organisation_id, owner_id, number);
CREATE INDEX assets_owner_role ON assets (organisation_id, owner_role_id, number);
CREATE INDEX assets_custodian ON assets (custodian_id);

-- An asset relies on the supporting asset; position keeps the order given. An asset's rows
-- are replaced whole when it changes.
CREATE TABLE asset_dependencies (
    asset_id TEXT NOT NULL REFERENCES assets (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    position BIGINT NOT NULL,
    supporting_id TEXT NOT NULL REFERENCES assets (id),
    PRIMARY KEY (asset_id, position)
);
CREATE UNIQUE INDEX asset_dependencies_pair ON asset_dependencies (asset_id, supporting_id);
CREATE INDEX asset_dependencies_supporting ON asset_dependencies (organisation_id, supporting_id);
