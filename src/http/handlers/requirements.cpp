// /api/v1/orgs/{org}/context/requirements and …/{requirement}: the requirements of interested
// parties (4.2), each saying whether and how the ISMS addresses it.
#include "app/interested_parties.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

constexpr std::string_view collection = "/api/v1/orgs/{org}/context/requirements";
constexpr std::string_view item = "/api/v1/orgs/{org}/context/requirements/{requirement}";

RequirementChanges read_requirement(JsonInput& input, Presence presence) {
    RequirementChanges changes;
    changes.kind = input.text("kind", presence);
    changes.description = input.text("description", presence);
    changes.addressed = input.boolean("addressed", Presence::Optional);
    changes.how_addressed = input.text("how_addressed", Presence::Optional);
    return changes;
}

Result<RequirementId> requirement_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "requirement", "requirement"));
    return RequirementId(std::move(id));
}

Response list_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
    std::optional<InterestedPartyId> party;
    if (const auto text = request.parameter("party_id"); text && !text->empty()) {
        if (!is_uuid(*text))
            return problem(Error::invalid("party_id", "must be an interested party's id"));
        party = InterestedPartyId(std::string(*text));
    }
    TRY_ASSIGN_RESPONSE(const auto result, list_requirements(context.services, caller.get(),
                                                             organisation, party, page));
    return page_response(result);
}

Response add_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const auto party_id = input.text("party_id", Presence::Required);
    const RequirementChanges changes = read_requirement(input, Presence::Required);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(
        const Requirement requirement,
        add_requirement(context.services, caller.get(), organisation, *party_id, changes));
    Response response = versioned_response(201, requirement);
    response.set_header("Location", "/api/v1/orgs/" + organisation.str() +
                                        "/context/requirements/" + requirement.id.str());
    return response;
}

Response change_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const RequirementId id, requirement_parameter(request));
    TRY_ASSIGN_RESPONSE(const auto version, if_match_version(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const RequirementChanges changes = read_requirement(input, Presence::Optional);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(
        const Requirement requirement,
        change_requirement(context.services, caller.get(), organisation, id, changes, version));
    return versioned_response(200, requirement);
}

}  // namespace

void add_requirement_routes(Router& router, const ApiContext& context) {
    router.add(Method::Get, std::string(collection),
               {"Requirements of interested parties (4.2), in the order recorded",
                "context",
                Auth::Session,
                {{"limit", "1–500, default 50"},
                 {"cursor", "from next_cursor"},
                 {"party_id", "only this interested party's"}},
                "",
                200,
                schema::list_of(schema::requirement)},
               [&context](Request& request, const Caller& caller) {
                   return list_handler(context, request, caller);
               });
    router.add(Method::Post, std::string(collection),
               {"Record a requirement of an interested party (ISMS managers); how_addressed is "
                "required when addressed is true",
                "context",
                Auth::Session,
                {},
                schema::requirement_input,
                201,
                schema::requirement},
               [&context](Request& request, const Caller& caller) {
                   return add_handler(context, request, caller);
               });
    router.add(
        Method::Get, std::string(item),
        {"One requirement, with its version as ETag",
         "context",
         Auth::Session,
         {},
         "",
         200,
         schema::requirement},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const RequirementId id, requirement_parameter(request));
            TRY_ASSIGN_RESPONSE(const Requirement requirement,
                                get_requirement(context.services, caller.get(), organisation, id));
            return versioned_response(200, requirement);
        });
    router.add(Method::Patch, std::string(item),
               {"Change a requirement (ISMS managers); send If-Match with the version read",
                "context",
                Auth::Session,
                {},
                schema::requirement_changes,
                200,
                schema::requirement},
               [&context](Request& request, const Caller& caller) {
                   return change_handler(context, request, caller);
               });
    router.add(
        Method::Delete, std::string(item),
        {"Delete a requirement (ISMS managers)", "context", Auth::Session, {}, "", 204, ""},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const RequirementId id, requirement_parameter(request));
            TRY_RESPONSE(remove_requirement(context.services, caller.get(), organisation, id));
            return Response::no_content();
        });
}

}  // namespace mamori::http
