// The documented-information map (the stage 1 checklist) and the starter templates.
#include "app/document_map.h"
#include "catalogs/catalog_files.h"
#include "http/document_schemas.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/record_output.h"
#include "http/routes.h"

namespace mamori::http {

void add_document_map_routes(Router& router, const ApiContext& context) {
    router.add(Method::Get, "/api/v1/orgs/{org}/documented-information-map",
               {"Every piece of documented information ISO/IEC 27001 requires, what provides it "
                "and its state: missing, draft, approved or overdue (the stage 1 checklist)",
                "documents",
                Auth::Session,
                {},
                "",
                200,
                schema::document_map},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const DocumentMap map,
                                       document_map(context.services, caller.get(), organisation));
                   JsonWriter out;
                   write_document_map(out, map);
                   return json_response(200, out.take());
               });
    router.add(Method::Get, "/api/v1/templates",
               {"The starter documents Mamori ships, in Japanese and English",
                "documents",
                Auth::Session,
                {},
                "",
                200,
                schema::templates},
               [](Request&, const Caller&) {
                   TRY_ASSIGN_RESPONSE(const auto templates, starter_templates());
                   JsonWriter out;
                   write_templates(out, templates);
                   return json_response(200, out.take());
               });
    router.add(Method::Get, "/api/v1/templates/{key}",
               {"One starter document's text",
                "documents",
                Auth::Session,
                {{"lang", "ja (default) or en"}},
                "",
                200,
                schema::template_body},
               [](Request& request, const Caller&) {
                   TRY_ASSIGN_RESPONSE(const auto templates, starter_templates());
                   const std::string_view key = request.path_parameter("key");
                   const std::string lang(request.parameter("lang").value_or("ja"));
                   if (lang != "ja" && lang != "en")
                       return problem(Error::invalid("lang", "must be ja or en"));
                   for (const DocumentTemplate& item : templates) {
                       if (item.key != key)
                           continue;
                       const auto body = catalogs::template_body(key, lang);
                       if (!body)
                           break;
                       return json_response(
                           200, JsonWriter()
                                    .begin_object()
                                    .field("key", item.key)
                                    .field("lang", lang)
                                    .field("title", lang == "ja" ? item.title_ja : item.title_en)
                                    .field("body", *body)
                                    .end_object()
                                    .take());
                   }
                   return problem(Error::not_found("template"));
               });
}

}  // namespace mamori::http
