// /api/v1/orgs/{org}/risk-assessments: risk assessments (6.1.2, 8.2), their risks and
// treatment (6.1.3, 8.3), the heat map, the comparison with the assessment before, the risks
// Mamori proposes for an asset, and the workflow of the versioned records.
#include "app/risk_assessments.h"
#include "app/risk_export.h"
#include "app/risk_scenarios.h"
#include "http/download.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/register_queries.h"
#include "http/risk_output.h"
#include "http/routes.h"
#include "http/version_routes.h"

namespace mamori::http {

namespace {

constexpr std::string_view base = "/api/v1/orgs/{org}/risk-assessments";
constexpr std::string_view tag = "risk-assessments";

std::string path(std::string_view rest) {
    return std::string(base) + std::string(rest);
}

// ---- Output ---------------------------------------------------------------------------------

void write_task(JsonWriter& out, const TreatmentTask& task) {
    out.begin_object()
        .field("id", task.id.str())
        .field("risk_id", task.scenario_id.str())
        .field("title", task.title)
        .field("owner_id", id_text(task.owner_id))
        .field("due_on", task.due_on)
        .field("resources", task.resources)
        .field("status", enum_name(task_status_names, task.status));
    time_field(out, "created_at", task.created_at);
    out.field("version", task.version).end_object();
}

Response risk_response(int status, const RiskView& view) {
    JsonWriter out;
    write_risk(out, view.row);
    std::string json = out.take();
    json.pop_back();
    JsonWriter tasks;
    tasks.begin_array();
    for (const TreatmentTask& task : view.tasks)
        write_task(tasks, task);
    tasks.end_array();
    Response response = json_response(status, json + ",\"tasks\":" + tasks.take() + "}");
    response.set_header("ETag", "\"" + std::to_string(view.row.scenario.version) + "\"");
    return response;
}

void write_method(JsonWriter& out, const RiskMethod& method) {
    const RiskMethodDefinition& definition = method.definition();
    out.key("method")
        .begin_object()
        .field("key", method.key())
        .field("version", std::int64_t{method.version()})
        .field("name_ja", definition.name_ja)
        .field("name_en", definition.name_en)
        .key("inputs")
        .begin_array();
    for (const RiskInput input : inputs_read(method)) {
        const RiskScale* scale = method.find_scale(enum_name(risk_input_names, input));
        out.begin_object()
            .field("key", scale->key)
            .field("name_ja", scale->name_ja)
            .field("name_en", scale->name_en)
            .key("levels")
            .begin_array();
        for (const ScaleLevel& level : scale->levels) {
            out.begin_object()
                .field("value", std::int64_t{level.value})
                .field("label_ja", level.label_ja)
                .field("label_en", level.label_en)
                .end_object();
        }
        out.end_array().end_object();
    }
    out.end_array().key("levels").begin_array();
    for (const RiskLevel& level : definition.levels) {
        out.begin_object()
            .field("key", level.key)
            .field("label_ja", level.label_ja)
            .field("label_en", level.label_en)
            .field("colour", level.colour)
            .field("acceptance", enum_name(risk_acceptance_names, level.acceptance))
            .end_object();
    }
    out.end_array().end_object();
}

Response assessment_response(int status, const RiskAssessmentView& view) {
    JsonWriter out;
    const RiskAssessment& assessment = view.assessment;
    out.begin_object()
        .field("id", assessment.id.str())
        .field("title", assessment.title)
        .field("assessed_on", assessment.assessed_on)
        .field("state", to_string(view.version.state))
        .field("scope_version_id", assessment.scope_version_id)
        .field("previous_id", id_text(assessment.previous_id))
        .field("notes", assessment.notes)
        .field("snapshot_digest", assessment.snapshot_digest);
    write_method(out, view.method);
    out.key("summary")
        .begin_object()
        .field("risks", view.summary.risks)
        .field("to_treat", view.summary.to_treat)
        .field("undecided", view.summary.undecided)
        .field("unapproved", view.summary.unapproved)
        .field("stale_approvals", view.summary.stale_approvals)
        .end_object();
    time_field(out, "created_at", assessment.created_at);
    time_field(out, "approved_at", view.version.approved_at);
    out.field("approved_by", id_text(view.version.approved_by));
    out.field("version", assessment.version).end_object();
    Response response = json_response(status, out.take());
    response.set_header("ETag", "\"" + std::to_string(assessment.version) + "\"");
    return response;
}

void write_axis(JsonWriter& out, std::string_view name, const HeatMapAxis& axis) {
    out.key(name)
        .begin_object()
        .field("factor", axis.factor)
        .field("name_ja", axis.name_ja)
        .field("name_en", axis.name_en)
        .key("values")
        .begin_array();
    for (const HeatMapValue& value : axis.values) {
        out.begin_object()
            .field("value", value.value)
            .field("label_ja", value.label_ja)
            .field("label_en", value.label_en)
            .end_object();
    }
    out.end_array().end_object();
}

Response heat_map_response(const RiskHeatMap& map) {
    JsonWriter out;
    out.begin_object().field("residual", map.residual);
    write_axis(out, "rows", map.layout.rows);
    write_axis(out, "columns", map.layout.columns);
    out.key("cells").begin_array();
    std::int64_t total = 0;
    for (const HeatMapCell& cell : map.layout.cells) {
        std::int64_t count = 0;
        for (const RiskCellCount& counted : map.counts) {
            if (counted.row == cell.row && counted.column == cell.column)
                count = counted.count;
        }
        total += count;
        out.begin_object()
            .field("row", cell.row)
            .field("column", cell.column)
            .field("level", cell.level)
            .field("colour", cell.colour)
            .field("acceptance", enum_name(risk_acceptance_names, cell.acceptance))
            .field("count", count)
            .end_object();
    }
    out.end_array().field("total", total).end_object();
    return json_response(200, out.take());
}

void write_changes(JsonWriter& out, std::string_view name,
                   const std::vector<ScenarioChange>& changes) {
    out.key(name).begin_array();
    for (const ScenarioChange& change : changes) {
        out.begin_object()
            .field("asset_id", change.asset_id.str())
            .field("threat_name", change.threat_name)
            .field("vulnerability_name", change.vulnerability_name)
            .field("previous_id", id_text(change.previous_id))
            .field("current_id", id_text(change.current_id));
        write_rating(out, "previous", change.previous);
        write_rating(out, "current", change.current);
        out.field("direction", std::int64_t{change.direction}).end_object();
    }
    out.end_array();
}

Response comparison_response(const RiskComparisonView& view) {
    JsonWriter out;
    out.begin_object()
        .key("previous")
        .begin_object()
        .field("id", view.previous.id.str())
        .field("title", view.previous.title)
        .field("assessed_on", view.previous.assessed_on)
        .end_object();
    write_changes(out, "appeared", view.comparison.appeared);
    write_changes(out, "disappeared", view.comparison.disappeared);
    write_changes(out, "moved", view.comparison.moved);
    out.field("unchanged", view.comparison.unchanged).end_object();
    return json_response(200, out.take());
}

Response proposals_response(const std::vector<RiskProposal>& proposals) {
    JsonWriter out;
    out.begin_object().key("items").begin_array();
    for (const RiskProposal& proposal : proposals) {
        out.begin_object()
            .field("category", to_string(proposal.scenario.category))
            .field("threat_key", proposal.scenario.threat)
            .field("threat_name_ja", proposal.threat->name_ja)
            .field("threat_name_en", proposal.threat->name_en)
            .field("vulnerability_key", proposal.scenario.vulnerability)
            .field("vulnerability_name_ja", proposal.vulnerability->name_ja)
            .field("vulnerability_name_en", proposal.vulnerability->name_en)
            .field("affects", to_string(proposal.scenario.affects))
            .field("suggested_controls", proposal.threat->controls)
            .field("confidentiality", std::int64_t{proposal.cia.confidentiality})
            .field("integrity", std::int64_t{proposal.cia.integrity})
            .field("availability", std::int64_t{proposal.cia.availability})
            .field("assessed", proposal.assessed)
            .end_object();
    }
    out.end_array().key("next_cursor").null().end_object();
    return json_response(200, out.take());
}

// ---- Input ----------------------------------------------------------------------------------

RiskScenarioChanges read_risk(JsonInput& input, Presence presence) {
    RiskScenarioChanges changes;
    changes.asset_id = input.text("asset_id", presence);
    changes.threat_key = input.text("threat_key", Presence::Optional);
    changes.threat_name = input.text("threat_name", Presence::Optional);
    changes.vulnerability_key = input.text("vulnerability_key", Presence::Optional);
    changes.vulnerability_name = input.text("vulnerability_name", Presence::Optional);
    changes.affects = input.text("affects", Presence::Optional);
    changes.existing_controls = input.text("existing_controls", Presence::Optional);
    // Scales are the method's rule, which names each value off them.
    changes.confidentiality = input.count("confidentiality", Presence::Optional);
    changes.integrity = input.count("integrity", Presence::Optional);
    changes.availability = input.count("availability", Presence::Optional);
    changes.threat = input.count("threat", Presence::Optional);
    changes.vulnerability = input.count("vulnerability", Presence::Optional);
    changes.likelihood = input.count("likelihood", Presence::Optional);
    changes.impact = input.count("impact", Presence::Optional);
    changes.owner_id = input.text("owner_id", Presence::Optional);
    changes.treatment = input.text("treatment", Presence::Optional);
    changes.treatment_rationale = input.text("treatment_rationale", Presence::Optional);
    changes.annex_a_controls = input.text_array("annex_a_controls", Presence::Optional);
    changes.applied_controls = input.text_array("applied_controls", Presence::Optional);
    changes.residual_threat = input.count("residual_threat", Presence::Optional);
    changes.residual_vulnerability = input.count("residual_vulnerability", Presence::Optional);
    changes.residual_likelihood = input.count("residual_likelihood", Presence::Optional);
    changes.residual_impact = input.count("residual_impact", Presence::Optional);
    return changes;
}

TreatmentTaskChanges read_task(JsonInput& input, Presence presence) {
    TreatmentTaskChanges changes;
    changes.title = input.text("title", presence);
    changes.owner_id = input.text("owner_id", Presence::Optional);
    changes.due_on = input.text("due_on", Presence::Optional);
    changes.resources = input.text("resources", Presence::Optional);
    changes.status = input.text("status", Presence::Optional);
    return changes;
}

// An optional id query parameter as a typed id.
template <typename Id>
std::optional<Id> typed_id_query(const Request& request, std::string_view name,
                                 std::vector<FieldError>& errors) {
    const auto id = id_query(request, name, errors);
    return id ? std::optional<Id>(Id(*id)) : std::nullopt;
}

Result<RiskScenarioFilter> read_filter(const Request& request) {
    RiskScenarioFilter filter;
    std::vector<FieldError> errors;
    if (const auto level = request.parameter("level"); level && !level->empty()) {
        if (level->size() > 40)
            errors.push_back({"level", "must be a level of the method"});
        else
            filter.level = std::string(*level);
    }
    filter.owner_id = typed_id_query<UserId>(request, "owner_id", errors);
    filter.asset_id = typed_id_query<AssetId>(request, "asset_id", errors);
    filter.department_id = typed_id_query<DepartmentId>(request, "department_id", errors);
    if (const auto treatment = request.parameter("treatment"); treatment && !treatment->empty()) {
        if (*treatment == "none" || find_enum(treatment_option_names, *treatment))
            filter.treatment = std::string(*treatment);
        else
            errors.push_back({"treatment", "must be modify, retain, avoid, share or none"});
    }
    if (const auto approval = request.parameter("approval"); approval && !approval->empty()) {
        if (*approval == "missing")
            filter.approval = RiskApproval::Missing;
        else if (*approval == "stale")
            filter.approval = RiskApproval::Stale;
        else if (*approval == "current")
            filter.approval = RiskApproval::Current;
        else
            errors.push_back({"approval", "must be missing, stale or current"});
    }
    filter.text = text_query(request, errors);
    if (!errors.empty())
        return Error::invalid(std::move(errors));
    return filter;
}

Result<RiskScenarioQuery> read_query(const Request& request, std::size_t limit) {
    RiskScenarioQuery query;
    TRY_ASSIGN(query.filter, read_filter(request));
    query.limit = limit;
    const std::string_view sort = request.parameter("sort").value_or("number");
    if (sort == "number" || sort == "-number") {
        query.order = RiskOrder::Number;
    } else if (sort == "risk_value" || sort == "-risk_value") {
        query.order = RiskOrder::RiskValue;
    } else {
        return Error::invalid("sort", "must be number, -number, risk_value or -risk_value");
    }
    query.direction = sort.front() == '-' ? Direction::Descending : Direction::Ascending;
    return query;
}

Result<RiskAssessmentId> assessment_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "assessment", "risk assessment"));
    return RiskAssessmentId(std::move(id));
}

