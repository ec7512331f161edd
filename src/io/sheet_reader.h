#pragma once
// Uploaded sheets read row by row, whatever people send: an xlsx workbook (judged by its
// content), or CSV text in UTF-8 (with or without a byte-order mark) or Shift_JIS, as
// Japanese Excel writes it. Backs Spreadsheets::read_rows (app/spreadsheets.h).
#include <string_view>

#include "app/spreadsheets.h"

namespace mamori::io {

Result<SheetSource> read_sheet_rows(std::string_view bytes, std::string_view sheet,
                                    const SheetLimits& limits, const OnSheetRow& on_row);

}  // namespace mamori::io
