-- Imports of the asset inventory waiting for the user's decision: the uploaded file as sent
-- (read again, against the current records, for every preview and at commit), the sheet, the
-- column mapping and the owner of rows that name none, and whether it was committed or discarded. Pending imports
-- expire; expired rows are deleted when the next import starts.
CREATE TABLE asset_imports (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    file_name TEXT NOT NULL,
    sheet TEXT NOT NULL,
    mapping TEXT NOT NULL,
    default_owner TEXT NOT NULL,
    content BYTEA NOT NULL,
    state TEXT NOT NULL
);
CREATE INDEX asset_imports_expiry ON asset_imports (expires_at);
CREATE INDEX asset_imports_organisation ON asset_imports (organisation_id, id);

-- An asset's own dependencies are replaced on every change: without this index SQLite reads
-- them through asset_dependencies_supporting, every dependency of the organisation each time,
-- which made a 100,000-row import quadratic.
CREATE INDEX asset_dependencies_asset ON asset_dependencies (organisation_id, asset_id);
