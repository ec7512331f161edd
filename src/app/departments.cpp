#include "app/departments.h"

#include "app/access.h"
#include "app/audit_log.h"
#include "app/org_records.h"

namespace mamori {

namespace {

constexpr std::string_view department_entity = "department";
constexpr std::string_view site_entity = "site";

Result<Department> find_department(UnitOfWork& unit, const OrganisationId& organisation,
                                   const DepartmentId& id) {
    TRY_ASSIGN(const auto department, unit.find_department(organisation, id));
    if (!department)
        return Error::not_found("department");
    return *department;
}

Result<Site> find_site(UnitOfWork& unit, const OrganisationId& organisation, const SiteId& id) {
    TRY_ASSIGN(const auto site, unit.find_site(organisation, id));
    if (!site)
        return Error::not_found("site");
    return *site;
}

// The parent exists in the organisation and is not the department or below it; walking up
// from the parent finds the department itself when the change would close a loop.
Status check_parent(UnitOfWork& unit, const Department& department) {
    std::optional<DepartmentId> next = department.parent_id;
    while (next) {
        if (*next == department.id)
            return Error::invalid("parent_id", "cannot be the department or one below it");
        TRY_ASSIGN(const auto parent, unit.find_department(department.organisation_id, *next));
        if (!parent)
            return Error::invalid("parent_id", "must be a department of the organisation");
        next = parent->parent_id;
    }
    return {};
}

// The references of a new or changed department, every bad field named at once. A former
// member may stay the head of an old department, but no one new outside can become it.
Status check_references(UnitOfWork& unit, const Department& department,
                        const std::optional<Department>& current) {
    std::vector<FieldError> errors;
    const auto keep = [&errors](Status status) {
        if (!status) {
            for (FieldError& field : std::move(status).error().fields)
                errors.push_back(std::move(field));
        }
    };
    if (!current || department.parent_id != current->parent_id)
        keep(check_parent(unit, department));
    if (department.head_id && (!current || department.head_id != current->head_id)) {
        keep(require_member(unit, department.organisation_id, *department.head_id, "head_id"));
    }
    if (errors.empty())
        return {};
    return Error::invalid(std::move(errors));
}

}  // namespace

// Departments -----------------------------------------------------------------------------

Result<Page<Department>> list_departments(const Services& services, const Actor& actor,
                                          const OrganisationId& organisation,
                                          const PageRequest& page) {
    return list_org_records<Department>(services, actor, organisation, Action::ViewLeadership, page,
                                        [&](UnitOfWork& unit, const PageRequest& rows) {
                                            return unit.list_departments(organisation, rows);
                                        });
}

Result<Department> get_department(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation, const DepartmentId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewLeadership));
    return find_department(*unit, organisation, id);
}

Result<Department> add_department(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation,
                                  const DepartmentChanges& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditLeadership));
    Department blank;
    blank.id = DepartmentId(services.ids.next());
    blank.organisation_id = organisation;
    blank.created_at = services.clock.now();
    TRY_ASSIGN(const Department department, apply_changes(std::move(blank), input));
    TRY(check_references(*unit, department, std::nullopt));
    TRY(unit->insert_department(department));
    TRY(record_change(*unit, services, actor,
                      {organisation, department_entity, department.id.str(), "create", std::nullopt,
                       department.audit_json()}));
    TRY(unit->commit());
    return department;
}

Result<Department> change_department(const Services& services, const Actor& actor,
                                     const OrganisationId& organisation, const DepartmentId& id,
                                     const DepartmentChanges& changes,
                                     std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditLeadership));
    TRY_ASSIGN(const Department current, find_department(*unit, organisation, id));
    TRY(check_version(expected_version, current.version, "department"));
    TRY_ASSIGN(Department changed, apply_changes(current, changes));
    // An edit that changes nothing leaves no version and no audit entry behind.
    if (changed.audit_json() == current.audit_json())
        return current;
    TRY(check_references(*unit, changed, current));
    ++changed.version;
    TRY(unit->update_department(changed));
    TRY(record_change(*unit, services, actor,
                      {organisation, department_entity, id.str(), "update", current.audit_json(),
                       changed.audit_json()}));
    TRY(unit->commit());
    return changed;
}

Status remove_department(const Services& services, const Actor& actor,
                         const OrganisationId& organisation, const DepartmentId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditLeadership));
    TRY_ASSIGN(const Department department, find_department(*unit, organisation, id));
    // Deleting silently would leave sub-departments and roles pointing nowhere; the user
    // moves them first, so the structure stays what someone decided.
    TRY_ASSIGN(const std::int64_t references, unit->count_department_references(organisation, id));
    if (references > 0) {
        return Error::conflict(
            "the department is still referred to by " + std::to_string(references) +
            " sub-departments, ISMS roles, assets, documents or applied controls; move them first");
    }
    TRY(unit->delete_department(organisation, id));
    TRY(record_change(*unit, services, actor,
                      {organisation, department_entity, id.str(), "delete", department.audit_json(),
                       std::nullopt}));
    return unit->commit();
}

// Sites -----------------------------------------------------------------------------------

Result<Page<Site>> list_sites(const Services& services, const Actor& actor,
                              const OrganisationId& organisation, const PageRequest& page) {
    return list_org_records<Site>(services, actor, organisation, Action::ViewLeadership, page,
                                  [&](UnitOfWork& unit, const PageRequest& rows) {
                                      return unit.list_sites(organisation, rows);
                                  });
}

Result<Site> get_site(const Services& services, const Actor& actor,
                      const OrganisationId& organisation, const SiteId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
    TRY(authorise(*unit, actor, organisation, Action::ViewLeadership));
    return find_site(*unit, organisation, id);
}

Result<Site> add_site(const Services& services, const Actor& actor,
                      const OrganisationId& organisation, const SiteChanges& input) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditLeadership));
    Site blank;
    blank.id = SiteId(services.ids.next());
    blank.organisation_id = organisation;
    blank.created_at = services.clock.now();
    TRY_ASSIGN(const Site site, apply_changes(std::move(blank), input));
    TRY(unit->insert_site(site));
    TRY(record_change(
        *unit, services, actor,
        {organisation, site_entity, site.id.str(), "create", std::nullopt, site.audit_json()}));
    TRY(unit->commit());
    return site;
}

Result<Site> change_site(const Services& services, const Actor& actor,
                         const OrganisationId& organisation, const SiteId& id,
                         const SiteChanges& changes, std::optional<std::int64_t> expected_version) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditLeadership));
    TRY_ASSIGN(const Site current, find_site(*unit, organisation, id));
    TRY(check_version(expected_version, current.version, "site"));
    TRY_ASSIGN(Site changed, apply_changes(current, changes));
    if (changed.audit_json() == current.audit_json())
        return current;
    ++changed.version;
    TRY(unit->update_site(changed));
    TRY(record_change(*unit, services, actor,
                      {organisation, site_entity, id.str(), "update", current.audit_json(),
                       changed.audit_json()}));
    TRY(unit->commit());
    return changed;
}

Status remove_site(const Services& services, const Actor& actor, const OrganisationId& organisation,
                   const SiteId& id) {
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY(authorise(*unit, actor, organisation, Action::EditLeadership));
    TRY_ASSIGN(const Site site, find_site(*unit, organisation, id));
    TRY(unit->delete_site(organisation, id));
    TRY(record_change(
        *unit, services, actor,
        {organisation, site_entity, id.str(), "delete", site.audit_json(), std::nullopt}));
    return unit->commit();
}

}  // namespace mamori
