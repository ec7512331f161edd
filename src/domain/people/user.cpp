#include "domain/people/user.h"

#include "base/json_writer.h"
#include "base/text.h"

namespace mamori {

std::string_view to_string(Locale locale) {
    return locale == Locale::English ? "en" : "ja";
}

std::optional<Locale> parse_locale(std::string_view text) {
    if (text == "ja")
        return Locale::Japanese;
    if (text == "en")
        return Locale::English;
    return std::nullopt;
}

std::string User::audit_json() const {
    return JsonWriter()
        .begin_object()
        .field("id", id.str())
        .field("email", email)
        .field("display_name", display_name)
        .field("locale", to_string(locale))
        .field("is_admin", is_admin)
        .field("disabled", disabled)
        .field("version", version)
        .end_object()
        .take();
}

Result<std::string> validate_email(std::string_view field, std::string_view text) {
    if (!is_valid_utf8(text))
        return Error::invalid(std::string(field), "is not valid UTF-8");
    const std::string email = to_lower_ascii(trim(text));
    if (!looks_like_email(email)) {
        return Error::invalid(std::string(field), "is not an e-mail address");
    }
    return email;
}

Status validate_password(std::string_view field, std::string_view password) {
    if (!is_valid_utf8(password))
        return Error::invalid(std::string(field), "is not valid UTF-8");
    if (utf8_length(password) < minimum_password_length) {
        return Error::invalid(std::string(field), "must be at least 12 characters");
    }
    if (password.size() > maximum_password_length) {
        return Error::invalid(std::string(field), "must be at most 1024 bytes");
    }
    return {};
}

}  // namespace mamori
