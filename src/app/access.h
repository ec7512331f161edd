#pragma once
// The authorisation gate every organisation-scoped use case passes first.
#include "app/services.h"
#include "domain/organisation/permission.h"

namespace mamori {

// The actor's roles in `organisation` if `action` is allowed.
// NotFound when the actor may not know the organisation exists (not a member, or a token of
// another organisation); PermissionDenied when a member lacks the right.
Result<RoleSet> authorise(UnitOfWork& unit, const Actor& actor, const OrganisationId& organisation,
                          Action action);
// The same decision for reads that took the data version first: the membership is looked up
// through the read cache.
Result<RoleSet> authorise(const Services& services, std::int64_t version, const Actor& actor,
                          const OrganisationId& organisation, Action action);

// For an actor already authorised in an organisation with `roles`: whether they may also do
// `action` (the system may do anything; administrators what the table grants them).
bool may(const Actor& actor, const RoleSet& roles, Action action);

}  // namespace mamori
