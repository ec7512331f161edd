#pragma once
// An organisation: one ISMS (one company, or one client of a consultancy).
#include <cstdint>
#include <string>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"

namespace mamori {

struct OrganisationTag {};
using OrganisationId = StrongId<OrganisationTag>;

struct Organisation {
    OrganisationId id;
    std::string name;
    Instant created_at;
    std::int64_t version = 1;
    // The author of a version may not approve it (7.5.2, separation of duties); small
    // organisations where one person runs the ISMS may turn this off.
    bool separate_approval = true;

    // The snapshot the audit trail records.
    std::string audit_json() const;
};

// A display name: trimmed, 1–200 characters, no control characters. `field` names the input.
Result<std::string> validate_name(std::string_view field, std::string_view text,
                                  std::size_t max_length = 200);

}  // namespace mamori
