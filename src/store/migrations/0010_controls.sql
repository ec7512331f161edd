-- Applied controls (管理策の実施): how the organisation implements controls. The reference
-- controls each implements and the documents that define it are rows of their own, in the
-- order given, replaced whole when the control changes. Optional references are NULL when
-- absent, so the foreign keys hold on both engines.
CREATE TABLE applied_controls (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    owner_id TEXT REFERENCES users (id),
    owner_role_id TEXT REFERENCES isms_roles (id),
    department_id TEXT REFERENCES departments (id),
    status TEXT NOT NULL,
    planned_on TEXT NOT NULL,
    implemented_on TEXT NOT NULL,
    next_review_on TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE UNIQUE INDEX applied_controls_number ON applied_controls (organisation_id, number);
CREATE INDEX applied_controls_status ON applied_controls (organisation_id, status, number);

CREATE TABLE applied_control_references (
    applied_control_id TEXT NOT NULL REFERENCES applied_controls (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    position BIGINT NOT NULL,
    framework TEXT NOT NULL,
    control_id TEXT NOT NULL,
    PRIMARY KEY (applied_control_id, position)
);
-- The SoA reads, per reference control, the applied controls implementing it.
CREATE INDEX applied_control_references_control
    ON applied_control_references (organisation_id, framework, control_id);

CREATE TABLE applied_control_documents (
    applied_control_id TEXT NOT NULL REFERENCES applied_controls (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    position BIGINT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id),
    PRIMARY KEY (applied_control_id, position)
);
CREATE INDEX applied_control_documents_document
    ON applied_control_documents (organisation_id, document_id);

-- An approved version of the Statement of Applicability as it was shown when approved: every
-- row with its derived status and the risks, applied controls, documents and evidence behind
-- it, so the version is reproduced exactly later, whatever changed since.
CREATE TABLE soa_snapshots (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    version_number BIGINT NOT NULL,
    content TEXT NOT NULL,
    digest TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, version_number)
);
