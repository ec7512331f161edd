#include "app/attachments.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/content.h"
#include "crypto/crypto.h"

namespace mamori {

namespace {

// Members who may read drafts may read every attachment; others only what is published.
Result<Attachment> find_readable(UnitOfWork& unit, const Actor& actor,
                                 const OrganisationId& organisation, const AttachmentId& id) {
    TRY_ASSIGN(const RoleSet roles, authorise(unit, actor, organisation, Action::ViewDocuments));
    TRY_ASSIGN(const auto attachment, unit.find_attachment(organisation, id));
    if (!attachment)
        return Error::not_found("attachment");
    if (may(actor, roles, Action::ViewDocumentDrafts))
        return *attachment;
    TRY_ASSIGN(const bool published, unit.is_attachment_published(organisation, id));
    if (!published)
        return Error::not_found("attachment");
    return *attachment;
}

}  // namespace

Result<Attachment> upload_attachment(const Services& services, const Actor& actor,
                                     const OrganisationId& organisation, const Upload& upload) {
    // Only those who may upload get their bytes inspected.
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditDocuments));
    TRY_ASSIGN(Attachment attachment,
               store_upload(*unit, services, actor, organisation, upload, FileKind::Document));
    TRY(unit->commit());
    return attachment;
}

Result<Attachment> store_upload(UnitOfWork& unit, const Services& services, const Actor& actor,
                                const OrganisationId& organisation, const Upload& upload,
                                FileKind kind) {
    if (!actor.user)
        return Error::denied("files are uploaded by people");
    TRY_ASSIGN(std::string file_name, validate_file_name(upload.file_name));
    if (services.content == nullptr)
        return Error::internal("no content reader configured");
    if (upload.content.empty())
        return Error::invalid("file", "is empty");
    TRY(check_upload_type(services.content->detect_media_type(upload.content),
                          media_type_for_file_name(file_name), kind));
    Attachment attachment;
    attachment.id = AttachmentId(services.ids.next());
    attachment.organisation_id = organisation;
    attachment.sha256 = crypto::sha256_hex(upload.content);
    attachment.file_name = std::move(file_name);
    attachment.media_type = *services.content->detect_media_type(upload.content);
    attachment.size = static_cast<std::int64_t>(upload.content.size());
    attachment.uploaded_by = actor.user->id;
    attachment.uploaded_at = services.clock.now();
    TRY(unit.save_blob(organisation, attachment.sha256, upload.content));
    TRY(unit.insert_attachment(attachment));
    TRY(record_change(unit, services, actor,
                      {organisation, "attachment", attachment.id.str(), "create", std::nullopt,
                       attachment.audit_json()}));
    return attachment;
}

Result<Attachment> get_attachment(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation, const AttachmentId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    return find_readable(*unit, actor, organisation, id);
}

Result<AttachmentContent> read_attachment(const Services& services, const Actor& actor,
                                          const OrganisationId& organisation,
                                          const AttachmentId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY_ASSIGN(Attachment attachment, find_readable(*unit, actor, organisation, id));
    TRY_ASSIGN(auto bytes, unit->read_blob(organisation, attachment.sha256));
    if (!bytes)
        return Error::internal("the content of attachment " + id.str() + " is missing");
    return AttachmentContent{std::move(attachment), std::move(*bytes)};
}

}  // namespace mamori
