// /api/v1/orgs/{org}/context/interested-parties and …/{party} (4.2)
#include "app/interested_parties.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

constexpr std::string_view collection = "/api/v1/orgs/{org}/context/interested-parties";
constexpr std::string_view item = "/api/v1/orgs/{org}/context/interested-parties/{party}";

InterestedPartyChanges read_party(JsonInput& input, Presence presence) {
    InterestedPartyChanges changes;
    changes.name = input.text("name", presence);
    changes.kind = input.text("kind", presence);
    changes.needs = input.text("needs", presence);
    return changes;
}

Result<InterestedPartyId> party_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "party", "interested party"));
    return InterestedPartyId(std::move(id));
}

Response add_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const InterestedPartyChanges changes = read_party(input, Presence::Required);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(
        const InterestedParty party,
        add_interested_party(context.services, caller.get(), organisation, changes));
    Response response = versioned_response(201, party);
    response.set_header("Location", "/api/v1/orgs/" + organisation.str() +
                                        "/context/interested-parties/" + party.id.str());
    return response;
}

Response change_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const InterestedPartyId id, party_parameter(request));
    TRY_ASSIGN_RESPONSE(const auto version, if_match_version(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const InterestedPartyChanges changes = read_party(input, Presence::Optional);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(const InterestedParty party,
                        change_interested_party(context.services, caller.get(), organisation, id,
                                                changes, version));
    return versioned_response(200, party);
}

}  // namespace

void add_interested_party_routes(Router& router, const ApiContext& context) {
    router.add(Method::Get, std::string(collection),
               {"Interested parties (4.2), in the order recorded",
                "context",
                Auth::Session,
                {{"limit", "1–500, default 50"}, {"cursor", "from next_cursor"}},
                "",
                200,
                schema::list_of(schema::interested_party)},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
                   TRY_ASSIGN_RESPONSE(
                       const auto result,
                       list_interested_parties(context.services, caller.get(), organisation, page));
                   return page_response(result);
               });
    router.add(Method::Post, std::string(collection),
               {"Record an interested party (ISMS managers)",
                "context",
                Auth::Session,
                {},
                schema::interested_party_input,
                201,
                schema::interested_party},
               [&context](Request& request, const Caller& caller) {
                   return add_handler(context, request, caller);
               });
    router.add(Method::Get, std::string(item),
               {"One interested party, with its version as ETag",
                "context",
                Auth::Session,
                {},
                "",
                200,
                schema::interested_party},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const InterestedPartyId id, party_parameter(request));
                   TRY_ASSIGN_RESPONSE(
                       const InterestedParty party,
                       get_interested_party(context.services, caller.get(), organisation, id));
                   return versioned_response(200, party);
               });
    router.add(Method::Patch, std::string(item),
               {"Change an interested party (ISMS managers); send If-Match with the version read",
                "context",
                Auth::Session,
                {},
                schema::interested_party_changes,
                200,
                schema::interested_party},
               [&context](Request& request, const Caller& caller) {
                   return change_handler(context, request, caller);
               });
    router.add(
        Method::Delete, std::string(item),
        {"Delete an interested party and its requirements (ISMS managers)",
         "context",
         Auth::Session,
         {},
         "",
         204,
         ""},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const InterestedPartyId id, party_parameter(request));
            TRY_RESPONSE(remove_interested_party(context.services, caller.get(), organisation, id));
            return Response::no_content();
        });
}

}  // namespace mamori::http
