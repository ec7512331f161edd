#pragma once
// Acknowledging published documents (5.2 communicated within the organisation, 7.3
// awareness): each person asked sees what to read and signs it off; managers see who has
// and who has not, per version. The sign-off is the shared mechanism (domain/records).
#include <string>
#include <vector>

#include "app/services.h"
#include "domain/documents/document.h"
#include "domain/records/sign_off.h"

namespace mamori {

struct PendingDocument {
    Document document;
    RecordVersion version;
    Instant requested_at;
};

struct AcknowledgementStatus {
    std::int64_t requested = 0;
    std::int64_t acknowledged = 0;
    std::vector<AcknowledgementRow> people;
};

// The caller's published versions still to acknowledge, oldest request first.
Result<std::vector<PendingDocument>> list_pending_acknowledgements(
    const Services& services, const Actor& actor, const OrganisationId& organisation);

// PermissionDenied unless the caller was asked to acknowledge this published version;
// Conflict when they already did.
Result<SignOff> acknowledge_version(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation, const DocumentId& document,
                                    std::int64_t number, const std::string& comment);

// Who was asked and who has acknowledged (those who may read drafts).
Result<AcknowledgementStatus> acknowledgement_status(const Services& services, const Actor& actor,
                                                     const OrganisationId& organisation,
                                                     const DocumentId& document,
                                                     std::int64_t number);

}  // namespace mamori
