#include "base/tab_records.h"

namespace mamori {

namespace {

std::string escape(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::string unescape(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            const char next = text[++i];
            out += next == 't' ? '\t' : next == 'n' ? '\n' : next;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

}  // namespace

std::string tab_record(const std::vector<std::string>& fields) {
    std::string line;
    for (const std::string& field : fields)
        line += (line.empty() ? "" : "\t") + escape(field);
    return line + "\n";
}

std::vector<std::vector<std::string>> read_tab_records(std::string_view text) {
    std::vector<std::vector<std::string>> records;
    for (const std::string_view line : split(text, '\n')) {
        if (line.empty())
            continue;
        std::vector<std::string> fields;
        for (const std::string_view field : split(line, '\t'))
            fields.push_back(unescape(field));
        records.push_back(std::move(fields));
    }
    return records;
}

}  // namespace mamori
