// Traceability: /api/v1/orgs/{org}/soa/controls/{control}/trace (why a control is in the SoA:
// its line, the applied controls with their evidence, the risks and their assets) and
// /api/v1/orgs/{org}/assets/{asset}/trace (an asset's risks, their treatment and controls).
#include "app/traceability.h"
#include "http/control_output.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/risk_output.h"
#include "http/routes.h"

namespace mamori::http {

namespace {

constexpr std::string_view tag = "controls";

const std::string trace_schema =
    R"({"type":"object","properties":{"risk_assessment":{"type":["object","null"],"description":"the assessment the risks are read from: the newest not withdrawn"},"risks":{"type":"array","description":"at most 200, by number"},"risk_count":{"type":"integer"},"applied_controls":{"type":"array","description":"applied controls, each with its evidence"}}})";

void write_assessment(JsonWriter& out, const std::optional<RiskAssessment>& assessment) {
    out.key("risk_assessment");
    if (!assessment) {
        out.null();
        return;
    }
    out.begin_object()
        .field("id", assessment->id.str())
        .field("title", assessment->title)
        .field("assessed_on", assessment->assessed_on)
        .end_object();
}

std::string today(const ApiContext& context) {
    return format_rfc3339(context.services.clock.now()).substr(0, 10);
}

void write_risks_and_controls(JsonWriter& out, const std::vector<RiskScenarioRow>& risks,
                              std::int64_t risk_count, const std::vector<TracedControl>& controls,
                              std::string_view day) {
    out.key("risks").begin_array();
    for (const RiskScenarioRow& row : risks)
        write_risk(out, row);
    out.end_array().field("risk_count", risk_count).key("applied_controls").begin_array();
    for (const TracedControl& traced : controls) {
        out.begin_object();
        write_fields(out, traced.control);
        out.key("evidence").begin_array();
        for (const Evidence& evidence : traced.evidence)
            write_evidence(out, evidence, day);
        out.end_array().end_object();
    }
    out.end_array();
}

}  // namespace

void add_traceability_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, "/api/v1/orgs/{org}/soa/controls/{control}/trace",
        {"Why a control is in the SoA: its line (applicability, reasons, status), the applied "
         "controls implementing it with their evidence, and the risks it treats with their "
         "assets ({control}: A.8.24 or 8.24)",
         std::string(tag),
         Auth::Session,
         {},
         "",
         200,
         trace_schema},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            const std::string control(request.path_parameter("control"));
            TRY_ASSIGN_RESPONSE(
                const ControlTrace trace,
                trace_control(context.services, caller.get(), organisation, control));
            JsonWriter out(64 * 1024);
            out.begin_object()
                .key("control")
                .begin_object()
                .field("id", trace.control->id)
                .field("group", trace.control->group)
                .field("title_ja", trace.control->title.ja)
                .field("title_en", trace.control->title.en)
                .end_object()
                .key("soa_version");
            if (trace.soa_version)
                out.number(*trace.soa_version);
            else
                out.null();
            out.key("line");
            write_soa_line(out, trace.line);
            write_assessment(out, trace.assessment);
            write_risks_and_controls(out, trace.risks, trace.risk_count, trace.applied_controls,
                                     today(context));
            out.end_object();
            return json_response(200, out.take());
        });
    router.add(
        Method::Get, "/api/v1/orgs/{org}/assets/{asset}/trace",
        {"An asset's risks in the current assessment with their treatment, and the applied "
         "controls they name with their evidence",
         std::string(tag),
         Auth::Session,
         {},
         "",
         200,
         trace_schema},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(std::string id, id_parameter(request, "asset", "asset"));
            TRY_ASSIGN_RESPONSE(
                const AssetTrace trace,
                trace_asset(context.services, caller.get(), organisation, AssetId(std::move(id))));
            JsonWriter out(64 * 1024);
            out.begin_object()
                .key("asset")
                .begin_object()
                .field("id", trace.asset.id.str())
                .field("number", trace.asset.number)
                .field("name", trace.asset.name)
                .end_object();
            write_assessment(out, trace.assessment);
            write_risks_and_controls(out, trace.risks, trace.risk_count, trace.applied_controls,
                                     today(context));
            out.end_object();
            return json_response(200, out.take());
        });
}

}  // namespace mamori::http
