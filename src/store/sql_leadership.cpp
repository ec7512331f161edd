// SqlUnitOfWork: departments, sites and the ISMS roles with their holders and deputies (5.3).
// Every statement names the organisation, so an id of another organisation finds nothing.
#include "store/sql_rows.h"
#include "store/sql_unit_of_work.h"

namespace mamori {

using sql::all;
using sql::first;
using sql::id_or_null;
using sql::micros;
using sql::optional_id;
using sql::optional_text;
using sql::PageQuery;
using sql::Row;
using sql::Table;
using sql::Value;

namespace {

constexpr Table departments = {"departments", "department",
                               "id, organisation_id, name, parent_id, head_id, created_at, version",
                               "name, parent_id, head_id"};
constexpr Table sites = {"sites", "site",
                         "id, organisation_id, name, address, kind, created_at, version",
                         "name, address, kind"};
constexpr Table roles = {"isms_roles", "ISMS role",
                         "id, organisation_id, name, responsibilities, authorities, "
                         "department_id, reports_to, created_at, version",
                         "name, responsibilities, authorities, department_id, reports_to"};

constexpr std::string_view holder = "holder";
constexpr std::string_view deputy = "deputy";

Department to_department(const Row& row) {
    Department department;
    department.id = DepartmentId(row.text(0));
    department.organisation_id = OrganisationId(row.text(1));
    department.name = row.text(2);
    department.parent_id = optional_id<DepartmentId>(row, 3);
    department.head_id = optional_id<UserId>(row, 4);
    department.created_at = from_unix_micros(row.integer(5));
    department.version = row.integer(6);
    return department;
}

Site to_site(const Row& row) {
    Site site;
    site.id = SiteId(row.text(0));
    site.organisation_id = OrganisationId(row.text(1));
    site.name = row.text(2);
    site.address = row.text(3);
    site.kind = parse_site_kind(row.text(4)).value_or(SiteKind::Other);
    site.created_at = from_unix_micros(row.integer(5));
    site.version = row.integer(6);
    return site;
}

IsmsRole to_role(const Row& row) {
    IsmsRole role;
    role.id = IsmsRoleId(row.text(0));
    role.organisation_id = OrganisationId(row.text(1));
    role.name = row.text(2);
    role.responsibilities = row.text(3);
    role.authorities = row.text(4);
    role.department_id = optional_id<DepartmentId>(row, 5);
    role.reports_to = optional_id<IsmsRoleId>(row, 6);
    role.created_at = from_unix_micros(row.integer(7));
    role.version = row.integer(8);
    return role;
}

// Each record as a row in its table's column order (as inserted); the holders and deputies of
// a role are rows of isms_role_assignments.

std::vector<Value> to_row(const Department& department) {
    return {department.id.str(),
            department.organisation_id.str(),
            department.name,
            id_or_null(department.parent_id),
            id_or_null(department.head_id),
            micros(department.created_at),
            department.version};
}

std::vector<Value> to_row(const Site& site) {
    return {site.id.str(), site.organisation_id.str(),        site.name,
            site.address,  std::string(to_string(site.kind)), micros(site.created_at),
            site.version};
}

std::vector<Value> to_row(const IsmsRole& role) {
    return {role.id.str(),
            role.organisation_id.str(),
            role.name,
            role.responsibilities,
            role.authorities,
            id_or_null(role.department_id),
            id_or_null(role.reports_to),
            micros(role.created_at),
            role.version};
}

}  // namespace

// Departments -----------------------------------------------------------------------------

Status SqlUnitOfWork::insert_department(const Department& department) {
    return insert_row(departments, to_row(department));
}

Status SqlUnitOfWork::update_department(const Department& department) {
    return update_row(departments, to_row(department));
}

Status SqlUnitOfWork::delete_department(const OrganisationId& organisation,
                                        const DepartmentId& id) {
    return delete_row(departments, organisation, id.str());
}

Result<std::optional<Department>> SqlUnitOfWork::find_department(const OrganisationId& organisation,
                                                                 const DepartmentId& id) {
    return first<Department>(select_row(departments, organisation, id.str()), to_department);
}

Result<std::vector<Department>> SqlUnitOfWork::list_departments(const OrganisationId& organisation,
                                                                const PageRequest& page) {
    return all<Department>(select_page(PageQuery(departments, organisation, page)), to_department);
}

Result<std::int64_t> SqlUnitOfWork::count_department_references(const OrganisationId& organisation,
                                                                const DepartmentId& id) {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT (SELECT count(*) FROM departments WHERE organisation_id = $1 "
                     "AND parent_id = $2) + (SELECT count(*) FROM isms_roles "
                     "WHERE organisation_id = $1 AND department_id = $2) + "
                     "(SELECT count(*) FROM assets WHERE organisation_id = $1 "
                     "AND department_id = $2) + (SELECT count(*) FROM documents "
                     "WHERE organisation_id = $1 AND department_id = $2) + (SELECT count(*) "
                     "FROM applied_controls WHERE organisation_id = $1 AND department_id = $2)",
                     {organisation.str(), id.str()}));
    return result.rows.at(0).integer(0);
}

