#include "app/org_records.h"

namespace mamori {

Status check_version(std::optional<std::int64_t> expected, std::int64_t actual,
                     std::string_view what) {
    if (expected && *expected != actual) {
        return Error::version_mismatch("the " + std::string(what) +
                                       " was changed by someone else; reload it");
    }
    return {};
}

Status require_member(UnitOfWork& unit, const OrganisationId& organisation, const UserId& user,
                      std::string_view field) {
    TRY_ASSIGN(const auto membership, unit.find_membership(organisation, user));
    if (!membership)
        return Error::invalid(std::string(field), "must be a member of the organisation");
    return {};
}

}  // namespace mamori
