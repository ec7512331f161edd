#pragma once
// Members of an organisation and their roles (5.3). An organisation always keeps at least
// one ISMS manager, so it can never be left without someone able to manage it.
#include <optional>

#include "app/paging.h"
#include "app/services.h"

namespace mamori {

// Served from the read cache while nothing has changed (the list is read far more often
// than it changes).
Result<Cached<Page<MemberView>>> list_members(const Services& services, const Actor& actor,
                                              const OrganisationId& organisation,
                                              const PageRequest& page, const MemberQuery& query);

// "email", "display_name", "added_at", each optionally with a leading "-" for descending;
// InvalidArgument naming `sort` otherwise.
Result<std::pair<MemberOrder, Direction>> parse_member_sort(std::string_view text);

struct NewMember {
    std::string email;
    std::optional<std::string> display_name;  // required when the e-mail is new
    std::optional<std::string> password;      // required when the e-mail is new
    std::vector<std::string> roles;
};

// Adds an existing user, or creates the account first (invitation by the ISMS manager).
// Conflict when already a member.
Result<MemberView> add_member(const Services& services, const Actor& actor,
                              const OrganisationId& organisation, const NewMember& input);
Result<MemberView> change_member_roles(const Services& services, const Actor& actor,
                                       const OrganisationId& organisation, const UserId& user,
                                       const std::vector<std::string>& roles);
Status remove_member(const Services& services, const Actor& actor,
                     const OrganisationId& organisation, const UserId& user);

// Non-empty, known role names; InvalidArgument naming `roles` otherwise.
Result<RoleSet> parse_roles(const std::vector<std::string>& names);

}  // namespace mamori
