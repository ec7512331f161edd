#pragma once
// Sign-offs (conventions.md): a person's recorded decision on something — acknowledging a
// policy now, accepting a risk or approving a treatment plan later — with a digest of the
// state they signed, so a later material change shows the sign-off as stale.
#include <optional>
#include <string>

#include "base/clock.h"
#include "base/id.h"
#include "domain/organisation/organisation.h"
#include "domain/people/user.h"

namespace mamori {

struct SignOffTag {};
using SignOffId = StrongId<SignOffTag>;

struct SignOff {
    SignOffId id;
    OrganisationId organisation_id;
    std::string subject_type;  // "record_version", later "risk", "treatment_plan"
    std::string subject_id;
    UserId user_id;
    std::string decision;  // "acknowledged", later "accepted", "approved"
    std::string comment;
    std::string digest;  // SHA-256 hex of what was signed
    std::string state;   // what was signed, readable (JSON), where the subject keeps changing
    Instant signed_at;

    // True when what is signed now differs from what was signed.
    bool is_stale(std::string_view current_digest) const { return digest != current_digest; }
    std::string audit_json() const;
};

// A request that a member acknowledge a published version (5.2, 7.3).
struct AcknowledgementRequest {
    std::string version_id;
    UserId user_id;
    Instant requested_at;
};

}  // namespace mamori
