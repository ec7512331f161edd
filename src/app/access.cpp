#include "app/access.h"

namespace mamori {

Result<RoleSet> authorise(UnitOfWork& unit, const Actor& actor, const OrganisationId& organisation,
                          Action action) {
    TRY_ASSIGN(const std::optional<Organisation> found, unit.find_organisation(organisation));
    if (!found) return Error::not_found("organisation");
    if (actor.is_system()) return RoleSet{all_roles[0]};
    if (actor.token_organisation && *actor.token_organisation != organisation) {
        return Error::not_found("organisation");
    }
    TRY_ASSIGN(const std::optional<Membership> membership,
               unit.find_membership(organisation, actor.user->id));
    const RoleSet roles = membership ? membership->roles : RoleSet{};
    const Administrator administrator = actor.is_admin() ? Administrator::Yes : Administrator::No;
    if (is_allowed(roles, administrator, action)) return roles;
    if (!membership && administrator == Administrator::No) return Error::not_found("organisation");
    return Error::denied("your roles in this organisation do not allow " +
                         std::string(to_string(action)));
}

}  // namespace mamori
