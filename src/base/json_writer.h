#pragma once
// A minimal writer of compact JSON objects, for the audit trail's before/after snapshots.
// The domain and app layers describe records with it without depending on a JSON library;
// keys keep the order they are added in, which makes the text canonical for hashing.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori {

class JsonObjectWriter {
public:
    JsonObjectWriter& add(std::string_view key, std::string_view value);
    // Without this a string literal would convert to bool, not to string_view.
    JsonObjectWriter& add(std::string_view key, const char* value) {
        return add(key, std::string_view(value));
    }
    JsonObjectWriter& add(std::string_view key, std::int64_t value);
    JsonObjectWriter& add(std::string_view key, bool value);
    JsonObjectWriter& add_nullable(std::string_view key, const std::optional<std::string>& value);
    JsonObjectWriter& add_array(std::string_view key, const std::vector<std::string>& values);
    std::string str() const { return "{" + m_body + "}"; }

private:
    void key(std::string_view name);
    std::string m_body;
};

// Appends `text` to `out` as a JSON string literal, escaping quotes, backslashes and controls.
void append_json_string(std::string& out, std::string_view text);

}  // namespace mamori
