// /api/v1/orgs/{org}/risks-and-opportunities and …/{item}: risks and opportunities to the ISMS
// itself (6.1.1), each with its planned action, owner and due date.
#include "app/risks_and_opportunities.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

constexpr std::string_view collection = "/api/v1/orgs/{org}/risks-and-opportunities";
constexpr std::string_view item = "/api/v1/orgs/{org}/risks-and-opportunities/{item}";

RiskOrOpportunityChanges read_record(JsonInput& input, Presence presence) {
    RiskOrOpportunityChanges changes;
    changes.type = input.text("type", presence);
    changes.description = input.text("description", presence);
    changes.planned_action = input.text("planned_action", presence);
    changes.owner_id = input.text("owner_id", presence);
    changes.due_on = input.text("due_on", presence);
    changes.status = input.text("status", Presence::Optional);
    return changes;
}

// ?type=risk|opportunity and ?status=open|in_progress|done; InvalidArgument naming the
// parameter for anything else.
Result<RiskOrOpportunityFilter> read_filter(const Request& request) {
    RiskOrOpportunityFilter filter;
    std::vector<FieldError> errors;
    if (const auto text = request.parameter("type"); text && !text->empty()) {
        filter.type = parse_risk_or_opportunity_type(*text);
        if (!filter.type)
            errors.push_back({"type", "must be risk or opportunity"});
    }
    if (const auto text = request.parameter("status"); text && !text->empty()) {
        filter.status = parse_action_status(*text);
        if (!filter.status)
            errors.push_back({"status", "must be open, in_progress or done"});
    }
    if (!errors.empty())
        return Error::invalid(std::move(errors));
    return filter;
}

Result<RiskOrOpportunityId> item_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "item", "risk or opportunity"));
    return RiskOrOpportunityId(std::move(id));
}

Response add_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const RiskOrOpportunityChanges changes = read_record(input, Presence::Required);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(
        const RiskOrOpportunity record,
        add_risk_or_opportunity(context.services, caller.get(), organisation, changes));
    Response response = versioned_response(201, record);
    response.set_header("Location", "/api/v1/orgs/" + organisation.str() +
                                        "/risks-and-opportunities/" + record.id.str());
    return response;
}

Response change_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const RiskOrOpportunityId id, item_parameter(request));
    TRY_ASSIGN_RESPONSE(const auto version, if_match_version(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const RiskOrOpportunityChanges changes = read_record(input, Presence::Optional);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(const RiskOrOpportunity record,
                        change_risk_or_opportunity(context.services, caller.get(), organisation, id,
                                                   changes, version));
    return versioned_response(200, record);
}

}  // namespace

void add_risk_and_opportunity_routes(Router& router, const ApiContext& context) {
    router.add(Method::Get, std::string(collection),
               {"Risks and opportunities to the ISMS (6.1.1), in the order recorded",
                "risks-and-opportunities",
                Auth::Session,
                {{"limit", "1–500, default 50"},
                 {"cursor", "from next_cursor"},
                 {"type", "risk or opportunity"},
                 {"status", "open, in_progress or done"}},
                "",
                200,
                schema::list_of(schema::risk_or_opportunity)},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
                   TRY_ASSIGN_RESPONSE(const RiskOrOpportunityFilter filter, read_filter(request));
                   TRY_ASSIGN_RESPONSE(const auto result,
                                       list_risks_and_opportunities(context.services, caller.get(),
                                                                    organisation, filter, page));
                   return page_response(result);
               });
    router.add(Method::Post, std::string(collection),
               {"Record a risk or an opportunity (ISMS managers); the owner must be a member",
                "risks-and-opportunities",
                Auth::Session,
                {},
                schema::risk_or_opportunity_input,
                201,
                schema::risk_or_opportunity},
               [&context](Request& request, const Caller& caller) {
                   return add_handler(context, request, caller);
               });
    router.add(Method::Get, std::string(item),
               {"One risk or opportunity, with its version as ETag",
                "risks-and-opportunities",
                Auth::Session,
                {},
                "",
                200,
                schema::risk_or_opportunity},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const RiskOrOpportunityId id, item_parameter(request));
                   TRY_ASSIGN_RESPONSE(
                       const RiskOrOpportunity record,
                       get_risk_or_opportunity(context.services, caller.get(), organisation, id));
                   return versioned_response(200, record);
               });
    router.add(Method::Patch, std::string(item),
               {"Change a risk or opportunity (ISMS managers); send If-Match with the version "
                "read",
                "risks-and-opportunities",
                Auth::Session,
                {},
                schema::risk_or_opportunity_changes,
                200,
                schema::risk_or_opportunity},
               [&context](Request& request, const Caller& caller) {
                   return change_handler(context, request, caller);
               });
    router.add(
        Method::Delete, std::string(item),
        {"Delete a risk or opportunity (ISMS managers)",
         "risks-and-opportunities",
         Auth::Session,
         {},
         "",
         204,
         ""},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const RiskOrOpportunityId id, item_parameter(request));
            TRY_RESPONSE(
                remove_risk_or_opportunity(context.services, caller.get(), organisation, id));
            return Response::no_content();
        });
}

}  // namespace mamori::http
