#pragma once
// The climate-change decision (4.1, 4.2 as amended in 2024). ISMS managers record it; every
// member reads it. Recording it again replaces it; the audit trail keeps every earlier one.
#include <optional>

#include "app/services.h"

namespace mamori {

// Nothing when no decision has been recorded yet.
Result<std::optional<ClimateDecision>> get_climate_decision(const Services& services,
                                                            const Actor& actor,
                                                            const OrganisationId& organisation);
// `decided_by` must be a member (InvalidArgument naming it). VersionMismatch when
// `expected_version` is given and is not the version of the decision on record (0: none yet).
Result<ClimateDecision> record_climate_decision(const Services& services, const Actor& actor,
                                                const OrganisationId& organisation,
                                                const ClimateDecisionInput& input,
                                                std::optional<std::int64_t> expected_version);

}  // namespace mamori
