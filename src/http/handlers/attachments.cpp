// /api/v1/orgs/{org}/attachments: uploading a file (the raw bytes as the body) and reading
// it back, streamed as an attachment to those allowed to see it.
#include "app/attachments.h"
#include "http/document_schemas.h"
#include "http/download.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/record_output.h"
#include "http/routes.h"

namespace mamori::http {

namespace {

Result<AttachmentId> attachment_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "attachment", "attachment"));
    return AttachmentId(std::move(id));
}

}  // namespace

void add_attachment_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Post, "/api/v1/orgs/{org}/attachments",
        {"Upload a file (PDF, DOCX, XLSX; checked by content) as the raw request body "
         "(ISMS managers); over the size limit answers 413",
         "documents",
         Auth::Session,
         {{"file_name", "the file's name, whose extension must match its content"}},
         "",
         201,
         schema::attachment,
         Cost::Slow},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            const auto name = request.parameter("file_name");
            TRY_ASSIGN_RESPONSE(const Attachment attachment,
                                upload_attachment(context.services, caller.get(), organisation,
                                                  {std::string(name.value_or("")), request.body}));
            JsonWriter out;
            write_attachment(out, attachment);
            Response response = json_response(201, out.take());
            response.set_header("Location", "/api/v1/orgs/" + organisation.str() + "/attachments/" +
                                                attachment.id.str());
            return response;
        });
    router.add(
        Method::Get, "/api/v1/orgs/{org}/attachments/{attachment}",
        {"An attachment's name, type, size and SHA-256",
         "documents",
         Auth::Session,
         {},
         "",
         200,
         schema::attachment},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const AttachmentId id, attachment_parameter(request));
            TRY_ASSIGN_RESPONSE(const Attachment attachment,
                                get_attachment(context.services, caller.get(), organisation, id));
            JsonWriter out;
            write_attachment(out, attachment);
            return json_response(200, out.take());
        });
    router.add(
        Method::Get, "/api/v1/orgs/{org}/attachments/{attachment}/content",
        {"The file itself, as a download", "documents", Auth::Session, {}, "", 200, "", Cost::Slow},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const AttachmentId id, attachment_parameter(request));
            TRY_ASSIGN_RESPONSE(AttachmentContent content,
                                read_attachment(context.services, caller.get(), organisation, id));
            return download_response(std::move(content.bytes), content.attachment.media_type,
                                     content.attachment.file_name);
        });
}

}  // namespace mamori::http
