#pragma once
// What the use cases need to print a register as a document people file or hand to an
// auditor: a PDF (rendered on the server) or a standalone printable HTML page. src/io answers
// it (cairo + pango, and an HTML writer) knowing nothing of what the table shows; src/main
// passes it in Services.
#include <string>
#include <vector>

#include "base/result.h"

namespace mamori {

enum class ReportFormat { Pdf, Html };

struct ReportColumn {
    std::string title;
    double width = 1;  // relative to the other columns
};

// A row of cells, or a heading (its first cell) across the whole table.
struct ReportRow {
    std::vector<std::string> cells;
    bool heading = false;
};

// A titled table with metadata repeated on every page (the header), and a page footer
// "n / N". All text is plain (escaped by the writer).
struct ReportTable {
    std::string language = "ja";  // BCP 47, for the HTML page
    std::string title;
    std::vector<std::string> metadata;  // one line each, in every page's header
    std::vector<std::string> summary;   // lines between the header and the table, page 1
    std::vector<ReportColumn> columns;
    std::vector<ReportRow> rows;
};

class Reports {
  public:
    virtual ~Reports() = default;
    // The document's bytes: a PDF (A4 landscape) or an HTML page (UTF-8). Internal when the
    // renderer fails.
    virtual Result<std::string> write(ReportFormat format, const ReportTable& table) const = 0;
};

}  // namespace mamori
