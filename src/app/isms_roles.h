#pragma once
// The ISMS roles (推進組織, 5.3) with their holders and deputies. ISMS managers edit them; every
// member reads them. Each change is one transaction with its audit-trail entry.
#include <optional>

#include "app/paging.h"
#include "app/services.h"

namespace mamori {

Result<Page<IsmsRole>> list_isms_roles(const Services& services, const Actor& actor,
                                       const OrganisationId& organisation, const PageRequest& page);
// NotFound for a role of another organisation.
Result<IsmsRole> get_isms_role(const Services& services, const Actor& actor,
                               const OrganisationId& organisation, const IsmsRoleId& id);
// Name and responsibilities are required; holders and deputies must be members, the
// department a department of the organisation, the role reported to a role of the
// organisation that does not (directly or not) report to this one. InvalidArgument names
// every bad field.
Result<IsmsRole> add_isms_role(const Services& services, const Actor& actor,
                               const OrganisationId& organisation, const IsmsRoleChanges& input);
// VersionMismatch when `expected_version` is given and stale.
Result<IsmsRole> change_isms_role(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation, const IsmsRoleId& id,
                                  const IsmsRoleChanges& changes,
                                  std::optional<std::int64_t> expected_version);
// Conflict while another role reports to it or it owns an asset.
Status remove_isms_role(const Services& services, const Actor& actor,
                        const OrganisationId& organisation, const IsmsRoleId& id);

}  // namespace mamori
