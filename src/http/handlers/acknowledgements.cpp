// Acknowledgements of published documents (5.2, 7.3): what the caller must still read, signing
// a version off, and who has and has not, per version.
#include "app/acknowledgements.h"
#include "http/document_schemas.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/record_output.h"
#include "http/routes.h"
#include "http/version_routes.h"

namespace mamori::http {

namespace {

constexpr std::string_view version_path =
    "/api/v1/orgs/{org}/documents/{document}/versions/{number}";

struct VersionOfDocument {
    OrganisationId organisation;
    DocumentId document;
    std::int64_t number = 0;
};

Result<VersionOfDocument> version_parameters(const Request& request) {
    VersionOfDocument target;
    TRY_ASSIGN(target.organisation, organisation_parameter(request));
    TRY_ASSIGN(std::string document, id_parameter(request, "document", "document"));
    target.document = DocumentId(std::move(document));
    TRY_ASSIGN(target.number, version_number_parameter(request));
    return target;
}

}  // namespace

void add_acknowledgement_routes(Router& router, const ApiContext& context) {
    router.add(Method::Get, "/api/v1/orgs/{org}/acknowledgements/pending",
               {"The published documents the caller was asked to acknowledge and has not",
                "documents",
                Auth::Session,
                {},
                "",
                200,
                schema::pending_acknowledgements},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(
                       const auto pending,
                       list_pending_acknowledgements(context.services, caller.get(), organisation));
                   JsonWriter out;
                   write_pending(out, pending);
                   return json_response(200, out.take());
               });
    router.add(Method::Post, std::string(version_path) + "/acknowledge",
               {"Acknowledge a published version one was asked to read (403 otherwise, 409 "
                "when done already)",
                "documents",
                Auth::Session,
                {},
                schema::acknowledgement_input,
                201,
                schema::sign_off},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const VersionOfDocument target, version_parameters(request));
                   std::string comment;
                   if (!request.body.empty()) {
                       TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
                       comment = input.text("comment", Presence::Optional).value_or("");
                       TRY_RESPONSE(input.finish());
                   }
                   TRY_ASSIGN_RESPONSE(
                       const SignOff sign_off,
                       acknowledge_version(context.services, caller.get(), target.organisation,
                                           target.document, target.number, comment));
                   JsonWriter out;
                   write_sign_off(out, sign_off);
                   return json_response(201, out.take());
               });
    router.add(Method::Get, std::string(version_path) + "/acknowledgements",
               {"Who was asked to acknowledge a version and who has (managers, auditors)",
                "documents",
                Auth::Session,
                {},
                "",
                200,
                schema::acknowledgements},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const VersionOfDocument target, version_parameters(request));
                   TRY_ASSIGN_RESPONSE(
                       const AcknowledgementStatus status,
                       acknowledgement_status(context.services, caller.get(), target.organisation,
                                              target.document, target.number));
                   JsonWriter out;
                   write_acknowledgements(out, status);
                   return json_response(200, out.take());
               });
}

}  // namespace mamori::http
