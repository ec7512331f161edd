#include "app/context_issues.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/org_records.h"

namespace mamori {

namespace {

constexpr std::string_view entity = "context_issue";

Result<ContextIssue> find_issue(UnitOfWork& unit, const OrganisationId& organisation,
                                const ContextIssueId& id) {
    TRY_ASSIGN(const auto issue, unit.find_context_issue(organisation, id));
    if (!issue)
        return Error::not_found("issue");
    return *issue;
}

}  // namespace

Result<Page<ContextIssue>> list_context_issues(const Services& services, const Actor& actor,
                                               const OrganisationId& organisation,
                                               const ContextIssueFilter& filter,
                                               const PageRequest& page) {
    return list_org_records<ContextIssue>(services, actor, organisation, Action::ViewContext, page,
                                          [&](UnitOfWork& unit, const PageRequest& rows) {
                                              return unit.list_context_issues(organisation, filter,
                                                                              rows);
                                          });
}

Result<ContextIssue> get_context_issue(const Services& services, const Actor& actor,
                                       const OrganisationId& organisation,
                                       const ContextIssueId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewContext));
    return find_issue(*unit, organisation, id);
}

Result<ContextIssue> add_context_issue(const Services& services, const Actor& actor,
                                       const OrganisationId& organisation,
                                       const ContextIssueChanges& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditContext));
    ContextIssue blank;
    blank.id = ContextIssueId(services.ids.next());
    blank.organisation_id = organisation;
    blank.created_at = services.clock.now();
    TRY_ASSIGN(const ContextIssue issue, apply_changes(std::move(blank), input));
    TRY(unit->insert_context_issue(issue));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, issue.id.str(), "create", std::nullopt, issue.audit_json()}));
    TRY(unit->commit());
    return issue;
}

Result<ContextIssue> change_context_issue(const Services& services, const Actor& actor,
                                          const OrganisationId& organisation,
                                          const ContextIssueId& id,
                                          const ContextIssueChanges& changes,
                                          std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditContext));
    TRY_ASSIGN(const ContextIssue current, find_issue(*unit, organisation, id));
    TRY(check_version(expected_version, current.version, "issue"));
    TRY_ASSIGN(ContextIssue changed, apply_changes(current, changes));
    // An edit that changes nothing leaves no version and no audit entry behind.
    if (changed.audit_json() == current.audit_json())
        return current;
    ++changed.version;
    TRY(unit->update_context_issue(changed));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "update", current.audit_json(), changed.audit_json()}));
    TRY(unit->commit());
    return changed;
}

Status remove_context_issue(const Services& services, const Actor& actor,
                            const OrganisationId& organisation, const ContextIssueId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditContext));
    TRY_ASSIGN(const ContextIssue issue, find_issue(*unit, organisation, id));
    TRY(unit->delete_context_issue(organisation, id));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "delete", issue.audit_json(), std::nullopt}));
    return unit->commit();
}

}  // namespace mamori
