#include "base/json_writer.h"

namespace mamori {

namespace {

// Bytes that cannot appear raw inside a JSON string.
constexpr bool needs_escape(unsigned char byte) {
    return byte < 0x20 || byte == '"' || byte == '\\';
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    // Runs of plain bytes are appended whole; most strings are one run.
    std::size_t plain_from = 0;
    for (std::size_t index = 0; index < text.size(); ++index) {
        const auto byte = static_cast<unsigned char>(text[index]);
        if (!needs_escape(byte))
            continue;
        out.append(text.data() + plain_from, index - plain_from);
        plain_from = index + 1;
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
    }
    out.append(text.data() + plain_from, text.size() - plain_from);
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