Result<RiskScenarioId> risk_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "risk", "risk"));
    return RiskScenarioId(std::move(id));
}

Result<TreatmentTaskId> task_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "task", "treatment task"));
    return TreatmentTaskId(std::move(id));
}

// The request's organisation, assessment and (when the path has one) risk.
struct RiskPath {
    OrganisationId organisation;
    RiskAssessmentId assessment;
    RiskScenarioId risk;
};

Result<RiskPath> risk_path(const Request& request, bool with_risk) {
    RiskPath parsed;
    TRY_ASSIGN(parsed.organisation, organisation_parameter(request));
    TRY_ASSIGN(parsed.assessment, assessment_parameter(request));
    if (with_risk) {
        TRY_ASSIGN(parsed.risk, risk_parameter(request));
    }
    return parsed;
}

Result<std::string> read_comment(const Request& request) {
    if (request.body.empty())
        return std::string();
    TRY_ASSIGN(JsonInput input, JsonInput::parse(request));
    std::string comment = input.text("comment", Presence::Optional).value_or("");
    TRY(input.finish());
    return comment;
}

RouteDoc doc(std::string summary, std::vector<QueryDoc> query = {}, int status = 200,
             Cost cost = Cost::Quick) {
    return {std::move(summary),
            std::string(tag),
            Auth::Session,
            std::move(query),
            "",
            status,
            "",
            cost};
}

