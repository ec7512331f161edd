#include "app/evidence.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/org_records.h"

namespace mamori {

namespace {

constexpr std::string_view entity = "evidence";

Result<Evidence> find_evidence(UnitOfWork& unit, const OrganisationId& organisation,
                               const EvidenceId& id) {
    TRY_ASSIGN(auto evidence, unit.find_evidence(organisation, id));
    if (!evidence)
        return Error::not_found("evidence");
    return std::move(*evidence);
}

// The file and owner a version names are the organisation's.
Status check_references(UnitOfWork& unit, const OrganisationId& organisation,
                        const std::optional<UserId>& owner, const EvidenceVersion& version) {
    std::vector<FieldError> errors;
    if (owner) {
        TRY_ASSIGN(const auto membership, unit.find_membership(organisation, *owner));
        if (!membership)
            errors.push_back({"owner_id", "must be a member of the organisation"});
    }
    if (version.attachment_id) {
        TRY_ASSIGN(const auto attachment,
                   unit.find_attachment(organisation, *version.attachment_id));
        if (!attachment)
            errors.push_back({"attachment_id", "is not a file uploaded to this organisation"});
    }
    if (errors.empty())
        return {};
    return Error::invalid(std::move(errors));
}

const UserId& person(const Actor& actor) {
    return actor.user->id;
}

}  // namespace

Result<Attachment> upload_evidence_file(const Services& services, const Actor& actor,
                                        const OrganisationId& organisation, const Upload& upload) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditControls));
    TRY_ASSIGN(Attachment attachment,
               store_upload(*unit, services, actor, organisation, upload, FileKind::Evidence));
    TRY(unit->commit());
    return attachment;
}

Result<std::vector<Evidence>> list_evidence(const Services& services, const Actor& actor,
                                            const OrganisationId& organisation,
                                            const AppliedControlId& control) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewControls));
    TRY_ASSIGN(const auto found, unit->find_applied_control(organisation, control));
    if (!found)
        return Error::not_found("applied control");
    return unit->list_control_evidence(organisation, control);
}

Result<Evidence> get_evidence(const Services& services, const Actor& actor,
                              const OrganisationId& organisation, const EvidenceId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewControls));
    return find_evidence(*unit, organisation, id);
}

Result<Evidence> add_evidence(const Services& services, const Actor& actor,
                              const OrganisationId& organisation, const AppliedControlId& control,
                              const EvidenceInput& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditControls));
    if (!actor.user)
        return Error::denied("evidence is added by people");
    TRY_ASSIGN(const auto found, unit->find_applied_control(organisation, control));
    if (!found)
        return Error::not_found("applied control");
    TRY_ASSIGN(const Evidence evidence,
               new_evidence(EvidenceId(services.ids.next()), organisation, control, input,
                            person(actor), services.clock.now()));
    TRY(check_references(*unit, organisation, evidence.owner_id, evidence.latest()));
    TRY(unit->insert_evidence(evidence));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, evidence.id.str(), "create", std::nullopt, evidence.audit_json()}));
    TRY(unit->commit());
    return evidence;
}

Result<Evidence> add_evidence_version(const Services& services, const Actor& actor,
                                      const OrganisationId& organisation, const EvidenceId& id,
                                      const EvidenceInput& input,
                                      std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditControls));
    if (!actor.user)
        return Error::denied("evidence is added by people");
    TRY_ASSIGN(const Evidence current, find_evidence(*unit, organisation, id));
    TRY(check_version(expected_version, current.version, "evidence"));
    TRY_ASSIGN(EvidenceVersion version,
               next_evidence_version(current, input, person(actor), services.clock.now()));
    TRY(check_references(*unit, organisation, std::nullopt, version));
    Evidence changed = current;
    changed.versions.push_back(std::move(version));
    ++changed.version;
    TRY(unit->append_evidence_version(changed));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "update", current.audit_json(), changed.audit_json()}));
    TRY(unit->commit());
    return changed;
}

Result<AttachmentContent> read_evidence_file(const Services& services, const Actor& actor,
                                             const OrganisationId& organisation,
                                             const EvidenceId& id, std::int64_t number) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewControls));
    TRY_ASSIGN(const Evidence evidence, find_evidence(*unit, organisation, id));
    if (number < 1 || number > static_cast<std::int64_t>(evidence.versions.size()))
        return Error::not_found("evidence version");
    const EvidenceVersion& version = evidence.versions[static_cast<std::size_t>(number - 1)];
    if (!version.attachment_id)
        return Error::not_found("file (this version is a link)");
    TRY_ASSIGN(const auto attachment, unit->find_attachment(organisation, *version.attachment_id));
    if (!attachment)
        return Error::internal("the attachment of evidence " + id.str() + " is missing");
    TRY_ASSIGN(auto bytes, unit->read_blob(organisation, attachment->sha256));
    if (!bytes)
        return Error::internal("the content of evidence " + id.str() + " is missing");
    return AttachmentContent{*attachment, std::move(*bytes)};
}

}  // namespace mamori
