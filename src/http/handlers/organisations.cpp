// /api/v1/orgs and /api/v1/orgs/{org}
#include "app/organisations.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

Response with_etag(const Organisation& organisation, int status) {
    Response response = record_response(status, organisation);
    response.set_header("ETag", "\"" + std::to_string(organisation.version) + "\"");
    return response;
}

}  // namespace

void add_organisation_routes(Router& router, const ApiContext& context) {
    router.add(Method::Get, "/api/v1/orgs",
               {"Organisations the caller belongs to (all, for administrators)",
                "organisations",
                Auth::Session,
                {{"limit", "1–500, default 50"}, {"cursor", "from next_cursor"}},
                "",
                200,
                schema::list_of(schema::organisation)},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
                   TRY_ASSIGN_RESPONSE(const auto result,
                                       list_organisations(context.services, caller.get(), page));
                   return page_response(result);
               });
    router.add(Method::Post, "/api/v1/orgs",
               {"Create an organisation (administrators)",
                "organisations",
                Auth::Admin,
                {},
                schema::organisation_input,
                201,
                schema::organisation},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
                   const auto name = input.text("name", Presence::Required);
                   TRY_RESPONSE(input.finish());
                   TRY_ASSIGN_RESPONSE(const Organisation organisation,
                                       create_organisation(context.services, caller.get(), *name));
                   Response response = with_etag(organisation, 201);
                   response.set_header("Location", "/api/v1/orgs/" + organisation.id.str());
                   return response;
               });
    router.add(
        Method::Get, "/api/v1/orgs/{org}",
        {"One organisation", "organisations", Auth::Session, {}, "", 200, schema::organisation},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId id, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const Organisation organisation,
                                get_organisation(context.services, caller.get(), id));
            return with_etag(organisation, 200);
        });
    router.add(
        Method::Patch, "/api/v1/orgs/{org}",
        {"Change an organisation's name (ISMS managers) or whether authors may approve their "
         "own versions (top management); send If-Match with the version read",
         "organisations",
         Auth::Session,
         {},
         schema::organisation_changes,
         200,
         schema::organisation},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId id, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const auto version, if_match_version(request));
            TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
            OrganisationChanges changes;
            changes.name = input.text("name", Presence::Optional);
            changes.separate_approval = input.boolean("separate_approval", Presence::Optional);
            TRY_RESPONSE(input.finish());
            TRY_ASSIGN_RESPONSE(
                const Organisation organisation,
                change_organisation(context.services, caller.get(), id, changes, version));
            return with_etag(organisation, 200);
        });
}

}  // namespace mamori::http
