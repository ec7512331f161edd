#pragma once
// A table written as one standalone, printable HTML page: inline CSS only (nothing fetched),
// A4 landscape @page rules, the title and metadata in the table's <thead> so browsers repeat
// them on every printed page, page numbers "n / N" in the page margin, every text escaped.
// Knows nothing of what the table shows.
#include <string>

#include "app/reports.h"

namespace mamori::io {

std::string write_html_table(const ReportTable& table);

// `text` with & < > " ' as character references.
std::string escape_html(std::string_view text);

}  // namespace mamori::io
