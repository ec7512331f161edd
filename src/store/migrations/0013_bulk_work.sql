-- The counts an assessment heads with (risks, to treat, without a treatment option) read this
-- index alone instead of every risk's row: a whole assessment is counted after each change to
-- it, re-rating included.
CREATE INDEX risk_scenarios_acceptance ON risk_scenarios (organisation_id, assessment_id, acceptance, treatment);

