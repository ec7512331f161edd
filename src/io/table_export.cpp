#include "io/table_export.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace mamori::io {

namespace {

bool runs_as_formula(std::string_view text) {
    return !text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' ||
                             text.front() == '@' || text.front() == '\t' || text.front() == '\r');
}

std::optional<double> number_of(std::string_view text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

void append_csv_field(std::string& out, std::string_view text) {
    const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
        out += text;
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

// A file of its own under TMPDIR, removed when this goes out of scope.
class TemporaryFile {
  public:
    TemporaryFile() {
        const char* directory = std::getenv("TMPDIR");
        m_path = std::string(directory != nullptr ? directory : "/tmp") + "/mamori-export-XXXXXX";
        const int descriptor = mkstemp(m_path.data());
        if (descriptor < 0)
            m_path.clear();
        else
            close(descriptor);
    }
    ~TemporaryFile() {
        if (!m_path.empty())
            std::remove(m_path.c_str());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const std::string& path() const { return m_path; }

  private:
    std::string m_path;
};

}  // namespace

std::string escape_cell(std::string_view text) {
    return runs_as_formula(text) ? "'" + std::string(text) : std::string(text);
}

std::string unescape_cell(std::string_view text) {
    if (text.size() > 1 && text.front() == '\'' && runs_as_formula(text.substr(1)))
        text.remove_prefix(1);
    return std::string(text);
}

std::string write_csv(const std::vector<ExportColumn>& columns, const NextRow& next_row,
                      const Preamble& preamble) {
    std::string out = "\xEF\xBB\xBF";
    const auto write_line = [&](const std::vector<std::string>& cells) {
        for (std::size_t index = 0; index < cells.size(); ++index) {
            if (index > 0)
                out += ',';
            append_csv_field(out, escape_cell(cells[index]));
        }
        out += "\r\n";
    };
    std::vector<std::string> row;
    for (const std::vector<std::string>& line : preamble) {
        row = line;
        row.resize(std::max(columns.size(), line.size()));
        write_line(row);
    }
    row.clear();
    for (const ExportColumn& column : columns)
        row.push_back(column.title);
    write_line(row);
    row.assign(columns.size(), std::string());
    while (next_row(row)) {
        row.resize(columns.size());
        write_line(row);
    }
    return out;
}

namespace {

// The workbook's bytes once closed; the file goes when `file` does.
Result<std::string> closed_workbook(lxw_workbook* workbook, const TemporaryFile& file) {
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return Error::internal("cannot write the workbook");
    std::ifstream in(file.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

struct SheetFormats {
    lxw_format* bold = nullptr;
    lxw_format* wrapped = nullptr;  // nullptr: cells as they are
};

void write_cell(lxw_worksheet* sheet, lxw_row_t number, lxw_col_t column, const ExportColumn& kind,
                const std::string& text, lxw_format* format) {
    if (text.empty())
        return;
    const auto value = kind.kind == ColumnKind::Number ? number_of(text) : std::nullopt;
    if (value)
        worksheet_write_number(sheet, number, column, *value, format);
    else
        worksheet_write_string(sheet, number, column, escape_cell(text).c_str(), format);
}

// Preamble, column titles, rows, in order (constant memory mode writes rows as they come).
// The number of the last row written.
lxw_row_t write_sheet(lxw_worksheet* sheet, const SheetFormats& formats, const Preamble& preamble,
                      const std::vector<ExportColumn>& columns, const NextRow& next_row) {
    lxw_row_t number = 0;
    for (const std::vector<std::string>& line : preamble) {
        for (std::size_t index = 0; index < line.size(); ++index) {
            if (!line[index].empty())
                worksheet_write_string(sheet, number, static_cast<lxw_col_t>(index),
                                       escape_cell(line[index]).c_str(),
                                       index == 0 ? formats.bold : nullptr);
        }
        ++number;
    }
    const lxw_row_t titles = number;
    for (std::size_t index = 0; index < columns.size(); ++index) {
        const auto column = static_cast<lxw_col_t>(index);
        worksheet_set_column(sheet, column, column, columns[index].width, nullptr);
        worksheet_write_string(sheet, titles, column, columns[index].title.c_str(), formats.bold);
    }
    worksheet_freeze_panes(sheet, titles + 1, 0);
    std::vector<std::string> row(columns.size());
    while (next_row(row)) {
        ++number;
        for (std::size_t index = 0; index < columns.size() && index < row.size(); ++index)
            write_cell(sheet, number, static_cast<lxw_col_t>(index), columns[index], row[index],
                       formats.wrapped);
        row.assign(columns.size(), std::string());
    }
    if (!columns.empty())
        worksheet_autofilter(sheet, titles, 0, number, static_cast<lxw_col_t>(columns.size() - 1));
    return number;
}

}  // namespace

Result<std::string> write_xlsx(std::string_view sheet_name,
                               const std::vector<ExportColumn>& columns, const NextRow& next_row) {
    const TemporaryFile file;
    if (file.path().empty())
        return Error::internal("cannot create a temporary file for the export");
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;  // rows go to disk as they are written
    lxw_workbook* workbook = workbook_new_opt(file.path().c_str(), &options);
    if (workbook == nullptr)
        return Error::internal("cannot start the workbook");
    const std::string name(sheet_name.substr(0, 31));  // Excel's limit on sheet names
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
    SheetFormats formats;
    formats.bold = workbook_add_format(workbook);
    format_set_bold(formats.bold);
    write_sheet(sheet, formats, {}, columns, next_row);
    return closed_workbook(workbook, file);
}

Result<std::string> write_xlsx_workbook(const std::vector<ExportSheet>& sheets) {
    const TemporaryFile file;
    if (file.path().empty())
        return Error::internal("cannot create a temporary file for the export");
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(file.path().c_str(), &options);
    if (workbook == nullptr)
        return Error::internal("cannot start the workbook");
    SheetFormats formats;
    formats.bold = workbook_add_format(workbook);
    format_set_bold(formats.bold);
    formats.wrapped = workbook_add_format(workbook);
    format_set_text_wrap(formats.wrapped);
    format_set_align(formats.wrapped, LXW_ALIGN_VERTICAL_TOP);
    for (const ExportSheet& sheet : sheets) {
        const std::string name = sheet.name.substr(0, 31);
        lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.c_str());
        if (worksheet == nullptr) {
            workbook_close(workbook);
            return Error::internal("cannot add the sheet " + name);
        }
        std::size_t next = 0;
        write_sheet(worksheet, formats, sheet.preamble, sheet.columns,
                    [&](std::vector<std::string>& row) {
                        if (next == sheet.rows.size())
                            return false;
                        row = sheet.rows[next++];
                        return true;
                    });
    }
    return closed_workbook(workbook, file);
}

}  // namespace mamori::io
