-- Leadership (5.3): departments and sites, which other registers refer to, and the ISMS roles
-- (推進組織) with their holders and deputies. Optional references are NULL when absent, so the
-- foreign keys hold on both engines; the use cases refuse deleting what is still referred to
-- with a clear message before a key would.
CREATE TABLE departments (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    parent_id TEXT REFERENCES departments (id),
    head_id TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX departments_organisation ON departments (organisation_id, id);
CREATE INDEX departments_parent ON departments (parent_id);

CREATE TABLE sites (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX sites_organisation ON sites (organisation_id, id);

CREATE TABLE isms_roles (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    responsibilities TEXT NOT NULL,
    authorities TEXT NOT NULL,
    department_id TEXT REFERENCES departments (id),
    reports_to TEXT REFERENCES isms_roles (id),
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX isms_roles_organisation ON isms_roles (organisation_id, id);
CREATE INDEX isms_roles_department ON isms_roles (department_id);
CREATE INDEX isms_roles_reports_to ON isms_roles (reports_to);

-- Who holds a role and who deputises, in the order given (position); a role's rows are
-- replaced whole when it changes.
CREATE TABLE isms_role_assignments (
    role_id TEXT NOT NULL REFERENCES isms_roles (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL,
    position BIGINT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (role_id, kind, position)
);
CREATE INDEX isms_role_assignments_organisation ON isms_role_assignments (organisation_id, role_id);
