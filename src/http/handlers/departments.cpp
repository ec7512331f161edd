// /api/v1/orgs/{org}/departments and /api/v1/orgs/{org}/departments/{department} (5.3)
#include "app/departments.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

constexpr std::string_view collection = "/api/v1/orgs/{org}/departments";
constexpr std::string_view item = "/api/v1/orgs/{org}/departments/{department}";

// POST requires what every department has; PATCH takes any subset.
DepartmentChanges read_input(JsonInput& input, Presence presence) {
    DepartmentChanges changes;
    changes.name = input.text("name", presence);
    changes.parent_id = input.text("parent_id", Presence::Optional);
    changes.head_id = input.text("head_id", Presence::Optional);
    return changes;
}

Result<DepartmentId> department_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "department", "department"));
    return DepartmentId(std::move(id));
}

Response add_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const DepartmentChanges changes = read_input(input, Presence::Required);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(const Department record,
                        add_department(context.services, caller.get(), organisation, changes));
    Response response = versioned_response(201, record);
    response.set_header("Location",
                        "/api/v1/orgs/" + organisation.str() + "/departments/" + record.id.str());
    return response;
}

Response change_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const DepartmentId id, department_parameter(request));
    TRY_ASSIGN_RESPONSE(const auto version, if_match_version(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const DepartmentChanges changes = read_input(input, Presence::Optional);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(
        const Department record,
        change_department(context.services, caller.get(), organisation, id, changes, version));
    return versioned_response(200, record);
}

}  // namespace

void add_department_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, std::string(collection),
        {"Departments (部門), in the order recorded",
         "leadership",
         Auth::Session,
         {{"limit", "1–500, default 50"}, {"cursor", "from next_cursor"}},
         "",
         200,
         schema::list_of(schema::department)},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
            TRY_ASSIGN_RESPONSE(const auto result, list_departments(context.services, caller.get(),
                                                                    organisation, page));
            return page_response(result);
        });
    router.add(Method::Post, std::string(collection),
               {"Record a department (ISMS managers)",
                "leadership",
                Auth::Session,
                {},
                schema::department_input,
                201,
                schema::department},
               [&context](Request& request, const Caller& caller) {
                   return add_handler(context, request, caller);
               });
    router.add(
        Method::Get, std::string(item),
        {"One department, with its version as ETag",
         "leadership",
         Auth::Session,
         {},
         "",
         200,
         schema::department},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const DepartmentId id, department_parameter(request));
            TRY_ASSIGN_RESPONSE(const Department record,
                                get_department(context.services, caller.get(), organisation, id));
            return versioned_response(200, record);
        });
    router.add(Method::Patch, std::string(item),
               {"Change a department (ISMS managers); send If-Match with the version read",
                "leadership",
                Auth::Session,
                {},
                schema::department_changes,
                200,
                schema::department},
               [&context](Request& request, const Caller& caller) {
                   return change_handler(context, request, caller);
               });
    router.add(
        Method::Delete, std::string(item),
        {"Delete a department (ISMS managers)", "leadership", Auth::Session, {}, "", 204, ""},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const DepartmentId id, department_parameter(request));
            TRY_RESPONSE(remove_department(context.services, caller.get(), organisation, id));
            return Response::no_content();
        });
}

}  // namespace mamori::http
