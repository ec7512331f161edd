// Evidence of applied controls: /api/v1/orgs/{org}/evidence-files (upload a file, raw body),
// /applied-controls/{control}/evidence (list, add), /evidence/{evidence} (one, new version),
// /evidence/{evidence}/versions/{number}/content (the file, as a download).
#include "app/evidence.h"
#include "http/control_output.h"
#include "http/control_schemas.h"
#include "http/download.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/record_output.h"
#include "http/routes.h"
#include "http/version_routes.h"

namespace mamori::http {

namespace {

EvidenceInput read_input(JsonInput& input, bool first) {
    EvidenceInput evidence;
    if (first) {
        evidence.title = input.text("title", Presence::Required);
        evidence.owner_id = input.text("owner_id", Presence::Optional);
    }
    evidence.attachment_id = input.text("attachment_id", Presence::Optional);
    evidence.link = input.text("link", Presence::Optional);
    evidence.effective_on = input.text("effective_on", Presence::Required);
    evidence.expires_on = input.text("expires_on", Presence::Optional);
    evidence.note = input.text("note", Presence::Optional);
    return evidence;
}

Response evidence_response(int status, const Evidence& evidence, const ApiContext& context) {
    JsonWriter out;
    write_evidence(out, evidence, format_rfc3339(context.services.clock.now()).substr(0, 10));
    Response response = json_response(status, out.take());
    response.set_header("ETag", "\"" + std::to_string(evidence.version) + "\"");
    return response;
}

template <typename Id>
Result<Id> id_of(const Request& request, std::string_view parameter, std::string_view what) {
    TRY_ASSIGN(std::string id, id_parameter(request, parameter, what));
    return Id(std::move(id));
}

}  // namespace

void add_evidence_routes(Router& router, const ApiContext& context) {
    router.add(Method::Post, "/api/v1/orgs/{org}/evidence-files",
               {"Upload a file to be named as evidence (PDF, DOCX, XLSX, PNG, JPEG; checked by "
                "content) as the raw request body; over the size limit answers 413",
                "controls",
                Auth::Session,
                {{"file_name", "the file's name, whose extension must match its content"}},
                "",
                201,
                schema::attachment,
                Cost::Slow},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   const auto name = request.parameter("file_name");
                   TRY_ASSIGN_RESPONSE(
                       const Attachment attachment,
                       upload_evidence_file(context.services, caller.get(), organisation,
                                            {std::string(name.value_or("")), request.body}));
                   JsonWriter out;
                   write_attachment(out, attachment);
                   return json_response(201, out.take());
               });
    router.add(
        Method::Get, "/api/v1/orgs/{org}/applied-controls/{control}/evidence",
        {"The evidence of an applied control, newest first, with every version and "
         "whether it is stale (expired)",
         "controls",
         Auth::Session,
         {},
         "",
         200,
         schema::list_of(schema::evidence)},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const auto control,
                                id_of<AppliedControlId>(request, "control", "applied control"));
            TRY_ASSIGN_RESPONSE(const auto items, list_evidence(context.services, caller.get(),
                                                                organisation, control));
            const std::string today = format_rfc3339(context.services.clock.now()).substr(0, 10);
            JsonWriter out;
            out.begin_object().key("items").begin_array();
            for (const Evidence& evidence : items)
                write_evidence(out, evidence, today);
            out.end_array().key("next_cursor").null().end_object();
            return json_response(200, out.take());
        });
    router.add(
        Method::Post, "/api/v1/orgs/{org}/applied-controls/{control}/evidence",
        {"Add evidence to an applied control: a file uploaded to …/evidence-files, or a "
         "link, with its effective date and optional expiry",
         "controls",
         Auth::Session,
         {},
         schema::evidence_input,
         201,
         schema::evidence},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const auto control,
                                id_of<AppliedControlId>(request, "control", "applied control"));
            TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
            const EvidenceInput evidence = read_input(input, true);
            TRY_RESPONSE(input.finish());
            TRY_ASSIGN_RESPONSE(
                const Evidence added,
                add_evidence(context.services, caller.get(), organisation, control, evidence));
            Response response = evidence_response(201, added, context);
            response.set_header(
                "Location", "/api/v1/orgs/" + organisation.str() + "/evidence/" + added.id.str());
            return response;
        });
    router.add(
        Method::Get, "/api/v1/orgs/{org}/evidence/{evidence}",
        {"One piece of evidence with every version; its version as ETag",
         "controls",
         Auth::Session,
         {},
         "",
         200,
         schema::evidence},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const auto id, id_of<EvidenceId>(request, "evidence", "evidence"));
            TRY_ASSIGN_RESPONSE(const Evidence evidence,
                                get_evidence(context.services, caller.get(), organisation, id));
            return evidence_response(200, evidence, context);
        });
    router.add(
        Method::Post, "/api/v1/orgs/{org}/evidence/{evidence}/versions",
        {"A new version of the evidence (a newer file or link); If-Match on its version",
         "controls",
         Auth::Session,
         {},
         schema::evidence_version_input,
         201,
         schema::evidence},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const auto id, id_of<EvidenceId>(request, "evidence", "evidence"));
            TRY_ASSIGN_RESPONSE(const auto expected, if_match_version(request));
            TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
            const EvidenceInput version = read_input(input, false);
            TRY_RESPONSE(input.finish());
            TRY_ASSIGN_RESPONSE(const Evidence changed,
                                add_evidence_version(context.services, caller.get(), organisation,
                                                     id, version, expected));
            return evidence_response(201, changed, context);
        });
    router.add(
        Method::Get, "/api/v1/orgs/{org}/evidence/{evidence}/versions/{number}/content",
        {"The file of an evidence version, as a download",
         "controls",
         Auth::Session,
         {},
         "",
         200,
         "",
         Cost::Slow},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const auto id, id_of<EvidenceId>(request, "evidence", "evidence"));
            TRY_ASSIGN_RESPONSE(const std::int64_t number, version_number_parameter(request));
            TRY_ASSIGN_RESPONSE(
                AttachmentContent content,
                read_evidence_file(context.services, caller.get(), organisation, id, number));
            return download_response(std::move(content.bytes), content.attachment.media_type,
                                     content.attachment.file_name);
        });
}

}  // namespace mamori::http
