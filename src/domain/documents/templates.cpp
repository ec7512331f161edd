#include "domain/documents/templates.h"

#include <algorithm>

#include "base/csv.h"
#include "base/text.h"

namespace mamori {

namespace {

constexpr std::string_view source = "templates.csv";

Error row_error(const CsvRow& row, std::string_view what) {
    return Error::invalid(std::string(source),
                          "line " + std::to_string(row.line) + ": " + std::string(what));
}

// Keys appear in URLs (/api/v1/templates/{key}) and file names (policy.ja.md).
bool is_template_type(std::string_view type) {
    return type == "policy" || type == "rule" || type == "procedure";
}

std::vector<std::string> split_clauses(std::string_view text) {
    const std::vector<std::string_view> items = split_list(text);
    return {items.begin(), items.end()};
}

Result<DocumentTemplate> parse_template_row(const CsvRow& row) {
    DocumentTemplate entry{row.fields[0], row.fields[1], split_clauses(row.fields[2]),
                           row.fields[3], row.fields[4]};
    if (!is_catalogue_key(entry.key))
        return row_error(row, "the key must be lowercase letters, digits and '-'");
    if (!is_template_type(entry.type))
        return row_error(row, "the type must be one of policy, rule, procedure");
    if (entry.clauses.empty())
        return row_error(row, "at least one clause is needed");
    if (trim(entry.title_ja).empty() || trim(entry.title_en).empty())
        return row_error(row, "both titles are needed");
    return entry;
}

}  // namespace

Result<std::vector<DocumentTemplate>> parse_templates(std::string_view csv) {
    TRY_ASSIGN(
        const std::vector<CsvRow> rows,
        parse_csv_with_header(csv, {"key", "type", "clauses", "title_ja", "title_en"}, source));
    std::vector<DocumentTemplate> templates;
    for (const CsvRow& row : rows) {
        TRY_ASSIGN(DocumentTemplate entry, parse_template_row(row));
        const bool repeated =
            std::any_of(templates.begin(), templates.end(),
                        [&](const DocumentTemplate& earlier) { return earlier.key == entry.key; });
        if (repeated)
            return row_error(row, "the key \"" + entry.key + "\" appears twice");
        templates.push_back(std::move(entry));
    }
    return templates;
}

}  // namespace mamori
