#pragma once
// A small RFC 4180 CSV reader for the catalogues Mamori ships and, later, for imports.
//
// Accepted: fields separated by commas; quoted fields holding commas, line breaks and doubled
// quotes (""); rows ending in LF, CRLF or CR; a UTF-8 byte order mark at the start (Excel
// writes one). Line breaks inside a quoted field are returned as LF whatever the file used, so
// a file reads the same after an editor changed its line endings. Empty lines are skipped.
// Bytes are passed through: checking UTF-8 is the caller's business.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace mamori {

struct CsvRow {
    std::size_t line = 0;  // the 1-based physical line where the row starts, for messages
    std::vector<std::string> fields;
};

// Every row of `text`. InvalidArgument (field "csv", message naming the line) for a quote
// inside an unquoted field, text after a closing quote, or a quoted field left open.
Result<std::vector<CsvRow>> parse_csv(std::string_view text);

// The rows after a header that must be exactly `columns`, each row with as many fields.
// InvalidArgument naming `source` and the line otherwise (a missing or wrong header
// included).
Result<std::vector<CsvRow>> parse_csv_with_header(std::string_view text,
                                                  const std::vector<std::string_view>& columns,
                                                  std::string_view source);

// The records of a line-based catalogue file (risk methods, frameworks): CSV rows whose first
// field names the record. Lines starting with '#' are comments; comments and blank lines are
// dropped; every field is trimmed; line numbers stay the file's, for messages.
Result<std::vector<CsvRow>> parse_csv_records(std::string_view text);

// Cells of the catalogues Mamori ships: the non-empty, trimmed items of a ';'-separated list
// ("5.2; 7.5" → {"5.2", "7.5"}), and keys written in lowercase letters, digits and '-'.
std::vector<std::string_view> split_list(std::string_view text);
bool is_catalogue_key(std::string_view key);

}  // namespace mamori
