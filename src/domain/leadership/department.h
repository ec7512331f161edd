#pragma once
// Departments (部門) and sites (拠点): the organisation's own structure, which other registers
// refer to (an ISMS role's department, later an asset's site). Part of leadership (5.3):
// roles are assigned within this structure.
#include <optional>
#include <string>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/organisation/organisation.h"
#include "domain/people/user.h"

namespace mamori {

struct DepartmentTag {};
using DepartmentId = StrongId<DepartmentTag>;

struct Department {
    DepartmentId id;
    OrganisationId organisation_id;
    std::string name;
    std::optional<DepartmentId> parent_id;  // the department it belongs to
    std::optional<UserId> head_id;          // a member of the organisation
    Instant created_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

// The fields a caller sets; absent ones keep the record's value, "" clears an optional one.
struct DepartmentChanges {
    std::optional<std::string> name;
    std::optional<std::string> parent_id;
    std::optional<std::string> head_id;
};

// `department` with `changes` applied, validated; InvalidArgument naming every bad field.
// Whether the parent exists and the head is a member are the use case's checks (they need
// the store); a department cannot be its own parent.
Result<Department> apply_changes(Department department, const DepartmentChanges& changes);

struct SiteTag {};
using SiteId = StrongId<SiteTag>;

enum class SiteKind { Office, DataCentre, CloudRegion, Other };
std::string_view to_string(SiteKind kind);
std::optional<SiteKind> parse_site_kind(std::string_view text);

struct Site {
    SiteId id;
    OrganisationId organisation_id;
    std::string name;
    std::string address;  // a postal address, or a provider's region name; may be empty
    SiteKind kind = SiteKind::Office;
    Instant created_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

struct SiteChanges {
    std::optional<std::string> name;
    std::optional<std::string> address;
    std::optional<std::string> kind;
};

Result<Site> apply_changes(Site site, const SiteChanges& changes);

}  // namespace mamori
