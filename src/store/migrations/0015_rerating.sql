-- Re-rating after a method change reads only the risks whose value the change can move
-- (domain/risk/rerating.h): by risk_scenarios_value for the inherent value, and by this index
-- for the residual one. Risks without a residual rating need no entry.
CREATE INDEX risk_scenarios_residual_value ON risk_scenarios (organisation_id, assessment_id, residual_value, number) WHERE residual_value IS NOT NULL;
