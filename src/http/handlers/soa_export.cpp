// GET /api/v1/orgs/{org}/soa/export: the Statement of Applicability as xlsx, CSV, PDF or
// printable HTML, in Japanese or English, the version shown or any earlier one as approved.
#include "app/soa_export.h"
#include "http/download.h"
#include "http/problem.h"
#include "http/routes.h"

namespace mamori::http {

namespace {

struct SoaExportChoice {
    SoaExportFormat format = SoaExportFormat::Xlsx;
    SheetLanguage language = SheetLanguage::Ja;
    std::optional<std::int64_t> version;
};

// ?format=xlsx|csv|pdf|html&lang=ja|en&version=N: every bad one named in one answer.
Result<SoaExportChoice> read_choice(const Request& request) {
    SoaExportChoice choice;
    std::vector<FieldError> errors;
    const std::string_view format = request.parameter("format").value_or("xlsx");
    if (format == "csv")
        choice.format = SoaExportFormat::Csv;
    else if (format == "pdf")
        choice.format = SoaExportFormat::Pdf;
    else if (format == "html")
        choice.format = SoaExportFormat::Html;
    else if (format != "xlsx")
        errors.push_back({"format", "must be xlsx, csv, pdf or html"});
    const std::string_view lang = request.parameter("lang").value_or("ja");
    if (lang == "en")
        choice.language = SheetLanguage::En;
    else if (lang != "ja")
        errors.push_back({"lang", "must be ja or en"});
    if (const auto text = request.parameter("version")) {
        std::int64_t number = 0;
        bool valid = !text->empty() && text->size() <= 9;
        for (const char digit : *text) {
            valid = valid && digit >= '0' && digit <= '9';
            number = valid ? number * 10 + (digit - '0') : 0;
        }
        if (!valid || number < 1)
            errors.push_back({"version", "must be a version number"});
        else
            choice.version = number;
    }
    if (!errors.empty())
        return Error::invalid(std::move(errors));
    return choice;
}

}  // namespace

void add_soa_export_routes(Router& router, const ApiContext& context) {
    router.add(Method::Get, "/api/v1/orgs/{org}/soa/export",
               {"The Statement of Applicability as a file an auditor accepts: xlsx (a summary "
                "sheet and one sheet per theme), CSV in UTF-8 with BOM, PDF (A4 landscape) or "
                "printable HTML, with the organisation, scope, version, approval and date",
                "controls",
                Auth::Session,
                {{"format", "xlsx (default), csv, pdf or html"},
                 {"lang", "ja (default) or en"},
                 {"version",
                  "a version number; default the version the SoA page shows (an approved "
                  "version exactly as approved)"}},
                "",
                200,
                "",
                Cost::Slow},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const SoaExportChoice choice, read_choice(request));
                   TRY_ASSIGN_RESPONSE(ExportedFile file,
                                       export_soa(context.services, caller.get(), organisation,
                                                  choice.version, choice.format, choice.language));
                   return download_response(std::move(file));
               });
}

}  // namespace mamori::http
