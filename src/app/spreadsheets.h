#pragma once
// What the use cases need to write registers as spreadsheets people open in Excel or
// LibreOffice; src/io answers it (libxlsxwriter; CSV in UTF-8 with a byte-order mark) and
// src/main passes it in Services.
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

class Spreadsheets {
  public:
    virtual ~Spreadsheets() = default;
    // The file's bytes. Text a spreadsheet would run as a formula is written inert.
    virtual Result<std::string> write(SheetFormat format, std::string_view sheet_name,
                                      const std::vector<SheetColumn>& columns,
                                      const NextSheetRow& next_row) const = 0;
};

}  // namespace mamori
