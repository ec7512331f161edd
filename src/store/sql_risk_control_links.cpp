// SqlUnitOfWork: the risk_control_links aggregate — for each risk, the reference controls its
// treatment names (planned directly, or through the applied controls it names), and per
// assessment and control how many risks do. Written with every change of a risk and of an
// applied control's references, in the same transaction; read by the SoA, which then reads
// 93 counts and a few risks per control instead of every risk of the assessment.
#include <unordered_map>

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
    std::vector<ControlRiskLinks> controls;
    TRY(
        m_lease->each("SELECT control_id, risks FROM risk_control_counts WHERE organisation_id = "
                      "$1 AND assessment_id = $2 AND risks > 0",
                      std::vector<Value>{organisation.str(), assessment.str()},
                      [&](const sql::RowView& row) -> Status {
                          controls.push_back({std::string(row.text(0)), row.integer(1), {}});
                          return {};
                      }));
    if (controls.empty())
        return controls;
    // The first by number of each, from the links' key alone, in one statement: a short range
    // per control (the text depends only on how many controls, so it is prepared once).
    std::vector<Value> params{assessment.str(), organisation.str(),
                              static_cast<std::int64_t>(first)};
    std::string sql;
    std::unordered_map<std::string, ControlRiskLinks*> by_control;
    for (ControlRiskLinks& control : controls) {
        params.emplace_back(control.control_id);
        by_control.emplace(control.control_id, &control);
        sql += (sql.empty() ? "" : " UNION ALL ") +
               std::string(
                   "SELECT * FROM (SELECT control_id, risk_id, risk_number FROM "
                   "risk_control_links WHERE assessment_id = $1 AND control_id = ") +
               placeholder(params.size()) +
               " AND organisation_id = $2 ORDER BY risk_number LIMIT $3) c" +
               std::to_string(params.size());
    }
    TRY(m_lease->each(sql, params, [&](const sql::RowView& row) -> Status {
        if (const auto found = by_control.find(std::string(row.text(0))); found != by_control.end())
            found->second->first.push_back({std::string(row.text(1)), row.integer(2)});
        return {};
    }));
    return controls;
}

}  // namespace mamori
