#pragma once
// The rows of an uploaded sheet as a pending import keeps them after its preview, so that the
// next preview and the commit validate them again without parsing the file again (parsing a
// 100,000-row workbook costs as much as validating it). A compact binary form: what was read
// (format, encoding, sheet), then each row's number, cells and formula columns.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/spreadsheets.h"

namespace mamori {

struct ImportRows {
    SheetSource source;
    std::vector<SheetRow> rows;
};

std::string encode_import_rows(const SheetSource& source, const std::vector<SheetRow>& rows);
// Nothing when `bytes` is not a whole encoding (the caller reads the file instead).
std::optional<ImportRows> decode_import_rows(std::string_view bytes);

}  // namespace mamori
