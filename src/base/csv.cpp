#include "base/csv.h"

#include <algorithm>

#include "base/text.h"

namespace mamori {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

Error csv_error(std::string_view source, std::size_t line, std::string_view what) {
    return Error::invalid(std::string(source),
                          "line " + std::to_string(line) + ": " + std::string(what));
}

// Reads one row at a time; `m_position` always sits at the start of a field or past the end.
class CsvReader {
  public:
    explicit CsvReader(std::string_view text) : m_text(text) {
        if (m_text.substr(0, utf8_bom.size()) == utf8_bom)
            m_text.remove_prefix(utf8_bom.size());
    }

    Result<std::vector<CsvRow>> read_all() {
        std::vector<CsvRow> rows;
        while (!at_end()) {
            if (at_line_break()) {  // an empty line holds no row
                skip_line_break();
                continue;
            }
            TRY_ASSIGN(CsvRow row, read_row());
            rows.push_back(std::move(row));
        }
        return rows;
    }

  private:
    bool at_end() const { return m_position >= m_text.size(); }
    bool at_line_break() const {
        return !at_end() && (m_text[m_position] == '\n' || m_text[m_position] == '\r');
    }

    // Skips LF, CRLF or a lone CR and counts the line.
    void skip_line_break() {
        if (m_text[m_position] == '\r' && m_position + 1 < m_text.size() &&
            m_text[m_position + 1] == '\n')
            ++m_position;
        ++m_position;
        ++m_line;
    }

    Result<CsvRow> read_row() {
        CsvRow row{m_line, {}};
        while (true) {
            TRY_ASSIGN(std::string field, read_field());
            row.fields.push_back(std::move(field));
            if (at_end())
                return row;
            if (at_line_break()) {
                skip_line_break();
                return row;
            }
            ++m_position;  // the comma; a row ending in a comma has an empty last field
        }
    }

    Result<std::string> read_field() {
        if (!at_end() && m_text[m_position] == '"')
            return read_quoted_field();
        const std::size_t start = m_position;
        while (!at_end() && m_text[m_position] != ',' && !at_line_break()) {
            if (m_text[m_position] == '"')
                return csv_error("csv", m_line, "a quote inside an unquoted field");
            ++m_position;
        }
        return std::string(m_text.substr(start, m_position - start));
    }

    Result<std::string> read_quoted_field() {
        const std::size_t opening_line = m_line;
        std::string field;
        ++m_position;  // the opening quote
        while (!at_end()) {
            const char character = m_text[m_position];
            if (character == '"') {
                const bool doubled =
                    m_position + 1 < m_text.size() && m_text[m_position + 1] == '"';
                if (!doubled)
                    return close_quoted_field(std::move(field));
                field += '"';
                m_position += 2;
            } else if (at_line_break()) {
                skip_line_break();
                field += '\n';
            } else {
                field += character;
                ++m_position;
            }
        }
        return csv_error("csv", opening_line, "a quoted field is not closed");
    }

    Result<std::string> close_quoted_field(std::string field) {
        ++m_position;  // the closing quote
        if (!at_end() && m_text[m_position] != ',' && !at_line_break())
            return csv_error("csv", m_line, "text after the closing quote of a field");
        return field;
    }

    std::string_view m_text;
    std::size_t m_position = 0;
    std::size_t m_line = 1;
};

// Comment lines (starting with '#', outside a quoted field) are emptied, not removed, so the
// reader's line numbers stay those of the file.
std::string blank_comments(std::string_view text) {
    std::string result(text);
    bool in_quotes = false;
    bool at_line_start = true;
    for (std::size_t position = 0; position < result.size(); ++position) {
        const char character = result[position];
        if (at_line_start && !in_quotes && character == '#') {
            while (position < result.size() && result[position] != '\n' && result[position] != '\r')
                result[position++] = ' ';
            at_line_start = true;
            continue;
        }
        if (character == '"')
            in_quotes = !in_quotes;
        at_line_start = character == '\n' || character == '\r';
    }
    return result;
}

std::string joined(const std::vector<std::string_view>& columns) {
    std::string text;
    for (std::string_view column : columns)
        text += (text.empty() ? "" : ",") + std::string(column);
    return text;
}

}  // namespace

Result<std::vector<CsvRow>> parse_csv(std::string_view text) {
    return CsvReader(text).read_all();
}

Result<std::vector<CsvRow>> parse_csv_with_header(std::string_view text,
                                                  const std::vector<std::string_view>& columns,
                                                  std::string_view source) {
    auto parsed = parse_csv(text);
    if (!parsed) {
        Error error = std::move(parsed).error();
        return Error::invalid(std::string(source), error.fields.at(0).message);
    }
    std::vector<CsvRow> rows = std::move(parsed).value();
    if (rows.empty())
        return Error::invalid(std::string(source),
                              "line 1: the header " + joined(columns) + " is missing");
    const CsvRow& header = rows.front();
    if (!std::equal(header.fields.begin(), header.fields.end(), columns.begin(), columns.end()))
        return csv_error(source, header.line, "the header must be " + joined(columns));
    for (const CsvRow& row : rows) {
        if (row.fields.size() != columns.size())
            return csv_error(source, row.line,
                             "has " + std::to_string(row.fields.size()) + " fields; expected " +
                                 std::to_string(columns.size()));
    }
    rows.erase(rows.begin());
    return rows;
}

Result<std::vector<CsvRow>> parse_csv_records(std::string_view text) {
    TRY_ASSIGN(std::vector<CsvRow> rows, parse_csv(blank_comments(text)));
    std::vector<CsvRow> records;
    for (CsvRow& row : rows) {
        for (std::string& field : row.fields)
            field = std::string(trim(field));
        if (row.fields.size() == 1 && row.fields[0].empty())
            continue;  // a blanked comment
        records.push_back(std::move(row));
    }
    return records;
}

std::vector<std::string_view> split_list(std::string_view text) {
    std::vector<std::string_view> items;
    while (!text.empty()) {
        const std::size_t separator = text.find(';');
        const std::string_view item = trim(text.substr(0, separator));
        if (!item.empty())
            items.push_back(item);
        text =
            separator == std::string_view::npos ? std::string_view() : text.substr(separator + 1);
    }
    return items;
}

bool is_catalogue_key(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char character) {
        return (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9') ||
               character == '-';
    });
}

}  // namespace mamori
