#include "app/applied_controls.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/frameworks.h"
#include "app/org_records.h"
#include "app/ownership_checks.h"

namespace mamori {

namespace {

constexpr std::string_view entity = "applied_control";

Result<AppliedControl> find_control(UnitOfWork& unit, const OrganisationId& organisation,
                                    const AppliedControlId& id) {
    TRY_ASSIGN(auto control, unit.find_applied_control(organisation, id));
    if (!control)
        return Error::not_found("applied control");
    return std::move(*control);
}

Ownership ownership_of(const AppliedControl& control) {
    return {control.owner_id, control.owner_role_id, control.department_id};
}

// The owner, role, department and documents name the organisation's; only what changed is
// checked.
Status check_references(UnitOfWork& unit, const OrganisationId& organisation,
                        const AppliedControl& control,
                        const std::optional<AppliedControl>& current) {
    std::vector<FieldError> errors;
    TRY(check_ownership(references_in(unit, organisation), ownership_of(control),
                        current ? std::optional(ownership_of(*current)) : std::nullopt, errors));
    if (!current || control.documents != current->documents) {
        for (std::size_t index = 0; index < control.documents.size(); ++index) {
            TRY_ASSIGN(const auto document,
                       unit.find_document(organisation, control.documents[index]));
            if (!document)
                errors.push_back({"documents[" + std::to_string(index) + "]",
                                  "is not a document of this organisation"});
        }
    }
    if (errors.empty())
        return {};
    return Error::invalid(std::move(errors));
}

// The unique index decides; its conflict is named for people.
Status number_is_free(Status written, const AppliedControl& control) {
    if (!written && written.error().code == ErrorCode::Conflict)
        return Error::conflict("control number " + control.number + " is already used");
    return written;
}

}  // namespace

bool reference_control_exists(const ControlReference& reference) {
    const Framework* framework = find_framework(reference.framework);
    return framework != nullptr && framework->find_control(reference.control) != nullptr;
}

Result<Page<AppliedControl>> list_applied_controls(const Services& services, const Actor& actor,
                                                   const OrganisationId& organisation,
                                                   const AppliedControlFilter& filter,
                                                   const PageRequest& page) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewControls));
    TRY_ASSIGN(
        std::vector<AppliedControl> rows,
        unit->list_applied_controls(organisation, filter, PageRequest{page.limit + 1, page.after}));
    return make_page(std::move(rows), page.limit,
                     [](const AppliedControl& control) { return control.number; });
}

Result<AppliedControl> get_applied_control(const Services& services, const Actor& actor,
                                           const OrganisationId& organisation,
                                           const AppliedControlId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Snapshot));
    TRY(authorise(*unit, actor, organisation, Action::ViewControls));
    return find_control(*unit, organisation, id);
}

Result<AppliedControl> add_applied_control(const Services& services, const Actor& actor,
                                           const OrganisationId& organisation,
                                           const AppliedControlChanges& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditControls));
    AppliedControl blank;
    blank.id = AppliedControlId(services.ids.next());
    blank.organisation_id = organisation;
    blank.created_at = services.clock.now();
    TRY_ASSIGN(const AppliedControl control,
               apply_changes(std::move(blank), input, reference_control_exists));
    TRY(check_references(*unit, organisation, control, std::nullopt));
    TRY(number_is_free(unit->insert_applied_control(control), control));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, control.id.str(), "create", std::nullopt, control.audit_json()}));
    TRY(unit->commit());
    return control;
}

Result<AppliedControl> change_applied_control(const Services& services, const Actor& actor,
                                              const OrganisationId& organisation,
                                              const AppliedControlId& id,
                                              const AppliedControlChanges& changes,
                                              std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditControls));
    TRY_ASSIGN(const AppliedControl current, find_control(*unit, organisation, id));
    TRY(check_version(expected_version, current.version, "applied control"));
    TRY_ASSIGN(AppliedControl changed, apply_changes(current, changes, reference_control_exists));
    // An edit that changes nothing leaves no version and no audit entry behind.
    if (changed.audit_json() == current.audit_json())
        return current;
    TRY(check_references(*unit, organisation, changed, current));
    ++changed.version;
    TRY(number_is_free(unit->update_applied_control(changed), changed));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "update", current.audit_json(), changed.audit_json()}));
    TRY(unit->commit());
    return changed;
}

Status remove_applied_control(const Services& services, const Actor& actor,
                              const OrganisationId& organisation, const AppliedControlId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditControls));
    TRY_ASSIGN(const AppliedControl control, find_control(*unit, organisation, id));
    // Risks of any assessment, approved ones included, name it as their treatment.
    TRY_ASSIGN(const std::int64_t risks, unit->count_applied_control_risks(organisation, id));
    if (risks > 0) {
        return Error::conflict(std::to_string(risks) +
                               " risks name this control in their treatment; retire it "
                               "(status) instead of deleting it");
    }
    TRY_ASSIGN(const auto evidence, unit->list_control_evidence(organisation, id));
    if (!evidence.empty()) {
        return Error::conflict(std::to_string(evidence.size()) +
                               " pieces of evidence belong to this control; retire it (status) "
                               "instead of deleting it");
    }
    TRY(unit->delete_applied_control(organisation, id));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "delete", control.audit_json(), std::nullopt}));
    return unit->commit();
}

}  // namespace mamori
