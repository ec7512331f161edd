#pragma once
// Risks and opportunities to the ISMS itself (6.1.1). ISMS managers edit the register; every
// member reads it. Each change is one transaction with its audit-trail entry.
#include <optional>

#include "app/paging.h"
#include "app/services.h"

namespace mamori {

Result<Page<RiskOrOpportunity>> list_risks_and_opportunities(const Services& services,
                                                             const Actor& actor,
                                                             const OrganisationId& organisation,
                                                             const RiskOrOpportunityFilter& filter,
                                                             const PageRequest& page);
Result<RiskOrOpportunity> get_risk_or_opportunity(const Services& services, const Actor& actor,
                                                  const OrganisationId& organisation,
                                                  const RiskOrOpportunityId& id);
// Type, description, planned_action, owner_id (a member) and due_on are required; status
// starts open unless given. InvalidArgument names every bad field.
Result<RiskOrOpportunity> add_risk_or_opportunity(const Services& services, const Actor& actor,
                                                  const OrganisationId& organisation,
                                                  const RiskOrOpportunityChanges& input);
// VersionMismatch when `expected_version` is given and stale.
Result<RiskOrOpportunity> change_risk_or_opportunity(const Services& services, const Actor& actor,
                                                     const OrganisationId& organisation,
                                                     const RiskOrOpportunityId& id,
                                                     const RiskOrOpportunityChanges& changes,
                                                     std::optional<std::int64_t> expected_version);
Status remove_risk_or_opportunity(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation,
                                  const RiskOrOpportunityId& id);

}  // namespace mamori
