#pragma once
// User accounts: created by administrators (or the CLI), and each person's own profile.
#include <optional>

#include "app/paging.h"
#include "app/services.h"

namespace mamori {

struct NewUser {
    std::string email;
    std::string display_name;
    std::string password;
    bool is_admin = false;
    Locale locale = Locale::Japanese;
};

// Validates every field at once; Conflict when the e-mail is taken.
Result<User> create_user(const Services& services, const Actor& actor, const NewUser& input);
// Inside the caller's unit of work (used by member invitations).
Result<User> create_user_in(UnitOfWork& unit, const Services& services, const Actor& actor,
                            const NewUser& input);
// NotFound (or InvalidArgument for a malformed address) when there is no such user.
Result<User> find_user_by_email(const Services& services, std::string_view email);
Result<Page<User>> list_users(const Services& services, const Actor& actor,
                              const PageRequest& page);

struct ProfileChange {
    std::optional<std::string> display_name;
    std::optional<Locale> locale;
};
Result<User> update_profile(const Services& services, const Actor& actor,
                            const ProfileChange& change);
// InvalidArgument naming current_password when it is wrong.
Status change_own_password(const Services& services, const Actor& actor,
                           std::string_view current_password, std::string_view new_password);
// Administrators and the CLI: sets a password and signs the user out everywhere.
Status set_password(const Services& services, const Actor& actor, std::string_view email,
                    std::string_view new_password);
// Disables an account and ends its sessions; its API tokens stop working.
Status disable_user(const Services& services, const Actor& actor, std::string_view email);

}  // namespace mamori
