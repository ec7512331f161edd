#include "io/sheet_reader.h"

#include <algorithm>

#include "base/csv.h"
#include "io/media_type.h"
#include "io/table_export.h"
#include "io/text_encoding.h"
#include "io/xlsx_reader.h"

namespace mamori::io {

namespace {

using namespace std::string_view_literals;

Error refused(std::string message) {
    return Error::invalid("file", std::move(message));
}

// The sheet an import reads when none is named: the inventory's own sheet (IPA's workbook
// has several), else the first.
Result<std::string> default_sheet(std::string_view bytes) {
    TRY_ASSIGN(const std::vector<std::string> names, xlsx_sheet_names(bytes));
    for (const std::string& name : names) {
        if (name == "情報資産管理台帳" || name == "情報資産台帳" || name == "Asset inventory")
            return name;
    }
    return names.empty() ? std::string() : names.front();
}

// Unescapes every cell and notes the formulas: the text a spreadsheet computed is never
// taken as the value.
SheetRow clean(std::size_t number, std::vector<std::string> cells,
               std::vector<std::size_t> formula_columns, bool csv) {
    SheetRow row{number, std::move(cells), std::move(formula_columns)};
    for (std::size_t column = 0; column < row.cells.size(); ++column) {
        std::string& cell = row.cells[column];
        if (csv && cell.starts_with('='))
            row.formula_columns.push_back(column);
        // Only a cell starting with an apostrophe can be an escaped one: the others are kept
        // as they are, not copied.
        if (cell.starts_with('\''))
            cell = unescape_cell(cell);
    }
    return row;
}

Result<SheetSource> read_xlsx(std::string_view bytes, std::string_view sheet,
                              const SheetLimits& limits, const OnSheetRow& on_row) {
    SheetSource source{SheetFormat::Xlsx, "", std::string(sheet), 0};
    if (source.sheet.empty()) {
        TRY_ASSIGN(source.sheet, default_sheet(bytes));
    }
    XlsxLimits xlsx;
    xlsx.max_part_bytes = limits.max_part_bytes;
    xlsx.max_rows = limits.max_rows;
    xlsx.max_columns = limits.max_columns;
    TRY(read_xlsx_rows(bytes, source.sheet, xlsx, [&](XlsxRow& row) -> Status {
        ++source.rows;
        return on_row(
            clean(row.number, std::move(row.cells), std::move(row.formula_columns), false));
    }));
    return source;
}

// Rows of CSV text outside quotes, counted before parsing, so a million-row file is refused
// without building a million rows.
std::size_t count_lines(std::string_view text) {
    std::size_t lines = 0;
    bool quoted = false;
    for (const char character : text) {
        if (character == '"')
            quoted = !quoted;
        else if (character == '\n' && !quoted)
            ++lines;
    }
    return lines + 1;
}

Result<SheetSource> read_csv(std::string_view bytes, const SheetLimits& limits,
                             const OnSheetRow& on_row) {
    if (bytes.find('\0') != std::string_view::npos)
        return refused("is neither an xlsx workbook nor CSV text");
    const auto decoded = decode_text(bytes);
    if (!decoded) {
        return refused(
            "is not readable text: it is neither UTF-8 nor Shift_JIS (CP932); save it as "
            "CSV (UTF-8) or as an Excel workbook");
    }
    SheetSource source{SheetFormat::Csv,
                       decoded->encoding == TextEncoding::Cp932 ? "shift_jis" : "utf-8", "", 0};
    if (count_lines(decoded->text) > limits.max_rows + 1) {
        return refused("has more than " + std::to_string(limits.max_rows) +
                       " rows; split it into several files");
    }
    const auto rows = parse_csv(decoded->text);
    if (!rows)
        return refused(rows.error().fields.empty() ? rows.error().message
                                                   : rows.error().fields.front().message);
    if (rows->size() > limits.max_rows) {
        return refused("has more than " + std::to_string(limits.max_rows) +
                       " rows; split it into several files");
    }
    for (const CsvRow& row : *rows) {
        if (row.fields.size() > limits.max_columns) {
            return refused("line " + std::to_string(row.line) + " has more than " +
                           std::to_string(limits.max_columns) + " columns");
        }
        const bool blank = std::all_of(row.fields.begin(), row.fields.end(),
                                       [](const std::string& field) { return field.empty(); });
        if (blank)
            continue;
        ++source.rows;
        TRY(on_row(clean(row.line, row.fields, {}, true)));
    }
    if (source.rows == 0)
        return refused("holds no rows");
    return source;
}

}  // namespace

Result<SheetSource> read_sheet_rows(std::string_view bytes, std::string_view sheet,
                                    const SheetLimits& limits, const OnSheetRow& on_row) {
    if (bytes.empty())
        return refused("is empty");
    if (const auto type = detect_media_type(bytes)) {
        if (*type == media_type_xlsx) {
            TRY_ASSIGN(SheetSource source, read_xlsx(bytes, sheet, limits, on_row));
            if (source.rows == 0)
                return refused("holds no rows in sheet " + source.sheet);
            return source;
        }
        return refused("is a " + *type + " file, not an xlsx workbook or CSV");
    }
    if (bytes.starts_with("PK\x03\x04"sv))
        return refused("is a zip archive but not an xlsx workbook");
    return read_csv(bytes, limits, on_row);
}

}  // namespace mamori::io
