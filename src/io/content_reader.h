#pragma once
// The ContentReader port (app/content.h) answered with libzip and cmark-gfm.
#include "app/content.h"
#include "app/reports.h"
#include "app/spreadsheets.h"

namespace mamori {

// Stateless and thread-safe: one instance serves the whole process.
class IoContentReader final : public ContentReader {
  public:
    std::optional<std::string> detect_media_type(std::string_view bytes) const override;
    std::string render_markdown(std::string_view markdown) const override;
};

// The Spreadsheets port (app/spreadsheets.h) answered with io/table_export.h and
// io/sheet_reader.h.
class IoSpreadsheets final : public Spreadsheets {
  public:
    Result<std::string> write(SheetFormat format, std::string_view sheet_name,
                              const std::vector<SheetColumn>& columns,
                              const NextSheetRow& next_row) const override;
    Result<std::string> write_tables(SheetFormat format,
                                     const std::vector<SheetTable>& tables) const override;
    Result<SheetSource> read_rows(std::string_view bytes, std::string_view sheet,
                                  const SheetLimits& limits,
                                  const OnSheetRow& on_row) const override;
};

// The Reports port (app/reports.h) answered with io/pdf_table.h and io/html_table.h.
class IoReports final : public Reports {
  public:
    Result<std::string> write(ReportFormat format, const ReportTable& table) const override;
};

}  // namespace mamori
