// /api/v1/orgs/{org}/sites and /api/v1/orgs/{org}/sites/{site} (5.3)
#include "app/departments.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

constexpr std::string_view collection = "/api/v1/orgs/{org}/sites";
constexpr std::string_view item = "/api/v1/orgs/{org}/sites/{site}";

// POST requires what every site has; PATCH takes any subset.
SiteChanges read_input(JsonInput& input, Presence presence) {
    SiteChanges changes;
    changes.name = input.text("name", presence);
    changes.address = input.text("address", Presence::Optional);
    changes.kind = input.text("kind", presence);
    return changes;
}

Result<SiteId> site_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "site", "site"));
    return SiteId(std::move(id));
}

Response add_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const SiteChanges changes = read_input(input, Presence::Required);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(const Site record,
                        add_site(context.services, caller.get(), organisation, changes));
    Response response = versioned_response(201, record);
    response.set_header("Location",
                        "/api/v1/orgs/" + organisation.str() + "/sites/" + record.id.str());
    return response;
}

Response change_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const SiteId id, site_parameter(request));
    TRY_ASSIGN_RESPONSE(const auto version, if_match_version(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const SiteChanges changes = read_input(input, Presence::Optional);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(const Site record, change_site(context.services, caller.get(), organisation,
                                                       id, changes, version));
    return versioned_response(200, record);
}

}  // namespace

void add_site_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, std::string(collection),
        {"Sites (拠点), in the order recorded",
         "leadership",
         Auth::Session,
         {{"limit", "1–500, default 50"}, {"cursor", "from next_cursor"}},
         "",
         200,
         schema::list_of(schema::site)},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
            TRY_ASSIGN_RESPONSE(const auto result,
                                list_sites(context.services, caller.get(), organisation, page));
            return page_response(result);
        });
    router.add(Method::Post, std::string(collection),
               {"Record a site (ISMS managers)",
                "leadership",
                Auth::Session,
                {},
                schema::site_input,
                201,
                schema::site},
               [&context](Request& request, const Caller& caller) {
                   return add_handler(context, request, caller);
               });
    router.add(Method::Get, std::string(item),
               {"One site, with its version as ETag",
                "leadership",
                Auth::Session,
                {},
                "",
                200,
                schema::site},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const SiteId id, site_parameter(request));
                   TRY_ASSIGN_RESPONSE(const Site record,
                                       get_site(context.services, caller.get(), organisation, id));
                   return versioned_response(200, record);
               });
    router.add(Method::Patch, std::string(item),
               {"Change a site (ISMS managers); send If-Match with the version read",
                "leadership",
                Auth::Session,
                {},
                schema::site_changes,
                200,
                schema::site},
               [&context](Request& request, const Caller& caller) {
                   return change_handler(context, request, caller);
               });
    router.add(Method::Delete, std::string(item),
               {"Delete a site (ISMS managers)", "leadership", Auth::Session, {}, "", 204, ""},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const SiteId id, site_parameter(request));
                   TRY_RESPONSE(remove_site(context.services, caller.get(), organisation, id));
                   return Response::no_content();
               });
}

}  // namespace mamori::http
