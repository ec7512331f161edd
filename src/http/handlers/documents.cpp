// /api/v1/orgs/{org}/documents…: the register of documented information (7.5), its versions
// (through the shared version routes), disposal of records, and acknowledgements (5.2, 7.3).
#include "app/documents.h"
#include "app/acknowledgements.h"
#include "http/document_schemas.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/version_routes.h"

namespace mamori::http {

namespace {

constexpr std::string_view collection = "/api/v1/orgs/{org}/documents";
constexpr std::string_view item = "/api/v1/orgs/{org}/documents/{document}";

Result<DocumentId> document_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "document", "document"));
    return DocumentId(std::move(id));
}

DocumentChanges read_document(JsonInput& input, Presence presence) {
    DocumentChanges changes;
    changes.number = input.text("number", presence);
    changes.title = input.text("title", presence);
    changes.type = input.text("type", presence);
    changes.owner_id = input.text("owner_id", Presence::Optional);
    changes.owner_role_id = input.text("owner_role_id", Presence::Optional);
    changes.department_id = input.text("department_id", Presence::Optional);
    changes.classification = input.text("classification", presence);
    changes.retention_months = input.count("retention_months", Presence::Optional, 1200);
    changes.review_cycle_months = input.count("review_cycle_months", Presence::Optional, 1200);
    changes.next_review_on = input.text("next_review_on", Presence::Optional);
    changes.clauses = input.text_array("clauses", Presence::Optional);
    return changes;
}

Result<DocumentFilter> read_filter(const Request& request) {
    DocumentFilter filter;
    if (const auto type = request.parameter("type"); type && !type->empty()) {
        filter.type = parse_document_type(*type);
        if (!filter.type)
            return Error::invalid("type",
                                  "must be policy, rule, procedure, form, record or external");
    }
    if (const auto text = request.parameter("q"); text && !text->empty()) {
        if (text->size() > 200)
            return Error::invalid("q", "must be at most 200 bytes");
        filter.text = std::string(*text);
    }
    return filter;
}

Response document_response(int status, const DocumentSummary& summary) {
    JsonWriter out;
    write_document(out, summary);
    Response response = json_response(status, out.take());
    response.set_header("ETag", "\"" + std::to_string(summary.document.version) + "\"");
    return response;
}

VersionedResource document_versions() {
    VersionedResource resource;
    resource.path = std::string(item);
    resource.tag = "documents";
    resource.noun = "a document";
    resource.actions = {VersionAction::Submit, VersionAction::Return, VersionAction::Approve,
                        VersionAction::Publish, VersionAction::Withdraw};
    resource.change_schema = schema::version_changes;
    resource.record = [](const OrganisationId& organisation,
                         const Request& request) -> Result<VersionedRecord> {
        TRY_ASSIGN(const DocumentId id, document_parameter(request));
        return document_record(organisation, id);
    };
    resource.change = [](const Services& services, const Actor& actor,
                         const OrganisationId& organisation, const VersionedRecord& record,
                         std::int64_t number, JsonInput& input,
                         std::optional<std::int64_t> expected) -> Result<RecordVersion> {
        const VersionChanges changes = read_version_changes(input);
        TRY(input.finish());
        return change_draft(services, actor, organisation, record, number, changes, expected);
    };
    resource.transition = [](const Services& services, const Actor& actor,
                             const OrganisationId& organisation, const VersionedRecord& record,
                             std::int64_t number, VersionAction action, const std::string& comment,
                             JsonInput& input) -> Result<RecordVersion> {
        AcknowledgementAudience audience;
        if (action == VersionAction::Publish) {
            input.object("acknowledgement", Presence::Optional, [&](JsonInput& who) {
                audience.roles = who.text_array("roles", Presence::Optional)
                                     .value_or(std::vector<std::string>{});
                audience.user_ids = who.text_array("user_ids", Presence::Optional)
                                        .value_or(std::vector<std::string>{});
            });
        }
        TRY(input.finish());
        return transition_document_version(services, actor, organisation, DocumentId(record.id),
                                           number, action, comment, audience);
    };
    return resource;
}

}  // namespace

