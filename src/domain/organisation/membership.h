#pragma once
// A user's membership of an organisation, with the roles held there.
#include "base/clock.h"
#include "domain/organisation/organisation.h"
#include "domain/organisation/role.h"
#include "domain/people/user.h"

namespace mamori {

struct Membership {
    OrganisationId organisation_id;
    UserId user_id;
    RoleSet roles;
    Instant added_at;

    std::string audit_json() const;
};

}  // namespace mamori
