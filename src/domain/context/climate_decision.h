#pragma once
// The recorded decision whether climate change is a relevant issue (4.1) and whether
// interested parties have requirements about it (4.2), as ISO/IEC 27001:2022/Amd 1:2024 asks.
// One per organisation; recording it again replaces it (the audit trail keeps the earlier one).
#include <optional>
#include <string>

#include "base/clock.h"
#include "base/result.h"
#include "domain/organisation/organisation.h"
#include "domain/people/user.h"

namespace mamori {

struct ClimateDecision {
    OrganisationId organisation_id;
    bool relevant = false;
    std::string justification;
    UserId decided_by;       // a member of the organisation
    std::string decided_on;  // YYYY-MM-DD
    Instant recorded_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

// Every field is given: a decision is recorded whole.
struct ClimateDecisionInput {
    bool relevant = false;
    std::string justification;
    std::string decided_by;
    std::string decided_on;
};

// The validated fields of a decision (organisation, time and version are the caller's);
// InvalidArgument naming every bad field.
Result<ClimateDecision> validate(const ClimateDecisionInput& input);

}  // namespace mamori
