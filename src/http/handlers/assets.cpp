// /api/v1/orgs/{org}/assets and /api/v1/orgs/{org}/assets/{asset}: the information asset
// inventory (情報資産台帳, 6.1.2, A.5.9), and …/assets/bulk-changes, one change to many assets
#include "app/assets.h"
#include "app/asset_bulk_changes.h"
#include "app/asset_export.h"
#include "http/download.h"
#include "http/register_queries.h"
#include "http/register_routes.h"

namespace mamori::http {

namespace {

// POST requires what every asset has; PATCH takes any subset.
AssetChanges read_input(JsonInput& input, Presence presence) {
    AssetChanges changes;
    changes.number = input.text("number", presence);
    changes.name = input.text("name", presence);
    changes.category = input.text("category", presence);
    changes.description = input.text("description", Presence::Optional);
    changes.owner_id = input.text("owner_id", Presence::Optional);
    changes.owner_role_id = input.text("owner_role_id", Presence::Optional);
    changes.department_id = input.text("department_id", Presence::Optional);
    changes.custodian_id = input.text("custodian_id", Presence::Optional);
    changes.user_scope = input.text("user_scope", Presence::Optional);
    changes.location = input.text("location", Presence::Optional);
    changes.format = input.text("format", Presence::Optional);
    changes.quantity = input.count("quantity", Presence::Optional, 1'000'000'000);
    changes.retention_months = input.count("retention_months", Presence::Optional, 1200);
    // The scale is the domain's rule, which names each value out of it.
    changes.confidentiality = input.count("confidentiality", presence);
    changes.integrity = input.count("integrity", presence);
    changes.availability = input.count("availability", presence);
    changes.confidentiality_override = input.count("confidentiality_override", Presence::Optional);
    changes.integrity_override = input.count("integrity_override", Presence::Optional);
    changes.availability_override = input.count("availability_override", Presence::Optional);
    changes.override_reason = input.text("override_reason", Presence::Optional);
    changes.classification = input.text("classification", Presence::Optional);
    changes.personal_information = input.text("personal_information", Presence::Optional);
    changes.personal_records =
        input.count("personal_records", Presence::Optional, 1'000'000'000'000);
    changes.status = input.text("status", Presence::Optional);
    changes.next_review_on = input.text("next_review_on", Presence::Optional);
    changes.notes = input.text("notes", Presence::Optional);
    changes.supported_by = input.text_array("supported_by", Presence::Optional);
    return changes;
}

Result<AssetFilter> read_filter(const Request& request) {
    AssetFilter filter;
    std::vector<FieldError> errors;
    if (const auto category = request.parameter("category"); category && !category->empty()) {
        filter.category = parse_asset_category(*category);
        if (!filter.category) {
            errors.push_back({"category",
                              "must be information, paper, software, hardware, "
                              "service, people or facility"});
        }
    }
    if (const auto department = id_query(request, "department_id", errors))
        filter.department_id = DepartmentId(*department);
    filter.owner_id = id_query(request, "owner_id", errors);
    filter.text = text_query(request, errors);
    if (!errors.empty())
        return Error::invalid(std::move(errors));
    return filter;
}

// The fields a bulk change may set, named as PATCH names them: those many assets share (owner,
// department, handling, C/I/A). A number or a name is one asset's own; any other field is
// refused as unknown.
AssetChanges read_bulk_changes(JsonInput& input) {
    AssetChanges changes;
    changes.owner_id = input.text("owner_id", Presence::Optional);
    changes.owner_role_id = input.text("owner_role_id", Presence::Optional);
    changes.department_id = input.text("department_id", Presence::Optional);
    changes.custodian_id = input.text("custodian_id", Presence::Optional);
    changes.location = input.text("location", Presence::Optional);
    changes.retention_months = input.count("retention_months", Presence::Optional, 1200);
    changes.confidentiality = input.count("confidentiality", Presence::Optional);
    changes.integrity = input.count("integrity", Presence::Optional);
    changes.availability = input.count("availability", Presence::Optional);
    changes.classification = input.text("classification", Presence::Optional);
    changes.status = input.text("status", Presence::Optional);
    changes.next_review_on = input.text("next_review_on", Presence::Optional);
    return changes;
}

// POST …/assets/bulk-changes: {"asset_ids": [...], "changes": {...}}, all or nothing.
Response bulk_change(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    AssetBulkChange change;
    if (auto ids = input.text_array("asset_ids", Presence::Required))
        change.asset_ids = std::move(*ids);
    input.object("changes", Presence::Required,
                 [&](JsonInput& fields) { change.changes = read_bulk_changes(fields); });
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(const std::vector<AssetView> views,
                        change_assets(context.services, caller.get(), organisation, change));
    JsonWriter out(64 + views.size() * 1024);
    out.begin_object().key("items").begin_array();
    for (const AssetView& view : views)
        write_record(out, view);
    out.end_array().key("next_cursor").null();
    return json_response(200, out.end_object().take());
}

// GET …/assets/export and …/assets/template: the sheet as a download.
Handler export_handler(const ApiContext& context, ExportContent content) {
    return [&context, content](Request& request, const Caller& caller) {
        TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
        TRY_ASSIGN_RESPONSE(const ExportChoice choice, read_export_choice(request));
        TRY_ASSIGN_RESPONSE(ExportedFile file,
                            export_assets(context.services, caller.get(), organisation,
                                          choice.format, choice.language, content));
        return download_response(std::move(file));
    };
}

}  // namespace

Result<AssetFilter> read_asset_filter(const Request& request) {
    return read_filter(request);
}

void add_asset_routes(Router& router, const ApiContext& context) {
    // Before the register's routes: "export" is not an asset id.
    router.add(Method::Get, "/api/v1/orgs/{org}/assets/export",
               {"The asset inventory as a spreadsheet (xlsx, or CSV in UTF-8 with BOM), in "
                "Japanese or English",
                "assets",
                Auth::Session,
                {{"format", "xlsx (default) or csv"}, {"lang", "ja (default) or en"}},
                "",
                200,
                "",
                Cost::Slow},
               export_handler(context, ExportContent::Assets));
    router.add(Method::Get, "/api/v1/orgs/{org}/assets/template",
               {"An empty asset inventory sheet with the columns an import recognises, in Japanese "
                "or English",
                "assets",
                Auth::Session,
                {{"format", "xlsx (default) or csv"}, {"lang", "ja (default) or en"}},
                "",
                200,
                "",
                Cost::Slow},
               export_handler(context, ExportContent::EmptyTemplate));
    router.add(Method::Post, "/api/v1/orgs/{org}/assets/bulk-changes",
               {"Change many assets at once (ISMS managers and risk owners): the same owner, "
                "department, custodian, location, retention, C/I/A, classification, status or next "
                "review date for every asset of asset_ids (at most 1000). All or nothing: each "
                "asset is checked as a PATCH is and gets its own audit entry and version; "
                "problems are named assets[i], assets[i].field or changes.field",
                "assets",
                Auth::Session,
                {},
                schema::asset_bulk_change,
                200,
                schema::list_of(schema::asset),
                Cost::Slow},
               [&context](Request& request, const Caller& caller) {
                   return bulk_change(context, request, caller);
               });
    add_register_routes(
        router, context,
        Register<AssetView, AssetId, AssetChanges, AssetFilter>{
            .collection = "/api/v1/orgs/{org}/assets",
            .parameter = "asset",
            .what = "asset",
            .tag = "assets",
            .summary = {.list = "The information asset inventory (情報資産台帳), by number, with "
                                "inherited and effective C/I/A",
                        .add = "Register an asset (ISMS managers and risk owners)",
                        .get = "One asset with its inherited and effective C/I/A, what it relies "
                               "on and what relies on it; its version as ETag",
                        .change = "Change an asset (ISMS managers and risk owners); send "
                                  "If-Match with the version read",
                        .remove = "Delete an asset no other asset relies on (ISMS managers and "
                                  "risk owners)"},
            .filters = {{"category",
                         "information, paper, software, hardware, service, people or facility"},
                        {"department_id", "the department's id"},
                        {"owner_id", "the owner: a member's or an ISMS role's id"},
                        {"q", "text in the number or name"}},
            .input_schema = schema::asset_input,
            .changes_schema = schema::asset_changes,
            .record_schema = schema::asset,
            .read_changes = read_input,
            .read_filter = read_filter,
            .list = list_assets,
            .get = get_asset,
            .add = add_asset,
            .change = change_asset,
            .remove = remove_asset});
}

}  // namespace mamori::http
