#include "app/acknowledgements.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/documents.h"
#include "base/text.h"

namespace mamori {

namespace {

Result<RecordVersion> find_version(UnitOfWork& unit, const OrganisationId& organisation,
                                   const DocumentId& document, std::int64_t number) {
    TRY_ASSIGN(const auto versions,
               unit.list_record_versions(organisation, {"document", document.str()}));
    for (const RecordVersion& version : versions) {
        if (version.number == number)
            return version;
    }
    return Error::not_found("version");
}

}  // namespace

Result<std::vector<PendingDocument>> list_pending_acknowledgements(
    const Services& services, const Actor& actor, const OrganisationId& organisation) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewDocuments));
    if (!actor.user)
        return std::vector<PendingDocument>{};
    TRY_ASSIGN(const auto pending,
               unit->list_pending_acknowledgements(organisation, actor.user->id));
    std::vector<PendingDocument> items;
    for (const PendingAcknowledgement& row : pending) {
        TRY_ASSIGN(const auto document,
                   unit->find_document(organisation, DocumentId(row.version.record.id)));
        if (document)
            items.push_back({*document, row.version, row.requested_at});
    }
    return items;
}

Result<SignOff> acknowledge_version(const Services& services, const Actor& actor,
                                    const OrganisationId& organisation, const DocumentId& document,
                                    std::int64_t number, const std::string& comment) {
    if (!actor.user)
        return Error::denied("documents are acknowledged by people");
    const std::string note(trim(comment));
    if (note.size() > 2000)
        return Error::invalid("comment", "must be at most 2000 bytes");
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::ViewDocuments));
    TRY(find_document(*unit, organisation, document));
    TRY_ASSIGN(const RecordVersion version, find_version(*unit, organisation, document, number));
    TRY_ASSIGN(const bool requested,
               unit->is_acknowledgement_requested(organisation, version.id, actor.user->id));
    if (!requested)
        return Error::denied("you were not asked to acknowledge this version");
    if (version.state != VersionState::Published)
        return Error::precondition("version " + std::to_string(number) +
                                   " is no longer published; acknowledge the version in force");
    TRY_ASSIGN(const auto existing, unit->find_sign_off(organisation, "record_version",
                                                        version.id.str(), actor.user->id));
    if (existing)
        return Error::conflict("you acknowledged this version already");
    std::optional<Attachment> file;
    if (version.attachment_id) {
        TRY_ASSIGN(file, unit->find_attachment(organisation, *version.attachment_id));
    }
    SignOff sign_off;
    sign_off.id = SignOffId(services.ids.next());
    sign_off.organisation_id = organisation;
    sign_off.subject_type = "record_version";
    sign_off.subject_id = version.id.str();
    sign_off.user_id = actor.user->id;
    sign_off.decision = "acknowledged";
    sign_off.comment = note;
    sign_off.digest = version_digest(version, file);
    sign_off.signed_at = services.clock.now();
    TRY(unit->insert_sign_off(sign_off));
    TRY(record_change(*unit, services, actor,
                      {organisation, "sign_off", sign_off.id.str(), "create", std::nullopt,
                       sign_off.audit_json()}));
    TRY(unit->commit());
    return sign_off;
}

Result<AcknowledgementStatus> acknowledgement_status(const Services& services, const Actor& actor,
                                                     const OrganisationId& organisation,
                                                     const DocumentId& document,
                                                     std::int64_t number) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewDocumentDrafts));
    TRY(find_document(*unit, organisation, document));
    TRY_ASSIGN(const RecordVersion version, find_version(*unit, organisation, document, number));
    AcknowledgementStatus status;
    TRY_ASSIGN(status.people, unit->list_acknowledgements(organisation, version.id));
    status.requested = static_cast<std::int64_t>(status.people.size());
    for (const AcknowledgementRow& row : status.people) {
        if (row.acknowledged_at)
            ++status.acknowledged;
    }
    return status;
}

}  // namespace mamori
