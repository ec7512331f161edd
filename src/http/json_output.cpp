#include "http/json_output.h"

#include <boost/json/parse.hpp>

#include <charconv>

#include "base/text.h"

namespace mamori::http {

namespace json = boost::json;

json::array to_json(const RoleSet& roles) {
    json::array names;
    for (const std::string& name : roles.names()) names.emplace_back(name);
    return names;
}

json::object to_json(const Organisation& organisation) {
    return {{"id", organisation.id.str()},
            {"name", organisation.name},
            {"created_at", format_rfc3339(organisation.created_at)},
            {"version", organisation.version}};
}

json::object to_json(const User& user) {
    return {{"id", user.id.str()},
            {"email", user.email},
            {"display_name", user.display_name},
            {"locale", to_string(user.locale)},
            {"is_admin", user.is_admin},
            {"disabled", user.disabled}};
}

json::object to_json(const MemberView& member) {
    return {{"user_id", member.membership.user_id.str()},
            {"email", member.email},
            {"display_name", member.display_name},
            {"roles", to_json(member.membership.roles)},
            {"added_at", format_rfc3339(member.membership.added_at)}};
}

namespace {

json::value optional_time(const std::optional<Instant>& instant) {
    if (!instant) return nullptr;
    return json::value(format_rfc3339(*instant));
}

json::value optional_text(const std::optional<std::string>& text) {
    if (!text) return nullptr;
    return json::value(*text);
}

// Snapshots are stored as JSON text; they are returned as JSON values.
json::value snapshot(const std::optional<std::string>& text) {
    if (!text) return nullptr;
    boost::system::error_code error;
    json::value value = json::parse(*text, error);
    return error ? json::value(*text) : value;
}

int hex_value(char character) {
    if (character >= '0' && character <= '9') return character - '0';
    if (character >= 'a' && character <= 'f') return character - 'a' + 10;
    return -1;
}

std::optional<std::string> decode_cursor(std::string_view hex) {
    if (hex.size() % 2 != 0 || hex.size() > 2048) return std::nullopt;
    std::string key;
    for (std::size_t index = 0; index < hex.size(); index += 2) {
        const int high = hex_value(hex[index]);
        const int low = hex_value(hex[index + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        key.push_back(static_cast<char>(high * 16 + low));
    }
    if (!is_valid_utf8(key)) return std::nullopt;
    return key;
}

}  // namespace

json::object to_json(const ApiToken& token) {
    return {{"id", token.id.str()},
            {"name", token.name},
            {"created_at", format_rfc3339(token.created_at)},
            {"last_used_at", optional_time(token.last_used_at)},
            {"revoked_at", optional_time(token.revoked_at)}};
}

json::object to_json(const AuditRow& row) {
    const AuditEntry& entry = row.entry;
    return {{"seq", entry.sequence},
            {"at", format_rfc3339(entry.at)},
            {"actor_id", optional_text(entry.actor_id)},
            {"actor_email", optional_text(row.actor_email)},
            {"org_id", optional_text(entry.organisation_id)},
            {"entity_type", entry.entity_type},
            {"entity_id", entry.entity_id},
            {"action", entry.action},
            {"before", snapshot(entry.before)},
            {"after", snapshot(entry.after)},
            {"hash", entry.hash}};
}

Response json_response(int status, const json::object& body) {
    return Response::json(status, json::serialize(body));
}

std::string encode_cursor(std::string_view key) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(key.size() * 2);
    for (const char character : key) {
        const auto byte = static_cast<unsigned char>(character);
        hex.push_back(digits[byte >> 4]);
        hex.push_back(digits[byte & 0x0f]);
    }
    return hex;
}

Result<PageRequest> read_page_request(const Request& request) {
    PageRequest page;
    if (const auto limit = request.parameter("limit")) {
        int value = 0;
        const auto [end, error] = std::from_chars(limit->data(), limit->data() + limit->size(), value);
        if (error != std::errc{} || end != limit->data() + limit->size() || value < 1 || value > 500) {
            return Error::invalid("limit", "must be a whole number from 1 to 500");
        }
        page.limit = static_cast<std::size_t>(value);
    }
    if (const auto cursor = request.parameter("cursor"); cursor && !cursor->empty()) {
        page.after = decode_cursor(*cursor);
        if (!page.after) return Error::invalid("cursor", "is not a cursor this server issued");
    }
    return page;
}

}  // namespace mamori::http
