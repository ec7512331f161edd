// /api/v1/orgs/{org}/departments and /api/v1/orgs/{org}/departments/{department} (5.3)
#include "app/departments.h"
#include "http/register_routes.h"

namespace mamori::http {

namespace {

// POST requires what every department has; PATCH takes any subset.
DepartmentChanges read_input(JsonInput& input, Presence presence) {
    DepartmentChanges changes;
    changes.name = input.text("name", presence);
    changes.parent_id = input.text("parent_id", Presence::Optional);
    changes.head_id = input.text("head_id", Presence::Optional);
    return changes;
}

}  // namespace

void add_department_routes(Router& router, const ApiContext& context) {
    add_register_routes(
        router, context,
        Register<Department, DepartmentId, DepartmentChanges>{
            .collection = "/api/v1/orgs/{org}/departments",
            .parameter = "department",
            .what = "department",
            .tag = "leadership",
            .summary =
                {.list = "Departments (部門), in the order recorded",
                 .add = "Record a department (ISMS managers)",
                 .get = "One department, with its version as ETag",
                 .change =
                     "Change a department (ISMS managers); send If-Match with the version read",
                 .remove = "Delete a department (ISMS managers)"},
            .input_schema = schema::department_input,
            .changes_schema = schema::department_changes,
            .record_schema = schema::department,
            .read_changes = read_input,
            .list = list_departments,
            .get = get_department,
            .add = add_department,
            .change = change_department,
            .remove = remove_department});
}

}  // namespace mamori::http
