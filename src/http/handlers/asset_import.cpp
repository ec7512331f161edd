// /api/v1/orgs/{org}/assets/import: importing the asset inventory from xlsx or CSV — upload
// for a preview with every problem by row and column, see it again, commit the rows that pass.
#include <boost/json.hpp>

#include "app/asset_import.h"
#include "base/text.h"
#include "http/json_output.h"
#include "http/multipart.h"
#include "http/problem.h"
#include "http/routes.h"

namespace mamori::http {

namespace {

namespace json = boost::json;

const std::string problem_schema =
    R"({"type":"object","properties":{"row":{"type":"integer"},"column":{"type":"string"},"field":{"type":"string"},"message":{"type":"string"}}})";
const std::string column_schema =
    R"({"type":"object","properties":{"field":{"type":"string"},"column":{"type":"string"},"title":{"type":"string"}}})";
const std::string upload_schema =
    R"({"type":"object","required":["file"],"properties":{"file":{"type":"string","format":"binary","description":"xlsx, or CSV in UTF-8 or Shift_JIS"},"sheet":{"type":"string","description":"the workbook's sheet to read"},"mapping":{"type":"string","description":"JSON object: field → column letters, e.g. {\"name\": \"C\"}, when the header is not recognised"},"default_owner":{"type":"string","description":"owner of new assets whose row names none: a member's e-mail or name or an ISMS role's name; default the uploader"}}})";
const std::string preview_schema =
    R"({"type":"object","properties":{"id":{"type":"string","format":"uuid"},"state":{"type":"string","enum":["pending","committed","discarded"]},"file_name":{"type":"string"},"format":{"type":"string","enum":["xlsx","csv"]},"encoding":{"type":"string"},"sheet":{"type":"string"},"default_owner_id":{"type":"string"},"created_at":{"type":"string","format":"date-time"},"expires_at":{"type":"string","format":"date-time"},"header_recognised":{"type":"boolean"},"header_row":{"type":"integer"},"columns":{"type":"array","items":)" +
    column_schema +
    R"(},"missing":{"type":"array","items":{"type":"string"}},"unrecognised":{"type":"array","items":)" +
    column_schema + R"(},"sheet_columns":{"type":"array","items":)" + column_schema +
    R"(},"counts":{"type":"object","properties":{"rows":{"type":"integer"},"valid":{"type":"integer"},"with_problems":{"type":"integer"},"to_create":{"type":"integer"},"to_update":{"type":"integer"},"unchanged":{"type":"integer"},"problems":{"type":"integer"}}},"problems":{"type":"array","items":)" +
    problem_schema +
    R"(},"preview":{"type":"array","items":{"type":"object","properties":{"row":{"type":"integer"},"number":{"type":"string"},"name":{"type":"string"},"action":{"type":"string","enum":["create","update","unchanged",""]},"problems":{"type":"integer"}}}}}})";
const std::string summary_schema =
    R"({"type":"object","properties":{"id":{"type":"string","format":"uuid"},"created":{"type":"integer"},"updated":{"type":"integer"},"unchanged":{"type":"integer"},"skipped":{"type":"integer"},"problem_count":{"type":"integer"},"problems":{"type":"array","items":)" +
    problem_schema + "}}}";

// Column letters as people type them: "c" is column C.
std::string upper_ascii(std::string text) {
    for (char& character : text) {
        if (character >= 'a' && character <= 'z')
            character = static_cast<char>(character - 'a' + 'A');
    }
    return text;
}

std::int64_t integer(std::size_t value) {
    return static_cast<std::int64_t>(value);
}

void write_problems(JsonWriter& out, const std::vector<CellProblem>& problems) {
    out.key("problems").begin_array();
    for (const CellProblem& problem : problems) {
        out.begin_object()
            .field("row", integer(problem.row))
            .field("column", problem.column)
            .field("field", problem.field)
            .field("message", problem.message)
            .end_object();
    }
    out.end_array();
}

void write_columns(JsonWriter& out, std::string_view name,
                   const std::vector<ImportColumn>& columns) {
    out.key(name).begin_array();
    for (const ImportColumn& column : columns) {
        out.begin_object();
        if (!column.field.empty())
            out.field("field", column.field);
        out.field("column", column.column).field("title", column.title).end_object();
    }
    out.end_array();
}

std::string render(const AssetImportPreview& preview) {
    JsonWriter out(4096 + preview.problems.size() * 160);
    out.begin_object()
        .field("id", preview.id)
        .field("state", to_string(preview.state))
        .field("file_name", preview.file_name)
        .field("format", preview.format)
        .field("encoding", preview.encoding)
        .field("sheet", preview.sheet)
        .field("default_owner_id", preview.default_owner_id);
    time_field(out, "created_at", preview.created_at);
    time_field(out, "expires_at", preview.expires_at);
    out.field("header_recognised", preview.header_recognised)
        .field("header_row", integer(preview.header_row));
    write_columns(out, "columns", preview.columns);
    out.field("missing", preview.missing);
    write_columns(out, "unrecognised", preview.unrecognised);
    write_columns(out, "sheet_columns", preview.sheet_columns);
    out.key("counts")
        .begin_object()
        .field("rows", integer(preview.rows))
        .field("valid", integer(preview.valid))
        .field("with_problems", integer(preview.with_problems))
        .field("to_create", integer(preview.to_create))
        .field("to_update", integer(preview.to_update))
        .field("unchanged", integer(preview.unchanged))
        .field("problems", integer(preview.problem_count))
        .end_object();
    write_problems(out, preview.problems);
    out.key("preview").begin_array();
    for (const ImportRowPreview& row : preview.preview) {
        out.begin_object()
            .field("row", integer(row.row))
            .field("number", row.number)
            .field("name", row.name)
            .field("action", row.action)
            .field("problems", integer(row.problems))
            .end_object();
    }
    out.end_array().end_object();
    return out.take();
}

// The `mapping` part: a JSON object of field → column letters; each bad entry named.
Result<std::map<std::string, std::string>> read_mapping(std::string_view text) {
    std::map<std::string, std::string> mapping;
    if (trim(text).empty())
        return mapping;
    std::error_code error;
    const json::value value = json::parse(text, error);
    if (error || !value.is_object())
        return Error::invalid("mapping",
                              "must be a JSON object of field → column, e.g. "
                              "{\"name\": \"C\"}");
    std::vector<FieldError> errors;
    for (const auto& [key, column] : value.as_object()) {
        const std::string field(key);
        if (!column.is_string())
            errors.push_back({"mapping." + field, "must be column letters such as C"});
        else if (!column.as_string().empty())
            mapping.emplace(field, upper_ascii(std::string(column.as_string())));
    }
    if (!errors.empty())
        return Error::invalid(std::move(errors));
    return mapping;
}

Result<AssetImportUpload> read_upload(const Request& request) {
    TRY_ASSIGN(const std::vector<FormPart> parts,
               parse_form_data(request.header("content-type").value_or(""), request.body));
    const FormPart* file = find_part(parts, "file");
    if (file == nullptr)
        return Error::invalid("file", "is required: the xlsx or CSV file as the part named file");
    AssetImportUpload upload{file->file_name, file->body, "", {}, ""};
    if (const FormPart* sheet = find_part(parts, "sheet"))
        upload.sheet = std::string(trim(sheet->body));
    if (const FormPart* owner = find_part(parts, "default_owner"))
        upload.default_owner = std::string(trim(owner->body));
    if (const FormPart* mapping = find_part(parts, "mapping")) {
        TRY_ASSIGN(upload.mapping, read_mapping(mapping->body));
    }
    if (!is_valid_utf8(upload.default_owner))
        return Error::invalid("default_owner", "must be UTF-8");
    if (!is_valid_utf8(upload.file_name) || !is_valid_utf8(upload.sheet))
        return Error::invalid("file", "its name and the sheet must be UTF-8");
    return upload;
}

Result<std::string> import_parameter(const Request& request) {
    return id_parameter(request, "import", "import");
}

}  // namespace

void add_asset_import_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Post, "/api/v1/orgs/{org}/assets/import",
        {"Upload an asset inventory (xlsx, or CSV in UTF-8 or Shift_JIS) as "
         "multipart/form-data for a preview: the header found, every problem by row and "
         "column, what would be created and updated; nothing is written yet (ISMS "
         "managers and risk owners)",
         "assets",
         Auth::Session,
         {},
         upload_schema,
         201,
         preview_schema,
         Cost::Slow,
         "multipart/form-data"},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const AssetImportUpload upload, read_upload(request));
            TRY_ASSIGN_RESPONSE(
                const AssetImportPreview preview,
                preview_asset_import(context.services, caller.get(), organisation, upload));
            Response response = json_response(201, render(preview));
            response.set_header(
                "Location", "/api/v1/orgs/" + organisation.str() + "/assets/import/" + preview.id);
            return response;
        });
    router.add(
        Method::Get, "/api/v1/orgs/{org}/assets/import/{import}",
        {"A pending import's preview again, checked against the inventory as it is now",
         "assets",
         Auth::Session,
         {},
         "",
         200,
         preview_schema,
         Cost::Slow},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const std::string id, import_parameter(request));
            TRY_ASSIGN_RESPONSE(const AssetImportPreview preview,
                                get_asset_import(context.services, caller.get(), organisation, id));
            return json_response(200, render(preview));
        });
    router.add(Method::Post, "/api/v1/orgs/{org}/assets/import/{import}/commit",
               {"Write the rows that pass, in one transaction with their audit-trail entries; "
                "rows that fail are skipped and listed. 409 when already committed",
                "assets",
                Auth::Session,
                {},
                "",
                200,
                summary_schema,
                Cost::Slow},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const std::string id, import_parameter(request));
                   TRY_ASSIGN_RESPONSE(
                       const AssetImportSummary summary,
                       commit_asset_import(context.services, caller.get(), organisation, id));
                   JsonWriter out;
                   out.begin_object()
                       .field("id", summary.id)
                       .field("created", integer(summary.created))
                       .field("updated", integer(summary.updated))
                       .field("unchanged", integer(summary.unchanged))
                       .field("skipped", integer(summary.skipped))
                       .field("problem_count", integer(summary.problem_count));
                   write_problems(out, summary.problems);
                   out.end_object();
                   return json_response(200, out.take());
               });
}

}  // namespace mamori::http
