// /api/v1/orgs/{org}/isms-roles and /api/v1/orgs/{org}/isms-roles/{role} (5.3)
#include "app/isms_roles.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

constexpr std::string_view collection = "/api/v1/orgs/{org}/isms-roles";
constexpr std::string_view item = "/api/v1/orgs/{org}/isms-roles/{role}";

// POST requires what every ISMS role has; PATCH takes any subset.
IsmsRoleChanges read_input(JsonInput& input, Presence presence) {
    IsmsRoleChanges changes;
    changes.name = input.text("name", presence);
    changes.responsibilities = input.text("responsibilities", presence);
    changes.authorities = input.text("authorities", Presence::Optional);
    changes.holders = input.text_array("holders", Presence::Optional);
    changes.deputies = input.text_array("deputies", Presence::Optional);
    changes.department_id = input.text("department_id", Presence::Optional);
    changes.reports_to = input.text("reports_to", Presence::Optional);
    return changes;
}

Result<IsmsRoleId> role_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "role", "ISMS role"));
    return IsmsRoleId(std::move(id));
}

Response add_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const IsmsRoleChanges changes = read_input(input, Presence::Required);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(const IsmsRole record,
                        add_isms_role(context.services, caller.get(), organisation, changes));
    Response response = versioned_response(201, record);
    response.set_header("Location",
                        "/api/v1/orgs/" + organisation.str() + "/isms-roles/" + record.id.str());
    return response;
}

Response change_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const IsmsRoleId id, role_parameter(request));
    TRY_ASSIGN_RESPONSE(const auto version, if_match_version(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const IsmsRoleChanges changes = read_input(input, Presence::Optional);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(
        const IsmsRole record,
        change_isms_role(context.services, caller.get(), organisation, id, changes, version));
    return versioned_response(200, record);
}

}  // namespace

void add_isms_role_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, std::string(collection),
        {"The ISMS roles (推進組織, 5.3) with holders and deputies, in the order recorded",
         "leadership",
         Auth::Session,
         {{"limit", "1–500, default 50"}, {"cursor", "from next_cursor"}},
         "",
         200,
         schema::list_of(schema::isms_role)},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
            TRY_ASSIGN_RESPONSE(const auto result, list_isms_roles(context.services, caller.get(),
                                                                   organisation, page));
            return page_response(result);
        });
    router.add(Method::Post, std::string(collection),
               {"Record an ISMS role (ISMS managers)",
                "leadership",
                Auth::Session,
                {},
                schema::isms_role_input,
                201,
                schema::isms_role},
               [&context](Request& request, const Caller& caller) {
                   return add_handler(context, request, caller);
               });
    router.add(
        Method::Get, std::string(item),
        {"One ISMS role, with its version as ETag",
         "leadership",
         Auth::Session,
         {},
         "",
         200,
         schema::isms_role},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const IsmsRoleId id, role_parameter(request));
            TRY_ASSIGN_RESPONSE(const IsmsRole record,
                                get_isms_role(context.services, caller.get(), organisation, id));
            return versioned_response(200, record);
        });
    router.add(Method::Patch, std::string(item),
               {"Change an ISMS role (ISMS managers); send If-Match with the version read",
                "leadership",
                Auth::Session,
                {},
                schema::isms_role_changes,
                200,
                schema::isms_role},
               [&context](Request& request, const Caller& caller) {
                   return change_handler(context, request, caller);
               });
    router.add(
        Method::Delete, std::string(item),
        {"Delete an ISMS role (ISMS managers)", "leadership", Auth::Session, {}, "", 204, ""},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const IsmsRoleId id, role_parameter(request));
            TRY_RESPONSE(remove_isms_role(context.services, caller.get(), organisation, id));
            return Response::no_content();
        });
}

}  // namespace mamori::http