// Sites -----------------------------------------------------------------------------------

Status SqlUnitOfWork::insert_site(const Site& site) {
    return insert_row(sites, to_row(site));
}

Status SqlUnitOfWork::update_site(const Site& site) {
    return update_row(sites, to_row(site));
}

Status SqlUnitOfWork::delete_site(const OrganisationId& organisation, const SiteId& id) {
    return delete_row(sites, organisation, id.str());
}

Result<std::optional<Site>> SqlUnitOfWork::find_site(const OrganisationId& organisation,
                                                     const SiteId& id) {
    return first<Site>(select_row(sites, organisation, id.str()), to_site);
}

Result<std::vector<Site>> SqlUnitOfWork::list_sites(const OrganisationId& organisation,
                                                    const PageRequest& page) {
    return all<Site>(select_page(PageQuery(sites, organisation, page)), to_site);
}

// ISMS roles ------------------------------------------------------------------------------

Status SqlUnitOfWork::replace_assignments(const IsmsRole& role) {
    TRY(query("DELETE FROM isms_role_assignments WHERE organisation_id = $1 AND role_id = $2",
              {role.organisation_id.str(), role.id.str()}));
    const auto insert = [&](std::string_view kind, const std::vector<UserId>& users) -> Status {
        for (std::size_t position = 0; position < users.size(); ++position) {
            TRY(
                query("INSERT INTO isms_role_assignments "
                      "(role_id, organisation_id, kind, position, user_id) "
                      "VALUES ($1, $2, $3, $4, $5)",
                      {role.id.str(), role.organisation_id.str(), std::string(kind),
                       static_cast<std::int64_t>(position), users[position].str()}));
        }
        return {};
    };
    TRY(insert(holder, role.holders));
    return insert(deputy, role.deputies);
}

// One query for a whole page: the page's ids are a contiguous range in id order, so the
// assignments of [first id, last id] are exactly those of the page's roles.
Status SqlUnitOfWork::load_assignments(const OrganisationId& organisation,
                                       std::vector<IsmsRole>& roles) {
    if (roles.empty())
        return {};
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT role_id, kind, user_id FROM isms_role_assignments "
                     "WHERE organisation_id = $1 AND role_id >= $2 AND role_id <= $3 "
                     "ORDER BY role_id, kind, position",
                     {organisation.str(), roles.front().id.str(), roles.back().id.str()}));
    std::size_t index = 0;
    for (const Row& row : result.rows) {
        while (index < roles.size() && roles[index].id.str() != row.text(0))
            ++index;
        if (index == roles.size())
            break;
        std::vector<UserId>& users =
            row.text(1) == holder ? roles[index].holders : roles[index].deputies;
        users.emplace_back(row.text(2));
    }
    return {};
}

Status SqlUnitOfWork::insert_isms_role(const IsmsRole& role) {
    TRY(insert_row(roles, to_row(role)));
    return replace_assignments(role);
}

Status SqlUnitOfWork::update_isms_role(const IsmsRole& role) {
    TRY(update_row(roles, to_row(role)));
    return replace_assignments(role);
}

Status SqlUnitOfWork::delete_isms_role(const OrganisationId& organisation, const IsmsRoleId& id) {
    TRY(query("DELETE FROM isms_role_assignments WHERE organisation_id = $1 AND role_id = $2",
              {organisation.str(), id.str()}));
    return delete_row(roles, organisation, id.str());
}

Result<std::optional<IsmsRole>> SqlUnitOfWork::find_isms_role(const OrganisationId& organisation,
                                                              const IsmsRoleId& id) {
    TRY_ASSIGN(std::vector<IsmsRole> found,
               all<IsmsRole>(select_row(roles, organisation, id.str()), to_role));
    if (found.empty())
        return std::optional<IsmsRole>();
    TRY(load_assignments(organisation, found));
    return std::optional<IsmsRole>(std::move(found.front()));
}

Result<std::vector<IsmsRole>> SqlUnitOfWork::list_isms_roles(const OrganisationId& organisation,
                                                             const PageRequest& page) {
    TRY_ASSIGN(std::vector<IsmsRole> page_roles,
               all<IsmsRole>(select_page(PageQuery(roles, organisation, page)), to_role));
    TRY(load_assignments(organisation, page_roles));
    return page_roles;
}

Result<std::int64_t> SqlUnitOfWork::count_reporting_roles(const OrganisationId& organisation,
                                                          const IsmsRoleId& id) {
    TRY_ASSIGN(const sql::QueryResult result,
               query("SELECT count(*) FROM isms_roles WHERE organisation_id = $1 "
                     "AND reports_to = $2",
                     {organisation.str(), id.str()}));
    return result.rows.at(0).integer(0);
}

}  // namespace mamori
