#include "app/installation.h"

#include "app/audit_log.h"
#include "app/users.h"

namespace mamori {

Result<Installation> initialise_installation(const Services& services,
                                             std::string_view organisation_name,
                                             std::string_view admin_email,
                                             std::string_view admin_password) {
    const Actor system = Actor::system();
    TRY_ASSIGN(std::string name, validate_name("org", organisation_name));
    TRY_ASSIGN(auto unit, services.store.begin(Access::Write));
    TRY_ASSIGN(const std::int64_t users, unit->count_users());
    if (users > 0)
        return Error::precondition("the database is already initialised");
    Organisation organisation{OrganisationId(services.ids.next()), std::move(name),
                              services.clock.now(), 1};
    TRY(unit->insert_organisation(organisation));
    TRY(record_change(*unit, services, system,
                      {organisation.id, "organisation", organisation.id.str(), "create",
                       std::nullopt, organisation.audit_json()}));
    NewUser admin{std::string(admin_email), "Administrator", std::string(admin_password), true,
                  Locale::Japanese};
    TRY_ASSIGN(User administrator, create_user_in(*unit, services, system, admin));
    const Membership membership{organisation.id, administrator.id, RoleSet{Role::IsmsManager},
                                services.clock.now()};
    TRY(unit->insert_membership(membership));
    TRY(record_change(*unit, services, system,
                      {organisation.id, "membership", administrator.id.str(), "create",
                       std::nullopt, membership.audit_json()}));
    TRY(unit->commit());
    return Installation{std::move(organisation), std::move(administrator)};
}

}  // namespace mamori
