// /api/v1/frameworks: the control frameworks Mamori ships; /api/v1/orgs/{org}/applied-controls:
// how the organisation implements controls (管理策の実施, 6.1.3 b).
#include "app/applied_controls.h"
#include "app/frameworks.h"
#include "http/control_schemas.h"
#include "http/register_routes.h"

namespace mamori::http {

namespace {

AppliedControlChanges read_input(JsonInput& input, Presence presence) {
    AppliedControlChanges changes;
    changes.number = input.text("number", presence);
    changes.title = input.text("title", presence);
    changes.description = input.text("description", Presence::Optional);
    changes.owner_id = input.text("owner_id", Presence::Optional);
    changes.owner_role_id = input.text("owner_role_id", Presence::Optional);
    changes.department_id = input.text("department_id", Presence::Optional);
    changes.status = input.text("status", Presence::Optional);
    changes.planned_on = input.text("planned_on", Presence::Optional);
    changes.implemented_on = input.text("implemented_on", Presence::Optional);
    changes.next_review_on = input.text("next_review_on", Presence::Optional);
    std::vector<ControlReference> references;
    if (input.objects("references", Presence::Optional, [&references](JsonInput& item) {
            const auto framework = item.text("framework", Presence::Optional);
            const auto control = item.text("control_id", Presence::Required);
            references.push_back(
                {framework.value_or(std::string(annex_a_framework_key)), control.value_or("")});
        }))
        changes.references = std::move(references);
    changes.documents = input.text_array("documents", Presence::Optional);
    return changes;
}

Result<AppliedControlFilter> read_filter(const Request& request) {
    AppliedControlFilter filter;
    std::vector<FieldError> errors;
    if (const auto status = request.parameter("status"); status && !status->empty()) {
        filter.status = parse_control_status(*status);
        if (!filter.status)
            errors.push_back({"status", "must be planned, in_progress, implemented or retired"});
    }
    if (const auto department = id_query(request, "department_id", errors))
        filter.department_id = DepartmentId(*department);
    filter.owner_id = id_query(request, "owner_id", errors);
    if (const auto control = request.parameter("control_id"); control && !control->empty()) {
        const std::string framework(request.parameter("framework").value_or(annex_a_framework_key));
        filter.reference = ControlReference{framework, std::string(*control)};
        if (!reference_control_exists(*filter.reference))
            errors.push_back({"control_id", "is not a control of " + framework});
    }
    filter.text = text_query(request, errors);
    if (!errors.empty())
        return Error::invalid(std::move(errors));
    return filter;
}

void write_text(JsonWriter& out, std::string_view name, const FrameworkText& text) {
    out.key(name).begin_object().field("ja", text.ja).field("en", text.en).end_object();
}

void write_framework(JsonWriter& out, const Framework& framework) {
    out.begin_object().field("key", framework.key());
    write_text(out, "name", framework.name());
    write_text(out, "description", framework.description());
    out.key("groups").begin_array();
    for (const ControlGroup& group : framework.groups()) {
        out.begin_object().field("key", group.key);
        write_text(out, "title", group.title);
        out.end_object();
    }
    out.end_array().key("attributes").begin_array();
    for (const ControlAttribute& attribute : framework.attributes()) {
        out.begin_object().field("key", attribute.key);
        write_text(out, "label", attribute.label);
        out.key("values").begin_array();
        for (const AttributeValue& value : attribute.values) {
            out.begin_object().field("key", value.key);
            write_text(out, "label", value.label);
            out.end_object();
        }
        out.end_array().end_object();
    }
    out.end_array().key("controls").begin_array();
    for (const ReferenceControl& control : framework.controls()) {
        out.begin_object().field("id", control.id).field("group", control.group);
        write_text(out, "title", control.title);
        out.key("attributes").begin_object();
        for (std::size_t index = 0; index < framework.attributes().size(); ++index)
            out.field(framework.attributes()[index].key, control.attributes[index]);
        out.end_object().end_object();
    }
    out.end_array().key("carry_overs").begin_array();
    for (const CarryOver& carry_over : framework.carry_overs()) {
        out.begin_object().field("from", carry_over.from);
        write_text(out, "name", carry_over.name);
        out.key("rows").begin_array();
        for (const CarryOverRow& row : carry_over.rows) {
            out.begin_object()
                .field("earlier_id", row.earlier_id)
                .field("earlier_title", row.earlier_title)
                .field("id", row.id)
                .field("relation", to_string(row.relation))
                .end_object();
        }
        out.end_array().end_object();
    }
    out.end_array().end_object();
}

void add_framework_routes(Router& router) {
    router.add(Method::Get, "/api/v1/frameworks",
               {"The control frameworks Mamori ships (ISO/IEC 27001:2022 Annex A first)",
                "controls",
                Auth::Session,
                {},
                "",
                200,
                schema::list_of(schema::framework_summary)},
               [](Request&, const Caller&) {
                   JsonWriter out;
                   out.begin_object().key("items").begin_array();
                   for (const Framework& framework : frameworks()) {
                       out.begin_object().field("key", framework.key());
                       write_text(out, "name", framework.name());
                       write_text(out, "description", framework.description());
                       out.field("controls", static_cast<std::int64_t>(framework.controls().size()))
                           .end_object();
                   }
                   out.end_array().key("next_cursor").null().end_object();
                   return json_response(200, out.take());
               });
    router.add(Method::Get, "/api/v1/frameworks/{framework}",
               {"One framework: its groups, attributes with their values, controls with titles "
                "in Japanese and English, and carry-over tables from earlier editions",
                "controls",
                Auth::Session,
                {},
                "",
                200,
                schema::framework},
               [](Request& request, const Caller&) {
                   const Framework* framework = find_framework(request.path_parameter("framework"));
                   if (framework == nullptr)
                       return problem(Error::not_found("framework"));
                   JsonWriter out(256 * 1024);
                   write_framework(out, *framework);
                   return json_response(200, out.take());
               });
}

}  // namespace

void add_applied_control_routes(Router& router, const ApiContext& context) {
    add_framework_routes(router);
    add_register_routes(
        router, context,
        Register<AppliedControl, AppliedControlId, AppliedControlChanges, AppliedControlFilter>{
            .collection = "/api/v1/orgs/{org}/applied-controls",
            .parameter = "control",
            .what = "applied control",
            .tag = "controls",
            .summary = {.list = "The applied controls (管理策の実施), by number",
                        .add = "Register an applied control (ISMS managers and risk owners)",
                        .get = "One applied control; its version as ETag",
                        .change = "Change an applied control (ISMS managers and risk owners); "
                                  "send If-Match with the version read",
                        .remove = "Delete an applied control no risk names (ISMS managers and "
                                  "risk owners)"},
            .filters = {{"status", "planned, in_progress, implemented or retired"},
                        {"department_id", "the department's id"},
                        {"owner_id", "the owner: a member's or an ISMS role's id"},
                        {"control_id", "implementing this reference control (A.8.24)"},
                        {"framework", "of control_id; default iso27001-2022"},
                        {"q", "text in the number or title"}},
            .input_schema = schema::applied_control_input,
            .changes_schema = schema::applied_control_changes,
            .record_schema = schema::applied_control,
            .read_changes = read_input,
            .read_filter = read_filter,
            .list = list_applied_controls,
            .get = get_applied_control,
            .add = add_applied_control,
            .change = change_applied_control,
            .remove = remove_applied_control});
}

}  // namespace mamori::http