const std::vector<QueryDoc> filter_docs = {
    {"level", "a level of the method: low, medium, high…"},
    {"owner_id", "the risk owner's id"},
    {"asset_id", "the asset's id"},
    {"department_id", "the asset's department"},
    {"treatment", "modify, retain, avoid, share, or none while undecided"},
    {"approval", "the risk owner's approval: missing, stale or current"},
    {"q", "text in the threat, vulnerability, asset number or name"}};

void add_assessment_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, path(""), doc("Risk assessments, newest first, with their state and counts"),
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(
                const auto views,
                list_risk_assessments(context.services, caller.get(), organisation));
            std::string body = R"({"items":[)";
            for (std::size_t index = 0; index < views.size(); ++index)
                body += (index > 0 ? "," : "") + assessment_response(200, views[index]).body;
            return json_response(200, body + R"(],"next_cursor":null})");
        });
    router.add(
        Method::Post, path(""),
        doc("Start a risk assessment (ISMS managers and risk owners): title, "
            "assessed_on, optionally method_key and method_version, copy_from",
            {}, 201, Cost::Slow),
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
            NewRiskAssessment assessment;
            assessment.fields.title = input.text("title", Presence::Required);
            assessment.fields.assessed_on = input.text("assessed_on", Presence::Required);
            assessment.fields.notes = input.text("notes", Presence::Optional);
            assessment.method_key = input.text("method_key", Presence::Optional);
            assessment.method_version = input.count("method_version", Presence::Optional);
            assessment.copy_from = input.text("copy_from", Presence::Optional);
            TRY_RESPONSE(input.finish());
            TRY_ASSIGN_RESPONSE(
                const RiskAssessmentView view,
                start_risk_assessment(context.services, caller.get(), organisation, assessment));
            Response response = assessment_response(201, view);
            response.set_header("Location",
                                std::string(request.path) + "/" + view.assessment.id.str());
            return response;
        });
    router.add(Method::Get, path("/{assessment}"),
               doc("One risk assessment with its method, state and counts; its version as ETag"),
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, false));
                   TRY_ASSIGN_RESPONSE(const RiskAssessmentView view,
                                       get_risk_assessment(context.services, caller.get(),
                                                           at.organisation, at.assessment));
                   return assessment_response(200, view);
               });
    router.add(Method::Patch, path("/{assessment}"),
               doc("Change an assessment in progress: title, assessed_on, notes; a new "
                   "method_version of its method re-rates every risk. If-Match",
                   {}, 200, Cost::Slow),
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, false));
                   TRY_ASSIGN_RESPONSE(const auto expected, if_match_version(request));
                   TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
                   RiskAssessmentChanges changes;
                   changes.title = input.text("title", Presence::Optional);
                   changes.assessed_on = input.text("assessed_on", Presence::Optional);
                   changes.notes = input.text("notes", Presence::Optional);
                   const auto method_version = input.count("method_version", Presence::Optional);
                   TRY_RESPONSE(input.finish());
                   TRY_ASSIGN_RESPONSE(
                       const RiskAssessmentView view,
                       change_risk_assessment(context.services, caller.get(), at.organisation,
                                              at.assessment, changes, method_version, expected));
                   return assessment_response(200, view);
               });
    add_version_routes(
        router, context,
        VersionedResource{
            .path = path("/{assessment}"),
            .tag = std::string(tag),
            .noun = "a risk assessment",
            .actions = {VersionAction::Submit, VersionAction::Return, VersionAction::Approve,
                        VersionAction::Withdraw},
            .change_schema = "",
            .record = [](const OrganisationId& organisation,
                         const Request& request) -> Result<VersionedRecord> {
                TRY_ASSIGN(const RiskAssessmentId id, assessment_parameter(request));
                return risk_assessment_record(organisation, id);
            },
            .fields = {},
            .change = [](const Services&, const Actor&, const OrganisationId&,
                         const VersionedRecord&, std::int64_t, JsonInput&,
                         std::optional<std::int64_t>) -> Result<RecordVersion> {
                return Error::conflict(
                    "a risk assessment's content is its risks: change those instead");
            },
            .transition = [](const Services& services, const Actor& actor,
                             const OrganisationId& organisation, const VersionedRecord& record,
                             std::int64_t number, VersionAction action, const std::string& comment,
                             JsonInput&) -> Result<RecordVersion> {
                if (number != 1)
                    return Error::not_found("version");
                return transition_risk_assessment(services, actor, organisation,
                                                  RiskAssessmentId(record.id), action, comment);
            }});
    router.add(Method::Get, path("/{assessment}/heat-map"),
               doc("Risks per cell of the method's heat map (residual=true: after treatment), "
                   "with the register's filters",
                   [] {
                       auto docs = filter_docs;
                       docs.push_back({"residual", "true for the residual risks"});
                       return docs;
                   }()),
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, false));
                   TRY_ASSIGN_RESPONSE(const RiskScenarioFilter filter, read_filter(request));
                   const std::string_view residual = request.parameter("residual").value_or("");
                   if (!residual.empty() && residual != "true" && residual != "false")
                       return problem(Error::invalid("residual", "must be true or false"));
                   TRY_ASSIGN_RESPONSE(
                       const RiskHeatMap map,
                       risk_heat_map(context.services, caller.get(), at.organisation, at.assessment,
                                     filter, residual == "true"));
                   return heat_map_response(map);
               });
    router.add(Method::Get, path("/{assessment}/comparison"),
               doc("What appeared, disappeared or moved level since an earlier assessment "
                   "(with=its id; default: the one it was started from or the last approved)",
                   {{"with", "the earlier assessment's id"}}, 200, Cost::Slow),
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, false));
                   std::optional<std::string> with;
                   if (const auto given = request.parameter("with"); given && !given->empty()) {
                       if (!is_uuid(*given))
                           return problem(Error::invalid("with", "must be an id"));
                       with = std::string(*given);
                   }
                   TRY_ASSIGN_RESPONSE(
                       const RiskComparisonView view,
                       compare_risk_assessment(context.services, caller.get(), at.organisation,
                                               at.assessment, with));
                   return comparison_response(view);
               });
    router.add(
        Method::Get, path("/{assessment}/export"),
        doc("The risk register as a spreadsheet (xlsx, or CSV in UTF-8 with BOM), in "
            "Japanese or English",
            {{"format", "xlsx (default) or csv"}, {"lang", "ja (default) or en"}}, 200, Cost::Slow),
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, false));
            TRY_ASSIGN_RESPONSE(const ExportChoice choice, read_export_choice(request));
            TRY_ASSIGN_RESPONSE(ExportedFile file,
                                export_risks(context.services, caller.get(), at.organisation,
                                             at.assessment, choice.format, choice.language));
            return download_response(std::move(file));
        });
    router.add(Method::Get, path("/{assessment}/proposals"),
               doc("The risks Mamori proposes for an asset (its category's default threat × "
                   "vulnerability pairings) with the asset's C/I/A",
                   {{"asset_id", "the asset's id (required)"}}),
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, false));
                   const auto asset = request.parameter("asset_id");
                   if (!asset || !is_uuid(*asset))
                       return problem(Error::invalid("asset_id", "must be an asset's id"));
                   TRY_ASSIGN_RESPONSE(
                       const auto proposals,
                       propose_risks(context.services, caller.get(), at.organisation, at.assessment,
                                     AssetId(std::string(*asset))));
                   return proposals_response(proposals);
               });
}

