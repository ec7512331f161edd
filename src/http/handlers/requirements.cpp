// /api/v1/orgs/{org}/context/requirements and …/{requirement}: the requirements of interested
// parties (4.2), each saying whether and how the ISMS addresses it.
#include "app/interested_parties.h"
#include "http/register_routes.h"

namespace mamori::http {

namespace {

RequirementChanges read_requirement(JsonInput& input, Presence presence) {
    RequirementChanges changes;
    changes.kind = input.text("kind", presence);
    changes.description = input.text("description", presence);
    changes.addressed = input.boolean("addressed", Presence::Optional);
    changes.how_addressed = input.text("how_addressed", Presence::Optional);
    return changes;
}

// A new requirement names its interested party; a change cannot move it to another.
struct NewRequirement {
    std::optional<std::string> party_id;
    RequirementChanges changes;
};

NewRequirement read_new_requirement(JsonInput& input) {
    NewRequirement addition;
    addition.party_id = input.text("party_id", Presence::Required);
    addition.changes = read_requirement(input, Presence::Required);
    return addition;
}

// ?party_id=<uuid>: only that interested party's requirements.
Result<std::optional<InterestedPartyId>> read_filter(const Request& request) {
    std::optional<InterestedPartyId> party;
    if (const auto text = request.parameter("party_id"); text && !text->empty()) {
        if (!is_uuid(*text))
            return Error::invalid("party_id", "must be an interested party's id");
        party = InterestedPartyId(std::string(*text));
    }
    return party;
}

}  // namespace

void add_requirement_routes(Router& router, const ApiContext& context) {
    add_register_routes(
        router, context,
        Register<Requirement, RequirementId, RequirementChanges, std::optional<InterestedPartyId>,
                 NewRequirement>{
            .collection = "/api/v1/orgs/{org}/context/requirements",
            .parameter = "requirement",
            .what = "requirement",
            .tag = "context",
            .summary = {.list = "Requirements of interested parties (4.2), in the order recorded",
                        .add = "Record a requirement of an interested party (ISMS managers); "
                               "how_addressed is required when addressed is true",
                        .get = "One requirement, with its version as ETag",
                        .change = "Change a requirement (ISMS managers); send If-Match with the "
                                  "version read",
                        .remove = "Delete a requirement (ISMS managers)"},
            .filters = {{"party_id", "only this interested party's"}},
            .input_schema = schema::requirement_input,
            .changes_schema = schema::requirement_changes,
            .record_schema = schema::requirement,
            .read_changes = read_requirement,
            .read_filter = read_filter,
            .read_addition = read_new_requirement,
            .list = list_requirements,
            .get = get_requirement,
            // The body was checked (party_id present) before this runs.
            .add =
                [](const Services& services, const Actor& actor, const OrganisationId& organisation,
                   const NewRequirement& addition) {
                    return add_requirement(services, actor, organisation, *addition.party_id,
                                           addition.changes);
                },
            .change = change_requirement,
            .remove = remove_requirement});
}

}  // namespace mamori::http
