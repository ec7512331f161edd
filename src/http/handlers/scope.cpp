// /api/v1/orgs/{org}/scope: the scope statement (4.3) in force and its versions, through the
// shared version routes; approval puts a version in force.
#include "app/scope_statement.h"
#include "http/document_schemas.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/record_output.h"
#include "http/routes.h"
#include "http/version_routes.h"

namespace mamori::http {

namespace {

constexpr std::string_view path = "/api/v1/orgs/{org}/scope";

// The scope's structured fields from {"units": [...], …, "exclusions": [{item, justification}]};
// each list sent replaces the draft's, those not sent stay.
ScopeFieldChanges read_scope_fields(JsonInput& input) {
    ScopeFieldChanges fields;
    input.object("fields", Presence::Optional, [&](JsonInput& object) {
        fields.units = object.text_array("units", Presence::Optional);
        fields.sites = object.text_array("sites", Presence::Optional);
        fields.systems = object.text_array("systems", Presence::Optional);
        fields.interfaces = object.text_array("interfaces", Presence::Optional);
        std::vector<ScopeExclusion> exclusions;
        const bool sent = object.objects("exclusions", Presence::Optional, [&](JsonInput& item) {
            exclusions.push_back({item.text("item", Presence::Required).value_or(""),
                                  item.text("justification", Presence::Required).value_or("")});
        });
        if (sent)
            fields.exclusions = std::move(exclusions);
    });
    return fields;
}

VersionedResource scope_versions() {
    VersionedResource resource;
    resource.path = std::string(path);
    resource.tag = "scope";
    resource.noun = "the scope statement";
    resource.actions = {VersionAction::Submit, VersionAction::Return, VersionAction::Approve,
                        VersionAction::Withdraw};
    resource.change_schema = schema::scope_changes;
    resource.record = [](const OrganisationId& organisation,
                         const Request&) -> Result<VersionedRecord> {
        return scope_record(organisation);
    };
    resource.fields = write_scope_fields;
    resource.change = [](const Services& services, const Actor& actor,
                         const OrganisationId& organisation, const VersionedRecord&,
                         std::int64_t number, JsonInput& input,
                         std::optional<std::int64_t> expected) -> Result<RecordVersion> {
        VersionChanges changes = read_version_changes(input);
        const ScopeFieldChanges fields = read_scope_fields(input);
        TRY(input.finish());
        return change_scope_draft(services, actor, organisation, number, std::move(changes), fields,
                                  expected);
    };
    resource.transition = [](const Services& services, const Actor& actor,
                             const OrganisationId& organisation, const VersionedRecord& record,
                             std::int64_t number, VersionAction action, const std::string& comment,
                             JsonInput& input) -> Result<RecordVersion> {
        TRY(input.finish());
        return transition_version(services, actor, organisation, record, number, action, comment);
    };
    return resource;
}

}  // namespace

void add_scope_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, std::string(path),
        {"The scope statement in force and the draft being worked on (4.3)",
         "scope",
         Auth::Session,
         {},
         "",
         200,
         schema::scope_statement},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const ScopeStatement scope,
                                get_scope(context.services, caller.get(), organisation));
            JsonWriter out;
            out.begin_object();
            for (const auto& [name, version] :
                 {std::pair{"current", &scope.current}, std::pair{"pending", &scope.pending}}) {
                out.key(name);
                if (*version)
                    write_version(out, **version, context.services.content, write_scope_fields);
                else
                    out.null();
            }
            return json_response(200, out.end_object().take());
        });
    add_version_routes(router, context, scope_versions());
}

}  // namespace mamori::http
