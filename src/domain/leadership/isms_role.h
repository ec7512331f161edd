#pragma once
// The ISMS organisation (推進組織): the roles the organisation assigns for information
// security (5.3, 役割、責任及び権限) — e.g. 最高責任者, 情報セキュリティ管理責任者, 推進委員,
// 内部監査責任者, 部門責任者 — each with its responsibilities and authorities, the members who
// hold it and their deputies, and the role it reports to (which draws the organisation chart).
// These are not the sign-in roles of the permission table, which decide what a member may do
// in Mamori; an ISMS role is the organisation's own structure, recorded as evidence.
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"
#include "domain/leadership/department.h"

namespace mamori {

struct IsmsRoleTag {};
using IsmsRoleId = StrongId<IsmsRoleTag>;

struct IsmsRole {
    IsmsRoleId id;
    OrganisationId organisation_id;
    std::string name;
    std::string responsibilities;
    std::string authorities;
    std::vector<UserId> holders;   // members, each at most once
    std::vector<UserId> deputies;  // members, each at most once
    std::optional<DepartmentId> department_id;
    std::optional<IsmsRoleId> reports_to;
    Instant created_at;
    std::int64_t version = 1;

    std::string audit_json() const;
};

// The fields a caller sets; absent ones keep the record's value, "" clears an optional one.
struct IsmsRoleChanges {
    std::optional<std::string> name;
    std::optional<std::string> responsibilities;
    std::optional<std::string> authorities;
    std::optional<std::vector<std::string>> holders;
    std::optional<std::vector<std::string>> deputies;
    std::optional<std::string> department_id;
    std::optional<std::string> reports_to;
};

// `role` with `changes` applied, validated; InvalidArgument naming every bad field (a member
// listed twice, a role reporting to itself). Membership, the department and the reporting
// line's existence and the absence of cycles are the use case's checks.
Result<IsmsRole> apply_changes(IsmsRole role, const IsmsRoleChanges& changes);

}  // namespace mamori
