#pragma once
// Finding the columns of an imported sheet by their titles, as people write them in Excel:
// Japanese or English, with synonyms (資産名 / 情報資産名称 / Name), full-width letters,
// parenthesised notes (機密性(C)), a title row above the header, and two-row headers under
// merged cells (評価値 over 機密性 / 完全性 / 可用性, as in IPA's 情報資産管理台帳 sheet).
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace mamori {

// A field an import fills, and the titles that name it.
struct ImportField {
    std::string key;                 // "name", "confidentiality"
    std::vector<std::string> names;  // "資産名", "情報資産名称", "Name", "C"…
    bool required = false;
};

struct HeaderMatch {
    std::size_t first_data_row = 0;              // index into the rows given
    std::map<std::string, std::size_t> columns;  // field key → column (0 = A)
    std::vector<std::string> missing;            // required fields no column names
    std::vector<std::string> unrecognised;       // titles of columns that name no field
};

// A title reduced to what identifies it: full-width ASCII made half-width, case folded,
// spaces and punctuation (・ _ - / and brackets) dropped.
std::string normalise_title(std::string_view title);

// The header among the first rows of a sheet (at most the first 20 are looked at): the row, or
// pair of rows, whose titles name the most fields. nullopt when no row names any field.
std::optional<HeaderMatch> recognise_header(const std::vector<std::vector<std::string>>& rows,
                                            const std::vector<ImportField>& fields);

// A mapping the user gave (field key → column letters "A", "AB"); InvalidArgument naming
// `mapping.<key>` for an unknown field or a malformed or repeated column.
Result<HeaderMatch> explicit_mapping(const std::map<std::string, std::string>& mapping,
                                     const std::vector<ImportField>& fields,
                                     std::size_t first_data_row);

}  // namespace mamori