void add_risk_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, path("/{assessment}/risks"),
        doc("The risk register of an assessment (sort: number, -number, risk_value, "
            "-risk_value)",
            [] {
                auto docs = filter_docs;
                docs.push_back({"sort", "number (default), -number, risk_value, -risk_value"});
                return docs;
            }()),
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, false));
            TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
            TRY_ASSIGN_RESPONSE(const RiskScenarioQuery query, read_query(request, page.limit));
            TRY_ASSIGN_RESPONSE(const auto listed,
                                list_risks(context.services, caller.get(), at.organisation,
                                           at.assessment, query, page.after));
            JsonWriter out(64 + listed.items.size() * 1024);
            out.begin_object().key("items").begin_array();
            for (const RiskScenarioRow& row : listed.items)
                write_risk(out, row);
            out.end_array().key("next_cursor");
            if (listed.next_cursor)
                out.string(encode_cursor(*listed.next_cursor));
            else
                out.null();
            return json_response(200, out.end_object().take());
        });
    router.add(
        Method::Post, path("/{assessment}/risks"),
        doc("Add a risk: asset × threat × vulnerability with the method's inputs (the "
            "asset's C/I/A and owner unless given)",
            {}, 201),
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, false));
            TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
            const RiskScenarioChanges risk = read_risk(input, Presence::Required);
            TRY_RESPONSE(input.finish());
            TRY_ASSIGN_RESPONSE(auto views, add_risks(context.services, caller.get(),
                                                      at.organisation, at.assessment, {risk}));
            Response response = risk_response(201, views.front());
            response.set_header(
                "Location", std::string(request.path) + "/" + views.front().row.scenario.id.str());
            return response;
        });
    router.add(Method::Post, path("/{assessment}/risks/bulk"),
               doc("Add several risks at once, e.g. the proposals accepted for an asset: "
                   "{\"risks\": [...]}; all or nothing, errors named risks[i].field",
                   {}, 201, Cost::Slow),
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, false));
                   TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
                   std::vector<RiskScenarioChanges> risks;
                   input.objects("risks", Presence::Required, [&](JsonInput& item) {
                       risks.push_back(read_risk(item, Presence::Required));
                   });
                   TRY_RESPONSE(input.finish());
                   if (risks.size() > 1000)
                       return problem(Error::invalid("risks", "must list at most 1000 risks"));
                   TRY_ASSIGN_RESPONSE(const auto views,
                                       add_risks(context.services, caller.get(), at.organisation,
                                                 at.assessment, risks));
                   JsonWriter out;
                   out.begin_object().key("items").begin_array();
                   for (const RiskView& view : views)
                       write_risk(out, view.row);
                   out.end_array().key("next_cursor").null();
                   return json_response(201, out.end_object().take());
               });
    router.add(Method::Get, path("/{assessment}/risks/{risk}"),
               doc("One risk with its treatment tasks and its owner's approval; ETag"),
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, true));
                   TRY_ASSIGN_RESPONSE(const RiskView view,
                                       get_risk(context.services, caller.get(), at.organisation,
                                                at.assessment, at.risk));
                   return risk_response(200, view);
               });
    router.add(Method::Patch, path("/{assessment}/risks/{risk}"),
               doc("Change a risk of an assessment in progress; If-Match. A change to what its "
                   "owner approved makes the approval stale"),
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, true));
                   TRY_ASSIGN_RESPONSE(const auto expected, if_match_version(request));
                   TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
                   const RiskScenarioChanges changes = read_risk(input, Presence::Optional);
                   TRY_RESPONSE(input.finish());
                   TRY_ASSIGN_RESPONSE(const RiskView view,
                                       change_risk(context.services, caller.get(), at.organisation,
                                                   at.assessment, at.risk, changes, expected));
                   return risk_response(200, view);
               });
    router.add(Method::Delete, path("/{assessment}/risks/{risk}"),
               doc("Remove a risk from an assessment in progress", {}, 204),
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, true));
                   TRY_RESPONSE(remove_risk(context.services, caller.get(), at.organisation,
                                            at.assessment, at.risk));
                   return Response::no_content();
               });
    router.add(Method::Post, path("/{assessment}/risks/{risk}/approval"),
               doc("The risk owner approves the treatment plan and the residual risk as they "
                   "are now ({\"comment\"}); only the risk's owner"),
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, true));
                   TRY_ASSIGN_RESPONSE(const std::string comment, read_comment(request));
                   TRY_ASSIGN_RESPONSE(const RiskView view,
                                       approve_risk(context.services, caller.get(), at.organisation,
                                                    at.assessment, at.risk, comment));
                   return risk_response(200, view);
               });
}

