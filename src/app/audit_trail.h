#pragma once
// Reading and verifying the audit trail.
#include "app/paging.h"
#include "app/services.h"

namespace mamori {

// Newest first; `filter.organisation_id` is set from `organisation`.
Result<Page<AuditRow>> list_audit_trail(const Services& services, const Actor& actor,
                                        const OrganisationId& organisation, AuditFilter filter);

struct AuditVerification {
    std::int64_t entries = 0;
    std::optional<ChainBreak> first_break;
};

// Walks the whole chain in stored order, in chunks, and checks it ends at the stored head
// (so deleting the newest entries is detected too). `progress` is told entries checked.
Result<AuditVerification> verify_audit_trail(const Services& services,
                                             const std::function<void(std::int64_t)>& progress);

}  // namespace mamori
