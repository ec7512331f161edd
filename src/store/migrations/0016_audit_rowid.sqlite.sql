-- SQLite only: the audit trail keyed by its rowid. `sequence BIGINT PRIMARY KEY` is not
-- SQLite's rowid alias, so every entry went into the table and a separate primary-key index
-- besides its two indexes; `INTEGER PRIMARY KEY` makes the sequence the rowid (a 64-bit
-- integer either way) and saves that B-tree on every write. PostgreSQL keeps its BIGINT
-- primary key: there the key is an index on any declaration.
CREATE TABLE audit_entries_by_rowid (
    sequence INTEGER PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id TEXT,
    organisation_id TEXT,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_entries_by_rowid (sequence, at, actor_id, organisation_id, entity_type,
                                    entity_id, action, before_json, after_json, previous_hash,
                                    hash)
SELECT sequence, at, actor_id, organisation_id, entity_type, entity_id, action, before_json,
       after_json, previous_hash, hash
FROM audit_entries ORDER BY sequence;
DROP TABLE audit_entries;
ALTER TABLE audit_entries_by_rowid RENAME TO audit_entries;
CREATE INDEX audit_entries_organisation ON audit_entries (organisation_id, sequence);
CREATE INDEX audit_entries_entity ON audit_entries (entity_type, entity_id, sequence);
