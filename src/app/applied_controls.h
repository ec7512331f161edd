#pragma once
// Applied controls (管理策の実施, 6.1.3 b): the register of how the organisation implements
// controls. Those who may read controls read it; ISMS managers and risk owners change it.
// Each change is one transaction with its audit-trail entry.
#include <optional>

#include "app/paging.h"
#include "app/services.h"

namespace mamori {

// In number order; the cursor is the last number seen.
Result<Page<AppliedControl>> list_applied_controls(const Services& services, const Actor& actor,
                                                   const OrganisationId& organisation,
                                                   const AppliedControlFilter& filter,
                                                   const PageRequest& page);
// NotFound for a control of another organisation.
Result<AppliedControl> get_applied_control(const Services& services, const Actor& actor,
                                           const OrganisationId& organisation,
                                           const AppliedControlId& id);
// InvalidArgument naming every bad field: the record's own rules, and the owner a member, the
// owner role an ISMS role, the department and the documents the organisation's. Conflict when
// the number is taken.
Result<AppliedControl> add_applied_control(const Services& services, const Actor& actor,
                                           const OrganisationId& organisation,
                                           const AppliedControlChanges& input);
// As add; VersionMismatch when `expected_version` is given and stale.
Result<AppliedControl> change_applied_control(const Services& services, const Actor& actor,
                                              const OrganisationId& organisation,
                                              const AppliedControlId& id,
                                              const AppliedControlChanges& changes,
                                              std::optional<std::int64_t> expected_version);
// Conflict while risks name it as their treatment (retire it instead).
Status remove_applied_control(const Services& services, const Actor& actor,
                              const OrganisationId& organisation, const AppliedControlId& id);

// Whether a shipped framework has the reference control.
bool reference_control_exists(const ControlReference& reference);

}  // namespace mamori
