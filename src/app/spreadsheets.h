#pragma once
// What the use cases need to write registers as spreadsheets people open in Excel or
// LibreOffice, and to read the sheets people upload; src/io answers it (libxlsxwriter and a
// streaming xlsx reader; CSV in UTF-8 with a byte-order mark, or Shift_JIS from Japanese
// Excel) and src/main passes it in Services.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace mamori {

enum class SheetFormat { Xlsx, Csv };

// A register written as a file to download.
struct ExportedFile {
    std::string file_name;
    std::string media_type;
    std::string bytes;
};

struct SheetColumn {
    std::string title;
    bool number = false;  // written as a number in xlsx when the text is one
    double width = 16;    // in characters (xlsx)
};

// Fills `row` with the next row's texts and returns true, or returns false at the end.
using NextSheetRow = std::function<bool(std::vector<std::string>& row)>;

// Limits on what an uploaded sheet may hold; beyond them the whole file is refused.
struct SheetLimits {
    std::size_t max_rows = 200'000;
    std::size_t max_columns = 256;
    std::uint64_t max_part_bytes = 512ull * 1024 * 1024;  // xlsx: any part, uncompressed
};

// One non-empty row of an uploaded sheet: cells by column (A = 0), as text (an exported
// cell's leading apostrophe removed); the columns holding a formula (xlsx) or text a
// spreadsheet would run as one (CSV), whose value must not be trusted.
struct SheetRow {
    std::size_t number = 0;  // 1-based, as the spreadsheet shows it
    std::vector<std::string> cells;
    std::vector<std::size_t> formula_columns;
};

// What was read: xlsx or CSV (judged by content, never by name), the CSV's encoding
// ("utf-8", "shift_jis"; empty for xlsx), the sheet read (xlsx) and how many rows.
struct SheetSource {
    SheetFormat format = SheetFormat::Csv;
    std::string encoding;
    std::string sheet;
    std::size_t rows = 0;
};

// Given each row to keep: a reader hands it over.
using OnSheetRow = std::function<Status(SheetRow&& row)>;

// A table written whole, for registers small enough to hold (the SoA's 93 rows): rows of
// metadata above the column titles (label and value; in CSV padded to the table's width, so
// the file stays one rectangular table), then the rows.
struct SheetTable {
    std::string name;  // the sheet's name (xlsx; at most 31 characters are kept)
    std::vector<std::vector<std::string>> preamble;
    std::vector<SheetColumn> columns;
    std::vector<std::vector<std::string>> rows;
};

class Spreadsheets {
  public:
    virtual ~Spreadsheets() = default;
    // The file's bytes. Text a spreadsheet would run as a formula is written inert.
    virtual Result<std::string> write(SheetFormat format, std::string_view sheet_name,
                                      const std::vector<SheetColumn>& columns,
                                      const NextSheetRow& next_row) const = 0;
    // A workbook of `tables`, one sheet each, in order (xlsx); CSV holds exactly one table
    // (Internal otherwise). Text a spreadsheet would run as a formula is written inert.
    virtual Result<std::string> write_tables(SheetFormat format,
                                             const std::vector<SheetTable>& tables) const = 0;
    // Calls `on_row` for each non-empty row of the uploaded `bytes`, in order; for a workbook
    // the sheet named `sheet`, else the one named 情報資産管理台帳 or Asset inventory, else the
    // first. InvalidArgument naming `file` for bytes that are empty, neither xlsx nor CSV
    // text in UTF-8 or Shift_JIS, broken, a possible zip bomb or beyond `limits`; naming
    // `sheet` for a sheet the workbook does not have. Stops at the first error of `on_row`.
    virtual Result<SheetSource> read_rows(std::string_view bytes, std::string_view sheet,
                                          const SheetLimits& limits,
                                          const OnSheetRow& on_row) const = 0;
};

}  // namespace mamori
