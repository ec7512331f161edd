#pragma once
// The owner (a member or an ISMS role) and department every owned record carries
// (conventions.md: ownership), checked against the organisation with the same messages
// everywhere. Only what changed is checked: a former member stays on record until replaced.
#include <optional>
#include <vector>

#include "app/asset_writes.h"

namespace mamori {

struct Ownership {
    std::optional<UserId> owner_id;
    std::optional<IsmsRoleId> owner_role_id;
    std::optional<DepartmentId> department_id;
    friend bool operator==(const Ownership&, const Ownership&) = default;
};

// Appends to `errors` the fields of `now` that name nothing of the organisation.
Status check_ownership(const AssetReferences& references, const Ownership& now,
                       const std::optional<Ownership>& before, std::vector<FieldError>& errors);

}  // namespace mamori
