#include "app/isms_roles.h"

#include <algorithm>

#include "app/access.h"
#include "app/audit_log.h"
#include "app/org_records.h"

namespace mamori {

namespace {

constexpr std::string_view entity = "isms_role";

Result<IsmsRole> find_role(UnitOfWork& unit, const OrganisationId& organisation,
                           const IsmsRoleId& id) {
    TRY_ASSIGN(const auto role, unit.find_isms_role(organisation, id));
    if (!role)
        return Error::not_found("ISMS role");
    return *role;
}

bool contains(const std::vector<UserId>& users, const UserId& user) {
    return std::find(users.begin(), users.end(), user) != users.end();
}

// Walking up from the role reported to finds this role when the change would close a loop.
Status check_reporting_line(UnitOfWork& unit, const IsmsRole& role) {
    std::optional<IsmsRoleId> next = role.reports_to;
    while (next) {
        if (*next == role.id)
            return Error::invalid("reports_to", "cannot be the role or one reporting to it");
        TRY_ASSIGN(const auto above, unit.find_isms_role(role.organisation_id, *next));
        if (!above)
            return Error::invalid("reports_to", "must be an ISMS role of the organisation");
        next = above->reports_to;
    }
    return {};
}

// The references of a new or changed role, every bad field named at once. Only people newly
// listed must be members: a former member stays on record until someone replaces them.
Status check_references(UnitOfWork& unit, const IsmsRole& role,
                        const std::optional<IsmsRole>& current) {
    std::vector<FieldError> errors;
    const auto keep = [&errors](Status status) {
        if (!status) {
            for (FieldError& field : std::move(status).error().fields)
                errors.push_back(std::move(field));
        }
    };
    const auto check_members = [&](std::string_view field, const std::vector<UserId>& users,
                                   const std::vector<UserId>& before) {
        for (const UserId& user : users) {
            if (contains(before, user))
                continue;
            const std::size_t count = errors.size();
            keep(require_member(unit, role.organisation_id, user, field));
            if (errors.size() > count)
                return;  // one message per field is enough
        }
    };
    check_members("holders", role.holders, current ? current->holders : std::vector<UserId>{});
    check_members("deputies", role.deputies, current ? current->deputies : std::vector<UserId>{});
    if (role.department_id && (!current || role.department_id != current->department_id)) {
        TRY_ASSIGN(const auto department,
                   unit.find_department(role.organisation_id, *role.department_id));
        if (!department)
            errors.push_back({"department_id", "must be a department of the organisation"});
    }
    if (!current || role.reports_to != current->reports_to)
        keep(check_reporting_line(unit, role));
    if (errors.empty())
        return {};
    return Error::invalid(std::move(errors));
}

}  // namespace

Result<Page<IsmsRole>> list_isms_roles(const Services& services, const Actor& actor,
                                       const OrganisationId& organisation,
                                       const PageRequest& page) {
    return list_org_records<IsmsRole>(services, actor, organisation, Action::ViewLeadership, page,
                                      [&](UnitOfWork& unit, const PageRequest& rows) {
                                          return unit.list_isms_roles(organisation, rows);
                                      });
}

Result<IsmsRole> get_isms_role(const Services& services, const Actor& actor,
                               const OrganisationId& organisation, const IsmsRoleId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewLeadership));
    return find_role(*unit, organisation, id);
}

Result<IsmsRole> add_isms_role(const Services& services, const Actor& actor,
                               const OrganisationId& organisation, const IsmsRoleChanges& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditLeadership));
    IsmsRole blank;
    blank.id = IsmsRoleId(services.ids.next());
    blank.organisation_id = organisation;
    blank.created_at = services.clock.now();
    TRY_ASSIGN(const IsmsRole role, apply_changes(std::move(blank), input));
    TRY(check_references(*unit, role, std::nullopt));
    TRY(unit->insert_isms_role(role));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, role.id.str(), "create", std::nullopt, role.audit_json()}));
    TRY(unit->commit());
    return role;
}

Result<IsmsRole> change_isms_role(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation, const IsmsRoleId& id,
                                  const IsmsRoleChanges& changes,
                                  std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditLeadership));
    TRY_ASSIGN(const IsmsRole current, find_role(*unit, organisation, id));
    TRY(check_version(expected_version, current.version, "ISMS role"));
    TRY_ASSIGN(IsmsRole changed, apply_changes(current, changes));
    // An edit that changes nothing leaves no version and no audit entry behind.
    if (changed.audit_json() == current.audit_json())
        return current;
    TRY(check_references(*unit, changed, current));
    ++changed.version;
    TRY(unit->update_isms_role(changed));
    TRY(record_change(
        *unit, services, actor,
        {organisation, entity, id.str(), "update", current.audit_json(), changed.audit_json()}));
    TRY(unit->commit());
    return changed;
}

Status remove_isms_role(const Services& services, const Actor& actor,
                        const OrganisationId& organisation, const IsmsRoleId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditLeadership));
    TRY_ASSIGN(const IsmsRole role, find_role(*unit, organisation, id));
    // The chart must not lose a branch silently: the roles below are re-attached first.
    TRY_ASSIGN(const std::int64_t reporting, unit->count_reporting_roles(organisation, id));
    if (reporting > 0) {
        return Error::conflict(std::to_string(reporting) +
                               " ISMS roles still report to this role; change their "
                               "reports_to first");
    }
    // Nor may an asset lose its owner (A.5.9): the inventory names another one first.
    AssetFilter owned;
    owned.owner_id = id.str();
    TRY_ASSIGN(const auto assets, unit->list_assets(organisation, owned, {1, std::nullopt}));
    if (!assets.empty()) {
        return Error::conflict("the ISMS role owns assets (" + assets.front().number +
                               "); give them another owner first");
    }
    DocumentFilter documents;
    documents.owner_role_id = id;
    TRY_ASSIGN(const auto owned_documents,
               unit->list_documents(organisation, documents, {1, std::nullopt}));
    if (!owned_documents.empty()) {
        return Error::conflict("the ISMS role owns documents (" + owned_documents.front().number +
                               "); give them another owner first");
    }
    AppliedControlFilter controls;
    controls.owner_id = id.str();
    TRY_ASSIGN(const auto owned_controls,
               unit->list_applied_controls(organisation, controls, {1, std::nullopt}));
    if (!owned_controls.empty()) {
        return Error::conflict("the ISMS role owns applied controls (" +
                               owned_controls.front().number + "); give them another owner first");
    }
    TRY(unit->delete_isms_role(organisation, id));
    TRY(record_change(*unit, services, actor,
                      {organisation, entity, id.str(), "delete", role.audit_json(), std::nullopt}));
    return unit->commit();
}

}  // namespace mamori
