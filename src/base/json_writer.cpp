#include "base/json_writer.h"

#include <cstring>

namespace mamori {

namespace {

// Bytes that cannot appear raw inside a JSON string.
constexpr bool needs_escape(unsigned char byte) {
    return byte < 0x20 || byte == '"' || byte == '\\';
}

// True when any of the 8 bytes in `word` may need escaping (a control byte, '"' or '\\').
// Checking eight bytes at a time keeps plain text, the common case, fast; a rare false
// alarm only sends that block through the byte-by-byte path.
bool block_may_need_escape(std::uint64_t word) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    const auto has_zero = [](std::uint64_t value) { return (value - ones) & ~value & highs; };
    const std::uint64_t below_space = (word - ones * 0x20) & ~word & highs;
    return (below_space | has_zero(word ^ (ones * '"')) | has_zero(word ^ (ones * '\\'))) != 0;
}

// Length of the prefix of `text` that needs no escaping.
std::size_t plain_prefix(std::string_view text) {
    std::size_t index = 0;
    while (index + 8 <= text.size()) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + index, sizeof word);
        if (block_may_need_escape(word))
            break;
        index += 8;
    }
    while (index < text.size() && !needs_escape(static_cast<unsigned char>(text[index])))
        ++index;
    return index;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    while (true) {
        const std::size_t plain = plain_prefix(text);
        out.append(text.data(), plain);
        if (plain == text.size())
            break;
        const auto byte = static_cast<unsigned char>(text[plain]);
        switch (byte) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += "\\u00";
                out.push_back(hex[byte >> 4]);
                out.push_back(hex[byte & 0x0f]);
        }
        text.remove_prefix(plain + 1);
    }
    out.push_back('"');
}

void JsonWriter::separate() {
    if (m_need_comma)
        m_out.push_back(',');
}

JsonWriter& JsonWriter::begin_object() {
    separate();
    m_out.push_back('{');
    m_need_comma = false;
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    m_out.push_back('}');
    m_need_comma = true;
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    separate();
    m_out.push_back('[');
    m_need_comma = false;
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    m_out.push_back(']');
    m_need_comma = true;
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    separate();
    append_json_string(m_out, name);
    m_out.push_back(':');
    m_need_comma = false;
    return *this;
}

JsonWriter& JsonWriter::string(std::string_view value) {
    separate();
    append_json_string(m_out, value);
    m_need_comma = true;
    return *this;
}

JsonWriter& JsonWriter::number(std::int64_t value) {
    separate();
    m_out += std::to_string(value);
    m_need_comma = true;
    return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
    separate();
    m_out += value ? "true" : "false";
    m_need_comma = true;
    return *this;
}

JsonWriter& JsonWriter::null() {
    separate();
    m_out += "null";
    m_need_comma = true;
    return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
    separate();
    m_out.append(json);
    m_need_comma = true;
    return *this;
}

JsonWriter& JsonWriter::field(std::string_view name, const std::optional<std::string>& value) {
    key(name);
    return value ? string(*value) : null();
}

JsonWriter& JsonWriter::field(std::string_view name, const std::vector<std::string>& values) {
    key(name).begin_array();
    for (const std::string& value : values)
        string(value);
    return end_array();
}

}  // namespace mamori
