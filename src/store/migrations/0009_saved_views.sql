-- Saved views: a person's named filter and sort of a register (the query string its list
-- takes), private to them within one organisation. A name is used once per person and
-- register; the person's views of a register are read by the index's first columns.
CREATE TABLE saved_views (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    register TEXT NOT NULL,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE UNIQUE INDEX saved_views_name ON saved_views (organisation_id, user_id, register, name);
