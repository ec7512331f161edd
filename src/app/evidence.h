#pragma once
// Evidence of applied controls (conventions.md: attachments): files uploaded with size and
// type checks and kept by SHA-256, or links; each with an effective date, an owner, an
// optional expiry that makes it stale, and versions. Those who may read controls read it;
// those who edit controls add it. Files are served only through the evidence, as downloads.
#include <vector>

#include "app/attachments.h"
#include "app/services.h"

namespace mamori {

// A file to be named as evidence: checked (PDF, Word, Excel, PNG, JPEG by content, the name
// free of paths) and stored; its id goes into add_evidence or add_evidence_version.
Result<Attachment> upload_evidence_file(const Services& services, const Actor& actor,
                                        const OrganisationId& organisation, const Upload& upload);

// Newest first, each with every version.
Result<std::vector<Evidence>> list_evidence(const Services& services, const Actor& actor,
                                            const OrganisationId& organisation,
                                            const AppliedControlId& control);
Result<Evidence> get_evidence(const Services& services, const Actor& actor,
                              const OrganisationId& organisation, const EvidenceId& id);
// InvalidArgument naming every bad field; the file must be one of the organisation's
// attachments, the owner a member.
Result<Evidence> add_evidence(const Services& services, const Actor& actor,
                              const OrganisationId& organisation, const AppliedControlId& control,
                              const EvidenceInput& input);
Result<Evidence> add_evidence_version(const Services& services, const Actor& actor,
                                      const OrganisationId& organisation, const EvidenceId& id,
                                      const EvidenceInput& input,
                                      std::optional<std::int64_t> expected_version);
// The file of version `number`; NotFound for a link, an unknown version or another
// organisation's evidence.
Result<AttachmentContent> read_evidence_file(const Services& services, const Actor& actor,
                                             const OrganisationId& organisation,
                                             const EvidenceId& id, std::int64_t number);

}  // namespace mamori