void add_task_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Post, path("/{assessment}/risks/{risk}/tasks"),
        doc("Add a treatment task: title, owner_id, due_on, resources, status", {}, 201),
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, true));
            TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
            const TreatmentTaskChanges task = read_task(input, Presence::Required);
            TRY_RESPONSE(input.finish());
            TRY_ASSIGN_RESPONSE(const TreatmentTask added,
                                add_treatment_task(context.services, caller.get(), at.organisation,
                                                   at.assessment, at.risk, task));
            JsonWriter out;
            write_task(out, added);
            Response response = json_response(201, out.take());
            response.set_header("Location", std::string(request.path) + "/" + added.id.str());
            response.set_header("ETag", "\"" + std::to_string(added.version) + "\"");
            return response;
        });
    router.add(Method::Patch, path("/{assessment}/risks/{risk}/tasks/{task}"),
               doc("Change a treatment task (its progress goes on after approval); If-Match"),
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, true));
                   TRY_ASSIGN_RESPONSE(const TreatmentTaskId id, task_parameter(request));
                   TRY_ASSIGN_RESPONSE(const auto expected, if_match_version(request));
                   TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
                   const TreatmentTaskChanges changes = read_task(input, Presence::Optional);
                   TRY_RESPONSE(input.finish());
                   TRY_ASSIGN_RESPONSE(
                       const TreatmentTask changed,
                       change_treatment_task(context.services, caller.get(), at.organisation,
                                             at.assessment, at.risk, id, changes, expected));
                   JsonWriter out;
                   write_task(out, changed);
                   Response response = json_response(200, out.take());
                   response.set_header("ETag", "\"" + std::to_string(changed.version) + "\"");
                   return response;
               });
    router.add(Method::Delete, path("/{assessment}/risks/{risk}/tasks/{task}"),
               doc("Remove a treatment task", {}, 204),
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const RiskPath at, risk_path(request, true));
                   TRY_ASSIGN_RESPONSE(const TreatmentTaskId id, task_parameter(request));
                   TRY_RESPONSE(remove_treatment_task(context.services, caller.get(),
                                                      at.organisation, at.assessment, at.risk, id));
                   return Response::no_content();
               });
}

}  // namespace

Result<RiskScenarioQuery> read_risk_register_query(const Request& request) {
    return read_query(request, 1);
}

void add_risk_assessment_routes(Router& router, const ApiContext& context) {
    add_assessment_routes(router, context);
    add_risk_routes(router, context);
    add_task_routes(router, context);
}

}  // namespace mamori::http
