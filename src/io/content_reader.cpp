#include "io/content_reader.h"

#include "io/html_table.h"
#include "io/markdown.h"
#include "io/media_type.h"
#include "io/pdf_table.h"
#include "io/sheet_reader.h"
#include "io/table_export.h"

namespace mamori {

std::optional<std::string> IoContentReader::detect_media_type(std::string_view bytes) const {
    return io::detect_media_type(bytes);
}

std::string IoContentReader::render_markdown(std::string_view markdown) const {
    return io::render_markdown_html(markdown);
}

Result<std::string> IoSpreadsheets::write(SheetFormat format, std::string_view sheet_name,
                                          const std::vector<SheetColumn>& columns,
                                          const NextSheetRow& next_row) const {
    std::vector<io::ExportColumn> export_columns;
    for (const SheetColumn& column : columns) {
        export_columns.push_back({column.title,
                                  column.number ? io::ColumnKind::Number : io::ColumnKind::Text,
                                  column.width});
    }
    if (format == SheetFormat::Csv)
        return io::write_csv(export_columns, next_row);
    return io::write_xlsx(sheet_name, export_columns, next_row);
}

namespace {

std::vector<io::ExportColumn> export_columns_of(const std::vector<SheetColumn>& columns) {
    std::vector<io::ExportColumn> export_columns;
    for (const SheetColumn& column : columns) {
        export_columns.push_back({column.title,
                                  column.number ? io::ColumnKind::Number : io::ColumnKind::Text,
                                  column.width});
    }
    return export_columns;
}

}  // namespace

Result<std::string> IoSpreadsheets::write_tables(SheetFormat format,
                                                 const std::vector<SheetTable>& tables) const {
    if (format == SheetFormat::Csv) {
        if (tables.size() != 1)
            return Error::internal("a CSV file holds exactly one table");
        const SheetTable& table = tables.front();
        std::size_t next = 0;
        return io::write_csv(
            export_columns_of(table.columns),
            [&](std::vector<std::string>& row) {
                if (next == table.rows.size())
                    return false;
                row = table.rows[next++];
                return true;
            },
            table.preamble);
    }
    std::vector<io::ExportSheet> sheets;
    for (const SheetTable& table : tables)
        sheets.push_back(
            {table.name, table.preamble, export_columns_of(table.columns), table.rows});
    return io::write_xlsx_workbook(sheets);
}

Result<std::string> IoReports::write(ReportFormat format, const ReportTable& table) const {
    if (format == ReportFormat::Html)
        return io::write_html_table(table);
    TRY_ASSIGN(io::PdfDocument document, io::write_pdf_table(table));
    return std::move(document.bytes);
}

Result<SheetSource> IoSpreadsheets::read_rows(std::string_view bytes, std::string_view sheet,
                                              const SheetLimits& limits,
                                              const OnSheetRow& on_row) const {
    return io::read_sheet_rows(bytes, sheet, limits, on_row);
}

}  // namespace mamori
