// /api/v1/orgs/{org}/soa: the Statement of Applicability (適用宣言書, 6.1.3 d) — the rows as
// shown, its versions through the shared version routes, and the difference between two
// versions.
#include "app/soa.h"
#include "app/frameworks.h"
#include "http/control_output.h"
#include "http/control_schemas.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/record_output.h"
#include "http/routes.h"
#include "http/version_routes.h"

namespace mamori::http {

namespace {

constexpr std::string_view path = "/api/v1/orgs/{org}/soa";

void write_decisions(JsonWriter& out, const RecordVersion& version) {
    out.key("decisions").begin_array();
    for (const SoaDecision& row : decode_soa_decisions(version.fields).rows) {
        out.begin_object()
            .field("control_id", row.control_id)
            .field("applicability", to_string(row.applicability))
            .field("reasons", reason_names(row.reasons))
            .field("reason_text", row.reason_text)
            .field("justification", row.justification)
            .key("status_override");
        if (row.status_override)
            out.string(to_string(*row.status_override));
        else
            out.null();
        out.field("override_explanation", row.override_explanation).end_object();
    }
    out.end_array();
}

void write_page(JsonWriter& out, const SoaPage& page, const ApiContext& context) {
    out.begin_object().key("version");
    if (page.version)
        write_version(out, *page.version, context.services.content, write_decisions);
    else
        out.null();
    out.field("from_snapshot", page.from_snapshot).key("risk_assessment");
    if (page.assessment) {
        out.begin_object()
            .field("id", page.assessment->id.str())
            .field("title", page.assessment->title)
            .field("assessed_on", page.assessment->assessed_on)
            .end_object();
    } else {
        out.null();
    }
    out.key("summary")
        .begin_object()
        .field("controls", static_cast<std::int64_t>(page.view.lines.size()))
        .field("applicable", std::int64_t{page.view.applicable})
        .field("not_applicable", std::int64_t{page.view.not_applicable})
        .field("undecided", std::int64_t{page.view.undecided})
        .field("implemented", std::int64_t{page.view.implemented})
        .end_object();
    out.key("blockers").begin_array();
    for (const SoaBlocker& blocker : page.view.blockers) {
        out.begin_object()
            .field("control_id", blocker.control_id)
            .field("code", blocker.code)
            .field("message", blocker.message)
            .end_object();
    }
    out.end_array().key("rows").begin_array();
    for (const SoaLine& line : page.view.lines)
        write_soa_line(out, line);
    out.end_array().end_object();
}

// {"rows": [{"control_id": "A.5.1", "applicability": …}, …]}: each row changes one control.
std::vector<SoaDecisionChange> read_decision_changes(JsonInput& input) {
    std::vector<SoaDecisionChange> changes;
    input.objects("rows", Presence::Optional, [&changes](JsonInput& row) {
        SoaDecisionChange change;
        change.control_id = row.text("control_id", Presence::Required).value_or("");
        change.applicability = row.text("applicability", Presence::Optional);
        change.reasons = row.text_array("reasons", Presence::Optional);
        change.reason_text = row.text("reason_text", Presence::Optional);
        change.justification = row.text("justification", Presence::Optional);
        change.status_override = row.text("status_override", Presence::Optional);
        change.override_explanation = row.text("override_explanation", Presence::Optional);
        changes.push_back(std::move(change));
    });
    return changes;
}

Result<std::int64_t> version_query(const Request& request, std::string_view name) {
    const auto text = request.parameter(name);
    if (!text)
        return Error::invalid(std::string(name), "is required");
    std::int64_t number = 0;
    for (const char digit : *text) {
        if (digit < '0' || digit > '9' || number > 1'000'000)
            return Error::invalid(std::string(name), "must be a version number");
        number = number * 10 + (digit - '0');
    }
    if (number < 1)
        return Error::invalid(std::string(name), "must be a version number");
    return number;
}

VersionedResource soa_versions() {
    VersionedResource resource;
    resource.path = std::string(path);
    resource.tag = "controls";
    resource.noun = "the Statement of Applicability";
    resource.actions = {VersionAction::Submit, VersionAction::Return, VersionAction::Approve,
                        VersionAction::Withdraw};
    resource.change_schema = schema::soa_changes;
    resource.record = [](const OrganisationId& organisation,
                         const Request&) -> Result<VersionedRecord> {
        return soa_record(organisation);
    };
    resource.fields = write_decisions;
    resource.change = [](const Services& services, const Actor& actor,
                         const OrganisationId& organisation, const VersionedRecord&,
                         std::int64_t number, JsonInput& input,
                         std::optional<std::int64_t> expected) -> Result<RecordVersion> {
        const auto summary = input.text("change_summary", Presence::Optional);
        const std::vector<SoaDecisionChange> changes = read_decision_changes(input);
        TRY(input.finish());
        return change_soa_decisions(services, actor, organisation, number, changes, summary,
                                    expected);
    };
    resource.transition = [](const Services& services, const Actor& actor,
                             const OrganisationId& organisation, const VersionedRecord&,
                             std::int64_t number, VersionAction action, const std::string& comment,
                             JsonInput& input) -> Result<RecordVersion> {
        TRY(input.finish());
        return transition_soa(services, actor, organisation, number, action, comment);
    };
    return resource;
}

}  // namespace

void add_soa_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, std::string(path),
        {"The Statement of Applicability: every Annex A control with its decision, the "
         "reasons, the implementation status derived from the applied controls, the risks "
         "and documents behind it, and what blocks approval",
         "controls",
         Auth::Session,
         {{"version",
           "a version number; default the draft being worked on, or the "
           "version in force"}},
         "",
         200,
         schema::soa},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            std::optional<std::int64_t> number;
            if (request.parameter("version")) {
                TRY_ASSIGN_RESPONSE(number, version_query(request, "version"));
            }
            TRY_ASSIGN_RESPONSE(const SoaPage page,
                                get_soa(context.services, caller.get(), organisation, number));
            JsonWriter out(128 * 1024);
            write_page(out, page, context);
            return json_response(200, out.take());
        });
    router.add(
        Method::Get, std::string(path) + "/diff",
        {"What changed per control between two versions of the SoA",
         "controls",
         Auth::Session,
         {{"from", "the earlier version number"}, {"to", "the later version number"}},
         "",
         200,
         schema::soa_diff},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const std::int64_t from, version_query(request, "from"));
            TRY_ASSIGN_RESPONSE(const std::int64_t to, version_query(request, "to"));
            TRY_ASSIGN_RESPONSE(
                const auto diffs,
                compare_soa_versions(context.services, caller.get(), organisation, from, to));
            JsonWriter out;
            out.begin_object().field("from", from).field("to", to).key("controls").begin_array();
            for (const SoaLineDiff& diff : diffs) {
                const ReferenceControl* control = annex_a().find_control(diff.control_id);
                out.begin_object()
                    .field("control_id", diff.control_id)
                    .field("title_ja", control ? control->title.ja : "")
                    .field("title_en", control ? control->title.en : "")
                    .key("changes")
                    .begin_array();
                for (const SoaFieldChange& change : diff.changes) {
                    out.begin_object()
                        .field("field", change.field)
                        .field("before", change.before)
                        .field("after", change.after)
                        .end_object();
                }
                out.end_array().end_object();
            }
            return json_response(200, out.end_array().end_object().take());
        });
    router.add(
        Method::Post, std::string(path) + "/versions/{number}/carry-over",
        {"Carry an earlier edition's SoA (ISO/IEC 27001:2013) into a draft by the carry-over "
         "table: controls the draft has not decided receive the decisions of the controls they "
         "came from. If-Match",
         "controls",
         Auth::Session,
         {},
         schema::soa_carry_over_input,
         200,
         schema::soa_carry_over},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const std::int64_t number, version_number_parameter(request));
            TRY_ASSIGN_RESPONSE(const auto expected, if_match_version(request));
            TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
            const std::string from = input.text("from", Presence::Required).value_or("");
            std::vector<EarlierSoaRow> rows;
            input.objects("rows", Presence::Required, [&rows](JsonInput& row) {
                rows.push_back({row.text("control_id", Presence::Required).value_or(""),
                                row.text("applicability", Presence::Required).value_or(""),
                                row.text("reason_text", Presence::Optional).value_or(""),
                                row.text("justification", Presence::Optional).value_or("")});
            });
            TRY_RESPONSE(input.finish());
            TRY_ASSIGN_RESPONSE(const SoaCarryOverResult result,
                                carry_over_into_soa(context.services, caller.get(), organisation,
                                                    number, from, rows, expected));
            JsonWriter out;
            out.begin_object().key("version");
            write_version(out, result.version, context.services.content, write_decisions);
            out.key("carried").begin_array();
            for (const CarriedDecision& decision : result.carried) {
                out.begin_object()
                    .field("control_id", decision.change.control_id)
                    .field("applicability", decision.change.applicability.value_or(""))
                    .field("from", decision.from)
                    .end_object();
            }
            out.end_array()
                .field("kept", result.kept)
                .field("to_decide", result.to_decide)
                .end_object();
            Response response = json_response(200, out.take());
            response.set_header("ETag", "\"" + std::to_string(result.version.version) + "\"");
            return response;
        });
    add_version_routes(router, context, soa_versions());
}

}  // namespace mamori::http
