#include "io/html_table.h"

namespace mamori::io {

namespace {

constexpr const char* style = R"css(
@page { size: A4 landscape; margin: 12mm 10mm 14mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
body { font-family: system-ui, "Hiragino Sans", "Noto Sans JP", "Noto Sans CJK JP",
  "Yu Gothic UI", Meiryo, sans-serif; font-size: 9pt; line-height: 1.6; color: #111;
  margin: 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #999; padding: 2px 4px; vertical-align: top;
  overflow-wrap: anywhere; white-space: pre-wrap; text-align: left; }
thead th { background: #e6e6e6; }
thead .report-header th { background: none; border: none; padding: 0 0 6px; font-weight: normal; }
.report-header h1 { font-size: 12pt; margin: 0 0 2px; }
.report-header p { margin: 0; font-size: 8pt; }
.summary { margin: 0 0 6px; font-size: 8.5pt; }
tr.heading td { background: #f0f0f0; font-weight: bold; }
tr { break-inside: avoid; }
@media screen { body { margin: 16px; } }
)css";

void append_lines(std::string& out, const std::vector<std::string>& lines, const char* tag) {
    for (const std::string& line : lines)
        out += std::string("<") + tag + ">" + escape_html(line) + "</" + tag + ">\n";
}

}  // namespace

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string write_html_table(const ReportTable& table) {
    double total = 0;
    for (const ReportColumn& column : table.columns)
        total += column.width > 0 ? column.width : 0.1;
    const std::string span = std::to_string(table.columns.size());
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + escape_html(table.language) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape_html(table.title) +
                      "</title>\n<style>" + style +
                      "</style>\n</head>\n<body>\n<table>\n<colgroup>";
    for (const ReportColumn& column : table.columns) {
        const double share = 100 * (column.width > 0 ? column.width : 0.1) / total;
        out += "<col style=\"width:" + std::to_string(share) + "%\">";
    }
    // The header is part of <thead>, which browsers repeat at the top of every printed page.
    out += "</colgroup>\n<thead>\n<tr class=\"report-header\"><th colspan=\"" + span + "\">\n<h1>" +
           escape_html(table.title) + "</h1>\n";
    append_lines(out, table.metadata, "p");
    out += "</th></tr>\n<tr>";
    for (const ReportColumn& column : table.columns)
        out += "<th scope=\"col\">" + escape_html(column.title) + "</th>";
    out += "</tr>\n</thead>\n<tbody>\n";
    if (!table.summary.empty()) {
        out += "<tr class=\"summary-row\"><td colspan=\"" + span + "\"><div class=\"summary\">";
        for (const std::string& line : table.summary)
            out += escape_html(line) + "<br>";
        out += "</div></td></tr>\n";
    }
    for (const ReportRow& row : table.rows) {
        if (row.heading) {
            out += "<tr class=\"heading\"><td colspan=\"" + span + "\">" +
                   escape_html(row.cells.empty() ? "" : row.cells.front()) + "</td></tr>\n";
            continue;
        }
        out += "<tr>";
        for (std::size_t column = 0; column < table.columns.size(); ++column)
            out +=
                "<td>" + escape_html(column < row.cells.size() ? row.cells[column] : "") + "</td>";
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n</body>\n</html>\n";
    return out;
}

}  // namespace mamori::io
