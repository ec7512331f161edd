#pragma once
// A person who signs in. Passwords are kept only as Argon2id hashes.
#include <cstdint>
#include <string>

#include "base/clock.h"
#include "base/id.h"
#include "base/result.h"

namespace mamori {

struct UserTag {};
using UserId = StrongId<UserTag>;

enum class Locale : std::uint8_t { Japanese, English };
std::string_view to_string(Locale locale);
std::optional<Locale> parse_locale(std::string_view text);

struct User {
    UserId id;
    std::string email;  // stored lower-case: unique per installation
    std::string display_name;
    std::string password_hash;
    Locale locale = Locale::Japanese;
    bool is_admin = false;
    bool disabled = false;
    Instant created_at;
    std::int64_t version = 1;

    // The audit snapshot: never the password hash.
    std::string audit_json() const;
};

inline constexpr std::size_t minimum_password_length = 12;
inline constexpr std::size_t maximum_password_length = 1024;

// Lower-cased, trimmed e-mail or an InvalidArgument naming `field`.
Result<std::string> validate_email(std::string_view field, std::string_view text);
// At least 12 characters (code points), valid UTF-8, at most 1024.
Status validate_password(std::string_view field, std::string_view password);

}  // namespace mamori
