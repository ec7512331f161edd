// /api/v1/orgs/{org}/risks-and-opportunities and …/{item}: risks and opportunities to the ISMS
// itself (6.1.1), each with its planned action, owner and due date.
#include "app/risks_and_opportunities.h"
#include "http/register_routes.h"

namespace mamori::http {

namespace {

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

}  // namespace

void add_risk_and_opportunity_routes(Router& router, const ApiContext& context) {
    add_register_routes(
        router, context,
        Register<RiskOrOpportunity, RiskOrOpportunityId, RiskOrOpportunityChanges,
                 RiskOrOpportunityFilter>{
            .collection = "/api/v1/orgs/{org}/risks-and-opportunities",
            .parameter = "item",
            .what = "risk or opportunity",
            .tag = "risks-and-opportunities",
            .summary = {.list = "Risks and opportunities to the ISMS (6.1.1), in the order "
                                "recorded",
                        .add = "Record a risk or an opportunity (ISMS managers); the owner must "
                               "be a member",
                        .get = "One risk or opportunity, with its version as ETag",
                        .change = "Change a risk or opportunity (ISMS managers); send If-Match "
                                  "with the version read",
                        .remove = "Delete a risk or opportunity (ISMS managers)"},
            .filters = {{"type", "risk or opportunity"}, {"status", "open, in_progress or done"}},
            .input_schema = schema::risk_or_opportunity_input,
            .changes_schema = schema::risk_or_opportunity_changes,
            .record_schema = schema::risk_or_opportunity,
            .read_changes = read_record,
            .read_filter = read_filter,
            .list = list_risks_and_opportunities,
            .get = get_risk_or_opportunity,
            .add = add_risk_or_opportunity,
            .change = change_risk_or_opportunity,
            .remove = remove_risk_or_opportunity});
}

}  // namespace mamori::http
