#pragma once
// A streaming writer of compact JSON text. The domain describes records with it (audit
// snapshots) without a JSON library, and the API writes its responses with it: appending to
// one string is several times faster than building a document tree first.
//
//   JsonWriter().begin_object().field("id", id).field("roles", names).end_object().take()
//
// Keys keep the order they are written in, which makes audit snapshots canonical.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori {

class JsonWriter {
  public:
    JsonWriter() = default;
    // Reserves room for about `expected_size` bytes of output.
    explicit JsonWriter(std::size_t expected_size) { m_out.reserve(expected_size); }

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);

    JsonWriter& string(std::string_view value);
    JsonWriter& number(std::int64_t value);
    JsonWriter& boolean(bool value);
    JsonWriter& null();
    // Inserts text that is already JSON (a stored snapshot) as one value.
    JsonWriter& raw(std::string_view json);

    // key + value in one call.
    JsonWriter& field(std::string_view name, std::string_view value) {
        return key(name).string(value);
    }
    JsonWriter& field(std::string_view name, const std::string& value) {
        return key(name).string(value);
    }
    // Without this a string literal would convert to bool, not to string_view.
    JsonWriter& field(std::string_view name, const char* value) { return key(name).string(value); }
    JsonWriter& field(std::string_view name, std::int64_t value) { return key(name).number(value); }
    JsonWriter& field(std::string_view name, bool value) { return key(name).boolean(value); }
    JsonWriter& field(std::string_view name, const std::optional<std::string>& value);
    JsonWriter& field(std::string_view name, const std::vector<std::string>& values);

    const std::string& text() const { return m_out; }
    std::string take() { return std::move(m_out); }

  private:
    void separate();
    std::string m_out;
    bool m_need_comma = false;
};

// Appends `text` to `out` as a JSON string literal, escaping quotes, backslashes and controls.
void append_json_string(std::string& out, std::string_view text);

}  // namespace mamori
