// SqlUnitOfWork: risk assessments, their risks (with their ratings, for filtering, sorting and
// counting in SQL) and treatment tasks. Every statement names the organisation, so an id of
// another organisation finds nothing.
#include <array>

#include "base/text.h"
#include "store/sql_rows.h"
#include "store/sql_unit_of_work.h"

namespace mamori {

using sql::all;
using sql::id_or_null;
using sql::micros;
using sql::optional_id;
using sql::placeholder;
using sql::Row;
using sql::Value;

namespace {

constexpr sql::Table assessments = {
    "risk_assessments", "risk assessment",
    "id, organisation_id, title, assessed_on, method_key, method_version, scope_version_id, "
    "previous_id, notes, snapshot_digest, created_at, version",
    "title, assessed_on, method_key, method_version, scope_version_id, previous_id, notes, "
    "snapshot_digest"};

constexpr sql::Table scenarios = {
    "risk_scenarios", "risk",
    "id, organisation_id, assessment_id, number, asset_id, threat_key, threat_name, "
    "vulnerability_key, vulnerability_name, affects, existing_controls, confidentiality, "
    "integrity, availability, threat, vulnerability, likelihood, impact, owner_id, treatment, "
    "treatment_rationale, annex_a_controls, applied_controls, residual_threat, "
    "residual_vulnerability, residual_likelihood, residual_impact, risk_value, level, "
    "acceptance, heat_row, heat_column, residual_value, residual_level, residual_acceptance, "
    "residual_row, residual_column, content_digest, material_digest, created_at, version",
    "assessment_id, number, asset_id, threat_key, threat_name, vulnerability_key, "
    "vulnerability_name, affects, existing_controls, confidentiality, integrity, availability, "
    "threat, vulnerability, likelihood, impact, owner_id, treatment, treatment_rationale, "
    "annex_a_controls, applied_controls, residual_threat, residual_vulnerability, "
    "residual_likelihood, residual_impact, risk_value, level, acceptance, heat_row, "
    "heat_column, residual_value, residual_level, residual_acceptance, residual_row, "
    "residual_column, content_digest, material_digest"};

constexpr int scenario_columns = 41;

constexpr sql::Table tasks = {
    "risk_treatment_tasks", "treatment task",
    "id, organisation_id, scenario_id, title, owner_id, due_on, resources, status, created_at, "
    "version",
    "title, owner_id, due_on, resources, status"};

Value optional_integer(const std::optional<int>& value) {
    return value ? Value(std::int64_t{*value}) : sql::null();
}

// Rows are read both materialised (Row) and in place (RowView, for whole assessments).
template <typename R>
std::optional<int> input_of(const R& row, std::size_t column) {
    const auto value = row.optional_integer(column);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

RiskAcceptance acceptance_of(std::string_view text) {
    return find_enum(risk_acceptance_names, text).value_or(RiskAcceptance::Treat);
}

// Seven inputs from `first` (C, I, A, threat, vulnerability, likelihood, impact), or the four
// residual ones (threat to impact).
template <typename R>
RiskInputs inputs_at(const R& row, std::size_t first) {
    return {input_of(row, first),     input_of(row, first + 1), input_of(row, first + 2),
            input_of(row, first + 3), input_of(row, first + 4), input_of(row, first + 5),
            input_of(row, first + 6)};
}

template <typename R>
RiskInputs residual_inputs_at(const R& row, std::size_t first) {
    return {{},
            {},
            {},
            input_of(row, first),
            input_of(row, first + 1),
            input_of(row, first + 2),
            input_of(row, first + 3)};
}

// A rating's five columns (value, level, acceptance, row, column) from `first`.
template <typename R>
ScenarioRating rating_at(const R& row, std::size_t first) {
    return {row.integer(first), std::string(row.text(first + 1)),
            acceptance_of(row.text(first + 2)), row.integer(first + 3), row.integer(first + 4)};
}

template <typename R>
std::optional<ScenarioRating> optional_rating_at(const R& row, std::size_t first) {
    return row.is_null(first) ? std::nullopt : std::optional(rating_at(row, first));
}

RiskAssessment to_assessment(const Row& row) {
    RiskAssessment assessment;
    assessment.id = RiskAssessmentId(row.text(0));
    assessment.organisation_id = OrganisationId(row.text(1));
    assessment.title = row.text(2);
    assessment.assessed_on = row.text(3);
    assessment.method_key = row.text(4);
    assessment.method_version = row.integer(5);
    assessment.scope_version_id = row.text(6);
    assessment.previous_id = optional_id<RiskAssessmentId>(row, 7);
    assessment.notes = row.text(8);
    assessment.snapshot_digest = row.text(9);
    assessment.created_at = from_unix_micros(row.integer(10));
    assessment.version = row.integer(11);
    return assessment;
}

std::vector<Value> to_row(const RiskAssessment& assessment) {
    return {assessment.id.str(),
            assessment.organisation_id.str(),
            assessment.title,
            assessment.assessed_on,
            assessment.method_key,
            assessment.method_version,
            assessment.scope_version_id,
            id_or_null(assessment.previous_id),
            assessment.notes,
            assessment.snapshot_digest,
            micros(assessment.created_at),
            assessment.version};
}

RiskScenario to_scenario(const Row& row) {
    RiskScenario scenario;
    scenario.id = RiskScenarioId(row.text(0));
    scenario.organisation_id = OrganisationId(row.text(1));
    scenario.assessment_id = RiskAssessmentId(row.text(2));
    scenario.number = row.integer(3);
    scenario.asset_id = AssetId(row.text(4));
    scenario.threat_key = row.text(5);
    scenario.threat_name = row.text(6);
    scenario.vulnerability_key = row.text(7);
    scenario.vulnerability_name = row.text(8);
    scenario.affects = parse_cia_properties(row.text(9)).value_or(CiaProperties{});
    scenario.existing_controls = row.text(10);
    scenario.inputs = inputs_at(row, 11);
    scenario.owner_id = optional_id<UserId>(row, 18);
    scenario.treatment = find_enum(treatment_option_names, row.text(19));
    scenario.treatment_rationale = row.text(20);
    scenario.annex_a_controls = sql::listed(row.text(21));
    scenario.applied_controls = sql::listed(row.text(22));
    scenario.residual_inputs = residual_inputs_at(row, 23);
    scenario.inherent = rating_at(row, 27);
    scenario.residual = optional_rating_at(row, 32);
    scenario.created_at = from_unix_micros(row.integer(39));
    scenario.version = row.integer(40);
    return scenario;
}

std::vector<Value> to_row(const RiskScenario& scenario, const ScenarioDigests& digests) {
    const auto& residual = scenario.residual;
    const auto residual_text = [&](auto field) -> Value {
        return residual ? Value(std::string(field(*residual))) : sql::null();
    };
    const auto residual_number = [&](auto field) -> Value {
        return residual ? Value(field(*residual)) : sql::null();
    };
    return {scenario.id.str(),
            scenario.organisation_id.str(),
            scenario.assessment_id.str(),
            scenario.number,
            scenario.asset_id.str(),
            scenario.threat_key,
            scenario.threat_name,
            scenario.vulnerability_key,
            scenario.vulnerability_name,
            to_string(scenario.affects),
            scenario.existing_controls,
            optional_integer(scenario.inputs.confidentiality),
            optional_integer(scenario.inputs.integrity),
            optional_integer(scenario.inputs.availability),
            optional_integer(scenario.inputs.threat),
            optional_integer(scenario.inputs.vulnerability),
            optional_integer(scenario.inputs.likelihood),
            optional_integer(scenario.inputs.impact),
            id_or_null(scenario.owner_id),
            scenario.treatment ? std::string(enum_name(treatment_option_names, *scenario.treatment))
                               : std::string(),
            scenario.treatment_rationale,
            sql::joined_list(scenario.annex_a_controls),
            sql::joined_list(scenario.applied_controls),
            optional_integer(scenario.residual_inputs.threat),
            optional_integer(scenario.residual_inputs.vulnerability),
            optional_integer(scenario.residual_inputs.likelihood),
            optional_integer(scenario.residual_inputs.impact),
            scenario.inherent.risk_value,
            scenario.inherent.level,
            std::string(enum_name(risk_acceptance_names, scenario.inherent.acceptance)),
            scenario.inherent.row,
            scenario.inherent.column,
            residual_number([](const ScenarioRating& r) { return r.risk_value; }),
            residual_text([](const ScenarioRating& r) { return r.level; }),
            residual_text([](const ScenarioRating& r) {
                return enum_name(risk_acceptance_names, r.acceptance);
            }),
            residual_number([](const ScenarioRating& r) { return r.row; }),
            residual_number([](const ScenarioRating& r) { return r.column; }),
            digests.content,
            digests.material,
            micros(scenario.created_at),
            scenario.version};
}

TreatmentTask to_task(const Row& row) {
    TreatmentTask task;
    task.id = TreatmentTaskId(row.text(0));
    task.organisation_id = OrganisationId(row.text(1));
    task.scenario_id = RiskScenarioId(row.text(2));
    task.title = row.text(3);
    task.owner_id = optional_id<UserId>(row, 4);
    task.due_on = row.text(5);
    task.resources = row.text(6);
    task.status = find_enum(task_status_names, row.text(7)).value_or(TaskStatus::Open);
    task.created_at = from_unix_micros(row.integer(8));
    task.version = row.integer(9);
    return task;
}

std::vector<Value> to_row(const TreatmentTask& task) {
    return {task.id.str(),
            task.organisation_id.str(),
            task.scenario_id.str(),
            task.title,
            id_or_null(task.owner_id),
            task.due_on,
            task.resources,
            std::string(enum_name(task_status_names, task.status)),
            micros(task.created_at),
            task.version};
}

// The columns of the risk's table prefixed "s.", for statements that join others.
std::string prefixed(std::string_view columns) {
    std::string text;
    for (const std::string_view column : sql::split_columns(columns))
        text += (text.empty() ? "s." : ", s.") + std::string(column);
    return text;
}

// The register's WHERE: the organisation ($1) and assessment ($2), then the filter. The asset
// is joined as "a" and the owner's sign-off as "so", in counts only when a filter needs them.
struct RiskSelection {
    std::string where = " WHERE s.organisation_id = $1 AND s.assessment_id = $2";
    std::vector<Value> params;
    bool uses_asset = false;
    bool uses_sign_off = false;

    RiskSelection(const OrganisationId& organisation, const RiskAssessmentId& assessment,
                  const RiskScenarioFilter& filter)
        : params{organisation.str(), assessment.str()} {
        if (filter.level)
            equal("s.level", *filter.level);
        if (filter.owner_id)
            equal("s.owner_id", filter.owner_id->str());
        if (filter.asset_id)
            equal("s.asset_id", filter.asset_id->str());
        if (filter.treatment)
            equal("s.treatment", *filter.treatment == "none" ? "" : *filter.treatment);
        if (filter.department_id) {
            uses_asset = true;
            equal("a.department_id", filter.department_id->str());
        }
        if (filter.approval) {
            uses_sign_off = true;
            where += *filter.approval == RiskApproval::Missing ? " AND so.id IS NULL"
                     : *filter.approval == RiskApproval::Stale
                         ? " AND so.digest <> s.material_digest"
                         : " AND so.digest = s.material_digest";
        }
        if (filter.text) {
            uses_asset = true;
            params.emplace_back(sql::contains_pattern(to_lower_ascii(*filter.text)));
            const std::string n = placeholder(params.size());
            where += " AND (LOWER(s.threat_name) LIKE " + n + " ESCAPE '!' OR LOWER(" +
                     "s.vulnerability_name) LIKE " + n + " ESCAPE '!' OR LOWER(a.number) LIKE " +
                     n + " ESCAPE '!' OR LOWER(a.name) LIKE " + n + " ESCAPE '!')";
        }
        if (filter.control)
            name_control(*filter.control);
    }

    // A ';'-separated list column holds an item when ';' + list + ';' contains ';' + item + ';'.
    void name_control(const RiskControlFilter& control) {
        where += " AND (" + listing("s.annex_a_controls", control.annex_a_control);
        for (const std::string& applied : control.applied)
            where += " OR " + listing("s.applied_controls", applied);
        where += ")";
    }

    std::string listing(std::string_view column, const std::string& item) {
        params.emplace_back(sql::contains_pattern(";" + item + ";"));
        return "(';' || " + std::string(column) + " || ';') LIKE " + placeholder(params.size()) +
               " ESCAPE '!'";
    }

    void equal(std::string_view column, std::string value) {
        params.emplace_back(std::move(value));
        where += " AND " + std::string(column) + " = " + placeholder(params.size());
    }

    // FROM and WHERE, joining everything (`all`) or only what the filter needs.
    std::string from_where(bool all) const {
        std::string sql = " FROM risk_scenarios s";
        if (all || uses_asset)
            sql += " JOIN assets a ON a.id = s.asset_id";
        if (all || uses_sign_off)
            sql += sign_off_join;
        return sql + where;
    }

    static constexpr std::string_view sign_off_join =
        " LEFT JOIN sign_offs so ON so.organisation_id = s.organisation_id "
        "AND so.subject_type = 'risk_scenario' AND so.subject_id = s.id "
        "AND so.user_id = s.owner_id";
};

RiskScenarioRow to_register_row(const Row& row) {
    RiskScenarioRow item;
    item.scenario = to_scenario(row);
    item.material_digest = row.text(38);
    item.asset_number = row.text(scenario_columns);
    item.asset_name = row.text(scenario_columns + 1);
    item.department_id = optional_id<DepartmentId>(row, scenario_columns + 2);
    if (!row.is_null(scenario_columns + 3)) {
        SignOff approval;
        approval.id = SignOffId(row.text(scenario_columns + 3));
        approval.organisation_id = item.scenario.organisation_id;
        approval.subject_type = "risk_scenario";
        approval.subject_id = item.scenario.id.str();
        approval.user_id = UserId(row.text(scenario_columns + 4));
        approval.decision = row.text(scenario_columns + 5);
        approval.comment = row.text(scenario_columns + 6);
        approval.digest = row.text(scenario_columns + 7);
        approval.signed_at = from_unix_micros(row.integer(scenario_columns + 8));
        approval.state = row.text(scenario_columns + 9);
        item.approval = std::move(approval);
    }
    return item;
}

const std::string register_columns =
    prefixed(scenarios.columns) +
    ", a.number, a.name, a.department_id, so.id, so.user_id, so.decision, so.comment, "
    "so.digest, so.signed_at, so.state";

}  // namespace

Status SqlUnitOfWork::insert_risk_assessment(const RiskAssessment& assessment) {
    return insert_row(assessments, to_row(assessment));
}

Status SqlUnitOfWork::update_risk_assessment(const RiskAssessment& assessment) {
    return update_row(assessments, to_row(assessment));
}

Result<std::optional<RiskAssessment>> SqlUnitOfWork::find_risk_assessment(
    const OrganisationId& organisation, const RiskAssessmentId& id) {
    return sql::first<RiskAssessment>(select_row(assessments, organisation, id.str()),
                                      to_assessment);
}

Result<std::vector<RiskAssessment>> SqlUnitOfWork::list_risk_assessments(
    const OrganisationId& organisation) {
    return all<RiskAssessment>(query("SELECT " + std::string(assessments.columns) +
                                         " FROM risk_assessments WHERE organisation_id = $1 "
                                         "ORDER BY assessed_on DESC, id DESC",
                                     {organisation.str()}),
                               to_assessment);
}

Status SqlUnitOfWork::insert_risk_scenario(const RiskScenario& scenario,
                                           const ScenarioDigests& digests) {
    TRY(insert_row(scenarios, to_row(scenario, digests)));
    return link_risk_controls(scenario);
}

Status SqlUnitOfWork::update_risk_scenario(const RiskScenario& scenario,
                                           const ScenarioDigests& digests) {
    TRY(update_row(scenarios, to_row(scenario, digests)));
    TRY(unlink_risk_controls(scenario.organisation_id, scenario.id));
    return link_risk_controls(scenario);
}

Result<std::vector<RiskRatingRow>> SqlUnitOfWork::list_risk_ratings(
    const OrganisationId& organisation, const RiskAssessmentId& assessment,
    const RiskRatingFilter& filter, std::int64_t after_number, std::size_t limit) {
    // Read in place: a whole assessment may pass through here when its method changes. A risk
    // value is read through risk_scenarios_value, a residual one through
    // risk_scenarios_residual_value; every risk through risk_scenarios_number.
    std::vector<RiskRatingRow> items;
    items.reserve(limit);
    std::vector<Value> params{organisation.str(), assessment.str(), after_number,
                              static_cast<std::int64_t>(limit)};
    std::string selected;
    if (filter.value) {
        selected = filter.residual ? "residual_value = $5 AND " : "risk_value = $5 AND ";
        params.emplace_back(*filter.value);
    }
    TRY(m_lease->each(
        "SELECT number, confidentiality, integrity, availability, threat, vulnerability, "
        "likelihood, impact, residual_threat, residual_vulnerability, residual_likelihood, "
        "residual_impact, risk_value, level, acceptance, heat_row, heat_column, residual_value, "
        "residual_level, residual_acceptance, residual_row, residual_column, content_digest "
        "FROM risk_scenarios WHERE organisation_id = $1 AND assessment_id = $2 AND " +
            selected + "number > $3 ORDER BY number LIMIT $4",
        params, [&](const sql::RowView& row) -> Status {
            RiskRatingRow& item = items.emplace_back();
            item.number = row.integer(0);
            item.inputs = inputs_at(row, 1);
            item.residual_inputs = residual_inputs_at(row, 8);
            item.inherent = rating_at(row, 12);
            item.residual = optional_rating_at(row, 17);
            item.content_digest = row.text(22);
            return {};
        }));
    return items;
}

namespace {

// The UPDATE of a risk's ratings setting only the groups of columns that moved, with its
// parameters: a column left alone costs no index entry rewritten. At most eight statement
// texts, each built and prepared once. Parameters are numbered as used (PostgreSQL cannot
// type one a statement does not use) and bound without copies: 25,000 risks may move at once.
std::string rating_update_sql(const RiskRatingUpdate& update) {
    std::string sql = "UPDATE risk_scenarios SET ";
    std::size_t parameter = 3;
    const auto set = [&](std::string_view column) {
        sql += std::string(column) + " = " + placeholder(++parameter) + ", ";
    };
    if (update.value_moved) {
        for (const char* column : {"risk_value", "heat_row", "heat_column"})
            set(column);
    }
    if (update.level_moved) {
        set("level");
        set("acceptance");
    }
    if (update.residual_moved) {
        for (const char* column : {"residual_value", "residual_level", "residual_acceptance",
                                   "residual_row", "residual_column"})
            set(column);
    }
    set("material_digest");
    return sql +
           "version = version + 1 WHERE organisation_id = $1 AND assessment_id = $2 "
           "AND number = $3";
}

const std::string& rating_update_statement(const RiskRatingUpdate& update) {
    static const std::array<std::string, 8> statements = [] {
        std::array<std::string, 8> texts;
        for (int moved = 0; moved < 8; ++moved) {
            RiskRatingUpdate shape;
            shape.value_moved = (moved & 1) != 0;
            shape.level_moved = (moved & 2) != 0;
            shape.residual_moved = (moved & 4) != 0;
            texts[static_cast<std::size_t>(moved)] = rating_update_sql(shape);
        }
        return texts;
    }();
    return statements[(update.value_moved ? 1 : 0) | (update.level_moved ? 2 : 0) |
                      (update.residual_moved ? 4 : 0)];
}

// The parameters in the order rating_update_sql numbers them, after organisation, assessment
// and number.
void add_rating_parameters(std::vector<Value>& params, const RiskRatingUpdate& update) {
    const ScenarioRating& inherent = update.inherent;
    if (update.value_moved) {
        params.insert(params.end(), {inherent.risk_value, inherent.row, inherent.column});
    }
    if (update.level_moved) {
        params.insert(params.end(),
                      {sql::text_ref(inherent.level),
                       sql::text_ref(enum_name(risk_acceptance_names, inherent.acceptance))});
    }
    if (update.residual_moved) {
        if (const auto& residual = update.residual) {
            params.insert(params.end(),
                          {residual->risk_value, sql::text_ref(residual->level),
                           sql::text_ref(enum_name(risk_acceptance_names, residual->acceptance)),
                           residual->row, residual->column});
        } else {
            params.insert(params.end(), 5, sql::null());
        }
    }
    params.push_back(sql::text_ref(update.material_digest));
}

}  // namespace

Status SqlUnitOfWork::update_risk_ratings(const OrganisationId& organisation,
                                          const RiskAssessmentId& assessment,
                                          const std::vector<RiskRatingUpdate>& moved) {
    std::vector<Value> params;
    for (const RiskRatingUpdate& update : moved) {
        params.assign(
            {sql::text_ref(organisation.str()), sql::text_ref(assessment.str()), update.number});
        add_rating_parameters(params, update);
        TRY(change_one(scenarios.what, rating_update_statement(update), params));
    }
    return {};
}

Result<RiskCounts> SqlUnitOfWork::count_risks(const OrganisationId& organisation,
                                              const RiskAssessmentId& assessment) {
    // Three reads instead of one pass over every risk's row. "Undecided" is the domain's
    // treatment_decided() negated: a risk to treat without an option or its rationale. The
    // risks and those to treat come from risk_scenarios_acceptance alone; only the risks to
    // treat that have an option are read for their rationale.
    const std::vector<Value> params{organisation.str(), assessment.str()};
    // Three counts of ranges of the index (a count is cheaper than a sum of cases per risk).
    TRY_ASSIGN(
        const sql::QueryResult treat,
        m_lease->query("SELECT (SELECT count(*) FROM risk_scenarios WHERE organisation_id = $1 "
                       "AND assessment_id = $2), "
                       "(SELECT count(*) FROM risk_scenarios WHERE organisation_id = $1 "
                       "AND assessment_id = $2 AND acceptance = 'treat'), "
                       "(SELECT count(*) FROM risk_scenarios WHERE organisation_id = $1 "
                       "AND assessment_id = $2 AND acceptance = 'treat' AND treatment = '')",
                       params));
    TRY_ASSIGN(const sql::QueryResult without_rationale,
               m_lease->query("SELECT count(*) FROM risk_scenarios WHERE organisation_id = $1 "
                              "AND assessment_id = $2 AND acceptance = 'treat' AND treatment <> '' "
                              "AND treatment_rationale = ''",
                              params));
    // The owners' sign-offs of the assessment's risks (one at most per risk and owner: the
    // sign-off's unique key), found from the organisation's risk sign-offs — there are far
    // fewer of them than risks until assessments are approved; a risk without one is
    // unapproved. "CROSS JOIN": SQLite keeps this order.
    TRY_ASSIGN(
        const sql::QueryResult signed_off,
        m_lease->query("SELECT count(*), COALESCE(SUM(CASE WHEN so.digest <> s.material_digest "
                       "THEN 1 ELSE 0 END), 0) FROM sign_offs so CROSS JOIN risk_scenarios s "
                       "WHERE so.organisation_id = $1 AND so.subject_type = 'risk_scenario' "
                       "AND s.id = so.subject_id AND s.organisation_id = $1 "
                       "AND s.assessment_id = $2 AND s.owner_id = so.user_id",
                       params));
    const Row& counts = treat.rows.at(0);
    const Row& approvals = signed_off.rows.at(0);
    return RiskCounts{counts.integer(0), counts.integer(1),
                      counts.integer(2) + without_rationale.rows.at(0).integer(0),
                      counts.integer(0) - approvals.integer(0), approvals.integer(1)};
}

Status SqlUnitOfWork::delete_risk_scenario(const OrganisationId& organisation,
                                           const RiskScenarioId& id) {
    TRY(query("DELETE FROM risk_treatment_tasks WHERE organisation_id = $1 AND scenario_id = $2",
              {organisation.str(), id.str()}));
    TRY(unlink_risk_controls(organisation, id));
    return delete_row(scenarios, organisation, id.str());
}

Result<std::optional<RiskScenarioRow>> SqlUnitOfWork::find_risk_scenario(
    const OrganisationId& organisation, const RiskScenarioId& id) {
    return sql::first<RiskScenarioRow>(query("SELECT " + register_columns +
                                                 " FROM risk_scenarios s JOIN assets a ON a.id = "
                                                 "s.asset_id" +
                                                 std::string(RiskSelection::sign_off_join) +
                                                 " WHERE s.organisation_id = $1 AND s.id = $2",
                                             {organisation.str(), id.str()}),
                                       to_register_row);
}

Result<std::vector<RiskScenarioRow>> SqlUnitOfWork::list_risk_scenarios(
    const OrganisationId& organisation, const RiskAssessmentId& assessment,
    const RiskScenarioQuery& request) {
    RiskSelection selection(organisation, assessment, request.filter);
    const bool descending = request.direction == Direction::Descending;
    const char* after = descending ? " < " : " > ";
    if (request.order == RiskOrder::RiskValue && request.after_value && request.after_number) {
        // Lowest (or highest) value first, ties by number the same way, so that one index read
        // forwards or backwards gives the page.
        selection.params.emplace_back(*request.after_value);
        const std::string value = placeholder(selection.params.size());
        selection.params.emplace_back(*request.after_number);
        const std::string number = placeholder(selection.params.size());
        selection.where += " AND (s.risk_value" + std::string(after) + value +
                           " OR (s.risk_value = " + value + " AND s.number" + after + number + "))";
    } else if (request.order == RiskOrder::Number && request.after_number) {
        selection.params.emplace_back(*request.after_number);
        selection.where +=
            " AND s.number" + std::string(after) + placeholder(selection.params.size());
    }
    std::string order = request.order == RiskOrder::RiskValue
                            ? (descending ? " ORDER BY s.risk_value DESC, s.number DESC"
                                          : " ORDER BY s.risk_value, s.number")
                            : (descending ? " ORDER BY s.number DESC" : " ORDER BY s.number");
    selection.params.emplace_back(static_cast<std::int64_t>(request.limit));
    return all<RiskScenarioRow>(
        m_lease->query("SELECT " + register_columns + selection.from_where(true) + order +
                           " LIMIT " + placeholder(selection.params.size()),
                       selection.params),
        to_register_row);
}

Result<std::int64_t> SqlUnitOfWork::count_risk_scenarios(const OrganisationId& organisation,
                                                         const RiskAssessmentId& assessment,
                                                         const RiskScenarioFilter& filter) {
    const RiskSelection selection(organisation, assessment, filter);
    TRY_ASSIGN(const sql::QueryResult result,
               m_lease->query("SELECT count(*)" + selection.from_where(false), selection.params));
    return result.rows.at(0).integer(0);
}

Result<std::vector<RiskCellCount>> SqlUnitOfWork::count_risk_cells(
    const OrganisationId& organisation, const RiskAssessmentId& assessment,
    const RiskScenarioFilter& filter, bool residual) {
    const RiskSelection selection(organisation, assessment, filter);
    const std::string cell =
        residual ? "s.residual_row, s.residual_column" : "s.heat_row, s.heat_column";
    std::string sql = "SELECT " + cell + ", count(*)" + selection.from_where(false);
    if (residual)
        sql += " AND s.residual_row IS NOT NULL";
    sql += " GROUP BY " + cell;
    return all<RiskCellCount>(m_lease->query(sql, selection.params), [](const Row& row) {
        return RiskCellCount{row.integer(0), row.integer(1), row.integer(2)};
    });
}

Result<std::int64_t> SqlUnitOfWork::next_risk_number(const OrganisationId& organisation,
                                                     const RiskAssessmentId& assessment) {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT COALESCE(MAX(number), 0) + 1 FROM risk_scenarios "
                     "WHERE organisation_id = $1 AND assessment_id = $2",
                     {organisation.str(), assessment.str()}));
    return result.rows.at(0).integer(0);
}

