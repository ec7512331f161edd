#pragma once
// Organisations: create (administrators, or the CLI), list, read, change (name, settings).
#include <optional>

#include "app/paging.h"
#include "app/services.h"

namespace mamori {

Result<Organisation> create_organisation(const Services& services, const Actor& actor,
                                         std::string_view name);
// Administrators and the system see every organisation; others those they belong to; a
// token only its own.
Result<Page<Organisation>> list_organisations(const Services& services, const Actor& actor,
                                              const PageRequest& page);
Result<Organisation> get_organisation(const Services& services, const Actor& actor,
                                      const OrganisationId& id);
// FailedPrecondition when `expected_version` is given and stale (a lost update).
// The fields an ISMS manager changes; absent ones keep their value.
struct OrganisationChanges {
    std::optional<std::string> name;
    std::optional<bool> separate_approval;
};

Result<Organisation> change_organisation(const Services& services, const Actor& actor,
                                         const OrganisationId& id,
                                         const OrganisationChanges& changes,
                                         std::optional<std::int64_t> expected_version);
// By id or exact name, for the CLI's --org.
Result<Organisation> find_organisation_by_reference(const Services& services,
                                                    std::string_view reference);

}  // namespace mamori

namespace mamori {

struct OrganisationRoles {
    Organisation organisation;
    RoleSet roles;
    Instant joined_at;
};

// The organisations the actor belongs to, with its roles in each, in the order joined
// (for GET /me).
Result<std::vector<OrganisationRoles>> memberships_of(const Services& services, const Actor& actor);

}  // namespace mamori
