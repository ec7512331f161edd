// /api/v1/orgs/{org}/saved-views: the caller's own named filters and sorts of the registers
// (the asset inventory, the risk register). A view's query is checked by its register's list
// reader (register_queries.h), so applying a view never meets a 400.
#include <algorithm>
#include <set>
#include <span>

#include "app/saved_views.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/register_queries.h"
#include "http/routes.h"

namespace mamori::http {

namespace {

constexpr std::string_view collection = "/api/v1/orgs/{org}/saved-views";
constexpr std::string_view one = "/api/v1/orgs/{org}/saved-views/{view}";
constexpr std::string_view tag = "saved-views";

const std::string view_schema =
    R"({"type":"object","properties":{"id":{"type":"string","format":"uuid"},"register":{"type":"string","enum":["assets","risks"]},"name":{"type":"string"},"query":{"type":"string","description":"the register list's query string, e.g. category=information&q=%E9%A1%A7"},"created_at":{"type":"string","format":"date-time"},"updated_at":{"type":"string","format":"date-time"},"version":{"type":"integer"}}})";
const std::string input_schema =
    R"({"type":"object","required":["register","name"],"additionalProperties":false,"properties":{"register":{"type":"string","enum":["assets","risks"]},"name":{"type":"string","maxLength":100},"query":{"type":"string","maxLength":2000}}})";
const std::string changes_schema =
    R"({"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","maxLength":100},"query":{"type":"string","maxLength":2000}}})";

std::string list_names(std::span<const std::string_view> names) {
    std::string text;
    for (const std::string_view name : names)
        text += (text.empty() ? "" : ", ") + std::string(name);
    return text;
}

// What the register's list would say of the query: only its own parameters, each once, with
// values its reader takes. The reader's field problems become one message on "query".
std::optional<std::string> check_view_query(ViewRegister view_register, std::string_view text) {
    auto fields = parse_query(text);
    if (!fields)
        return "is not a query string (bad percent-encoding or not UTF-8)";
    const std::span<const std::string_view> accepted =
        view_register == ViewRegister::Assets
            ? std::span<const std::string_view>(asset_list_parameters)
            : std::span<const std::string_view>(risk_register_parameters);
    std::set<std::string, std::less<>> seen;
    for (const auto& [name, value] : *fields) {
        if (std::find(accepted.begin(), accepted.end(), name) == accepted.end()) {
            return "\"" + name + "\" is not a parameter of this register's list (" +
                   list_names(accepted) + ")";
        }
        if (!seen.insert(name).second)
            return "\"" + name + "\" is given more than once";
    }
    Request request;
    request.query = std::move(*fields);
    std::optional<Error> refused;
    if (view_register == ViewRegister::Assets) {
        if (auto filter = read_asset_filter(request); !filter)
            refused = std::move(filter).error();
    } else if (auto query = read_risk_register_query(request); !query) {
        refused = std::move(query).error();
    }
    if (!refused)
        return std::nullopt;
    std::string message;
    for (const FieldError& field : refused->fields)
        message += (message.empty() ? "" : "; ") + field.field + ": " + field.message;
    return message.empty() ? refused->message : message;
}

void write_view(JsonWriter& out, const SavedView& view) {
    out.begin_object()
        .field("id", view.id.str())
        .field("register", to_string(view.view_register))
        .field("name", view.name)
        .field("query", view.query)
        .field("created_at", format_rfc3339(view.created_at))
        .field("updated_at", format_rfc3339(view.updated_at))
        .field("version", view.version)
        .end_object();
}

// The view with its version as the ETag, for If-Match on the next change.
Response view_response(int status, const SavedView& view) {
    JsonWriter out;
    write_view(out, view);
    Response response = json_response(status, out.take());
    response.set_header("ETag", "\"" + std::to_string(view.version) + "\"");
    return response;
}

Result<SavedViewId> view_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "view", "saved view"));
    return SavedViewId(std::move(id));
}

RouteDoc doc(std::string summary, int status, std::string request, std::string response,
             std::vector<QueryDoc> query = {}) {
    return {std::move(summary), std::string(tag), Auth::Session,      std::move(query),
            std::move(request), status,           std::move(response)};
}

void add_reading_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, std::string(collection),
        doc("The caller's saved views of a register, by name", 200, "",
            R"({"type":"object","properties":{"items":{"type":"array","items":)" + view_schema +
                R"(},"next_cursor":{"type":"null"}}})",
            {{"register", "assets or risks (required)"}}),
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const auto views,
                                list_saved_views(context.services, caller.get(), organisation,
                                                 request.parameter("register").value_or("")));
            JsonWriter out;
            out.begin_object().key("items").begin_array();
            for (const SavedView& view : views)
                write_view(out, view);
            out.end_array().key("next_cursor").null().end_object();
            return json_response(200, out.take());
        });
    router.add(
        Method::Get, std::string(one),
        doc("One of the caller's saved views; its version as ETag", 200, "", view_schema),
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const SavedViewId id, view_parameter(request));
            TRY_ASSIGN_RESPONSE(const SavedView view,
                                get_saved_view(context.services, caller.get(), organisation, id));
            return view_response(200, view);
        });
}

void add_writing_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Post, std::string(collection),
        doc("Save the current filter and sort of a register as a named view (at most "
            "50 per register)",
            201, input_schema, view_schema),
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
            SavedViewChanges changes;
            changes.view_register = input.text("register", Presence::Required);
            changes.name = input.text("name", Presence::Required);
            changes.query = input.text("query", Presence::Optional).value_or("");
            TRY_RESPONSE(input.finish());
            TRY_ASSIGN_RESPONSE(const SavedView view,
                                create_saved_view(context.services, caller.get(), organisation,
                                                  changes, check_view_query));
            Response response = view_response(201, view);
            response.set_header(
                "Location", "/api/v1/orgs/" + organisation.str() + "/saved-views/" + view.id.str());
            return response;
        });
    router.add(
        Method::Patch, std::string(one),
        doc("Rename a saved view or replace its query; If-Match with the version read "
            "(optional)",
            200, changes_schema, view_schema),
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const SavedViewId id, view_parameter(request));
            TRY_ASSIGN_RESPONSE(const auto expected, if_match_version(request));
            TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
            SavedViewChanges changes;
            changes.name = input.text("name", Presence::Optional);
            changes.query = input.text("query", Presence::Optional);
            TRY_RESPONSE(input.finish());
            TRY_ASSIGN_RESPONSE(const SavedView view,
                                change_saved_view(context.services, caller.get(), organisation, id,
                                                  expected, changes, check_view_query));
            return view_response(200, view);
        });
    router.add(
        Method::Delete, std::string(one),
        doc("Delete one of the caller's saved views", 204, "", ""),
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const SavedViewId id, view_parameter(request));
            TRY_RESPONSE(delete_saved_view(context.services, caller.get(), organisation, id));
            return Response::no_content();
        });
}

}  // namespace

void add_saved_view_routes(Router& router, const ApiContext& context) {
    add_reading_routes(router, context);
    add_writing_routes(router, context);
}

}  // namespace mamori::http
