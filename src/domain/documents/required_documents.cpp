#include "domain/documents/required_documents.h"

#include "base/csv.h"
#include "base/text.h"

namespace mamori {

namespace {

constexpr std::string_view source = "iso27001-2022-clauses.csv";
constexpr std::string_view required_prefix = "REQUIRED (";

Error row_error(const CsvRow& row, std::string_view what) {
    return Error::invalid(std::string(source),
                          "line " + std::to_string(row.line) + ": " + std::string(what));
}

// The kind in "REQUIRED (available/maintain)" is one or more words joined by '/'. "retain"
// anywhere makes it a record; "available" and "maintain" both mean a maintained document.
Result<RequiredDocumentedInformation::Retention> parse_retention(const CsvRow& row,
                                                                 std::string_view kind) {
    if (trim(kind).empty())
        return row_error(row, "the kind of documented information is missing");
    bool retain = false;
    while (!kind.empty()) {
        const std::size_t slash = kind.find('/');
        const std::string_view word = trim(kind.substr(0, slash));
        if (word == "retain")
            retain = true;
        else if (word != "available" && word != "maintain")
            return row_error(row, "unknown kind \"" + std::string(word) +
                                      "\"; expected available, maintain or retain");
        kind = slash == std::string_view::npos ? std::string_view() : kind.substr(slash + 1);
    }
    return retain ? RequiredDocumentedInformation::Retention::Retain
                  : RequiredDocumentedInformation::Retention::Maintain;
}

// One REQUIRED row: "REQUIRED (<kind>): <requirement>".
Result<RequiredDocumentedInformation> parse_required_row(const CsvRow& row) {
    const std::string_view text = row.fields[3];
    const std::size_t close = text.find("):");
    if (close == std::string_view::npos)
        return row_error(row, "expected \"REQUIRED (<kind>): <requirement>\"");
    const std::string_view kind =
        text.substr(required_prefix.size(), close - required_prefix.size());
    TRY_ASSIGN(const auto retention, parse_retention(row, kind));
    const std::string_view requirement = trim(text.substr(close + 2));
    if (row.fields[0].empty() || row.fields[1].empty() || row.fields[2].empty() ||
        requirement.empty())
        return row_error(row, "a required clause needs an id, both titles and a requirement");
    return RequiredDocumentedInformation{row.fields[0], row.fields[1], row.fields[2],
                                         std::string(requirement), retention};
}

}  // namespace

Result<std::vector<RequiredDocumentedInformation>> parse_required_documents(std::string_view csv) {
    TRY_ASSIGN(const std::vector<CsvRow> rows,
               parse_csv_with_header(
                   csv, {"id", "title_en", "title_ja", "required_documented_information"}, source));
    std::vector<RequiredDocumentedInformation> required;
    for (const CsvRow& row : rows) {
        if (row.fields[0].empty())
            return row_error(row, "the id is empty");
        if (!row.fields[3].starts_with(required_prefix))
            continue;  // nothing required, or left to the organisation (ORG-DEFINED, CONTROL)
        TRY_ASSIGN(RequiredDocumentedInformation item, parse_required_row(row));
        required.push_back(std::move(item));
    }
    return required;
}

std::string_view to_string(RequiredDocumentedInformation::Retention retention) {
    switch (retention) {
        case RequiredDocumentedInformation::Retention::Maintain:
            return "maintain";
        case RequiredDocumentedInformation::Retention::Retain:
            return "retain";
    }
    return "maintain";
}

}  // namespace mamori
