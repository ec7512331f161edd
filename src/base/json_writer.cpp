#include "base/json_writer.h"

#include <cstdio>

namespace mamori {

void append_json_string(std::string& out, std::string_view text) {
    out.push_back('"');
    for (const char character : text) {
        switch (character) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(character) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x",
                                  static_cast<unsigned>(static_cast<unsigned char>(character)));
                    out += escaped;
                } else {
                    out.push_back(character);
                }
        }
    }
    out.push_back('"');
}

void JsonObjectWriter::key(std::string_view name) {
    if (!m_body.empty()) m_body.push_back(',');
    append_json_string(m_body, name);
    m_body.push_back(':');
}

JsonObjectWriter& JsonObjectWriter::add(std::string_view name, std::string_view value) {
    key(name);
    append_json_string(m_body, value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(std::string_view name, std::int64_t value) {
    key(name);
    m_body += std::to_string(value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(std::string_view name, bool value) {
    key(name);
    m_body += value ? "true" : "false";
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add_nullable(std::string_view name,
                                                 const std::optional<std::string>& value) {
    if (!value) {
        key(name);
        m_body += "null";
        return *this;
    }
    return add(name, std::string_view(*value));
}

JsonObjectWriter& JsonObjectWriter::add_array(std::string_view name,
                                              const std::vector<std::string>& values) {
    key(name);
    m_body.push_back('[');
    for (std::size_t index = 0; index < values.size(); ++index) {
        if (index > 0) m_body.push_back(',');
        append_json_string(m_body, values[index]);
    }
    m_body.push_back(']');
    return *this;
}

}  // namespace mamori