void add_document_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, std::string(collection),
        {"The register of documented information (7.5), by number; those who may not "
         "read drafts see published documents only",
         "documents",
         Auth::Session,
         {{"limit", "1–500, default 50"},
          {"cursor", "from next_cursor"},
          {"type", "policy, rule, procedure, form, record or external"},
          {"q", "text in the number or title"}},
         "",
         200,
         schema::list_of(schema::document)},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
            TRY_ASSIGN_RESPONSE(const DocumentFilter filter, read_filter(request));
            TRY_ASSIGN_RESPONSE(const auto result, list_documents(context.services, caller.get(),
                                                                  organisation, filter, page));
            JsonWriter out;
            out.begin_object().key("items").begin_array();
            for (const DocumentSummary& summary : result.items)
                write_document(out, summary);
            out.end_array().key("next_cursor");
            if (result.next_cursor)
                out.string(encode_cursor(*result.next_cursor));
            else
                out.null();
            return json_response(200, out.end_object().take());
        });
    router.add(Method::Post, std::string(collection),
               {"Register a document and its first draft, optionally from a starter template "
                "(ISMS managers)",
                "documents",
                Auth::Session,
                {},
                schema::document_input,
                201,
                schema::document},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
                   NewDocument document;
                   document.fields = read_document(input, Presence::Required);
                   document.template_key = input.text("template", Presence::Optional);
                   document.lang = input.text("lang", Presence::Optional).value_or("ja");
                   TRY_RESPONSE(input.finish());
                   TRY_ASSIGN_RESPONSE(
                       const DocumentSummary summary,
                       add_document(context.services, caller.get(), organisation, document));
                   Response response = document_response(201, summary);
                   response.set_header("Location", "/api/v1/orgs/" + organisation.str() +
                                                       "/documents/" + summary.document.id.str());
                   return response;
               });
    router.add(
        Method::Get, std::string(item),
        {"One document with its version in force and its draft",
         "documents",
         Auth::Session,
         {},
         "",
         200,
         schema::document},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const DocumentId id, document_parameter(request));
            TRY_ASSIGN_RESPONSE(const DocumentSummary summary,
                                get_document(context.services, caller.get(), organisation, id));
            return document_response(200, summary);
        });
    router.add(Method::Patch, std::string(item),
               {"Change a document's register entry (ISMS managers); send If-Match",
                "documents",
                Auth::Session,
                {},
                schema::document_changes,
                200,
                schema::document},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const DocumentId id, document_parameter(request));
                   TRY_ASSIGN_RESPONSE(const auto expected, if_match_version(request));
                   TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
                   const DocumentChanges changes = read_document(input, Presence::Optional);
                   TRY_RESPONSE(input.finish());
                   TRY_ASSIGN_RESPONSE(const DocumentSummary summary,
                                       change_document(context.services, caller.get(), organisation,
                                                       id, changes, expected));
                   return document_response(200, summary);
               });
    router.add(Method::Delete, std::string(item),
               {"Delete a document never approved (ISMS managers); withdraw it otherwise",
                "documents",
                Auth::Session,
                {},
                "",
                204,
                ""},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const DocumentId id, document_parameter(request));
                   TRY_RESPONSE(remove_document(context.services, caller.get(), organisation, id));
                   return Response::no_content();
               });
    router.add(Method::Post, std::string(item) + "/dispose",
               {"Dispose of a record whose retention has ended; logged with the reason",
                "documents",
                Auth::Session,
                {},
                schema::disposal_input,
                200,
                schema::document},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const DocumentId id, document_parameter(request));
                   TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
                   const auto reason = input.text("reason", Presence::Required);
                   TRY_RESPONSE(input.finish());
                   TRY_ASSIGN_RESPONSE(
                       const DocumentSummary summary,
                       dispose_document(context.services, caller.get(), organisation, id, *reason));
                   return document_response(200, summary);
               });
    add_version_routes(router, context, document_versions());
}

}  // namespace mamori::http
