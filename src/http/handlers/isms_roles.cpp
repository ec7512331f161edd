// /api/v1/orgs/{org}/isms-roles and /api/v1/orgs/{org}/isms-roles/{role} (5.3)
#include "app/isms_roles.h"
#include "http/register_routes.h"

namespace mamori::http {

namespace {

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

}  // namespace

void add_isms_role_routes(Router& router, const ApiContext& context) {
    add_register_routes(
        router, context,
        Register<IsmsRole, IsmsRoleId, IsmsRoleChanges>{
            .collection = "/api/v1/orgs/{org}/isms-roles",
            .parameter = "role",
            .what = "ISMS role",
            .tag = "leadership",
            .summary =
                {.list = "The ISMS roles (推進組織, 5.3) with holders and deputies, in the order "
                         "recorded",
                 .add = "Record an ISMS role (ISMS managers)",
                 .get = "One ISMS role, with its version as ETag",
                 .change =
                     "Change an ISMS role (ISMS managers); send If-Match with the version read",
                 .remove = "Delete an ISMS role (ISMS managers)"},
            .input_schema = schema::isms_role_input,
            .changes_schema = schema::isms_role_changes,
            .record_schema = schema::isms_role,
            .read_changes = read_input,
            .list = list_isms_roles,
            .get = get_isms_role,
            .add = add_isms_role,
            .change = change_isms_role,
            .remove = remove_isms_role});
}

}  // namespace mamori::http
