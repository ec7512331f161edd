#include "io/content_reader.h"

#include "io/markdown.h"
#include "io/media_type.h"
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

Result<SheetSource> IoSpreadsheets::read_rows(std::string_view bytes, std::string_view sheet,
                                              const SheetLimits& limits,
                                              const OnSheetRow& on_row) const {
    return io::read_sheet_rows(bytes, sheet, limits, on_row);
}

}  // namespace mamori
