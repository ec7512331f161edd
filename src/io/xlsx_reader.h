#pragma once
// Reading the rows of an Excel workbook (.xlsx, as written by Excel, LibreOffice or Google
// Sheets) for imports. The sheet is streamed (libzip inflates it in chunks, expat parses them),
// so a 100,000-row sheet never sits in memory as XML; limits refuse zip bombs, runaway row and
// column counts and oversized cells with a message naming what was exceeded.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace mamori::io {

struct XlsxLimits {
    std::uint64_t max_part_bytes = 512ull * 1024 * 1024;  // any one part, uncompressed
    std::size_t max_rows = 200'000;
    std::size_t max_columns = 256;
    std::size_t max_cell_bytes = 32'767 * 3;  // Excel's 32,767 characters, in UTF-8
    std::size_t max_shared_strings = 2'000'000;
};

// One row as the sheet holds it: cells by column (A = 0), empty text for blank cells; the
// columns whose cell holds a formula (its cached result is the text).
struct XlsxRow {
    std::size_t number = 0;  // 1-based, as Excel shows it
    std::vector<std::string> cells;
    std::vector<std::size_t> formula_columns;
};

// The names of the workbook's sheets, in order. InvalidArgument naming `file` when the bytes
// are not a readable workbook.
Result<std::vector<std::string>> xlsx_sheet_names(std::string_view bytes);

// Calls `on_row` for each non-empty row of sheet `sheet` (the first when empty), in order;
// stops at the first error `on_row` returns. Text is UTF-8; numbers and dates as stored
// (Excel's serial day numbers); Japanese phonetic guides (ふりがな) are left out. `on_row` may
// take the row's cells: every row starts afresh.
Status read_xlsx_rows(std::string_view bytes, std::string_view sheet, const XlsxLimits& limits,
                      const std::function<Status(XlsxRow&)>& on_row);

// "A" → 0, "Z" → 25, "AA" → 26; nullopt for anything else.
std::optional<std::size_t> column_index(std::string_view letters);

}  // namespace mamori::io
