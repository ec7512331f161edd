#pragma once
// Evidence (証跡) that an applied control works: a file (kept as an attachment: SHA-256,
// type checked by content) or a link, with the date it speaks for (effective date, separate
// from when it was added), an owner, and an optional expiry after which it is stale. New
// evidence of the same thing is a new version; earlier versions stay.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/controls/applied_control.h"
#include "domain/records/attachment.h"

namespace mamori {

struct EvidenceTag {};
using EvidenceId = StrongId<EvidenceTag>;

struct EvidenceVersion {
    std::int64_t number = 1;
    std::optional<AttachmentId> attachment_id;  // a file, or
    std::string link;                           // an http(s) address
    std::string effective_on;                   // YYYY-MM-DD: the date it speaks for
    std::string expires_on;                     // YYYY-MM-DD or empty: stale after it
    std::string note;
    UserId added_by;
    Instant added_at;
};

struct Evidence {
    EvidenceId id;
    OrganisationId organisation_id;
    AppliedControlId applied_control_id;
    std::string title;
    std::optional<UserId> owner_id;
    std::vector<EvidenceVersion> versions;  // oldest first; never empty once stored
    Instant created_at;
    std::int64_t version = 1;

    const EvidenceVersion& latest() const { return versions.back(); }
    // Whether the latest version expired before `today` (YYYY-MM-DD).
    bool stale(std::string_view today) const;
    std::string audit_json() const;
};

// What a caller sends for new evidence or a new version of it.
struct EvidenceInput {
    std::optional<std::string> title;     // new evidence only
    std::optional<std::string> owner_id;  // new evidence only
    std::optional<std::string> attachment_id;
    std::optional<std::string> link;
    std::optional<std::string> effective_on;
    std::optional<std::string> expires_on;
    std::optional<std::string> note;
};

// Evidence `id` of `control` with its first version; InvalidArgument naming every bad field:
// a title, an effective date, a file or a link (not both; links http or https), an expiry not
// before the effective date.
Result<Evidence> new_evidence(EvidenceId id, const OrganisationId& organisation,
                              const AppliedControlId& control, const EvidenceInput& input,
                              const UserId& added_by, Instant now);

// The next version of `evidence` from `input` (title and owner are not taken here).
Result<EvidenceVersion> next_evidence_version(const Evidence& evidence, const EvidenceInput& input,
                                              const UserId& added_by, Instant now);

}  // namespace mamori
