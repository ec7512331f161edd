// /api/v1/orgs/{org}/assets and /api/v1/orgs/{org}/assets/{asset}: the information asset
// inventory (情報資産台帳, 6.1.2, A.5.9)
#include "app/assets.h"
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
