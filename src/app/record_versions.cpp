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

bool may(const Actor& actor, const RoleSet& roles, Action action) {
    return actor.is_system() || is_allowed(roles, Administrator::No, action);
}

Result<UserId> acting_person(const Actor& actor) {
    if (!actor.user)
        return Error::denied("versions are written and approved by people, not the system");
    return actor.user->id;
}

Result<RecordVersion> find_number(const std::vector<RecordVersion>& versions, std::int64_t number) {
    for (const RecordVersion& version : versions) {
        if (version.number == number)
            return version;
    }
    return Error::not_found("version");
}

// The versions `roles` may read: all of them, or only the one in force.
std::vector<RecordVersion> visible(std::vector<RecordVersion> versions, const Actor& actor,
                                   const RoleSet& roles, const VersionedKind& kind) {
    if (may(actor, roles, kind.view_drafts))
        return versions;
    const RecordVersion* current = current_version(versions);
    if (current == nullptr || current->state != VersionState::Published)
        return {};
    return {*current};
}

Status record_transition(UnitOfWork& unit, const Services& services, const Actor& actor,
                         const VersionedKind& kind, const RecordVersion& before,
                         const RecordVersion& after, VersionAction action,
                         const std::string& comment) {
    TRY(unit.update_record_version(after));
    TransitionRow row;
    row.id = services.ids.next();
    row.organisation_id = after.organisation_id;
    row.transition = {after.id, action, before.state, after.state, actor.user->id, after.updated_at,
                      comment};
    TRY(unit.insert_transition(row));
    const std::string entity = audit_entity(kind);
    return record_change(unit, services, actor,
                         {after.organisation_id, entity, after.id.str(), to_string(action),
                          before.audit_json(), after.audit_json()});
}

// Publishing (or approving a kind without publication) puts a version in force: every older
// version that was in force, or approved and waiting, is superseded.
Status supersede_older(UnitOfWork& unit, const Services& services, const Actor& actor,
                       const VersionedKind& kind, const std::vector<RecordVersion>& versions,
                       const RecordVersion& in_force, VersionAction action) {
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

}  // namespace

Result<std::vector<RecordVersion>> list_versions(const Services& services, const Actor& actor,
                                                 const OrganisationId& organisation,
                                                 const VersionedKind& kind,
                                                 const std::string& record_id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY_ASSIGN(const RoleSet roles, authorise(*unit, actor, organisation, kind.view));
    TRY_ASSIGN(auto versions,
               unit->list_record_versions(organisation, {std::string(kind.record_type), record_id}));
    return visible(std::move(versions), actor, roles, kind);
}

Result<VersionView> get_version(const Services& services, const Actor& actor,
                                const OrganisationId& organisation, const VersionedKind& kind,
                                const std::string& record_id, std::int64_t number) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY_ASSIGN(const RoleSet roles, authorise(*unit, actor, organisation, kind.view));
    TRY_ASSIGN(auto versions,
               unit->list_record_versions(organisation, {std::string(kind.record_type), record_id}));
    TRY_ASSIGN(RecordVersion version, find_number(visible(std::move(versions), actor, roles, kind),
                                                  number));
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
    TRY(record_change(unit, services, actor,
                      {organisation, entity, version.id.str(), "create", std::nullopt,
                       version.audit_json()}));
    return version;
}

Result<RecordVersion> start_draft(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation, const VersionedKind& kind,
                                  const std::string& record_id) {
    TRY_ASSIGN(const UserId author, acting_person(actor));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, kind.edit));
    TRY_ASSIGN(const auto versions,
               unit->list_record_versions(organisation, {std::string(kind.record_type), record_id}));
    if (versions.empty()) {
        TRY_ASSIGN(RecordVersion first,
                   insert_first_version(*unit, services, actor, organisation, kind, record_id, "",
                                        ""));
        TRY(unit->commit());
        return first;
    }
    if (const RecordVersion* pending = pending_version(versions)) {
        return Error::conflict("version " + std::to_string(pending->number) + " is " +
                               std::string(to_string(pending->state)) +
                               "; finish it before starting another draft");
    }
    RecordVersion draft =
        next_draft(versions.front(), RecordVersionId(services.ids.next()), author,
                   services.clock.now());
    TRY(unit->insert_record_version(draft));
    const std::string entity = audit_entity(kind);
    TRY(record_change(*unit, services, actor,
                      {organisation, entity, draft.id.str(), "create", std::nullopt,
                       draft.audit_json()}));
    TRY(unit->commit());
    return draft;
}

Result<RecordVersion> change_draft(const Services& services, const Actor& actor,
                                   const OrganisationId& organisation, const VersionedKind& kind,
                                   const std::string& record_id, std::int64_t number,
                                   const VersionChanges& changes,
                                   std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, kind.edit));
    TRY_ASSIGN(const auto versions,
               unit->list_record_versions(organisation, {std::string(kind.record_type), record_id}));
    TRY_ASSIGN(const RecordVersion current, find_number(versions, number));
    TRY(require_editable(current));
    TRY(check_version(expected_version, current.version, "version"));
    RecordVersion changed = current;
    FieldChecks checks;
    if (changes.body) {
        if (changes.body->size() > max_body_bytes)
            checks.fail("body", "must be at most 512 KiB");
        else if (!changes.body->empty())
            changed.body = checks.take(validate_optional_text("body", *changes.body,
                                                              max_body_bytes));
        else
            changed.body.clear();
    }
    if (changes.change_summary) {
        changed.change_summary =
            checks.take(validate_optional_text("change_summary", *changes.change_summary, 500));
    }
    if (changes.fields)
        changed.fields = *changes.fields;
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
    const std::string entity = audit_entity(kind);
    TRY(record_change(*unit, services, actor,
                      {organisation, entity, changed.id.str(), "update", current.audit_json(),
                       changed.audit_json()}));
    TRY(unit->commit());
    return changed;
}

Result<RecordVersion> transition_version(const Services& services, const Actor& actor,
                                         const OrganisationId& organisation,
                                         const VersionedKind& kind, const std::string& record_id,
                                         std::int64_t number, VersionAction action,
                                         const std::string& comment, const AfterTransition& after) {
    TRY_ASSIGN(const UserId person, acting_person(actor));
    const std::string reason(trim(comment));
    if (reason.size() > 2000)
        return Error::invalid("comment", "must be at most 2000 bytes");
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(const RoleSet roles, authorise(*unit, actor, organisation, kind.view));
    const bool approver_action = action == VersionAction::Approve ||
                                 action == VersionAction::Return ||
                                 action == VersionAction::Withdraw;
    if (!may(actor, roles, approver_action ? kind.approve : kind.edit)) {
        return Error::denied("your roles do not allow you to " + std::string(to_string(action)) +
                             " this version");
    }
    TRY_ASSIGN(const auto organisation_record, unit->find_organisation(organisation));
    TRY_ASSIGN(const auto versions,
               unit->list_record_versions(organisation, {std::string(kind.record_type), record_id}));
    TRY_ASSIGN(const RecordVersion before, find_number(versions, number));
    const WorkflowRules rules{kind.publication_step,
                              organisation_record && organisation_record->separate_approval};
    TRY_ASSIGN(const RecordVersion changed,
               apply_transition(before, action, person, reason, rules, services.clock.now()));
    TRY(record_transition(*unit, services, actor, kind, before, changed, action, reason));
    if (changed.state == VersionState::Published)
        TRY(supersede_older(*unit, services, actor, kind, versions, changed, action));
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
