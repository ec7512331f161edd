#include "http/version_routes.h"

#include <charconv>
#include <memory>

#include "http/document_schemas.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"

namespace mamori::http {

namespace {

// An empty body is allowed for actions: a comment is optional for most.
Result<JsonInput> read_action_body(const Request& request) {
    if (request.body.empty())
        return JsonInput::parse_text("{}");
    return JsonInput::parse(request);
}

}  // namespace

Result<std::int64_t> version_number_parameter(const Request& request) {
    const std::string_view text = request.path_parameter("number");
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || number < 1)
        return Error::not_found("version");
    return number;
}

VersionChanges read_version_changes(JsonInput& input) {
    VersionChanges changes;
    changes.body = input.text("body", Presence::Optional);
    changes.change_summary = input.text("change_summary", Presence::Optional);
    changes.attachment_id = input.text("attachment_id", Presence::Optional);
    return changes;
}

void add_version_routes(Router& router, const ApiContext& context, VersionedResource described) {
    const auto resource = std::make_shared<const VersionedResource>(std::move(described));
    const std::string versions = resource->path + "/versions";
    const std::string item = versions + "/{number}";
    const auto version_json = [resource, &context](const auto& version) {
        JsonWriter out;
        write_version(out, version, context.services.content, resource->fields);
        return out.take();
    };
    const auto etag = [](Response response, std::int64_t version) {
        response.set_header("ETag", "\"" + std::to_string(version) + "\"");
        return response;
    };

    router.add(
        Method::Get, versions,
        {"The versions of " + resource->noun +
             ", newest first (only the one in force for those who may not read drafts)",
         resource->tag,
         Auth::Session,
         {},
         "",
         200,
         schema::list_of(schema::record_version)},
        [resource, &context, version_json](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const VersionedRecord record,
                                resource->record(organisation, request));
            TRY_ASSIGN_RESPONSE(const auto list, list_versions(context.services, caller.get(),
                                                               organisation, record));
            std::string body = R"({"items":[)";
            for (std::size_t index = 0; index < list.size(); ++index)
                body += (index > 0 ? "," : "") + version_json(list[index]);
            return json_response(200, body + R"(],"next_cursor":null})");
        });
    router.add(
        Method::Post, versions,
        {"Start the next draft of " + resource->noun +
             " as a copy of the newest version (409 while a draft or review is open)",
         resource->tag,
         Auth::Session,
         {},
         "",
         201,
         schema::record_version},
        [resource, &context, version_json, versions](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const VersionedRecord record,
                                resource->record(organisation, request));
            TRY_ASSIGN_RESPONSE(const RecordVersion draft,
                                start_draft(context.services, caller.get(), organisation, record));
            Response response = json_response(201, version_json(draft));
            response.set_header("Location",
                                std::string(request.path) + "/" + std::to_string(draft.number));
            response.set_header("ETag", "\"" + std::to_string(draft.version) + "\"");
            return response;
        });
    router.add(
        Method::Get, item,
        {"One version of " + resource->noun + " with its transitions and file",
         resource->tag,
         Auth::Session,
         {},
         "",
         200,
         schema::record_version},
        [resource, &context, version_json, etag](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const std::int64_t number, version_number_parameter(request));
            TRY_ASSIGN_RESPONSE(const VersionedRecord record,
                                resource->record(organisation, request));
            TRY_ASSIGN_RESPONSE(const VersionView view, get_version(context.services, caller.get(),
                                                                    organisation, record, number));
            return etag(json_response(200, version_json(view)), view.version.version);
        });
    router.add(
        Method::Patch, item,
        {"Change a draft of " + resource->noun +
             " (409 for any other state: create a new draft); send If-Match",
         resource->tag,
         Auth::Session,
         {},
         resource->change_schema,
         200,
         schema::record_version},
        [resource, &context, version_json, etag](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const std::int64_t number, version_number_parameter(request));
            TRY_ASSIGN_RESPONSE(const auto expected, if_match_version(request));
            TRY_ASSIGN_RESPONSE(const VersionedRecord record,
                                resource->record(organisation, request));
            TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
            TRY_ASSIGN_RESPONSE(const RecordVersion version,
                                resource->change(context.services, caller.get(), organisation,
                                                 record, number, input, expected));
            return etag(json_response(200, version_json(version)), version.version);
        });
    for (const VersionAction action : resource->actions) {
        const std::string name(to_string(action));
        router.add(
            Method::Post, item + "/" + name,
            {"Workflow: " + name + " a version of " + resource->noun +
                 " (comment required to return or withdraw)",
             resource->tag,
             Auth::Session,
             {},
             schema::version_action,
             200,
             schema::record_version},
            [resource, &context, version_json, etag, action](Request& request,
                                                             const Caller& caller) {
                TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                    organisation_parameter(request));
                TRY_ASSIGN_RESPONSE(const std::int64_t number, version_number_parameter(request));
                TRY_ASSIGN_RESPONSE(const VersionedRecord record,
                                    resource->record(organisation, request));
                TRY_ASSIGN_RESPONSE(JsonInput input, read_action_body(request));
                const std::string comment = input.text("comment", Presence::Optional).value_or("");
                TRY_ASSIGN_RESPONSE(
                    const RecordVersion version,
                    resource->transition(context.services, caller.get(), organisation, record,
                                         number, action, comment, input));
                return etag(json_response(200, version_json(version)), version.version);
            });
    }
}

}  // namespace mamori::http
