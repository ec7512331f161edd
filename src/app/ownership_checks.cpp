#include "app/ownership_checks.h"

namespace mamori {

Status check_ownership(const AssetReferences& references, const Ownership& now,
                       const std::optional<Ownership>& before, std::vector<FieldError>& errors) {
    const auto changed = [&](const auto& member) {
        return !before || now.*member != (*before).*member;
    };
    if (now.owner_id && changed(&Ownership::owner_id)) {
        TRY_ASSIGN(const bool found, references.member(*now.owner_id));
        if (!found)
            errors.push_back({"owner_id", "must be a member of the organisation"});
    }
    if (now.owner_role_id && changed(&Ownership::owner_role_id)) {
        TRY_ASSIGN(const bool found, references.role(*now.owner_role_id));
        if (!found)
            errors.push_back({"owner_role_id", "must be an ISMS role of the organisation"});
    }
    if (now.department_id && changed(&Ownership::department_id)) {
        TRY_ASSIGN(const bool found, references.department(*now.department_id));
        if (!found)
            errors.push_back({"department_id", "must be a department of the organisation"});
    }
    return {};
}

}  // namespace mamori
