#pragma once
// Uploading and downloading attachments (conventions.md). The bytes are checked by their
// content against the name, kept once per organisation and content, and read back only by
// members who may read drafts or when a published version uses them.
#include <string>

#include "app/services.h"
#include "domain/records/attachment.h"

namespace mamori {

struct Upload {
    std::string file_name;
    std::string_view content;
};

// The stored attachment; InvalidArgument naming `file_name` or `file` when the name or
// content is not an accepted document, PermissionDenied unless the caller edits documents.
Result<Attachment> upload_attachment(const Services& services, const Actor& actor,
                                     const OrganisationId& organisation, const Upload& upload);

// Within the caller's unit of work, once it has authorised the actor: checks the name and the
// content against `kind` and stores the bytes with their audit entry.
Result<Attachment> store_upload(UnitOfWork& unit, const Services& services, const Actor& actor,
                                const OrganisationId& organisation, const Upload& upload,
                                FileKind kind);

Result<Attachment> get_attachment(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation, const AttachmentId& id);

struct AttachmentContent {
    Attachment attachment;
    std::string bytes;
};

Result<AttachmentContent> read_attachment(const Services& services, const Actor& actor,
                                          const OrganisationId& organisation,
                                          const AttachmentId& id);

}  // namespace mamori
