// /api/v1/orgs/{org}/context/issues and /api/v1/orgs/{org}/context/issues/{issue} (4.1)
#include "app/context_issues.h"
#include "http/register_routes.h"

namespace mamori::http {

namespace {

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

}  // namespace

void add_context_issue_routes(Router& router, const ApiContext& context) {
    add_register_routes(
        router, context,
        Register<ContextIssue, ContextIssueId, ContextIssueChanges, ContextIssueFilter>{
            .collection = "/api/v1/orgs/{org}/context/issues",
            .parameter = "issue",
            .what = "issue",
            .tag = "context",
            .summary = {.list = "Internal and external issues (4.1), in the order recorded",
                        .add = "Record an issue (ISMS managers)",
                        .get = "One issue, with its version as ETag",
                        .change = "Change an issue (ISMS managers); send If-Match with the "
                                  "version read",
                        .remove = "Delete an issue (ISMS managers)"},
            .filters = {{"category", "internal or external"}},
            .input_schema = schema::context_issue_input,
            .changes_schema = schema::context_issue_changes,
            .record_schema = schema::context_issue,
            .read_changes = read_issue,
            .read_filter = read_filter,
            .list = list_context_issues,
            .get = get_context_issue,
            .add = add_context_issue,
            .change = change_context_issue,
            .remove = remove_context_issue});
}

}  // namespace mamori::http
