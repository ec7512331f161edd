// /api/v1/orgs/{org}/attachments: uploading a file (the raw bytes as the body) and reading
// it back, streamed as an attachment to those allowed to see it.
#include "app/attachments.h"
#include "http/document_schemas.h"
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

// RFC 6266 / 8187: an ASCII fallback and the UTF-8 name percent-encoded.
std::string content_disposition(std::string_view file_name) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string fallback;
    std::string encoded;
    for (const char c : file_name) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') ||
                           (byte >= 'A' && byte <= 'Z') || c == '.' || c == '-' || c == '_';
        fallback += plain ? c : '_';
        if (plain) {
            encoded += c;
        } else {
            encoded += '%';
            encoded += digits[byte >> 4];
            encoded += digits[byte & 0x0f];
        }
    }
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
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
            Response response;
            response.status = 200;
            response.body = std::move(content.bytes);
            response.set_header("Content-Type", content.attachment.media_type);
            response.set_header("Content-Disposition",
                                content_disposition(content.attachment.file_name));
            response.set_header("Cache-Control", "private, no-store");
            return response;
        });
}

}  // namespace mamori::http
