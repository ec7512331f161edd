#include "app/access.h"

namespace mamori {

namespace {

// What the decision depends on, as read from the store.
struct MembershipFacts {
    bool organisation_exists = false;
    std::optional<RoleSet> roles;  // none when not a member
};

Result<MembershipFacts> read_facts(UnitOfWork& unit, const Actor& actor,
                                   const OrganisationId& organisation) {
    MembershipFacts facts;
    TRY_ASSIGN(const std::optional<Organisation> found, unit.find_organisation(organisation));
    facts.organisation_exists = found.has_value();
    if (!facts.organisation_exists || !actor.user)
        return facts;
    TRY_ASSIGN(const std::optional<Membership> membership,
               unit.find_membership(organisation, actor.user->id));
    if (membership)
        facts.roles = membership->roles;
    return facts;
}

Result<RoleSet> decide(const MembershipFacts& facts, const Actor& actor,
                       const OrganisationId& organisation, Action action) {
    if (!facts.organisation_exists)
        return Error::not_found("organisation");
    if (actor.is_system())
        return RoleSet{all_roles[0]};
    if (actor.token_organisation && *actor.token_organisation != organisation) {
        return Error::not_found("organisation");
    }
    const RoleSet roles = facts.roles.value_or(RoleSet{});
    const Administrator administrator = actor.is_admin() ? Administrator::Yes : Administrator::No;
    if (is_allowed(roles, administrator, action))
        return roles;
    if (!facts.roles && administrator == Administrator::No)
        return Error::not_found("organisation");
    return Error::denied("your roles in this organisation do not allow " +
                         std::string(to_string(action)));
}

}  // namespace

Result<RoleSet> authorise(UnitOfWork& unit, const Actor& actor, const OrganisationId& organisation,
                          Action action) {
    TRY_ASSIGN(const MembershipFacts facts, read_facts(unit, actor, organisation));
    return decide(facts, actor, organisation, action);
}

Result<RoleSet> authorise(const Services& services, std::int64_t version, const Actor& actor,
                          const OrganisationId& organisation, Action action) {
    const std::string key =
        "access\x1f" + organisation.str() + "\x1f" + (actor.user ? actor.user->id.str() : "");
    TRY_ASSIGN(const auto facts,
               services.cache->get<MembershipFacts>(key, version, [&]() -> Result<MembershipFacts> {
                   TRY_ASSIGN(auto unit, services.store.begin(Access::Read));
                   return read_facts(*unit, actor, organisation);
               }));
    return decide(*facts, actor, organisation, action);
}

bool may(const Actor& actor, const RoleSet& roles, Action action) {
    const Administrator administrator = actor.is_admin() ? Administrator::Yes : Administrator::No;
    return actor.is_system() || is_allowed(roles, administrator, action);
}

}  // namespace mamori
