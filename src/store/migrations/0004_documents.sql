-- Documented information (7.5), the scope statement (4.3) and the shared mechanisms behind
-- them: versioned approvable records, attachments and sign-offs (conventions.md).

-- Approval of one's own versions is refused unless the organisation turns this off.
ALTER TABLE organisations ADD COLUMN separate_approval BIGINT NOT NULL DEFAULT 1;

-- Content-addressed file bytes, per organisation (never shared across organisations, so
-- no one learns that another organisation holds the same file).
CREATE TABLE blobs (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    sha256 TEXT NOT NULL,
    size BIGINT NOT NULL,
    content BYTEA NOT NULL,
    PRIMARY KEY (organisation_id, sha256)
);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    uploaded_by TEXT NOT NULL REFERENCES users (id),
    uploaded_at BIGINT NOT NULL,
    FOREIGN KEY (organisation_id, sha256) REFERENCES blobs (organisation_id, sha256)
);
CREATE INDEX attachments_organisation ON attachments (organisation_id, id);

-- The versions of every versioned record (record_type "document", "scope", later "soa"…).
CREATE TABLE record_versions (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    number BIGINT NOT NULL,
    state TEXT NOT NULL,
    body TEXT NOT NULL,
    fields TEXT NOT NULL,
    attachment_id TEXT REFERENCES attachments (id),
    change_summary TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    approved_by TEXT REFERENCES users (id),
    approved_at BIGINT,
    published_at BIGINT,
    version BIGINT NOT NULL
);
CREATE UNIQUE INDEX record_versions_number
    ON record_versions (organisation_id, record_type, record_id, number);
CREATE INDEX record_versions_state ON record_versions (organisation_id, record_type, state);

CREATE TABLE record_transitions (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    version_id TEXT NOT NULL REFERENCES record_versions (id),
    action TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    actor_id TEXT NOT NULL REFERENCES users (id),
    at BIGINT NOT NULL,
    comment TEXT NOT NULL
);
CREATE INDEX record_transitions_version ON record_transitions (version_id, id);

CREATE TABLE sign_offs (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    subject_type TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    decision TEXT NOT NULL,
    comment TEXT NOT NULL,
    digest TEXT NOT NULL,
    signed_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX sign_offs_subject ON sign_offs (organisation_id, subject_type, subject_id, user_id);
CREATE INDEX sign_offs_user ON sign_offs (organisation_id, user_id);

CREATE TABLE acknowledgement_requests (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    version_id TEXT NOT NULL REFERENCES record_versions (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    requested_at BIGINT NOT NULL,
    PRIMARY KEY (version_id, user_id)
);
CREATE INDEX acknowledgement_requests_user ON acknowledgement_requests (organisation_id, user_id);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    type TEXT NOT NULL,
    owner_id TEXT REFERENCES users (id),
    owner_role_id TEXT REFERENCES isms_roles (id),
    department_id TEXT REFERENCES departments (id),
    classification TEXT NOT NULL,
    retention_months BIGINT NOT NULL,
    review_cycle_months BIGINT NOT NULL,
    next_review_on TEXT NOT NULL,
    clauses TEXT NOT NULL,
    disposed_at BIGINT,
    disposed_by TEXT REFERENCES users (id),
    disposal_reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX documents_organisation ON documents (organisation_id, id);
CREATE UNIQUE INDEX documents_number ON documents (organisation_id, number);
