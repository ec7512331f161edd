-- Evidence that applied controls work: an item per piece of evidence, and its versions, each
-- a file (an attachment) or a link, with its effective date and optional expiry.
CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    applied_control_id TEXT NOT NULL REFERENCES applied_controls (id),
    title TEXT NOT NULL,
    owner_id TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX evidence_control ON evidence (organisation_id, applied_control_id, created_at);

CREATE TABLE evidence_versions (
    evidence_id TEXT NOT NULL REFERENCES evidence (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    number BIGINT NOT NULL,
    attachment_id TEXT REFERENCES attachments (id),
    link TEXT NOT NULL,
    effective_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    note TEXT NOT NULL,
    added_by TEXT NOT NULL REFERENCES users (id),
    added_at BIGINT NOT NULL,
    PRIMARY KEY (evidence_id, number)
);
CREATE INDEX evidence_versions_organisation ON evidence_versions (organisation_id, evidence_id);
