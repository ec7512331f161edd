#pragma once
// Interested parties (4.2) and their requirements. ISMS managers edit them; every member reads
// them. Each change is one transaction with its audit-trail entries.
#include <optional>

#include "app/paging.h"
#include "app/services.h"

namespace mamori {

Result<Page<InterestedParty>> list_interested_parties(const Services& services, const Actor& actor,
                                                      const OrganisationId& organisation,
                                                      const PageRequest& page);
Result<InterestedParty> get_interested_party(const Services& services, const Actor& actor,
                                             const OrganisationId& organisation,
                                             const InterestedPartyId& id);
// Name, kind and needs are required.
Result<InterestedParty> add_interested_party(const Services& services, const Actor& actor,
                                             const OrganisationId& organisation,
                                             const InterestedPartyChanges& input);
// VersionMismatch when `expected_version` is given and stale.
Result<InterestedParty> change_interested_party(const Services& services, const Actor& actor,
                                                const OrganisationId& organisation,
                                                const InterestedPartyId& id,
                                                const InterestedPartyChanges& changes,
                                                std::optional<std::int64_t> expected_version);
// Deletes the party's requirements with it, each with its own audit entry.
Status remove_interested_party(const Services& services, const Actor& actor,
                               const OrganisationId& organisation, const InterestedPartyId& id);

// Of one party when `party` is given.
Result<Page<Requirement>> list_requirements(const Services& services, const Actor& actor,
                                            const OrganisationId& organisation,
                                            const std::optional<InterestedPartyId>& party,
                                            const PageRequest& page);
Result<Requirement> get_requirement(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation, const RequirementId& id);
// `party_id` must name an interested party of the organisation (InvalidArgument naming
// `party_id` otherwise); kind and description are required.
Result<Requirement> add_requirement(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation, const std::string& party_id,
                                    const RequirementChanges& input);
Result<Requirement> change_requirement(const Services& services, const Actor& actor,
                                       const OrganisationId& organisation, const RequirementId& id,
                                       const RequirementChanges& changes,
                                       std::optional<std::int64_t> expected_version);
Status remove_requirement(const Services& services, const Actor& actor,
                          const OrganisationId& organisation, const RequirementId& id);

}  // namespace mamori
