// /api/v1/orgs/{org}/context/interested-parties and …/{party} (4.2)
#include "app/interested_parties.h"
#include "http/register_routes.h"

namespace mamori::http {

namespace {

InterestedPartyChanges read_party(JsonInput& input, Presence presence) {
    InterestedPartyChanges changes;
    changes.name = input.text("name", presence);
    changes.kind = input.text("kind", presence);
    changes.needs = input.text("needs", presence);
    return changes;
}

}  // namespace

void add_interested_party_routes(Router& router, const ApiContext& context) {
    add_register_routes(
        router, context,
        Register<InterestedParty, InterestedPartyId, InterestedPartyChanges>{
            .collection = "/api/v1/orgs/{org}/context/interested-parties",
            .parameter = "party",
            .what = "interested party",
            .tag = "context",
            .summary = {.list = "Interested parties (4.2), in the order recorded",
                        .add = "Record an interested party (ISMS managers)",
                        .get = "One interested party, with its version as ETag",
                        .change = "Change an interested party (ISMS managers); send If-Match "
                                  "with the version read",
                        .remove = "Delete an interested party and its requirements (ISMS "
                                  "managers)"},
            .input_schema = schema::interested_party_input,
            .changes_schema = schema::interested_party_changes,
            .record_schema = schema::interested_party,
            .read_changes = read_party,
            .list = list_interested_parties,
            .get = get_interested_party,
            .add = add_interested_party,
            .change = change_interested_party,
            .remove = remove_interested_party});
}

}  // namespace mamori::http