Result<std::int64_t> SqlUnitOfWork::count_asset_risks(const OrganisationId& organisation,
                                                      const AssetId& asset) {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT count(*) FROM risk_scenarios WHERE asset_id = $1 "
                     "AND organisation_id = $2",
                     {asset.str(), organisation.str()}));
    return result.rows.at(0).integer(0);
}

Status SqlUnitOfWork::insert_treatment_task(const TreatmentTask& task) {
    return insert_row(tasks, to_row(task));
}

Status SqlUnitOfWork::update_treatment_task(const TreatmentTask& task) {
    return update_row(tasks, to_row(task));
}

Status SqlUnitOfWork::delete_treatment_task(const OrganisationId& organisation,
                                            const TreatmentTaskId& id) {
    return delete_row(tasks, organisation, id.str());
}

Result<std::optional<TreatmentTask>> SqlUnitOfWork::find_treatment_task(
    const OrganisationId& organisation, const TreatmentTaskId& id) {
    return sql::first<TreatmentTask>(select_row(tasks, organisation, id.str()), to_task);
}

Result<std::vector<TreatmentTask>> SqlUnitOfWork::list_treatment_tasks(
    const OrganisationId& organisation, const RiskScenarioId& scenario) {
    return all<TreatmentTask>(query("SELECT " + std::string(tasks.columns) +
                                        " FROM risk_treatment_tasks WHERE organisation_id = $1 "
                                        "AND scenario_id = $2 ORDER BY created_at, id",
                                    {organisation.str(), scenario.str()}),
                              to_task);
}

}  // namespace mamori
