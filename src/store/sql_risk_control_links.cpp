// SqlUnitOfWork: the risk_control_links aggregate — for each risk, the reference controls its
// treatment names (planned directly, or through the applied controls it names), and per
// assessment and control how many risks do. Written with every change of a risk and of an
// applied control's references, in the same transaction; read by the SoA, which then reads
// 93 counts and a few risks per control instead of every risk of the assessment.
#include "app/frameworks.h"
#include "domain/controls/soa.h"
#include "store/sql_rows.h"
#include "store/sql_unit_of_work.h"

namespace mamori {

using sql::placeholder;
using sql::Row;
using sql::Value;

Status SqlUnitOfWork::link_risk_controls(const RiskScenario& scenario) {
    std::vector<ControlReference> through;
    if (!scenario.applied_controls.empty()) {
        std::vector<Value> params{scenario.organisation_id.str()};
        std::string ids;
        for (const std::string& id : scenario.applied_controls) {
            params.emplace_back(id);
            ids += (ids.empty() ? "" : ", ") + placeholder(params.size());
        }
        TRY_ASSIGN(const sql::QueryResult references,
                   m_lease->query("SELECT framework, control_id FROM applied_control_references "
                                  "WHERE organisation_id = $1 AND applied_control_id IN (" +
                                      ids + ")",
                                  params));
        for (const Row& row : references.rows)
            through.push_back({row.text(0), row.text(1)});
    }
    const std::string organisation = scenario.organisation_id.str();
    const std::string assessment = scenario.assessment_id.str();
    for (const std::string& control :
         treated_controls(scenario.annex_a_controls, through, annex_a_framework_key)) {
        TRY(
            query("INSERT INTO risk_control_links (organisation_id, assessment_id, control_id, "
                  "risk_number, risk_id) VALUES ($1, $2, $3, $4, $5)",
                  {organisation, assessment, control, scenario.number, scenario.id.str()}));
        TRY(
            query("INSERT INTO risk_control_counts (organisation_id, assessment_id, control_id, "
                  "risks) VALUES ($1, $2, $3, 1) ON CONFLICT (assessment_id, control_id) DO "
                  "UPDATE SET risks = risk_control_counts.risks + 1",
                  {organisation, assessment, control}));
    }
    return {};
}

Status SqlUnitOfWork::unlink_risk_controls(const OrganisationId& organisation,
                                           const RiskScenarioId& id) {
    // By the risk's own rows first (its index), then each count by its key: a correlated
    // UPDATE would let the planner walk every link of the controls instead.
    TRY_ASSIGN(const sql::QueryResult links,
               query("SELECT assessment_id, control_id FROM risk_control_links WHERE risk_id = $1 "
                     "AND organisation_id = $2",
                     {id.str(), organisation.str()}));
    for (const Row& link : links.rows) {
        TRY(
            query("UPDATE risk_control_counts SET risks = risks - 1 WHERE assessment_id = $1 AND "
                  "control_id = $2",
                  {link.text(0), link.text(1)}));
    }
    if (!links.rows.empty()) {
        TRY(query("DELETE FROM risk_control_links WHERE risk_id = $1 AND organisation_id = $2",
                  {id.str(), organisation.str()}));
    }
    return {};
}

Status SqlUnitOfWork::relink_risks_naming(const AppliedControl& control) {
    // A risk lists its applied controls as "id;id"; ids are UUIDs, so a contained id is one.
    TRY_ASSIGN(const sql::QueryResult risks,
               query("SELECT id, assessment_id, number, annex_a_controls, applied_controls FROM "
                     "risk_scenarios WHERE organisation_id = $1 AND applied_controls LIKE $2 "
                     "ESCAPE '!'",
                     {control.organisation_id.str(), sql::contains_pattern(control.id.str())}));
    for (const Row& row : risks.rows) {
        RiskScenario risk;
        risk.id = RiskScenarioId(row.text(0));
        risk.organisation_id = control.organisation_id;
        risk.assessment_id = RiskAssessmentId(row.text(1));
        risk.number = row.integer(2);
        risk.annex_a_controls = sql::listed(row.text(3));
        risk.applied_controls = sql::listed(row.text(4));
        TRY(unlink_risk_controls(risk.organisation_id, risk.id));
        TRY(link_risk_controls(risk));
    }
    return {};
}

Result<std::vector<ControlRiskLinks>> SqlUnitOfWork::list_control_risks(
    const OrganisationId& organisation, const RiskAssessmentId& assessment, std::size_t first) {
    TRY_ASSIGN(const sql::QueryResult counts,
               query("SELECT control_id, risks FROM risk_control_counts WHERE organisation_id = "
                     "$1 AND assessment_id = $2 AND risks > 0",
                     {organisation.str(), assessment.str()}));
    std::vector<ControlRiskLinks> controls;
    controls.reserve(counts.rows.size());
    for (const Row& count : counts.rows) {
        ControlRiskLinks control{count.text(0), count.integer(1), {}};
        // From the links in number order to the few risks and assets they name.
        TRY_ASSIGN(const sql::QueryResult rows,
                   query("SELECT r.id, r.number, a.number, a.name, r.threat_key, r.threat_name, "
                         "r.vulnerability_key, r.vulnerability_name, r.level FROM "
                         "risk_control_links l CROSS JOIN risk_scenarios r CROSS JOIN assets a "
                         "WHERE l.assessment_id = $1 AND l.control_id = $2 AND "
                         "l.organisation_id = $3 AND r.id = l.risk_id AND a.id = r.asset_id "
                         "ORDER BY l.risk_number LIMIT $4",
                         {assessment.str(), control.control_id, organisation.str(),
                          static_cast<std::int64_t>(first)}));
        for (const Row& row : rows.rows) {
            control.first.push_back({row.text(0), row.integer(1), row.text(2), row.text(3),
                                     row.text(4), row.text(5), row.text(6), row.text(7),
                                     row.text(8)});
        }
        controls.push_back(std::move(control));
    }
    return controls;
}

}  // namespace mamori
