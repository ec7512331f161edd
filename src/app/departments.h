#pragma once
// Departments (部門) and sites (拠点), the organisation's structure that other registers refer
// to (5.3). ISMS managers edit them; every member reads them. Each change is one transaction
// with its audit-trail entry.
#include <optional>

#include "app/paging.h"
#include "app/services.h"

namespace mamori {

Result<Page<Department>> list_departments(const Services& services, const Actor& actor,
                                          const OrganisationId& organisation,
                                          const PageRequest& page);
// NotFound for a department of another organisation.
Result<Department> get_department(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation, const DepartmentId& id);
// The name is required; the parent must be a department of the organisation (and not below
// the department itself), the head a member. InvalidArgument names every bad field.
Result<Department> add_department(const Services& services, const Actor& actor,
                                  const OrganisationId& organisation,
                                  const DepartmentChanges& input);
// VersionMismatch when `expected_version` is given and stale.
Result<Department> change_department(const Services& services, const Actor& actor,
                                     const OrganisationId& organisation, const DepartmentId& id,
                                     const DepartmentChanges& changes,
                                     std::optional<std::int64_t> expected_version);
// Conflict while a sub-department or an ISMS role refers to it.
Status remove_department(const Services& services, const Actor& actor,
                         const OrganisationId& organisation, const DepartmentId& id);

Result<Page<Site>> list_sites(const Services& services, const Actor& actor,
                              const OrganisationId& organisation, const PageRequest& page);
Result<Site> get_site(const Services& services, const Actor& actor,
                      const OrganisationId& organisation, const SiteId& id);
// Name and kind are required.
Result<Site> add_site(const Services& services, const Actor& actor,
                      const OrganisationId& organisation, const SiteChanges& input);
Result<Site> change_site(const Services& services, const Actor& actor,
                         const OrganisationId& organisation, const SiteId& id,
                         const SiteChanges& changes, std::optional<std::int64_t> expected_version);
Status remove_site(const Services& services, const Actor& actor, const OrganisationId& organisation,
                   const SiteId& id);

}  // namespace mamori
