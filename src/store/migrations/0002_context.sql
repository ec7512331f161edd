-- The context of the organisation (4.1, 4.2), the climate-change decision and the risks and
-- opportunities to the ISMS itself (6.1.1). Dates are 'YYYY-MM-DD' text, which sorts as dates;
-- times are Unix microseconds. Every list is read by organisation in id order (UUIDv7: the
-- order of creation), hence the (organisation_id, id) indexes.
CREATE TABLE context_issues (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    effect TEXT NOT NULL,
    source TEXT NOT NULL,
    reviewed_on TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX context_issues_organisation ON context_issues (organisation_id, id);

CREATE TABLE interested_parties (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    needs TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX interested_parties_organisation ON interested_parties (organisation_id, id);

CREATE TABLE requirements (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    party_id TEXT NOT NULL REFERENCES interested_parties (id),
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    addressed INTEGER NOT NULL,
    how_addressed TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX requirements_organisation ON requirements (organisation_id, id);
CREATE INDEX requirements_party ON requirements (party_id, id);

CREATE TABLE climate_decisions (
    organisation_id TEXT PRIMARY KEY REFERENCES organisations (id),
    relevant INTEGER NOT NULL,
    justification TEXT NOT NULL,
    decided_by TEXT NOT NULL REFERENCES users (id),
    decided_on TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE risks_and_opportunities (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    type TEXT NOT NULL,
    description TEXT NOT NULL,
    planned_action TEXT NOT NULL,
    owner_id TEXT NOT NULL REFERENCES users (id),
    due_on TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX risks_and_opportunities_organisation ON risks_and_opportunities (organisation_id, id);
