-- The reference controls each risk's treatment names — planned directly or through an applied
-- control implementing them — one row per risk and control, with a count per assessment and
-- control: the SoA reads its risk counts and first risks from here instead of every risk.
-- Kept by the store with every write of a risk, and of an applied control's references.
CREATE TABLE risk_control_links (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    assessment_id TEXT NOT NULL REFERENCES risk_assessments (id),
    control_id TEXT NOT NULL,
    risk_number BIGINT NOT NULL,
    risk_id TEXT NOT NULL REFERENCES risk_scenarios (id),
    -- Led by what the SoA reads by (a control's risks in number order) and carrying what it
    -- reads, so the read touches this index alone.
    PRIMARY KEY (assessment_id, control_id, risk_number, organisation_id, risk_id)
);
CREATE INDEX risk_control_links_risk ON risk_control_links (risk_id);

CREATE TABLE risk_control_counts (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    assessment_id TEXT NOT NULL REFERENCES risk_assessments (id),
    control_id TEXT NOT NULL,
    risks BIGINT NOT NULL,
    PRIMARY KEY (assessment_id, control_id)
);

-- The SoA reads each reference control's applied controls from this index alone.
DROP INDEX applied_control_references_control;
CREATE INDEX applied_control_references_control
    ON applied_control_references (organisation_id, framework, control_id, applied_control_id);

-- The links of the risks written before this migration: Annex A's 93 controls matched in
-- each risk's ';'-separated lists.
INSERT INTO risk_control_links (organisation_id, assessment_id, control_id, risk_number, risk_id)
SELECT s.organisation_id, s.assessment_id, c.column1, s.number, s.id
FROM risk_scenarios s
JOIN (VALUES
        ('A.5.1'),
        ('A.5.2'),
        ('A.5.3'),
        ('A.5.4'),
        ('A.5.5'),
        ('A.5.6'),
        ('A.5.7'),
        ('A.5.8'),
        ('A.5.9'),
        ('A.5.10'),
        ('A.5.11'),
        ('A.5.12'),
        ('A.5.13'),
        ('A.5.14'),
        ('A.5.15'),
        ('A.5.16'),
        ('A.5.17'),
        ('A.5.18'),
        ('A.5.19'),
        ('A.5.20'),
        ('A.5.21'),
        ('A.5.22'),
        ('A.5.23'),
        ('A.5.24'),
        ('A.5.25'),
        ('A.5.26'),
        ('A.5.27'),
        ('A.5.28'),
        ('A.5.29'),
        ('A.5.30'),
        ('A.5.31'),
        ('A.5.32'),
        ('A.5.33'),
        ('A.5.34'),
        ('A.5.35'),
        ('A.5.36'),
        ('A.5.37'),
        ('A.6.1'),
        ('A.6.2'),
        ('A.6.3'),
        ('A.6.4'),
        ('A.6.5'),
        ('A.6.6'),
        ('A.6.7'),
        ('A.6.8'),
        ('A.7.1'),
        ('A.7.2'),
        ('A.7.3'),
        ('A.7.4'),
        ('A.7.5'),
        ('A.7.6'),
        ('A.7.7'),
        ('A.7.8'),
        ('A.7.9'),
        ('A.7.10'),
        ('A.7.11'),
        ('A.7.12'),
        ('A.7.13'),
        ('A.7.14'),
        ('A.8.1'),
        ('A.8.2'),
        ('A.8.3'),
        ('A.8.4'),
        ('A.8.5'),
        ('A.8.6'),
        ('A.8.7'),
        ('A.8.8'),
        ('A.8.9'),
        ('A.8.10'),
        ('A.8.11'),
        ('A.8.12'),
        ('A.8.13'),
        ('A.8.14'),
        ('A.8.15'),
        ('A.8.16'),
        ('A.8.17'),
        ('A.8.18'),
        ('A.8.19'),
        ('A.8.20'),
        ('A.8.21'),
        ('A.8.22'),
        ('A.8.23'),
        ('A.8.24'),
        ('A.8.25'),
        ('A.8.26'),
        ('A.8.27'),
        ('A.8.28'),
        ('A.8.29'),
        ('A.8.30'),
        ('A.8.31'),
        ('A.8.32'),
        ('A.8.33'),
        ('A.8.34')) c
    ON (';' || s.annex_a_controls || ';') LIKE ('%;' || substr(c.column1, 3) || ';%')
UNION
SELECT s.organisation_id, s.assessment_id, r.control_id, s.number, s.id
FROM risk_scenarios s
JOIN applied_control_references r
    ON r.organisation_id = s.organisation_id AND r.framework = 'iso27001-2022'
    AND (';' || s.applied_controls || ';') LIKE ('%;' || r.applied_control_id || ';%');

INSERT INTO risk_control_counts (organisation_id, assessment_id, control_id, risks)
SELECT organisation_id, assessment_id, control_id, COUNT(*)
FROM risk_control_links
GROUP BY organisation_id, assessment_id, control_id;
