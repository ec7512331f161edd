// /api/v1/orgs/{org}/context/climate-decision: whether climate change is a relevant issue
// (4.1, 4.2 as amended in 2024). One per organisation; PUT records it whole.
#include "app/climate_decision.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

constexpr std::string_view path = "/api/v1/orgs/{org}/context/climate-decision";

Response record_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const auto version, if_match_version(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const auto relevant = input.boolean("relevant", Presence::Required);
    const auto justification = input.text("justification", Presence::Required);
    const auto decided_by = input.text("decided_by", Presence::Required);
    const auto decided_on = input.text("decided_on", Presence::Required);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(
        const ClimateDecision decision,
        record_climate_decision(context.services, caller.get(), organisation,
                                {*relevant, *justification, *decided_by, *decided_on}, version));
    return versioned_response(decision.version == 1 ? 201 : 200, decision);
}

}  // namespace

void add_climate_decision_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, std::string(path),
        {"The decision whether climate change is a relevant issue; 204 until one is recorded",
         "context",
         Auth::Session,
         {},
         "",
         200,
         schema::climate_decision},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const auto decision,
                                get_climate_decision(context.services, caller.get(), organisation));
            // Not deciding yet is a normal state of a new ISMS, not a missing resource.
            if (!decision)
                return Response::no_content();
            return versioned_response(200, *decision);
        });
    router.add(Method::Put, std::string(path),
               {"Record or replace the climate-change decision (ISMS managers); 201 the first "
                "time; send If-Match with the version read (\"0\" when there is none yet)",
                "context",
                Auth::Session,
                {},
                schema::climate_decision_input,
                200,
                schema::climate_decision},
               [&context](Request& request, const Caller& caller) {
                   return record_handler(context, request, caller);
               });
}

}  // namespace mamori::http
