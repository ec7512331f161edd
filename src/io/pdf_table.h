#pragma once
// A table printed as a PDF with cairo and pango: A4 landscape, Japanese in Noto Sans CJK JP
// (embedded), cell text wrapped, rows continuing across pages. Every page repeats the title,
// the metadata lines and the column titles at the top and carries "n / N" at the bottom.
// Knows nothing of what the table shows.
#include <string>

#include "app/reports.h"
#include "base/result.h"

namespace mamori::io {

struct PdfDocument {
    std::string bytes;
    int pages = 0;
};

// Internal when cairo cannot write the document. A row taller than a page is cut at the
// page's end (each cell is clipped to its box).
Result<PdfDocument> write_pdf_table(const ReportTable& table);

}  // namespace mamori::io
