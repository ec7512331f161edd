#include "app/record_versions.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/org_records.h"
#include "base/text.h"
#include "crypto/crypto.h"
#include "domain/context/field_checks.h"

namespace mamori {

namespace {

constexpr std::size_t max_body_bytes = 512 * 1024;

std::string audit_entity(const VersionedKind& kind) {
    return std::string(kind.record_type) + "_version";
}

Result<UserId> acting_person(const Actor& actor) {
    if (!actor.user)
        return Error::denied("versions are written and approved by people, not the system");
    return actor.user->id;
}

// The record, its kind and the actor's roles, found inside `unit`: membership is checked
// before the record is looked up, so only members learn whether it exists.
struct OpenRecord {
    VersionedKind kind;
    RoleSet roles;
    RecordRef ref;
};

Result<OpenRecord> open_record(UnitOfWork& unit, const Actor& actor,
                               const OrganisationId& organisation, const VersionedRecord& record,
                               bool changing) {
    TRY_ASSIGN(const RoleSet roles, authorise(unit, actor, organisation, Action::ViewOrganisation));
    TRY_ASSIGN(const VersionedKind kind, record.resolve(unit));
    if (!may(actor, roles, kind.view))
        return Error::denied("your roles do not allow you to read this record");
    if (changing && kind.frozen)
        return Error::precondition(std::string(kind.frozen_reason));
    return OpenRecord{kind, roles, {std::string(kind.record_type), record.id}};
}

Result<RecordVersion> find_number(UnitOfWork& unit, const OrganisationId& organisation,
                                  const RecordRef& ref, std::int64_t number) {
    TRY_ASSIGN(auto version, unit.find_record_version(organisation, ref, number));
    if (!version)
        return Error::not_found("version");
    return std::move(*version);
}

Status record_transition(UnitOfWork& unit, const Services& services, const Actor& actor,
                         const VersionedKind& kind, const RecordVersion& before,
                         const RecordVersion& after, VersionAction action,
                         const std::string& comment) {
    TRY(unit.update_record_version(after));
    TransitionRow row;
    row.id = services.ids.next();
    row.organisation_id = after.organisation_id;
    row.transition = {after.id,       action,           before.state, after.state,
                      actor.user->id, after.updated_at, comment};
    TRY(unit.insert_transition(row));
    const std::string entity = audit_entity(kind);
    return record_change(unit, services, actor,
                         {after.organisation_id, entity, after.id.str(), to_string(action),
                          before.audit_json(), after.audit_json()});
}

// Publishing (or approving a kind without publication) puts a version in force: every older
// version that was in force, or approved and waiting, is superseded. A newer approved version
// would be put out of force by an older one: refused.
Status put_in_force(UnitOfWork& unit, const Services& services, const Actor& actor,
                    const VersionedKind& kind, const std::vector<RecordVersion>& versions,
                    const RecordVersion& in_force, VersionAction action) {
    for (const RecordVersion& other : versions) {
        if (other.number > in_force.number && other.is_approved())
            return Error::precondition("version " + std::to_string(other.number) +
                                       " is newer and approved; publish that one instead");
    }
    for (const RecordVersion& older : versions) {
        if (older.number >= in_force.number || !older.is_approved())
            continue;
        RecordVersion superseded = older;
        superseded.state = VersionState::Superseded;
        superseded.updated_at = in_force.updated_at;
        ++superseded.version;
        TRY(record_transition(unit, services, actor, kind, older, superseded, action,
                              "superseded by version " + std::to_string(in_force.number)));
    }
    return {};
}

Result<std::string> checked_body(const std::string& body) {
    if (body.size() > max_body_bytes)
        return Error::invalid("body", "must be at most 512 KiB");
    if (body.empty())
        return std::string();
    return validate_optional_text("body", body, max_body_bytes);
}

}  // namespace

bool may_read_drafts(const Actor& actor, const RoleSet& roles, const VersionedKind& kind) {
    return may(actor, roles, kind.view_drafts);
}

Result<std::vector<RecordVersion>> list_versions(const Services& services, const Actor& actor,
                                                 const OrganisationId& organisation,
                                                 const VersionedRecord& record) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY_ASSIGN(const OpenRecord open, open_record(*unit, actor, organisation, record, false));
    TRY_ASSIGN(auto versions, unit->list_record_versions(organisation, open.ref));
    if (may_read_drafts(actor, open.roles, open.kind))
        return versions;
    const RecordVersion* current = current_version(versions);
    if (current == nullptr || current->state != VersionState::Published)
        return std::vector<RecordVersion>{};
    return std::vector<RecordVersion>{*current};
}

Result<VersionView> get_version(const Services& services, const Actor& actor,
                                const OrganisationId& organisation, const VersionedRecord& record,
                                std::int64_t number) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY_ASSIGN(const OpenRecord open, open_record(*unit, actor, organisation, record, false));
    TRY_ASSIGN(RecordVersion version, find_number(*unit, organisation, open.ref, number));
    // Readers see the one published version; one state is published at a time.
    if (!may_read_drafts(actor, open.roles, open.kind) && version.state != VersionState::Published)
        return Error::not_found("version");
    VersionView view;
    TRY_ASSIGN(view.transitions, unit->list_transitions(organisation, version.id));
    if (version.attachment_id) {
        TRY_ASSIGN(view.attachment, unit->find_attachment(organisation, *version.attachment_id));
    }
    view.version = std::move(version);
    return view;
}

