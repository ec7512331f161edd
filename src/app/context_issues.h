#pragma once
// Internal and external issues (4.1). ISMS managers edit them; every member reads them.
// Each change is one transaction with its audit-trail entry.
#include <optional>

#include "app/paging.h"
#include "app/services.h"

namespace mamori {

Result<Page<ContextIssue>> list_context_issues(const Services& services, const Actor& actor,
                                               const OrganisationId& organisation,
                                               const ContextIssueFilter& filter,
                                               const PageRequest& page);
// NotFound for an issue of another organisation.
Result<ContextIssue> get_context_issue(const Services& services, const Actor& actor,
                                       const OrganisationId& organisation,
                                       const ContextIssueId& id);
// Category, description, effect and reviewed_on are required; InvalidArgument names every
// bad field.
Result<ContextIssue> add_context_issue(const Services& services, const Actor& actor,
                                       const OrganisationId& organisation,
                                       const ContextIssueChanges& input);
// VersionMismatch when `expected_version` is given and stale.
Result<ContextIssue> change_context_issue(const Services& services, const Actor& actor,
                                          const OrganisationId& organisation,
                                          const ContextIssueId& id,
                                          const ContextIssueChanges& changes,
                                          std::optional<std::int64_t> expected_version);
Status remove_context_issue(const Services& services, const Actor& actor,
                            const OrganisationId& organisation, const ContextIssueId& id);

}  // namespace mamori
