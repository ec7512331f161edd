#pragma once
// Registers written out as spreadsheets people open in Excel or LibreOffice: xlsx (with
// libxlsxwriter, rows streamed in constant memory) and CSV (UTF-8 with a byte-order mark, so
// Japanese Excel reads it as UTF-8). Text that a spreadsheet would run as a formula (starting
// with = + - @, a tab or a carriage return) is written with a leading apostrophe; imports strip
// it again (unescape_cell), so a round trip is lossless.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace mamori::io {

enum class ColumnKind { Text, Number };

struct ExportColumn {
    std::string title;
    ColumnKind kind = ColumnKind::Text;
    double width = 16;  // in characters (xlsx only)
};

// Fills `row` (one text per column) with the next row and returns true, or returns false at
// the end.
using NextRow = std::function<bool(std::vector<std::string>& row)>;

// Rows above the column titles (a label and its value, e.g. the organisation's name): in
// xlsx the first cell bold; in CSV padded with empty fields to the columns' count, so the
// file stays one rectangular table whose column titles follow the preamble.
using Preamble = std::vector<std::vector<std::string>>;

Result<std::string> write_xlsx(std::string_view sheet_name,
                               const std::vector<ExportColumn>& columns, const NextRow& next_row);
std::string write_csv(const std::vector<ExportColumn>& columns, const NextRow& next_row,
                      const Preamble& preamble = {});

// One sheet of a workbook written whole: the preamble, the column titles (bold, frozen,
// with an autofilter) and the rows; long text wraps.
struct ExportSheet {
    std::string name;
    Preamble preamble;
    std::vector<ExportColumn> columns;
    std::vector<std::vector<std::string>> rows;
};
Result<std::string> write_xlsx_workbook(const std::vector<ExportSheet>& sheets);

// A cell as exported: a leading apostrophe before text a spreadsheet would run as a formula.
std::string escape_cell(std::string_view text);
// The imported cell's text: the apostrophe added by escape_cell removed.
std::string unescape_cell(std::string_view text);

}  // namespace mamori::io