Result<RecordVersion> insert_first_version(UnitOfWork& unit, const Services& services,
                                           const Actor& actor, const OrganisationId& organisation,
                                           const VersionedKind& kind, const std::string& record_id,
                                           std::string body, std::string fields) {
    TRY_ASSIGN(const UserId author, acting_person(actor));
    RecordVersion version;
    version.id = RecordVersionId(services.ids.next());
    version.organisation_id = organisation;
    version.record = {std::string(kind.record_type), record_id};
    version.body = std::move(body);
    version.fields = std::move(fields);
    version.author_id = author;
    version.created_at = services.clock.now();
    version.updated_at = version.created_at;
    TRY(unit.insert_record_version(version));
    const std::string entity = audit_entity(kind);
    TRY(record_change(
        unit, services, actor,
        {organisation, entity, version.id.str(), "create", std::nullopt, version.audit_json()}));
    return version;
}

Result<RecordVersion> start_draft(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation,
                                  const VersionedRecord& record) {
    TRY_ASSIGN(const UserId author, acting_person(actor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(const OpenRecord open, open_record(*unit, actor, organisation, record, true));
    if (!may(actor, open.roles, open.kind.edit))
        return Error::denied("your roles do not allow you to write this record");
    TRY_ASSIGN(const auto versions, unit->list_record_versions(organisation, open.ref));
    if (versions.empty()) {
        TRY_ASSIGN(RecordVersion first, insert_first_version(*unit, services, actor, organisation,
                                                             open.kind, record.id, "", ""));
        TRY(unit->commit());
        return first;
    }
    if (const RecordVersion* pending = pending_version(versions)) {
        return Error::conflict("version " + std::to_string(pending->number) + " is " +
                               std::string(to_string(pending->state)) +
                               "; finish it before starting another draft");
    }
    RecordVersion draft = next_draft(versions.front(), RecordVersionId(services.ids.next()), author,
                                     services.clock.now());
    TRY(unit->insert_record_version(draft));
    const std::string entity = audit_entity(open.kind);
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, draft.id.str(), "create", std::nullopt, draft.audit_json()}));
    TRY(unit->commit());
    return draft;
}

Result<RecordVersion> change_draft(const Services& services, const Actor& actor,
                                   const OrganisationId& organisation,
                                   const VersionedRecord& record, std::int64_t number,
                                   const VersionChanges& changes,
                                   std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(const OpenRecord open, open_record(*unit, actor, organisation, record, true));
    if (!may(actor, open.roles, open.kind.edit))
        return Error::denied("your roles do not allow you to write this record");
    TRY_ASSIGN(const RecordVersion current, find_number(*unit, organisation, open.ref, number));
    TRY(require_editable(current));
    TRY(check_version(expected_version, current.version, "version"));
    RecordVersion changed = current;
    FieldChecks checks;
    if (changes.body)
        changed.body = checks.take(checked_body(*changes.body), current.body);
    if (changes.change_summary) {
        changed.change_summary =
            checks.take(validate_optional_text("change_summary", *changes.change_summary, 500));
    }
    if (changes.fields)
        changed.fields = checks.take(changes.fields(*unit, current.fields), current.fields);
    if (changes.attachment_id) {
        if (changes.attachment_id->empty()) {
            changed.attachment_id.reset();
        } else {
            TRY_ASSIGN(const auto attachment,
                       unit->find_attachment(organisation, AttachmentId(*changes.attachment_id)));
            if (attachment)
                changed.attachment_id = attachment->id;
            else
                checks.fail("attachment_id", "is not an attachment of this organisation");
        }
    }
    TRY(checks.finish());
    if (changed.audit_json() == current.audit_json())
        return current;
    changed.updated_at = services.clock.now();
    ++changed.version;
    TRY(unit->update_record_version(changed));
    const std::string entity = audit_entity(open.kind);
    TRY(record_change(*unit, services, actor,
                      {organisation, entity, changed.id.str(), "update", current.audit_json(),
                       changed.audit_json()}));
    TRY(unit->commit());
    return changed;
}

Result<RecordVersion> transition_version(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation,
                                         const VersionedRecord& record, std::int64_t number,
                                         VersionAction action, const std::string& comment,
                                         const AfterTransition& after) {
    TRY_ASSIGN(const UserId person, acting_person(actor));
    const std::string reason(trim(comment));
    if (reason.size() > 2000)
        return Error::invalid("comment", "must be at most 2000 bytes");
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(const OpenRecord open, open_record(*unit, actor, organisation, record, true));
    const bool approver_action = action == VersionAction::Approve ||
                                 action == VersionAction::Return ||
                                 action == VersionAction::Withdraw;
    if (!may(actor, open.roles, approver_action ? open.kind.approve : open.kind.edit)) {
        return Error::denied("your roles do not allow you to " + std::string(to_string(action)) +
                             " this version");
    }
    TRY_ASSIGN(const auto organisation_record, unit->find_organisation(organisation));
    TRY_ASSIGN(const auto versions, unit->list_record_versions(organisation, open.ref));
    TRY_ASSIGN(const RecordVersion before, find_number(*unit, organisation, open.ref, number));
    const WorkflowRules rules{open.kind.publication_step,
                              organisation_record && organisation_record->separate_approval};
    TRY_ASSIGN(const RecordVersion changed,
               apply_transition(before, action, person, reason, rules, services.clock.now()));
    if (changed.state == VersionState::Published)
        TRY(put_in_force(*unit, services, actor, open.kind, versions, changed, action));
    TRY(record_transition(*unit, services, actor, open.kind, before, changed, action, reason));
    if (after)
        TRY(after(*unit, changed));
    TRY(unit->commit());
    return changed;
}

std::string version_digest(const RecordVersion& version, const std::optional<Attachment>& file) {
    return crypto::sha256_hex(version.body + '\x1f' + version.fields + '\x1f' +
                              (file ? file->sha256 : std::string()));
}

}  // namespace mamori
