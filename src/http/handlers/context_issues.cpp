// /api/v1/orgs/{org}/context/issues and /api/v1/orgs/{org}/context/issues/{issue} (4.1)
#include "app/context_issues.h"
#include "http/json_input.h"
#include "http/json_output.h"
#include "http/problem.h"
#include "http/routes.h"
#include "http/schemas.h"

namespace mamori::http {

namespace {

constexpr std::string_view collection = "/api/v1/orgs/{org}/context/issues";
constexpr std::string_view item = "/api/v1/orgs/{org}/context/issues/{issue}";

// POST requires what every issue has; PATCH takes any subset.
ContextIssueChanges read_issue(JsonInput& input, Presence presence) {
    ContextIssueChanges changes;
    changes.category = input.text("category", presence);
    changes.description = input.text("description", presence);
    changes.effect = input.text("effect", presence);
    changes.source = input.text("source", Presence::Optional);
    changes.reviewed_on = input.text("reviewed_on", presence);
    return changes;
}

// ?category=internal|external; InvalidArgument naming `category` for anything else.
Result<ContextIssueFilter> read_filter(const Request& request) {
    ContextIssueFilter filter;
    if (const auto text = request.parameter("category"); text && !text->empty()) {
        filter.category = parse_issue_category(*text);
        if (!filter.category)
            return Error::invalid("category", "must be internal or external");
    }
    return filter;
}

Result<ContextIssueId> issue_parameter(const Request& request) {
    TRY_ASSIGN(std::string id, id_parameter(request, "issue", "issue"));
    return ContextIssueId(std::move(id));
}

Response add_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const ContextIssueChanges changes = read_issue(input, Presence::Required);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(const ContextIssue issue,
                        add_context_issue(context.services, caller.get(), organisation, changes));
    Response response = versioned_response(201, issue);
    response.set_header("Location",
                        "/api/v1/orgs/" + organisation.str() + "/context/issues/" + issue.id.str());
    return response;
}

Response change_handler(const ApiContext& context, Request& request, const Caller& caller) {
    TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
    TRY_ASSIGN_RESPONSE(const ContextIssueId id, issue_parameter(request));
    TRY_ASSIGN_RESPONSE(const auto version, if_match_version(request));
    TRY_ASSIGN_RESPONSE(JsonInput input, JsonInput::parse(request));
    const ContextIssueChanges changes = read_issue(input, Presence::Optional);
    TRY_RESPONSE(input.finish());
    TRY_ASSIGN_RESPONSE(
        const ContextIssue issue,
        change_context_issue(context.services, caller.get(), organisation, id, changes, version));
    return versioned_response(200, issue);
}

}  // namespace

void add_context_issue_routes(Router& router, const ApiContext& context) {
    router.add(
        Method::Get, std::string(collection),
        {"Internal and external issues (4.1), in the order recorded",
         "context",
         Auth::Session,
         {{"limit", "1–500, default 50"},
          {"cursor", "from next_cursor"},
          {"category", "internal or external"}},
         "",
         200,
         schema::list_of(schema::context_issue)},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const PageRequest page, read_page_request(request));
            TRY_ASSIGN_RESPONSE(const ContextIssueFilter filter, read_filter(request));
            TRY_ASSIGN_RESPONSE(
                const auto result,
                list_context_issues(context.services, caller.get(), organisation, filter, page));
            return page_response(result);
        });
    router.add(Method::Post, std::string(collection),
               {"Record an issue (ISMS managers)",
                "context",
                Auth::Session,
                {},
                schema::context_issue_input,
                201,
                schema::context_issue},
               [&context](Request& request, const Caller& caller) {
                   return add_handler(context, request, caller);
               });
    router.add(Method::Get, std::string(item),
               {"One issue, with its version as ETag",
                "context",
                Auth::Session,
                {},
                "",
                200,
                schema::context_issue},
               [&context](Request& request, const Caller& caller) {
                   TRY_ASSIGN_RESPONSE(const OrganisationId organisation,
                                       organisation_parameter(request));
                   TRY_ASSIGN_RESPONSE(const ContextIssueId id, issue_parameter(request));
                   TRY_ASSIGN_RESPONSE(
                       const ContextIssue issue,
                       get_context_issue(context.services, caller.get(), organisation, id));
                   return versioned_response(200, issue);
               });
    router.add(Method::Patch, std::string(item),
               {"Change an issue (ISMS managers); send If-Match with the version read",
                "context",
                Auth::Session,
                {},
                schema::context_issue_changes,
                200,
                schema::context_issue},
               [&context](Request& request, const Caller& caller) {
                   return change_handler(context, request, caller);
               });
    router.add(
        Method::Delete, std::string(item),
        {"Delete an issue (ISMS managers)", "context", Auth::Session, {}, "", 204, ""},
        [&context](Request& request, const Caller& caller) {
            TRY_ASSIGN_RESPONSE(const OrganisationId organisation, organisation_parameter(request));
            TRY_ASSIGN_RESPONSE(const ContextIssueId id, issue_parameter(request));
            TRY_RESPONSE(remove_context_issue(context.services, caller.get(), organisation, id));
            return Response::no_content();
        });
}

}  // namespace mamori::http
